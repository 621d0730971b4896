package org.shuangda.cases.publication;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.shuangda.cases.CaseParty;
import org.shuangda.cases.Cases;
import org.shuangda.cases.CaseView;
import org.shuangda.cases.PenaltyDecided;
import org.shuangda.cases.PenaltyDecision;
import org.shuangda.cases.PenaltyKind;
import org.shuangda.shared.Actor;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a penalty decision into a record to publish, inside the deciding transaction (same module: the decision
 * and its publication duty are one fact). Only general-procedure decisions that are not a lone warning; the
 * party as the public will see it (first party of the case; a natural person masked, never an ID number). The
 * case is read through the cases service.
 */
@Component
class PublicationIntake {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final Actor SYSTEM = Actor.system("处罚决定待公示");

    private final Cases cases;
    private final Publications publications;
    private final MessageSource messages;

    PublicationIntake(Cases cases, Publications publications, MessageSource messages) {
        this.cases = cases;
        this.publications = publications;
        this.messages = messages;
    }

    @EventListener
    @Transactional
    void on(PenaltyDecided decided) {
        if (!decided.toBePublished()) {
            return;
        }
        CaseView kase = cases.find(SYSTEM, decided.caseId());
        PenaltyDecision decision = kase.decision();
        CaseParty party = kase.parties().isEmpty() ? null : kase.parties().get(0);
        boolean person = party != null && party.kind() == CaseParty.PartyKind.PERSON;
        String name = party == null ? "" : party.name();
        String number = decided.decisionNumber() != null ? decided.decisionNumber()
                : decision == null ? null : decision.decisionNumber();
        String facts = Stream.of(decision == null ? null : decision.facts(), kase.facts(), kase.title())
                .filter(Objects::nonNull).findFirst().orElse(null);
        String legalBasis = decision == null || decision.legalBasis() == null ? "" : decision.legalBasis();
        publications.open(SYSTEM, PenaltyPublication.pending(decided.caseId(), decided.unitId(), number,
                decided.decidedOn(), publications.dueFor(decided.decidedOn()), person ? "PERSON" : "ENTITY",
                person || party == null ? null : party.uscc(), kase.unitName(),
                new PenaltyPublication.Content(person ? PartyMask.person(name) : name, facts, legalBasis,
                        penalty(decided.kinds(), decided.fineAmount()))));
    }

    /** "罚款人民币30,000.00元；没收侵权商品" in the deciding unit's words. */
    String penalty(List<PenaltyKind> kinds, BigDecimal fine) {
        return kinds.stream().map(k -> k == PenaltyKind.FINE && fine != null
                        ? messages.getMessage("publication.penalty.fine", new Object[] {new DecimalFormat("#,##0.00")
                                .format(fine)}, ZH)
                        : messages.getMessage("publication.penalty.kind." + k.name(), null, k.name(), ZH))
                .collect(Collectors.joining("；"));
    }
}
