package org.shuangda.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A piece of a {@code where} clause with its bound parameters, as rendered by {@link DataScope}: the SQL
 * text depends only on the shape of the scope (how many patterns), never on values, which are always bound.
 * Use: {@code jdbc.sql("select … where " + p.sql()).params(p.params())}.
 */
public record SqlPredicate(String sql, Map<String, Object> params) {

    public static final SqlPredicate TRUE = new SqlPredicate("true", Map.of());
    public static final SqlPredicate FALSE = new SqlPredicate("false", Map.of());

    public SqlPredicate {
        params = Map.copyOf(params);
    }

    /** Rows any of the predicates admits (e.g. a transfer seen by the agency, the police or the prosecutor). */
    public static SqlPredicate anyOf(SqlPredicate... predicates) {
        return combine(" or ", "false", List.of(predicates));
    }

    /** Rows every predicate admits. */
    public static SqlPredicate allOf(SqlPredicate... predicates) {
        return combine(" and ", "true", List.of(predicates));
    }

    private static SqlPredicate combine(String operator, String identity, List<SqlPredicate> predicates) {
        Map<String, Object> params = new LinkedHashMap<>();
        for (SqlPredicate p : predicates) {
            for (Map.Entry<String, Object> e : p.params.entrySet()) {
                if (params.containsKey(e.getKey())) {
                    throw new IllegalArgumentException("two predicates bind :" + e.getKey() + "; give them other names");
                }
                params.put(e.getKey(), e.getValue());
            }
        }
        String sql = predicates.stream().map(SqlPredicate::sql).filter(s -> !s.equals(identity))
                .collect(Collectors.joining(operator));
        return new SqlPredicate(sql.isEmpty() ? identity : "(" + sql + ")", params);
    }
}
