package org.shuangda.cases.publication;

import java.time.LocalDate;
import java.util.List;
import org.shuangda.shared.PublicListings;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portal's section 行政处罚信息公示: published (and withdrawn, marked so) penalty decisions within their display
 * period ({@code publication.display}), natural persons already masked in the published text ({@link PartyMask});
 * an entity's own records found by its USCC.
 */
@Component
class PenaltyListings implements PublicListings {

    private final Publications publications;
    private final PublicationStore store;

    PenaltyListings(Publications publications, PublicationStore store) {
        this.publications = publications;
        this.store = store;
    }

    @Override
    public String section() {
        return "penalties";
    }

    @Override
    public String titleCode() {
        return "publication.title";
    }

    @Override
    public String path() {
        return "/public/penalties";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    @Transactional(readOnly = true)
    public Page search(Query q) {
        PublicationPage page = store.shown(q.text(), q.from(), q.to(), q.regionPath(),
                publications.shownSince(q.today()), q.page(), q.size());
        return new Page(page.rows().stream().map(this::item).toList(), page.total());
    }

    @Override
    @Transactional(readOnly = true)
    public List<Item> about(Subject subject, LocalDate today, int limit) {
        if (subject.uscc() == null) {
            return List.of();
        }
        return store.shownFor(subject.uscc(), publications.shownSince(today), limit).stream().map(this::item).toList();
    }

    private Item item(PenaltyPublication p) {
        String badge = p.status() == PublicationStatus.WITHDRAWN ? "publication.status.WITHDRAWN"
                : p.corrected() ? "publication.corrected" : null;
        return new Item(section(), p.decisionNumber(), p.content().partyName(), p.isPerson() ? null : p.uscc(),
                p.decidedOn(), publications.lastDayShown(p.publishedAt()), p.authority(), p.content().penalty(),
                "/public/penalties/" + p.id(), badge);
    }
}
