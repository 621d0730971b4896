package org.shuangda.identity;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A user's role assignments in words, for the home page and the user admin screen. */
@Component
public class ScopeDescriptions {

    /** One role held, with the reach of its data scope. */
    public record Assignment(String roleCode, String roleNameZh, String roleNameEn, String scopeKind,
            String scopeRegionName) {
    }

    private final JdbcClient jdbc;

    ScopeDescriptions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Assignment> describe(long userId) {
        return jdbc.sql("""
                select ro.code, ro.name_zh, ro.name_en, ur.scope_kind, coalesce(gr.name, r.name) as region_name
                  from user_role ur join role ro on ro.id = ur.role_id
                  join app_user a on a.id = ur.user_id join unit u on u.id = a.unit_id
                  join region r on r.code = u.region_code left join region gr on gr.code = ur.region_code
                 where ur.user_id = :id order by ro.id""").param("id", userId)
                .query((rs, n) -> new Assignment(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)))
                .list();
    }
}
