package org.kenes.library;

import java.util.List;
import java.util.Map;

/**
 * One page of what a person found, with the total and the counts per facet, all counted over what this person may
 * see only.
 */
public record SearchResults(List<LibraryItemView> items, long total, int page, int size, Map<ItemKind, Long> kinds,
                            Map<Integer, Long> gcm, Map<Integer, Long> years, Map<String, Long> organisations) {

    public int pages() {
        return (int) ((total + size - 1) / size);
    }

    public boolean hasNext() {
        return page + 1 < pages();
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
