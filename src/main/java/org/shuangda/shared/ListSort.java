package org.shuangda.shared;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The order a list is shown in, from its {@code ?sort=key&dir=asc|desc} parameters, whitelisted per list: each
 * list names its sortable keys and the SQL expression of each ({@link Columns}); an unknown key or direction is
 * ignored and the list's default order is used (a stale bookmark still opens; nothing the user typed ever reaches
 * the SQL). Every order ends with the list's tie-break (its id), so that paging never shows a row twice or skips
 * one. Headers are drawn by {@code templates/fragments/sort.html}.
 *
 * @param key        the column key, one of the list's
 * @param descending whether largest / newest first
 */
public record ListSort(String key, boolean descending) {

    public ListSort {
        Objects.requireNonNull(key);
    }

    /** The sortable columns of one list: key → SQL expression, with the default order and the tie-break. */
    public static final class Columns {
        private final Map<String, String> sql = new LinkedHashMap<>();
        private final ListSort fallback;
        private final String tieBreak;

        private Columns(ListSort fallback, String tieBreak) {
            this.fallback = fallback;
            this.tieBreak = tieBreak;
        }

        /** Columns whose default order is {@code key} ({@code descending}), ties broken by {@code tieBreakColumn}. */
        public static Columns defaultTo(String key, boolean descending, String tieBreakColumn) {
            return new Columns(new ListSort(key, descending), tieBreakColumn);
        }

        public Columns with(String key, String sqlExpression) {
            sql.put(key, sqlExpression);
            return this;
        }

        /** The order asked for if it is one of these columns, else the default. */
        public ListSort parse(String sort, String dir) {
            if (sort == null || !sql.containsKey(sort)) {
                return fallback;
            }
            if (dir == null || dir.isBlank()) {
                return new ListSort(sort, sort.equals(fallback.key()) && fallback.descending());
            }
            return switch (dir) {
                case "asc" -> new ListSort(sort, false);
                case "desc" -> new ListSort(sort, true);
                default -> fallback;
            };
        }

        public ListSort fallback() {
            return fallback;
        }

        /**
         * {@code " order by <column> asc|desc nulls last, <tie-break> asc|desc"}: built from the whitelist only. The
         * tie-break follows the direction so that "newest first" also puts the newest of equal rows first.
         */
        public String orderBy(ListSort sort) {
            ListSort s = sort == null || !sql.containsKey(sort.key()) ? fallback : sort;
            String dir = s.descending() ? " desc" : " asc";
            return " order by " + sql.get(s.key()) + dir + " nulls last, " + tieBreak + dir;
        }
    }

    /**
     * A list's URL with its filters, leaving out those not set: {@code url("/cases", "q", q, "status", status)}
     * → {@code /cases?status=CLOSED}. The base of {@code fragments/sort.html}'s header links and of the pager.
     */
    public static String url(String path, Object... namesAndValues) {
        StringBuilder url = new StringBuilder(path);
        char separator = path.contains("?") ? '&' : '?';
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value == null || value.toString().isBlank()) {
                continue;
            }
            url.append(separator).append(namesAndValues[i]).append('=')
                    .append(URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
            separator = '&';
        }
        return url.toString();
    }

    /** {@code base} with this order: the pager's links keep the order the user chose. */
    public String on(String base) {
        return base + (base.contains("?") ? "&" : "?") + "sort=" + key + "&dir=" + dir();
    }

    public boolean is(String column) {
        return key.equals(column);
    }

    /** The direction a click on {@code column}'s header asks for: the other one on the current column. */
    public String nextDir(String column) {
        return is(column) && !descending ? "desc" : "asc";
    }

    public String dir() {
        return descending ? "desc" : "asc";
    }

    /** {@code ascending} / {@code descending} / {@code none} for the header's {@code aria-sort}. */
    public String ariaSort(String column) {
        return !is(column) ? "none" : descending ? "descending" : "ascending";
    }
}
