package org.shuangda.reporting.rounds;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The reminders sent ({@code reminder_log}, reporting's: the reminders are this module's): the automatic
 * kinds at most once per unit, round and kind, a manual one each time the office asks.
 */
@Component
class ReminderStore {

    private final JdbcClient jdbc;

    ReminderStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Notes an automatic reminder; false when this unit already had this kind for this round. */
    boolean noteOnce(long roundId, long unitId, RoundReminders.Kind kind, LocalDate on) {
        return jdbc.sql("""
                insert into reminder_log (round_id, unit_id, kind, sent_on) values (:r, :u, :k, :on)
                on conflict (round_id, unit_id, kind) where kind <> 'MANUAL' do nothing""")
                .param("r", roundId).param("u", unitId).param("k", kind.name()).param("on", on).update() == 1;
    }

    /** Forgets a reminder that was not handed over, so that the next run tries again. */
    void forget(long roundId, long unitId, RoundReminders.Kind kind) {
        jdbc.sql("delete from reminder_log where round_id = :r and unit_id = :u and kind = :k")
                .param("r", roundId).param("u", unitId).param("k", kind.name()).update();
    }

    void noteManual(long roundId, long unitId, LocalDate on, String by) {
        jdbc.sql("insert into reminder_log (round_id, unit_id, kind, sent_on, sent_by) values (:r, :u, 'MANUAL', :on, :by)")
                .param("r", roundId).param("u", unitId).param("on", on).param("by", by).update();
    }
}
