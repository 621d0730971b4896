package org.shuangda.credit.listings;

import java.util.List;
import java.util.Optional;
import org.shuangda.shared.Actor;
import org.shuangda.shared.EntityPanel;
import org.shuangda.shared.Permission;
import org.springframework.stereotype.Component;

/** The entity page's credit-list panel: the entity's listings in the reader's scope, with their state and clock. */
@Component
class ListingEntityPanel implements EntityPanel {

    /** What the fragment shows: the listings, and whether the reader may record a new one. */
    record Data(long entityId, List<ListingView> listings, boolean mayRecord) {
    }

    private final CreditListings listings;

    ListingEntityPanel(CreditListings listings) {
        this.listings = listings;
    }

    @Override
    public Optional<Panel> panelFor(Actor actor, long entityId) {
        if (!actor.can(Permission.CREDIT_VIEW)) {
            return Optional.empty();
        }
        return Optional.of(new Panel("credit/listings/entity-panel", "panel",
                new Data(entityId, listings.ofEntity(actor, entityId), actor.can(Permission.CREDIT_MANAGE)), 20));
    }
}
