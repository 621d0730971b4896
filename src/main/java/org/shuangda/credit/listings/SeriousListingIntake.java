package org.shuangda.credit.listings;

import java.util.LinkedHashMap;
import java.util.Map;
import org.shuangda.cases.CaseParty;
import org.shuangda.cases.CaseView;
import org.shuangda.cases.Cases;
import org.shuangda.cases.PenaltyDecided;
import org.shuangda.cases.SeriousListingProposal;
import org.shuangda.shared.Actor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns the serious-violation listing proposed with a penalty decision ({@link PenaltyDecided#seriousListing()})
 * into a listing of the deciding unit: the case's first party (a directory entity, or a natural person), the field,
 * the art.12 weighing factors and the reasons, the penalty. After the decision's commit; a re-delivered event opens
 * nothing twice (one serious listing per case).
 */
@Component
class SeriousListingIntake {

    private static final Actor SYSTEM = Actor.system("处罚决定提请列入严重违法失信名单");

    private final Cases cases;
    private final CreditListings listings;

    SeriousListingIntake(Cases cases, CreditListings listings) {
        this.cases = cases;
        this.listings = listings;
    }

    @ApplicationModuleListener
    void on(PenaltyDecided decided) {
        SeriousListingProposal proposal = decided.seriousListing();
        if (proposal == null) {
            return;
        }
        CaseView kase = cases.find(SYSTEM, decided.caseId());
        CaseParty party = kase.parties().isEmpty() ? null : kase.parties().get(0);
        boolean person = party != null && party.kind() == CaseParty.PartyKind.PERSON;
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("caseNumber", decided.caseNumber());
        detail.put("factors", proposal.factors());
        detail.put("reasons", proposal.reasons());
        detail.put("penalty", decided.kinds().stream().map(Enum::name).toList());
        if (decided.fineAmount() != null) {
            detail.put("fineAmount", decided.fineAmount().toPlainString());
        }
        listings.openSerious(SYSTEM, new CreditListings.SeriousProposal(decided.caseId(), decided.decisionNumber(),
                decided.decidedOn(), decided.unitId(), person || party == null ? null : party.entityId(),
                party == null ? kase.title() : party.name(),
                person ? Listing.SubjectKind.PERSON : Listing.SubjectKind.ENTITY,
                person || party == null ? null : party.uscc(), proposal.field(), detail));
    }
}
