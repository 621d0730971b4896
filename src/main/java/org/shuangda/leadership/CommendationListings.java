package org.shuangda.leadership;

import java.time.LocalDate;
import java.util.List;
import org.shuangda.shared.PublicListings;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portal's section 表彰公示: issued rounds marked public (a commendation has no display end); an entity's page
 * lists the public rounds that commended it as a 先进集体. A person is searched by no name: only a collective's.
 */
@Component
class CommendationListings implements PublicListings {

    private final CommendationStore store;

    CommendationListings(CommendationStore store) {
        this.store = store;
    }

    @Override
    public String section() {
        return "commendations";
    }

    @Override
    public String titleCode() {
        return "commendations.public.title";
    }

    @Override
    public String path() {
        return "/public/commendations";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    @Transactional(readOnly = true)
    public Page search(Query q) {
        List<Item> items = store.publicRounds(q.like(), q.from(), q.to(), q.regionPath(), q.offset(), q.size())
                .stream().map(this::item).toList();
        return new Page(items, store.countPublicRounds(q.like(), q.from(), q.to(), q.regionPath()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Item> about(Subject subject, LocalDate today, int limit) {
        return store.publicHonoursOfEntity(subject.entityId(), limit).stream().map(this::item).toList();
    }

    private Item item(CommendationStore.PublicRound r) {
        return new Item(section(), r.title(), r.nomineeName(), null, r.issuedOn(), null, r.regionName(),
                r.noticeNumber(), "/public/commendations/" + r.id(), null);
    }
}
