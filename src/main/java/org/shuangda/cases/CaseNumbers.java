package org.shuangda.cases;

import java.util.Map;
import org.shuangda.organization.UnitDirectory;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Document numbers per unit and year in the official style: 黎工商处〔2026〕12号 for cases, 黎工商线〔2026〕3号
 * for clues, from the abbreviation the unit prints (黎工商处). The abbreviation is a setting of the cases module,
 * changed with {@code CASE_SETTINGS} over the unit; until then the unit's short name + 处.
 */
@Service
public class CaseNumbers {

    static final int MAX_ABBREVIATION_LENGTH = 20;

    private final NumberingStore store;
    private final UnitDirectory units;
    private final ApplicationEventPublisher events;

    CaseNumbers(NumberingStore store, UnitDirectory units, ApplicationEventPublisher events) {
        this.store = store;
        this.units = units;
        this.events = events;
    }

    /** The prefix of the unit's case numbers, e.g. 黎工商处. */
    @Transactional(readOnly = true)
    public String caseAbbreviation(long unitId) {
        return store.caseAbbreviation(unitId).orElseThrow(() -> new NotFoundProblem("unit", unitId));
    }

    /** Records the abbreviation the unit prints in its numbers (from its next number on). */
    @Transactional
    public void setCaseAbbreviation(Actor actor, long unitId, String abbreviation) {
        var unit = units.find(unitId).orElseThrow(() -> new NotFoundProblem("unit", unitId));
        if (!actor.require(Permission.CASE_SETTINGS).coversUnit(unit.path(), unit.regionPath())) {
            throw new NotFoundProblem("unit", unitId);
        }
        String text = Texts.blankToNull(abbreviation);
        if (text == null) {
            throw new InvalidInput("abbreviation", "error.required");
        }
        if (text.length() > MAX_ABBREVIATION_LENGTH) {
            throw new InvalidInput("abbreviation", "case.invalid.tooLong", MAX_ABBREVIATION_LENGTH);
        }
        String before = caseAbbreviation(unitId);
        store.saveAbbreviation(unitId, text);
        AuditableChange change = AuditableChange.updated(actor, "case-abbreviation", unitId, unit.name(),
                Map.of("abbreviation", before), Map.of("abbreviation", text));
        if (!change.changesNothing()) {
            events.publishEvent(change);
        }
    }

    String nextCaseNumber(long unitId, int year) {
        return format(caseAbbreviation(unitId), year, store.next(unitId, "CASE", year));
    }

    String nextClueNumber(long unitId, int year) {
        return format(clueAbbreviation(caseAbbreviation(unitId)), year, store.next(unitId, "CLUE", year));
    }

    /**
     * The next 查封扣押决定书 number of the unit, e.g. 黎工商强〔2026〕3号, if the unit has an abbreviation (else
     * empty: the officer types it).
     */
    java.util.Optional<String> nextSeizureNumber(long unitId, int year) {
        return store.caseAbbreviation(unitId).map(a -> format(stripProcessingMark(a) + "强", year,
                store.next(unitId, "SEIZURE", year)));
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
}
