package org.shuangda.inspections.markets;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.shuangda.entities.MarketEntities;
import org.shuangda.organization.Region;
import org.shuangda.organization.Regions;
import org.shuangda.organization.UnitDirectory;
import org.shuangda.organization.UnitRef;
import org.shuangda.privacy.PersonalDataCipher;
import org.shuangda.shared.AccessDeniedProblem;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.shuangda.shared.SqlPredicate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The key-market directory for the acting user: read with INSPECTION_VIEW, kept with INSPECTION_SETTINGS, each
 * within the scope over the market's supervising unit and place (a market outside it answers 404). The operator
 * and the sellers are entities the actor can see in the entity directory (its published query). Every change is
 * audited with the director masked; a stale version is refused (422).
 */
@Service
public class KeyMarkets {

    static final String DIRECTOR_NAME = "key_market.director_name";
    static final String DIRECTOR_PHONE = "key_market.director_phone";
    static final String TYPE = "key_market";
    static final int NAME_MAX = 200;
    static final int ADDRESS_MAX = 200; // a single-line field: the input gate's limit
    static final int GOODS_MAX = 1000;
    static final int SELLERS_MAX = 500;

    private final MarketStore store;
    private final MarketEntities entities;
    private final UnitDirectory units;
    private final Regions regions;
    private final PersonalDataCipher cipher;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    KeyMarkets(MarketStore store, MarketEntities entities, UnitDirectory units, Regions regions,
            PersonalDataCipher cipher, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.entities = entities;
        this.units = units;
        this.regions = regions;
        this.cipher = cipher;
        this.events = events;
        this.clock = clock;
    }

    /** The visible markets (at most {@value MarketStore#LIST_MAX}) by place and name, filtered by text and kind. */
    @Transactional(readOnly = true)
    public List<KeyMarket> list(Actor actor, String q, MarketKind kind) {
        SqlPredicate visible = actor.require(Permission.INSPECTION_VIEW).unitOwned("m.unit_path", "m.region_path");
        return store.list(visible, q, kind, MarketStore.LIST_MAX).stream().map(s -> view(s, List.of())).toList();
    }

    @Transactional(readOnly = true)
    public KeyMarket get(Actor actor, long id) {
        MarketStore.Stored s = visible(id, actor.require(Permission.INSPECTION_VIEW));
        return view(s, store.sellers(id));
    }

    /** Of {@code ids}, the markets the actor may see (INSPECTION_VIEW): how inspection records check theirs. */
    @Transactional(readOnly = true)
    public Set<Long> visibleAmong(Actor actor, java.util.Collection<Long> ids) {
        SqlPredicate visible = actor.require(Permission.INSPECTION_VIEW).unitOwned("m.unit_path", "m.region_path");
        return store.visibleAmong(ids, visible);
    }

    /** Whether the actor may add or change markets at all (the buttons). */
    public boolean mayManage(Actor actor) {
        return actor.can(Permission.INSPECTION_SETTINGS);
    }

    @Transactional
    public KeyMarket create(Actor actor, MarketForm form) {
        DataScope scope = actor.require(Permission.INSPECTION_SETTINGS);
        Valid v = validate(actor, scope, form, null);
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = store.insert(v.row(), actor.username(), now);
        store.replaceSellers(id, v.sellerIds(), v.stalls());
        events.publishEvent(AuditableChange.created(actor, TYPE, id, v.row().name(), fields(v.row(), v.sellerIds())));
        return get(actor, id);
    }

    @Transactional
    public KeyMarket update(Actor actor, long id, MarketForm form) {
        DataScope scope = actor.require(Permission.INSPECTION_SETTINGS);
        MarketStore.Stored before = visible(id, scope);
        if (form.version() == null) {
            throw new InvalidInput("version", "error.required");
        }
        List<Long> sellersBefore = store.sellers(id).stream().map(KeyMarket.Seller::entityId).toList();
        Valid v = validate(actor, scope, form, before);
        if (!store.update(id, form.version(), v.row(), OffsetDateTime.now(clock))) {
            throw new InvalidInput("version", "error.staleVersion");
        }
        store.replaceSellers(id, v.sellerIds(), v.stalls());
        AuditableChange change = AuditableChange.updated(actor, TYPE, id, v.row().name(),
                fields(rowOf(before), sellersBefore), fields(v.row(), v.sellerIds()));
        if (!change.changesNothing()) {
            events.publishEvent(change);
        }
        return get(actor, id);
    }

