package org.shuangda.cases;

import java.util.List;
import org.shuangda.cases.CaseParty.PartyKind;
import org.shuangda.privacy.IdentityOpening;
import org.shuangda.privacy.IdentityOpenings;
import org.shuangda.shared.AccessDeniedProblem;
import org.shuangda.shared.Actor;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A natural-person party's full ID number, the same way as a tipster's identity: only for one of the case's
 * handling officers ({@code case_officer}, with {@code CASE_HANDLE} over the case's unit), with a reason
 * (4–500 characters), stored, audited and listed for the unit head by {@link IdentityOpenings}. Everyone else
 * (administrators, the office, the head, other officers of the unit) sees {@code 140426********1234} only.
 */
@Service
public class PartyIdentity {

    private final CaseAccess access;
    private final CaseStore store;
    private final IdentityOpenings openings;

    PartyIdentity(CaseAccess access, CaseStore store, IdentityOpenings openings) {
        this.access = access;
        this.store = store;
        this.openings = openings;
    }

    /** Whether the actor may open the full ID numbers of the case's parties (for the form). */
    public boolean mayReveal(Actor me, CaseView c) {
        return c.officers().stream().anyMatch(o -> o.userId() == me.userId())
                && CaseAccess.may(me, Permission.CASE_HANDLE, c.owner());
    }

    /**
     * The full ID number of party {@code index} (0-based, as listed): 404 outside the actor's scope or when
     * that party is no person with a number, 403 for anyone but a handling officer, 422 without a reason.
     */
    @Transactional
    public String reveal(Actor me, long caseId, int index, String reason, String clientAddress) {
        CaseView c = access.visible(me, caseId);
        if (!mayReveal(me, c)) {
            throw new AccessDeniedProblem("only the case's handling officers may see a party's full ID number");
        }
        List<Party> parties = store.find(caseId).orElseThrow(() -> new NotFoundProblem("case", caseId))
                .details().parties();
        if (index < 0 || index >= parties.size() || parties.get(index).kind() != PartyKind.PERSON
                || parties.get(index).idNumber() == null) {
            throw new NotFoundProblem("party", caseId + "/" + index);
        }
        Party p = parties.get(index);
        openings.record(me, new IdentityOpenings.Subject(IdentityOpening.Kind.CASE_PARTY, caseId,
                (c.number() == null ? "#" + caseId : c.number()) + " " + p.name(), c.unitId(), c.unitPath(), c.regionPath(), "idNumber"), reason,
                clientAddress);
        return p.idNumber();
    }
}
