package org.shuangda.cases.publication;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.shuangda.cases.PenaltyDecided;
import org.shuangda.cases.PenaltyKind;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a penalty decision into a record to publish, inside the deciding transaction (same module: the decision
 * and its publication duty are one fact). Only general-procedure decisions that are not a lone warning; the
 * party as the public will see it (first party of the case; a natural person masked, never an ID number).
 */
@Component
class PublicationIntake {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    private final JdbcClient jdbc;
    private final PublicationStore store;
    private final Publications publications;
    private final MessageSource messages;

    PublicationIntake(JdbcClient jdbc, PublicationStore store, Publications publications, MessageSource messages) {
        this.jdbc = jdbc;
        this.store = store;
        this.publications = publications;
        this.messages = messages;
    }

    private record CaseText(String decisionNumber, String facts, String legalBasis, String authority) {
    }

    private record Party(String kind, String name, String uscc) {
    }

    @EventListener
    @Transactional
    void on(PenaltyDecided decided) {
        if (!decided.toBePublished() || store.existsForCase(decided.caseId())) {
            return;
        }
        CaseText text = jdbc.sql("""
                select c.decision_number, coalesce(c.decision_facts, c.facts, c.title) as facts,
                       coalesce(c.legal_basis, '') as legal_basis, u.name as authority
                  from enforcement_case c join unit u on u.id = c.unit_id where c.id = :id""")
                .param("id", decided.caseId()).query((rs, n) -> new CaseText(rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getString(4))).single();
        Party party = jdbc.sql("""
                select kind, name, uscc from case_party where case_id = :id order by sort_order, id limit 1""")
                .param("id", decided.caseId()).query((rs, n) -> new Party(rs.getString(1), rs.getString(2),
                        rs.getString(3))).optional().orElse(new Party("ENTITY", "", null));
        boolean person = "PERSON".equals(party.kind());
        String number = decided.decisionNumber() != null ? decided.decisionNumber() : text.decisionNumber();
        store.insert(new PenaltyPublication(null, decided.caseId(), decided.unitId(), null, null, number,
                decided.decidedOn(), publications.dueFor(decided.decidedOn()), party.kind(),
                person ? PartyMask.person(party.name()) : party.name(), person ? null : party.uscc(), text.facts(),
                text.legalBasis(), penalty(decided.kinds(), decided.fineAmount()), text.authority(),
                PublicationStatus.PENDING, null, null, false, 0));
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
