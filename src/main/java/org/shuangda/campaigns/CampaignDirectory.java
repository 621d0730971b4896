package org.shuangda.campaigns;

import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Read access to campaigns for other modules (reporting's rounds, the demo data), instead of SQL on
 * {@code campaign}. No scope: callers decide what they show; {@link Campaigns} serves people.
 */
@Component
public class CampaignDirectory {

    private final CampaignStore store;

    CampaignDirectory(CampaignStore store) {
        this.store = store;
    }

    public Optional<CampaignRef> find(long id) {
        return store.find(id).map(p -> ref(p.campaign(), p.regionPath()));
    }

    /** The oldest campaign titled {@code title} (the demo data finds its plans by title). */
    public Optional<CampaignRef> findByTitle(String title) {
        return store.idsTitled(title).stream().findFirst().flatMap(this::find);
    }

    private static CampaignRef ref(Campaign c, String regionPath) {
        return new CampaignRef(c.id(), c.title(), c.regionCode(), regionPath, c.startsOn(), c.endsOn(), c.status());
    }
}
