package org.kenes.library;

/**
 * What a person looks for in a network's library: words in either language (or none, to browse), and the facets
 * chosen so far.
 */
public record SearchRequest(String q, ItemKind kind, Integer gcm, Integer year, String organisation, int page, int size) {

    public static final int MAX_SIZE = 100;

    /** Nobody reads past ten thousand results; deeper pages would only cost the index. */
    public static final int MAX_OFFSET = 10_000;

    public SearchRequest {
        q = q == null || q.isBlank() ? null : q.strip();
        organisation = organisation == null || organisation.isBlank() ? null : organisation.strip();
        size = size < 1 ? 20 : Math.min(size, MAX_SIZE);
        page = Math.clamp(page, 0, MAX_OFFSET / size);
    }

    public static SearchRequest of(String q) {
        return new SearchRequest(q, null, null, null, null, 0, 20);
    }
}
