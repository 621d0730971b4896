package org.shuangda.shared.web;

import java.util.Optional;

/**
 * What the current thread is serving, set by {@link RequestLimitsFilter} for the duration of a request and
 * read by {@link StatementTimeoutDataSource} to pick the {@code statement_timeout}. A thread without a kind
 * is a job, a listener or the start-up.
 */
public enum RequestKind {
    /** A page, a form post or an API call. */
    WEB,
    /**
     * Work on many rows at once: a download ({@code .xlsx}, {@code .csv}, {@code .pdf}, {@code .docx}) or a
     * bulk import ({@code …/import…}: staging 200,000 rows is one long {@code COPY}).
     */
    EXPORT;

    private static final ThreadLocal<RequestKind> CURRENT = new ThreadLocal<>();

    public static Optional<RequestKind> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    static RequestKind of(String path) {
        String p = path.toLowerCase(java.util.Locale.ROOT);
        return p.endsWith(".xlsx") || p.endsWith(".csv") || p.endsWith(".pdf") || p.endsWith(".docx")
                || p.endsWith("/docx") || p.endsWith("/xlsx") || p.contains("/import") ? EXPORT : WEB;
    }

    static void set(RequestKind kind) {
        CURRENT.set(kind);
    }

    static void clear() {
        CURRENT.remove();
    }
}
