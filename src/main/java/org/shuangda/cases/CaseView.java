package org.shuangda.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.shuangda.calendar.Rulebook;
import org.shuangda.calendar.Deadline;

/**
 * A case as pages, the API and documents show it: the state of {@link EnforcementCase} with the names of its
 * unit and officers and its timeline. Natural persons' ID numbers are masked. Read-only; steps go through the
 * services.
 *
 * @param number                 e.g. 黎市监处〔2026〕12号
 * @param unitPath               unit tree path of the handling unit
 * @param regionPath             region path of the handling unit
 * @param caseValue              案值 in 元 in force ({@link CaseValue}: goods and seized items, or the typed figure)
 * @param caseValueEntered       案值 as the officer typed it on the case form, null when left to the goods
 * @param illegalGains           违法所得 in 元
 * @param illegalBusinessAmount  非法经营数额 / 销售金额 in 元 (criminal thresholds compare with it)
 * @param decisionClock          90 natural days from 立案 with its pauses and extensions
 * @param collectiveExtension    the recorded collective decision (集体讨论) allowing more than 90+30 days, or null
 * @param seizureStartedAt       start of 查封扣押, or null
 * @param supervision            督办, or null
 * @param decision               the penalty decision once decided, else null
 * @param outcomeReason          why no penalty / revoked / returned by the police / closing summary
 * @param transferId             the transfer (移送) while or after transferred, else null
 */
public record CaseView(Long id, String number, long unitId, String unitName, String unitPath, String regionPath,
        Long clueId, String title, CaseCategory category, String productCategory, CaseStatus status,
        LocalDateTime registeredAt, String facts, BigDecimal caseValue, BigDecimal caseValueEntered, BigDecimal illegalGains,
        BigDecimal illegalBusinessAmount, List<CaseParty> parties, List<SeizedGoods> goods,
        List<HandlingOfficer> officers, Deadline decisionClock, String collectiveExtension,
        LocalDateTime seizureStartedAt, boolean seizureExtended, LocalDateTime seizureReleasedAt,
        Supervision supervision, PenaltyDecision decision, String outcomeReason, LocalDate closedOn,
        Long transferId, List<TimelineEntry> timeline, int version) {

    public CaseView {
        parties = List.copyOf(parties);
        goods = List.copyOf(goods);
        officers = List.copyOf(officers);
        timeline = List.copyOf(timeline);
    }

    static CaseView of(EnforcementCase c, String unitName, List<HandlingOfficer> officers,
            List<TimelineEntry> timeline) {
        CaseDetails d = c.details();
        Seizure s = c.seizure();
        return new CaseView(c.id(), c.number(), c.unit().id(), unitName, c.unit().path(), c.unit().regionPath(),
                c.clueId(), d.title(), d.category(), d.productCategory(), c.status(), c.registeredAt(), d.facts(),
                d.caseValue(), d.caseValueEntered(), d.illegalGains(), d.illegalBusinessAmount(),
                d.parties().stream().map(Party::shown).toList(), d.goods(), officers, c.decisionClock().deadline(),
                c.collectiveExtension(), s == null ? null : s.startedAt(), s != null && s.extended(),
                s == null ? null : s.releasedAt(), c.supervision(), c.decision(), c.outcomeReason(), c.closedOn(),
                c.transferId(), timeline, c.version());
    }

    /** What the steps depend on: the buttons are the actions {@link CaseAction#possibleIn} it. */
    public CaseState state() {
        return CaseState.of(status, decisionClock.openPause().isPresent(), seizure(), supervision != null);
    }

    OwningUnit owner() {
        return new OwningUnit(unitId, unitPath, regionPath);
    }

    /** The 查封扣押 clock while goods are held. */
    Optional<Deadline> seizureClock(Rulebook rules) {
        return Optional.ofNullable(seizure()).filter(Seizure::holdsGoods).map(s -> s.clock(rules));
    }

    private Seizure seizure() {
        return seizureStartedAt == null ? null : new Seizure(seizureStartedAt, seizureExtended, seizureReleasedAt);
    }
}
