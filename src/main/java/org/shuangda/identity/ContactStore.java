package org.shuangda.identity;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@link NotificationContacts}' read: a user's e-mail address and phone number. */
@Repository
class ContactStore {

    private final JdbcClient jdbc;

    ContactStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<NotificationContacts.Contact> find(long userId) {
        return jdbc.sql("select id, display_name, email, phone from app_user where id = :id and enabled")
                .param("id", userId)
                .query((rs, row) -> new NotificationContacts.Contact(rs.getLong("id"), rs.getString("display_name"),
                        blankToNull(rs.getString("email")), blankToNull(rs.getString("phone"))))
                .optional();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