    private MarketStore.Stored visible(long id, DataScope scope) {
        return store.find(id).filter(s -> scope.coversUnit(s.unitPath(), s.regionPath()))
                .orElseThrow(() -> new NotFoundProblem("market", id));
    }

    private record Valid(MarketStore.Row row, List<Long> sellerIds, List<String> stalls) {
    }

    private Valid validate(Actor actor, DataScope scope, MarketForm f, MarketStore.Stored before) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        String name = text(problems, "name", f.name(), NAME_MAX, true);
        MarketKind kind = choice(problems, "kind", f.kind(), MarketKind.class);
        InspectionFrequency frequency = choice(problems, "frequency", f.frequency(), InspectionFrequency.class);
        String address = text(problems, "address", f.address(), ADDRESS_MAX, true);
        String goods = text(problems, "goods", f.goods(), GOODS_MAX, false);
        if (f.operatorEntityId() == null) {
            problems.add("operatorEntityId", "error.required");
        } else if (!entityVisible(actor, f.operatorEntityId())) {
            problems.add("operatorEntityId", "markets.error.entity", f.operatorEntityId());
        }
        Region region = null;
        if (f.regionCode() == null || f.regionCode().isBlank()) {
            problems.add("regionCode", "error.required");
        } else {
            region = regions.find(f.regionCode().strip()).orElse(null);
            if (region == null) {
                problems.add("regionCode", "markets.error.region", f.regionCode().strip());
            }
        }
        long unitId = f.unitId() == null ? actor.unitId() : f.unitId();
        UnitRef unit = units.find(unitId).filter(UnitRef::active).orElse(null);
        if (unit == null) {
            problems.add("unitId", "markets.error.unit", unitId);
        } else if (region != null && !scope.coversUnit(unit.path(), region.path())) {
            problems.add("unitId", "markets.error.outOfScope", unit.name());
        }
        int stallCount = count(problems, "stalls", f.stalls(), 1_000_000);
        int sellerCount = count(problems, "sellers", f.sellers(), 10_000_000);
        String directorName = text(problems, "directorName", f.directorName(), 50, false);
        String directorPhone = text(problems, "directorPhone", f.directorPhone(), 20, false);
        if (!directorPhone.isEmpty() && !directorPhone.matches("[0-9+\\- ]{5,20}")) {
            problems.add("directorPhone", "markets.error.phone");
        }
        List<Long> sellerIds = f.sellerIds();
        List<String> stalls = new ArrayList<>();
        Map<Long, String> storedStalls = new java.util.HashMap<>();
        if (before != null) {
            store.sellers(before.id()).forEach(s -> storedStalls.put(s.entityId(), s.stall()));
        }
        if (sellerIds.size() > SELLERS_MAX) {
            problems.add("sellerIds", "markets.error.tooManySellers", sellerIds.size(), SELLERS_MAX);
        } else {
            Set<Long> seen = new HashSet<>();
            for (int i = 0; i < sellerIds.size(); i++) {
                Long e = sellerIds.get(i);
                if (!seen.add(e)) {
                    problems.add("sellerIds", "markets.error.sellerTwice", e);
                } else if (!entityVisible(actor, e)) {
                    problems.add("sellerIds", "markets.error.entity", e);
                }
                // the page's chips carry no stall: a form without stalls keeps those on record
                String stall = f.sellerStalls().isEmpty() ? storedStalls.getOrDefault(e, "")
                        : i < f.sellerStalls().size() && f.sellerStalls().get(i) != null ? f.sellerStalls().get(i).strip() : "";
                if (stall.length() > 50) {
                    problems.add("sellerStalls", "markets.error.tooLong", stall.length(), 50);
                }
                stalls.add(stall);
            }
        }
        problems.throwIfAny();
        // a blank director on an edit keeps what is stored: the form only ever showed it masked
        String nameCipher = directorName.isEmpty() && before != null ? before.directorNameCipher()
                : cipher.encrypt(DIRECTOR_NAME, directorName);
        String phoneCipher = directorPhone.isEmpty() && before != null ? before.directorPhoneCipher()
                : cipher.encrypt(DIRECTOR_PHONE, directorPhone);
        boolean active = f.active() == null || f.active();
        return new Valid(new MarketStore.Row(name, kind, f.operatorEntityId(), address, region.code(), region.path(),
                unit.id(), unit.path(), stallCount, sellerCount, nameCipher, phoneCipher, goods, frequency, active),
                sellerIds, stalls);
    }

    private boolean entityVisible(Actor actor, long entityId) {
        try {
            entities.get(actor, entityId);
            return true;
        } catch (NotFoundProblem | AccessDeniedProblem e) {
            return false;
        }
    }

    private static String text(InvalidInput.Collector problems, String field, String value, int max, boolean required) {
        String v = value == null ? "" : value.strip();
        if (required && v.isEmpty()) {
            problems.add(field, "error.required");
        } else if (v.length() > max) {
            problems.add(field, "markets.error.tooLong", v.length(), max);
        }
        return v;
    }

    private static int count(InvalidInput.Collector problems, String field, Integer value, int max) {
        if (value == null) {
            problems.add(field, "error.required");
            return 0;
        }
        if (value < 0 || value > max) {
            problems.add(field, "error.number.range", field, 0, max);
        }
        return value;
    }

    static <E extends Enum<E>> E choice(InvalidInput.Collector problems, String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            problems.add(field, "error.required");
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            problems.add(field, "markets.error.choice", value.strip());
            return null;
        }
    }

    private KeyMarket view(MarketStore.Stored s, List<KeyMarket.Seller> sellers) {
        return new KeyMarket(s.id(), s.name(), s.kind(), s.operatorEntityId(), s.operatorName(), s.address(),
                s.regionCode(), s.regionName(), s.unitId(), s.unitName(), s.stalls(), s.sellers(),
                PersonMasks.name(decrypt(DIRECTOR_NAME, s.directorNameCipher())),
                PersonMasks.phone(decrypt(DIRECTOR_PHONE, s.directorPhoneCipher())), s.goods(), s.frequency(),
                s.active(), sellers, s.version(), MarketStore.wall(s.updatedAt()), s.lastInspected(),
                s.lastInspected() == null ? java.time.LocalDate.now(clock) : s.frequency().nextAfter(s.lastInspected()));
    }

    private String decrypt(String field, String stored) {
        return Optional.ofNullable(stored).map(c -> cipher.decrypt(field, c)).orElse(null);
    }

    private static MarketStore.Row rowOf(MarketStore.Stored s) {
        return new MarketStore.Row(s.name(), s.kind(), s.operatorEntityId(), s.address(), s.regionCode(),
                s.regionPath(), s.unitId(), s.unitPath(), s.stalls(), s.sellers(), s.directorNameCipher(),
                s.directorPhoneCipher(), s.goods(), s.frequency(), s.active());
    }

    /** What the audit trail keeps: the director only as "changed or not" (no clear text, no ciphertext). */
    private Map<String, Object> fields(MarketStore.Row r, List<Long> sellerIds) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", r.name());
        out.put("kind", r.kind().name());
        out.put("operatorEntityId", r.operatorEntityId());
        out.put("address", r.address());
        out.put("regionCode", r.regionCode());
        out.put("unitId", r.unitId());
        out.put("stalls", r.stalls());
        out.put("sellers", r.sellers());
        out.put("directorName", PersonMasks.name(decrypt(DIRECTOR_NAME, r.directorNameCipher())));
        out.put("directorPhone", PersonMasks.phone(decrypt(DIRECTOR_PHONE, r.directorPhoneCipher())));
        out.put("goods", r.goods());
        out.put("frequency", r.frequency().name());
        out.put("active", r.active());
        out.put("sellerIds", sellerIds);
        return out;
    }
}
