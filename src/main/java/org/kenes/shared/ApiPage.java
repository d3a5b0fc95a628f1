package org.kenes.shared;

import java.util.List;

/** A page of a JSON list, with the total so that clients can page through. */
public record ApiPage<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 100;

    /** Cuts one page out of a short list that is already in memory (such as the networks of an installation). */
    public static <T> ApiPage<T> of(List<T> all, int page, int size) {
        int safeSize = Math.clamp(size, 1, MAX_SIZE);
        int safePage = Math.max(page, 0);
        int from = (int) Math.min((long) safePage * safeSize, all.size());
        int to = Math.min(from + safeSize, all.size());
        return new ApiPage<>(all.subList(from, to), safePage, safeSize, all.size());
    }
}
