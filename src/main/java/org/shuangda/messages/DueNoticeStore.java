package org.shuangda.messages;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code due_notice_sent} table: which due item's notice went to which unit on which day. */
@Repository
class DueNoticeStore {

    private final JdbcClient jdbc;

    DueNoticeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Notes the notice of {@code day}; false when it was noted already (the row's key: a concurrent second run
     * waits here for the first one's commit, then finds the row).
     */
    boolean noteOnce(String kind, String itemId, long unitId, LocalDate day, LocalDate due, Instant at) {
        return jdbc.sql("""
                insert into due_notice_sent (kind, item_id, unit_id, notice_day, due_on, sent_at)
                values (:kind, :item, :unit, :day, :due, :at)
                on conflict do nothing""")
                .param("kind", kind).param("item", itemId).param("unit", unitId).param("day", day)
                .param("due", due).param("at", Timestamp.from(at)).update() == 1;
    }

    void recipients(String kind, String itemId, long unitId, LocalDate day, int recipients) {
        jdbc.sql("""
                update due_notice_sent set recipients = :n
                 where kind = :kind and item_id = :item and unit_id = :unit and notice_day = :day""")
                .param("n", recipients).param("kind", kind).param("item", itemId).param("unit", unitId)
                .param("day", day).update();
    }
}
