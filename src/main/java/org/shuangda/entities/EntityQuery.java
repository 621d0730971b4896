package org.shuangda.entities;

/**
 * A list request: free text (part of a name, a misspelt name, or a USCC), an optional region (its subtree),
 * a 1-based page and a size (clamped to 1–100).
 */
public record EntityQuery(String q, String region, int page, int size) {

    public static final int MAX_SIZE = 100;

    public EntityQuery {
        q = q == null || q.isBlank() ? null : q.strip();
        region = region == null || region.isBlank() ? null : region.strip();
        page = Math.max(1, page);
        size = size < 1 ? 20 : Math.min(size, MAX_SIZE);
    }

    int offset() {
        return (page - 1) * size;
    }
}
