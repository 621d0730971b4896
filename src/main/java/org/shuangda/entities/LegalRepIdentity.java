package org.shuangda.entities;

import org.shuangda.privacy.IdentityOpening;
import org.shuangda.privacy.IdentityOpenings;
import org.shuangda.shared.AccessDeniedProblem;
import org.shuangda.shared.Actor;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A legal representative's full ID number, the same way as a case party's: only for someone who may change
 * the entity ({@code ENTITY_MANAGE} over its region), with a reason (4–500 characters), stored, audited and
 * listed by {@link IdentityOpenings} for the head of the opener's unit (entities belong to a region, not a
 * unit, so the opening is filed under the unit of who opened it, with the entity's region). Everyone else sees
 * {@code 140426********1234} only, in lists, pages, the API and the audit trail.
 */
@Service
public class LegalRepIdentity {

    private final EntityStore store;
    private final IdentityOpenings openings;

    LegalRepIdentity(EntityStore store, IdentityOpenings openings) {
        this.store = store;
        this.openings = openings;
    }

    /** Whether the actor may open the entity's legal representative's full ID number (for the page). */
    public boolean mayReveal(Actor me, MarketEntity entity) {
        return entity.legalRepIdNumberMasked() != null && me.can(Permission.ENTITY_MANAGE)
                && store.find(entity.id()).map(s -> me.scopeFor(Permission.ENTITY_MANAGE).coversArea(s.regionPath()))
                        .orElse(false);
    }

    /**
     * The full number: 404 outside the actor's view scope (as if missing) or when the entity has none, 403
     * without {@code ENTITY_MANAGE} over its region, 422 on {@code reason} without a valid reason.
     */
    @Transactional
    public String reveal(Actor me, long id, String reason, String clientAddress) {
        EntityStore.Stored s = store.find(id)
                .filter(found -> me.can(Permission.ENTITY_VIEW)
                        && me.scopeFor(Permission.ENTITY_VIEW).coversArea(found.regionPath()))
                .orElseThrow(() -> new NotFoundProblem("entity", id));
        if (!me.can(Permission.ENTITY_MANAGE) || !me.scopeFor(Permission.ENTITY_MANAGE).coversArea(s.regionPath())) {
            throw new AccessDeniedProblem("only who may change the entity may see its legal representative's ID number");
        }
        if (s.legalRepIdNumber() == null) {
            throw new NotFoundProblem("legal representative's ID number", id);
        }
        String unitPath = store.unitPath(me.unitId()).orElseThrow(
                () -> new AccessDeniedProblem("an identity opening needs the opener's unit"));
        MarketEntity e = s.entity();
        openings.record(me, new IdentityOpenings.Subject(IdentityOpening.Kind.LEGAL_REP, id,
                e.name() + " " + (e.legalRepresentative() == null ? "" : e.legalRepresentative()).strip(),
                me.unitId(), unitPath, s.regionPath(), "legalRepIdNumber"), reason, clientAddress);
        return s.legalRepIdNumber();
    }
}
