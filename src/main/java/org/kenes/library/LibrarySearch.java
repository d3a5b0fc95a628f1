package org.kenes.library;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.kenes.shared.InformationLevel;
import org.kenes.shared.Viewer;
import org.springframework.stereotype.Component;

/**
 * Searches the index, never beyond what the person may see: the same rules as {@code Viewer.maySee}, written as a
 * predicate of the query, so results, totals and facet counts only ever count visible items.
 */
@Component
class LibrarySearch {

    private static final AggregationKey<Map<ItemKind, Long>> KINDS = AggregationKey.of("kind");
    private static final AggregationKey<Map<Integer, Long>> GCM = AggregationKey.of("gcm");
    private static final AggregationKey<Map<Integer, Long>> YEARS = AggregationKey.of("year");
    private static final AggregationKey<Map<String, Long>> ORGANISATIONS = AggregationKey.of("organisation");

    @PersistenceContext
    private EntityManager entityManager;

    record Found(List<LibraryItem> items, long total, Map<ItemKind, Long> kinds, Map<Integer, Long> gcm,
                 Map<Integer, Long> years, Map<String, Long> organisations) {
    }

    Found search(String network, SearchRequest request, Viewer viewer) {
        SearchResult<LibraryItem> result = Search.session(entityManager).search(LibraryItem.class)
                .where(f -> f.bool().with(b -> {
                    b.must(visibleTo(f, network, viewer));
                    if (request.q() != null) {
                        b.must(f.simpleQueryString().field("title").boost(3f).fields("body", "topics", "text")
                                .matching(request.q()).defaultOperator(BooleanOperator.AND));
                    }
                    if (request.kind() != null) {
                        b.filter(f.match().field("kind").matching(request.kind()));
                    }
                    if (request.gcm() != null) {
                        b.filter(f.match().field("gcm").matching(request.gcm()));
                    }
                    if (request.year() != null) {
                        b.filter(f.match().field("year").matching(request.year()));
                    }
                    if (request.organisation() != null) {
                        b.filter(f.match().field("organisation").matching(request.organisation()));
                    }
                }))
                .sort(f -> request.q() == null
                        ? f.field("date").desc().then().field("shared").desc()
                        : f.score().then().field("date").desc())
                .aggregation(KINDS, f -> f.terms().field("kind", ItemKind.class).maxTermCount(ItemKind.values().length))
                .aggregation(GCM, f -> f.terms().field("gcm", Integer.class).orderByTermAscending().maxTermCount(23))
                .aggregation(YEARS, f -> f.terms().field("year", Integer.class).orderByTermDescending().maxTermCount(30))
                .aggregation(ORGANISATIONS, f -> f.terms().field("organisation", String.class).maxTermCount(40))
                .fetch(request.page() * request.size(), request.size());
        return new Found(result.hits(), result.total().hitCount(), result.aggregation(KINDS), result.aggregation(GCM),
                result.aggregation(YEARS), result.aggregation(ORGANISATIONS));
    }

    /** The network's own items at the levels open to the person, and, for its members, what others shared with it. */
    private PredicateFinalStep visibleTo(SearchPredicateFactory f, String network, Viewer viewer) {
        var levels = f.or();
        for (InformationLevel level : List.of(InformationLevel.PUBLIC, InformationLevel.PARTNERS, InformationLevel.INTERNAL)) {
            if (viewer.maySee(network, level)) {
                levels.add(f.match().field("level").matching(level));
            }
        }
        if (viewer.isSecretariatOf(network)) {
            levels.add(f.match().field("level").matching(InformationLevel.WORKING_GROUP));
        } else if (!viewer.workingGroups().isEmpty()) {
            levels.add(f.and(f.match().field("level").matching(InformationLevel.WORKING_GROUP),
                    f.terms().field("group").matchingAny(viewer.workingGroups())));
        }
        var own = f.and(f.match().field("network").matching(network), levels);
        return viewer.isMemberOf(network) ? f.or(own, f.match().field("sharedWith").matching(network)) : own;
    }
}
