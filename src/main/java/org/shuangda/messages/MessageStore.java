package org.shuangda.messages;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code inbox_message} table: rows are inserted once per recipient and only ever gain a read time. */
@Repository
class MessageStore {

    private static final String SELECT = """
            select m.id, m.kind, m.subject, m.body, m.link, u.name as unit_name,
                   coalesce(s.display_name, m.sent_by) as sent_by, m.created_at, m.read_at
              from inbox_message m
              left join pub_unit u on u.id = m.unit_id
              left join pub_user s on lower(s.username) = lower(m.sent_by)
            """;

    private final JdbcClient jdbc;

    MessageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One row for each recipient of the notice {@code noticeId}. */
    void insert(UUID noticeId, List<Long> recipients, long unitId, String kind, String subject, String body,
            String link, String sentBy, Instant at) {
        insert(noticeId, recipients, unitId, kind, subject, body, link, sentBy, at, null);
    }

    /** As above, {@code itemKey} naming the due item a daily notice is about (null for any other notice). */
    void insert(UUID noticeId, List<Long> recipients, long unitId, String kind, String subject, String body,
            String link, String sentBy, Instant at, String itemKey) {
        for (long recipient : recipients) {
            jdbc.sql("""
                    insert into inbox_message (notice_id, recipient_id, unit_id, kind, subject, body, link, sent_by,
                                               created_at, item_key)
                    values (:notice, :recipient, :unit, :kind, :subject, :body, :link, :sentBy, :at, :item)""")
                    .param("notice", noticeId).param("recipient", recipient).param("unit", unitId)
                    .param("kind", kind).param("subject", subject).param("body", body == null ? "" : body)
                    .param("link", link).param("sentBy", sentBy).param("at", Timestamp.from(at))
                    .param("item", itemKey).update();
        }
    }

    /** The people who have an unread notice of the due item {@code itemKey}. */
    List<Long> unreadOf(String itemKey) {
        return jdbc.sql("select recipient_id from inbox_message where item_key = :item and read_at is null")
                .param("item", itemKey).query(Long.class).list();
    }

    List<Message> page(long recipient, int offset, int limit) {
        return jdbc.sql(SELECT + """
                 where m.recipient_id = :me
                 order by (m.read_at is null) desc, m.created_at desc, m.id desc
                 offset :offset limit :limit""")
                .param("me", recipient).param("offset", offset).param("limit", limit)
                .query(MessageStore::map).list();
    }

    long count(long recipient) {
        return jdbc.sql("select count(*) from inbox_message where recipient_id = :me").param("me", recipient)
                .query(Long.class).single();
    }

    long unread(long recipient) {
        return jdbc.sql("select count(*) from inbox_message where recipient_id = :me and read_at is null")
                .param("me", recipient).query(Long.class).single();
    }

    Optional<Message> find(long recipient, long id) {
        return jdbc.sql(SELECT + " where m.id = :id and m.recipient_id = :me").param("id", id)
                .param("me", recipient).query(MessageStore::map).optional();
    }

    /** Marks the message read once (the first read time stays); false when it is not the recipient's. */
    boolean markRead(long recipient, long id, Instant at) {
        jdbc.sql("update inbox_message set read_at = :at where id = :id and recipient_id = :me and read_at is null")
                .param("at", Timestamp.from(at)).param("id", id).param("me", recipient).update();
        return find(recipient, id).isPresent();
    }

    int markAllRead(long recipient, Instant at) {
        return jdbc.sql("update inbox_message set read_at = :at where recipient_id = :me and read_at is null")
                .param("at", Timestamp.from(at)).param("me", recipient).update();
    }

    /** The notices {@code sentBy} sent, newest first, with every recipient and when they read it. */
    List<Receipt> sentBy(String sentBy, int limit) {
        List<Row> rows = jdbc.sql("""
                select m.notice_id, m.kind, m.subject, u.name as unit_name, m.created_at,
                       coalesce(p.display_name, '#' || m.recipient_id) as recipient, m.read_at
                  from inbox_message m
                  join (select notice_id, max(created_at) as at from inbox_message
                         where lower(sent_by) = lower(:by) group by notice_id
                         order by at desc limit :limit) n on n.notice_id = m.notice_id
                  left join pub_unit u on u.id = m.unit_id
                  left join pub_user p on p.id = m.recipient_id
                 order by n.at desc, m.notice_id, p.display_name, m.id""")
                .param("by", sentBy).param("limit", limit)
                .query((rs, i) -> new Row(rs.getString("notice_id"), rs.getString("kind"), rs.getString("subject"),
                        rs.getString("unit_name"), instant(rs, "created_at"), rs.getString("recipient"),
                        instant(rs, "read_at")))
                .list();
        Map<String, List<Row>> byNotice = new LinkedHashMap<>();
        rows.forEach(r -> byNotice.computeIfAbsent(r.notice(), k -> new ArrayList<>()).add(r));
        List<Receipt> receipts = new ArrayList<>();
        byNotice.forEach((notice, list) -> {
            Row first = list.get(0);
            receipts.add(new Receipt(notice, first.kind(), first.subject(), first.unit(), first.at(),
                    list.stream().map(r -> new Receipt.Recipient(r.recipient(), r.unit(), r.readAt())).toList()));
        });
        return receipts;
    }

    private record Row(String notice, String kind, String subject, String unit, Instant at, String recipient,
            Instant readAt) {
    }

    private static Message map(ResultSet rs, int row) throws SQLException {
        return new Message(rs.getLong("id"), rs.getString("kind"), rs.getString("subject"), rs.getString("body"),
                rs.getString("link"), rs.getString("unit_name"), rs.getString("sent_by"), instant(rs, "created_at"),
                instant(rs, "read_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
