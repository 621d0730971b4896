package org.shuangda.inspections.draw;

import java.time.LocalDate;
import java.util.List;
import org.shuangda.shared.PublicListings;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portal's section 双随机抽查结果: published results within their display period ({@code inspection.result.display},
 * V211), the target masked where it is a person ({@link PublicMask}); the plans, tasks and draw verification stay on
 * {@code /public/inspections}, which the section links to.
 */
@Component
class InspectionResultListings implements PublicListings {

    private final ResultStore store;
    private final Results results;
    private final MessageSource messages;

    InspectionResultListings(ResultStore store, Results results, MessageSource messages) {
        this.store = store;
        this.results = results;
        this.messages = messages;
    }

    @Override
    public String section() {
        return "inspections";
    }

    @Override
    public String titleCode() {
        return "inspection.public.title";
    }

    @Override
    public String path() {
        return "/public/inspections";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    @Transactional(readOnly = true)
    public Page search(Query q) {
        var since = results.shownSince(q.today());
        List<Item> items = store.shown(q.like(), q.from(), q.to(), q.regionPath(), since, q.offset(), q.size())
                .stream().map(this::item).toList();
        return new Page(items, store.countShown(q.like(), q.from(), q.to(), q.regionPath(), since));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Item> about(Subject subject, LocalDate today, int limit) {
        return store.shownOfEntity(subject.entityId(), results.shownSince(today), limit).stream().map(this::item)
                .toList();
    }

    private Item item(ResultStore.Shown shown) {
        InspectionResult r = shown.result();
        String code = messages.getMessage("inspection.result.code." + r.code().name(), null, r.code().name(),
                LocaleContextHolder.getLocale());
        boolean person = !r.publicEntityName().equals(r.entityName() == null ? null : r.entityName().strip());
        return new Item(section(), r.taskTitle(), r.publicEntityName(), person ? null : r.uscc(), r.inspectedOn(),
                results.lastDayShown(r.publishedAt()), shown.unitName(), code, "/public/inspections/tasks/" + r.taskId(),
                null);
    }
}
