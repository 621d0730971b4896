package org.shuangda.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Another instance's calendar edit (here: a change made beside this instance, in SQL) reaches this one. */
@WebTest
class CalendarRevisionTests {

    static final LocalDate TUESDAY = LocalDate.of(2031, 5, 6);

    @Autowired DatabaseWorkingCalendar calendar;
    @Autowired JdbcClient jdbc;

    long revision() {
        return jdbc.sql("select revision from calendar_revision").query(Long.class).single();
    }

    @Test
    void aChangeMadeElsewhereIsPickedUpAtTheNextCheck() {
        assertThat(calendar.isWorkingDay(TUESDAY)).isTrue();
        long before = revision();

        jdbc.sql("insert into calendar_day (day, kind, name, updated_by) values (:d, 'HOLIDAY', '测试假日', 'sql')")
                .param("d", TUESDAY).update();
        assertThat(revision()).isGreaterThan(before);
        calendar.reloadIfChangedElsewhere();
        assertThat(calendar.isWorkingDay(TUESDAY)).isFalse();

        jdbc.sql("delete from calendar_day where day = :d").param("d", TUESDAY).update();
        calendar.reloadIfChangedElsewhere();
        assertThat(calendar.isWorkingDay(TUESDAY)).isTrue();
    }
}
