package org.shuangda.calendar.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shuangda.calendar.ClockUnit;
import org.shuangda.calendar.Rulebook;
import org.shuangda.calendar.StatutoryRule;
import org.shuangda.shared.AccessDeniedProblem;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.ConfigOwner;
import org.shuangda.shared.Configurable;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The rulebook on {@code statutory_rule}, held in memory (a few dozen rows read by every clock of every list) and
 * reloaded once a change is committed. Why versions instead of updates: a period changed today must not move
 * the due day of a clock that started under the old one (issue 12), so a change is a new version effective from
 * a future day; only a version that has not taken effect yet may be corrected in place.
 */
@Service
public class DatabaseRulebook implements Rulebook {

    public static final String AUDIT_TYPE = "statutory_rule";
    public static final int MAX_DAYS = 3650;
    public static final int MAX_HOURS = 8760;
    public static final int MAX_MONTHS = 120;
    public static final int MAX_YEARS = 10;

    /** What an administrator asks for; null fields of a correction keep the version's current value. */
    public record Change(String name, Integer amount, String unit, Integer extensionAmount, String pauses,
            String source, LocalDate effectiveFrom, String ownerRegionPath) {
    }

    private final RuleStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private volatile List<StatutoryRule> cache;

    DatabaseRulebook(RuleStore store, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public List<StatutoryRule> versions() {
        List<StatutoryRule> rules = cache;
        if (rules == null) {
            rules = List.copyOf(store.all());
            cache = rules;
        }
        return rules;
    }

    @Override
    public StatutoryRule rule(String key, LocalDate startedOn, String regionPath) {
        List<StatutoryRule> ofKey = versions().stream().filter(r -> r.key().equals(key)).toList();
        if (ofKey.isEmpty()) {
            throw new IllegalArgumentException("No statutory rule " + key + " in the rulebook");
        }
        // the most specific owner that has a version in force on the start day, then its latest such version
        Comparator<StatutoryRule> order = Comparator.<StatutoryRule>comparingInt(r -> r.owner().level().ordinal())
                .thenComparing(StatutoryRule::effectiveFrom);
        return ofKey.stream().filter(r -> r.owner().appliesTo(regionPath))
                .filter(r -> !r.effectiveFrom().isAfter(startedOn)).max(order)
                // a clock older than every version counts on the first national one
                .orElseGet(() -> ofKey.stream().filter(r -> r.owner().national())
                        .min(Comparator.comparing(StatutoryRule::effectiveFrom)).orElse(ofKey.get(0)));
    }

    /** Today's version of every key and owner, with the next one already scheduled, for the page and the API. */
    public List<Entry> current() {
        LocalDate today = LocalDate.now(clock);
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (StatutoryRule r : versions()) {
            String id = r.key() + "|" + r.owner().regionPath();
            Entry e = entries.get(id);
            if (e == null) {
                entries.put(id, new Entry(r, null));
            } else if (!r.effectiveFrom().isAfter(today)) {
                entries.put(id, new Entry(r, e.next()));
            } else if (e.next() == null) {
                entries.put(id, new Entry(e.current(), r));
            }
        }
        return List.copyOf(entries.values());
    }

    /**
     * @param current the version in force today
     * @param next    the next scheduled version, if any
     */
    public record Entry(StatutoryRule current, StatutoryRule next) {
    }

    /**
     * Schedules a new version of {@code key} (or corrects a scheduled one with the same owner and date): the
     * period counted by clocks started on or after {@code effectiveFrom}, which must be after today so that no
     * running clock changes. A province's version needs the actor's scope over it ({@link Configurable}).
     */
    @Transactional
    public StatutoryRule change(Actor actor, String key, Change change) {
        // without the permission at all: 403 before anything is looked at (a bad body must not answer 422 first)
        actor.require(Configurable.STATUTORY_RULE.permission());
        List<StatutoryRule> ofKey = versions().stream().filter(r -> r.key().equals(key)).toList();
        if (ofKey.isEmpty()) {
            throw new NotFoundProblem("statutory rule", key);
        }
        InvalidInput.Collector problems = new InvalidInput.Collector();
        ConfigOwner owner = ConfigOwner.NATIONAL;
        if (change.ownerRegionPath() != null && !change.ownerRegionPath().isBlank()) {
            try {
                owner = ConfigOwner.of(change.ownerRegionPath().strip());
            } catch (IllegalArgumentException e) {
                problems.add("ownerRegionPath", "rule.error.regionPath", change.ownerRegionPath());
            }
        }
        ConfigOwner target = owner;
        StatutoryRule base = ofKey.stream().filter(r -> r.owner().equals(target)).reduce((a, b) -> b)
                .orElse(rule(key, LocalDate.now(clock), target.regionPath()));
        ClockUnit unit = base.unit();
        if (change.unit() != null) {
            try {
                unit = ClockUnit.valueOf(change.unit().strip());
            } catch (IllegalArgumentException e) {
                problems.add("unit", "rule.error.unit", change.unit());
            }
        }
        int amount = change.amount() != null ? change.amount() : base.amount();
        int max = maxOf(unit);
        if (amount < 1 || amount > max) {
            problems.add("amount", "rule.error.amount", amount, max);
        }
        Integer extension = change.extensionAmount() != null ? change.extensionAmount() : base.extensionAmount();
        if (extension != null && extension == 0) {
            extension = null; // 0: no extension any more
        }
        if (extension != null && (extension < 1 || extension > max)) {
            problems.add("extensionAmount", "rule.error.extension", extension, max);
        }
        String name = change.name() != null ? change.name().strip() : base.name();
        if (name.isEmpty() || name.length() > 100) {
            problems.add("name", "rule.error.name", 100);
        }
        String source = change.source() != null ? change.source().strip() : base.source();
        if (source.isEmpty() || source.length() > 500) {
            problems.add("source", "rule.error.source", 500);
        }
        String pauses = change.pauses() != null ? change.pauses().strip() : base.pauses();
        if (pauses != null && pauses.isEmpty()) {
            pauses = null;
        }
        if (pauses != null && pauses.length() > 300) {
            problems.add("pauses", "rule.error.pauses", 300);
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate from = change.effectiveFrom();
        if (from == null) {
            problems.add("effectiveFrom", "rule.error.effectiveFromMissing");
        } else if (!from.isAfter(today)) {
            problems.add("effectiveFrom", "rule.error.effectiveFromPast", from.toString(), today.plusDays(1).toString());
        } else if (from.getYear() > 2100) {
            problems.add("effectiveFrom", "rule.error.effectiveFromFar", 2100);
        }
        problems.throwIfAny();
        // with the permission, a region the rule may not belong to or outside the actor's scope is a wrong value
        // of the field (422 with the reason), nothing changed
        boolean ownerHasVersions = ofKey.stream().anyMatch(r -> r.owner().equals(target));
        try {
            if (ownerHasVersions) {
                Configurable.STATUTORY_RULE.requireEdit(actor, target);
            } else {
                Configurable.STATUTORY_RULE.requireAdd(actor, target);
            }
        } catch (AccessDeniedProblem refused) {
            throw new InvalidInput("ownerRegionPath", "rule.error.regionRefused", refused.getMessage());
        }
        StatutoryRule next = new StatutoryRule(key, name, amount, unit, extension, pauses, source, from, target);
        Optional<Long> scheduled = store.versionId(key, target, from);
        if (scheduled.isPresent()) {
            StatutoryRule before = ofKey.stream().filter(r -> r.owner().equals(target) && r.effectiveFrom().equals(from))
                    .findFirst().orElse(next);
            store.update(scheduled.get(), next, actor.username());
            AuditableChange audit = AuditableChange.updated(actor, AUDIT_TYPE, scheduled.get(), summary(next),
                    fields(before), fields(next));
            if (!audit.changesNothing()) {
                events.publishEvent(audit);
            }
        } else {
            long id = store.insert(next, actor.username());
            events.publishEvent(AuditableChange.created(actor, AUDIT_TYPE, id, summary(next), fields(next)));
        }
        reloadAfterCommit();
        return next;
    }

    private static int maxOf(ClockUnit unit) {
        return switch (unit) {
            case HOURS -> MAX_HOURS;
            case MONTHS -> MAX_MONTHS;
            case YEARS -> MAX_YEARS;
            case WORKING_DAYS, NATURAL_DAYS, CALENDAR_DAYS -> MAX_DAYS;
        };
    }

    private static String summary(StatutoryRule r) {
        return r.name() + "（" + r.key() + (r.owner().national() ? "" : "，" + r.owner().regionCode()) + "）自"
                + r.effectiveFrom() + "起";
    }

    private static Map<String, Object> fields(StatutoryRule r) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("key", r.key());
        f.put("owner", r.owner().national() ? "国家" : r.owner().regionPath());
        f.put("name", r.name());
        f.put("amount", r.amount());
        f.put("unit", r.unit().name());
        f.put("extensionAmount", r.extensionAmount());
        f.put("pauses", r.pauses());
        f.put("source", r.source());
        f.put("effectiveFrom", r.effectiveFrom().toString());
        return f;
    }

    /** Forgets the rows held in memory (after the table was changed by other means, e.g. a test's clean-up). */
    public void reload() {
        cache = null;
    }

    private void reloadAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    cache = null;
                }
            });
        } else {
            cache = null;
        }
    }
}
