package org.shuangda.credit.listings;

import java.time.LocalDate;
import java.util.List;
import org.shuangda.shared.PublicListings;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portal's sections 严重违法失信名单 and 经营异常名录: a listing is shown from its listing day while it is on the
 * list and its period runs (serious list: until the period's end; abnormal list: until removal), a natural person
 * masked and never found by name or number ({@link ListingStore#shown}).
 */
class CreditListListings implements PublicListings {

    private final ListKind kind;
    private final ListingStore store;
    private final MessageSource messages;

    CreditListListings(ListKind kind, ListingStore store, MessageSource messages) {
        this.kind = kind;
        this.store = store;
        this.messages = messages;
    }

    @Override
    public String section() {
        return kind == ListKind.SERIOUS ? "serious" : "abnormal";
    }

    @Override
    public String titleCode() {
        return "listing.kind." + kind.name();
    }

    @Override
    public String path() {
        return kind == ListKind.SERIOUS ? "/public/credit/serious" : "/public/credit/abnormal";
    }

    @Override
    public int order() {
        return kind == ListKind.SERIOUS ? 20 : 30;
    }

    @Override
    @Transactional(readOnly = true)
    public Page search(Query q) {
        List<PublicListing> rows = store.shown(kind, q.text(), q.from(), q.to(), q.regionPath(), q.today(), q.page(),
                q.size());
        long total = store.countShown(kind, q.text(), q.from(), q.to(), q.regionPath(), q.today());
        return new Page(rows.stream().map(this::item).toList(), total);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Item> about(Subject subject, LocalDate today, int limit) {
        return store.shownOfEntity(kind, subject.entityId(), today, limit).stream().map(this::item).toList();
    }

    private Item item(PublicListing l) {
        String code = (kind == ListKind.SERIOUS ? "serious.field." : "listing.ground.") + l.ground();
        String ground = messages.getMessage(code, null, l.ground(), LocaleContextHolder.getLocale());
        return new Item(section(), ground, l.name(), l.uscc(), l.listedOn(), l.removalOn(), l.authority(), null,
                path() + (l.uscc() == null ? "" : "?q=" + l.uscc()), null);
    }

    /** One bean per list. */
    @Configuration(proxyBeanMethods = false)
    static class Sections {

        @Bean
        PublicListings seriousListSection(ListingStore store, MessageSource messages) {
            return new CreditListListings(ListKind.SERIOUS, store, messages);
        }

        @Bean
        PublicListings abnormalListSection(ListingStore store, MessageSource messages) {
            return new CreditListListings(ListKind.ABNORMAL, store, messages);
        }
    }
}
