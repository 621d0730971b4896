package org.shuangda.cases;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Document numbers per unit and year in the official style: 黎工商处〔2026〕12号 for cases, 黎工商线〔2026〕3号
 * for clues. The sequence is one row per unit, kind and year incremented by a single upsert, so concurrent
 * registrations queue on the row lock and never share a number; a rolled-back registration leaves a gap,
 * as a paper register would.
 */
@Component
class CaseNumbers {

    private final JdbcClient jdbc;

    CaseNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String nextCaseNumber(long unitId, int year) {
        return format(caseAbbreviation(unitId), year, next(unitId, "CASE", year));
    }

    String nextClueNumber(long unitId, int year) {
        return format(clueAbbreviation(caseAbbreviation(unitId)), year, next(unitId, "CLUE", year));
    }

    /** The prefix of the unit's case numbers: its recorded abbreviation, else its short name + 处. */
    String caseAbbreviation(long unitId) {
        return jdbc.sql("select coalesce(case_abbreviation, coalesce(short_name, name) || '处') from unit where id = :id")
                .param("id", unitId).query(String.class).single();
    }

    /** 黎工商处 → 黎工商罚: the prefix suggested for penalty decision numbers. */
    static String decisionAbbreviation(String caseAbbreviation) {
        return stripProcessingMark(caseAbbreviation) + "罚";
    }

    static String clueAbbreviation(String caseAbbreviation) {
        return stripProcessingMark(caseAbbreviation) + "线";
    }

    static String format(String abbreviation, int year, int sequence) {
        return abbreviation + "〔" + year + "〕" + sequence + "号";
    }

    private static String stripProcessingMark(String abbreviation) {
        return abbreviation.endsWith("处") ? abbreviation.substring(0, abbreviation.length() - 1) : abbreviation;
    }

    private int next(long unitId, String kind, int year) {
        return jdbc.sql("""
                insert into case_number_sequence (unit_id, kind, year, last) values (:unit, :kind, :year, 1)
                on conflict (unit_id, kind, year) do update set last = case_number_sequence.last + 1
                returning last""").param("unit", unitId).param("kind", kind).param("year", year)
                .query(Integer.class).single();
    }
}
