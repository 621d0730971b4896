package org.shuangda.credit.record;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.cases.CaseParty;
import org.shuangda.cases.CaseView;
import org.shuangda.cases.Cases;
import org.shuangda.cases.PenaltyDecided;
import org.shuangda.cases.PenaltyKind;
import org.shuangda.cases.Procedure;
import org.shuangda.complaints.FilingClosed;
import org.shuangda.complaints.Track;
import org.shuangda.credit.CreditFactKind;
import org.shuangda.credit.CreditFacts;
import org.shuangda.credit.DisplayTier;
import org.shuangda.credit.NewCreditFact;
import org.shuangda.entities.EntityType;
import org.shuangda.entities.MarketEntities;
import org.shuangda.entities.MarketEntity;
import org.shuangda.shared.Actor;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns the owning modules' events into credit facts (after their commit, retried at the next start when it failed):
 * a general-procedure {@link PenaltyDecided} becomes a {@link CreditFactKind#PENALTY} fact for every directory
 * entity among the case's parties, with its display tier and period ({@link PenaltyTier}, {@link DisplayPeriods});
 * a {@link FilingClosed} found right about a directory entity becomes {@link CreditFactKind#COMPLAINT_UPHELD} (not
 * shown publicly). Simple-procedure decisions are not recorded. Recording is idempotent on the source, so a
 * re-delivered event changes nothing. The case is read through the cases service, never its tables.
 */
@Component
public class CreditIntake {

    static final Actor SYSTEM = Actor.system("信用档案归集");
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    private final CreditFacts facts;
    private final Cases cases;
    private final MarketEntities entities;
    private final DisplayPeriods periods;
    private final MessageSource messages;

    CreditIntake(CreditFacts facts, Cases cases, MarketEntities entities, DisplayPeriods periods,
            MessageSource messages) {
        this.facts = facts;
        this.cases = cases;
        this.entities = entities;
        this.periods = periods;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(PenaltyDecided decided) {
        record(decided);
    }

    @ApplicationModuleListener
    void on(FilingClosed closed) {
        record(closed);
    }

    /** The penalty facts of a decision (one per directory entity of the case); returns how many were new. */
    public int record(PenaltyDecided decided) {
        if (decided.procedure() != Procedure.GENERAL) {
            return 0;
        }
        CaseView kase = cases.find(SYSTEM, decided.caseId());
        List<CaseParty> parties = kase.parties().stream()
                .filter(p -> p.kind() == CaseParty.PartyKind.ENTITY && (p.entityId() != null || p.uscc() != null))
                .toList();
        int recorded = 0;
        for (CaseParty party : parties) {
            Long entityId = party.entityId() != null ? party.entityId()
                    : entities.idsByUscc(SYSTEM, List.of(party.uscc())).get(party.uscc());
            if (entityId == null) {
                continue;
            }
            MarketEntity entity = entities.get(SYSTEM, entityId);
            boolean person = entity.entityType() == EntityType.INDIVIDUAL_BUSINESS;
            PenaltyTier tier = PenaltyTier.of(decided.kinds(), decided.fineAmount(), decided.mitigated(), person,
                    kase.category(), decided.seriousListing() != null);
            LocalDate from = tier.tier() == DisplayTier.NOT_SHOWN ? null : decided.decidedOn();
            LocalDate until = from == null ? null : periods.lastDayShown(tier.tier(), from, decided.regionPath());
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("caseId", decided.caseId());
            detail.put("caseNumber", decided.caseNumber());
            detail.put("decisionNumber", decided.decisionNumber());
            detail.put("kinds", decided.kinds().stream().map(Enum::name).toList());
            if (decided.fineAmount() != null) {
                detail.put("fineAmount", decided.fineAmount().toPlainString());
            }
            detail.put("mitigated", decided.mitigated());
            detail.put("category", kase.category() == null ? null : kase.category().name());
            detail.put("tierReason", tier.reason());
            detail.put("revocation", tier.revocation());
            detail.put("restorable", tier.restorable());
            detail.values().removeIf(Objects::isNull);
            String ref = parties.size() == 1 ? "case:" + decided.caseId()
                    : "case:" + decided.caseId() + "#entity:" + entityId;
            if (facts.record(SYSTEM, new NewCreditFact(entityId, CreditFactKind.PENALTY, "cases", ref,
                    decided.decidedOn(), decided.unitId(), decided.regionPath(), summary(decided), detail, tier.tier(),
                    from, until)).isPresent()) {
                recorded++;
            }
        }
        return recorded;
    }

    /** The fact of an upheld complaint or tip about a directory entity; true when it was new. */
    public boolean record(FilingClosed closed) {
        if (!closed.upheld() || closed.targetUscc() == null || closed.regionPath() == null) {
            return false;
        }
        Long entityId = entities.idsByUscc(SYSTEM, List.of(closed.targetUscc())).get(closed.targetUscc());
        if (entityId == null) {
            return false;
        }
        LocalDate on = closed.closedAt().atZone(WorkingCalendar.ZONE).toLocalDate();
        String summary = messages.getMessage(closed.track() == Track.COMPLAINT ? "credit.record.summary.complaint"
                : "credit.record.summary.report", new Object[] {closed.filingId()}, ZH);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("filingId", closed.filingId());
        detail.put("track", closed.track().name());
        detail.put("category", closed.category().name());
        return facts.record(SYSTEM, new NewCreditFact(entityId, CreditFactKind.COMPLAINT_UPHELD, "complaints",
                "filing:" + closed.filingId(), on, null, closed.regionPath(), summary, detail, DisplayTier.NOT_SHOWN,
                null, null)).isPresent();
    }

    /** "行政处罚：罚款人民币30,000.00元；没收非法财物（黎工商罚〔2026〕2号）". */
    String summary(PenaltyDecided d) {
        String penalty = d.kinds().stream().map(k -> k == PenaltyKind.FINE && d.fineAmount() != null
                        ? messages.getMessage("credit.record.summary.fine", new Object[] {money(d.fineAmount())}, ZH)
                        : messages.getMessage("penalty.kind." + k.name(), null, k.name(), ZH))
                .collect(Collectors.joining("；"));
        return messages.getMessage("credit.record.summary.penalty",
                new Object[] {penalty, d.decisionNumber() == null ? d.caseNumber() : d.decisionNumber()}, ZH);
    }

    private static String money(BigDecimal amount) {
        return new DecimalFormat("#,##0.00").format(amount);
    }
}
