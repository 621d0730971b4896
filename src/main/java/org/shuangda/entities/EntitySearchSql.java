package org.shuangda.entities;

import org.shuangda.shared.DataScope;
import org.shuangda.shared.SqlPredicate;

/**
 * The list queries. Each variant is a constant (nothing a user typed is ever part of the SQL text) so that
 * the planner sees a plain predicate the trigram index serves, instead of {@code (:q is null or …)}; the
 * scope predicate ({@link DataScope#regionOwned}, on the region's path) depends only on the scope's shape.
 */
enum EntitySearchSql {

    /** No text: newest first. */
    ALL("true", "e.id desc"),
    /** One or two characters: trigrams say little, a substring match (still served by the index) decides. */
    SHORT("e.name like :like", "char_length(e.name), e.id desc"),
    /**
     * Three characters or more: a substring, a similar stretch of the name ({@code <%}: a misspelt or
     * incomplete part) or a similar whole name ({@code %}: a misspelt full name); closest first. The whole-name
     * threshold is raised to {@link #NAME_SIMILARITY} for the query, because at pg_trgm's default of 0.3 every
     * "黎城县…有限公司" resembles every other and the index would hand back most of a county.
     */
    FUZZY("(e.name like :like or :q <% e.name or e.name % :q)", "word_similarity(:q, e.name) desc, similarity(:q, e.name) desc, e.id desc"),
    /** Looks like a USCC: that code first, and names containing the text. */
    CODE("(e.uscc = :code or e.name like :like)", "(e.uscc = :code) is true desc, e.id desc"),
    /** Part of a USCC (four to seventeen letters and digits, a digit among them): codes containing it, then names. */
    CODE_FRAGMENT("(e.uscc like :codeLike or e.name like :like)", "(e.uscc like :codeLike) is true desc, e.uscc, e.id desc");

    static final String NAME_SIMILARITY = "0.5";

    private static final String FROM = """
             from market_entity e join pub_region r on r.code = e.region_code
            where r.path like :regionPattern and\s""";

    static final String COLUMNS = """
            select e.id, e.name, e.uscc, e.uscc_override, e.override_reason, e.override_by, e.override_at,
                   e.entity_type, e.address, e.region_code, r.name as region_name, e.legal_representative,
                   e.legal_rep_id_number, e.contact_person, e.contact_phone, e.created_at, e.updated_at, e.version,
                   e.established_on, e.industry
            """;

    private final String where;
    private final String orderBy;

    EntitySearchSql(String where, String orderBy) {
        this.where = where;
        this.orderBy = orderBy;
    }

    static EntitySearchSql forText(String q) {
        if (q == null) {
            return ALL;
        }
        if (Uscc.looksLikeCode(q)) {
            return CODE;
        }
        if (looksLikeCodeFragment(q)) {
            return CODE_FRAGMENT;
        }
        return q.codePointCount(0, q.length()) < 3 ? SHORT : FUZZY;
    }

    /**
     * The page. With a text the matches must all be ranked anyway, so each row also carries their count (one
     * pass instead of a second query); without one, the newest rows come straight off the primary key and a
     * separate count is cheaper than counting in the window.
     */
    String select(SqlPredicate scope) {
        return COLUMNS + (countsInWindow() ? ", count(*) over () as total_count" : "") + FROM + scope.sql()
                + " and " + where + " order by " + orderBy + " limit :limit offset :offset";
    }

    boolean countsInWindow() {
        return this != ALL;
    }

    String count(SqlPredicate scope) {
        return "select count(*)" + FROM + scope.sql() + " and " + where;
    }

    /** The scope on the entity's region. */
    static SqlPredicate scope(DataScope scope) {
        return scope.regionOwned("r.path");
    }

    /** Four to seventeen ASCII letters and digits with a digit among them: a piece of a USCC the person remembers. */
    static boolean looksLikeCodeFragment(String q) {
        String code = Uscc.normalize(q);
        return code != null && code.length() >= 4 && code.length() < 18
                && code.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c))
                && code.chars().anyMatch(Character::isDigit);
    }

    /** {@code %text%} with LIKE's own wildcards escaped, so "100%" finds "100%" and not everything. */
    static String containsPattern(String q) {
        return "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
