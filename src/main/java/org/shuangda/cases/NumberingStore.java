package org.shuangda.cases;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * How a unit numbers its clues and cases: the abbreviation it prints ({@code case_unit_abbreviation}, the unit's
 * short name from {@code pub_unit} when none is recorded) and its sequences per kind and year. A sequence is one
 * row incremented by a single upsert, so concurrent registrations queue on the row lock and never share a number;
 * a rolled-back registration leaves a gap, as a paper register would.
 */
@Repository
class NumberingStore {

    private final JdbcClient jdbc;

    NumberingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The prefix of the unit's case numbers: its recorded abbreviation, else its short name (or name) + 处. */
    Optional<String> caseAbbreviation(long unitId) {
        return jdbc.sql("""
                select coalesce(a.abbreviation, coalesce(u.short_name, u.name) || '处')
                  from pub_unit u left join case_unit_abbreviation a on a.unit_id = u.id where u.id = :id""")
                .param("id", unitId).query(String.class).optional();
    }

    void saveAbbreviation(long unitId, String abbreviation) {
        jdbc.sql("""
                insert into case_unit_abbreviation (unit_id, abbreviation) values (:unit, :abbreviation)
                on conflict (unit_id) do update set abbreviation = excluded.abbreviation""")
                .param("unit", unitId).param("abbreviation", abbreviation).update();
    }

    int next(long unitId, String kind, int year) {
        return jdbc.sql("""
                insert into case_number_sequence (unit_id, kind, year, last) values (:unit, :kind, :year, 1)
                on conflict (unit_id, kind, year) do update set last = case_number_sequence.last + 1
                returning last""").param("unit", unitId).param("kind", kind).param("year", year)
                .query(Integer.class).single();
    }
}
