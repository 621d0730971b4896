package org.shuangda.identity;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Usernames to display names and role codes to labels, for {@link People}. */
@Repository
class PeopleStore {

    private final JdbcClient jdbc;

    PeopleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, String> displayNames() {
        Map<String, String> users = new HashMap<>();
        jdbc.sql("select username, display_name from app_user")
                .query((RowCallbackHandler) rs -> users.put(rs.getString(1), rs.getString(2)));
        return users;
    }

    /** code → {name_zh, name_en} */
    Map<String, String[]> roleNames() {
        Map<String, String[]> roles = new HashMap<>();
        jdbc.sql("select code, name_zh, name_en from role")
                .query((RowCallbackHandler) rs -> roles.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)}));
        return roles;
    }
}
