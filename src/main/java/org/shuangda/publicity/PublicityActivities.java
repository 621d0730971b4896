package org.shuangda.publicity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.shuangda.calendar.PlausibleDates;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.campaigns.CampaignDirectory;
import org.shuangda.campaigns.CampaignRef;
import org.shuangda.organization.UnitDirectory;
import org.shuangda.organization.UnitRef;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditAction;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.ImageFiles;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.shuangda.shared.SqlPredicate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publicity activities for the acting user. Read with CAMPAIGN_VIEW within its scope over the activity's unit (404
 * outside it); kept by the unit's own reporters and task officers (REPORT_SUBMIT or TASK_REPORT) and by the office
 * whose CAMPAIGN_MANAGE covers the unit's region. Photos: JPG or PNG (by name and first bytes), at most
 * {@value #PHOTO_MAX_BYTES} bytes each and {@value #PHOTOS_MAX} per activity; anything else is 422 with the reason and
 * nothing stored. Every change audited.
 */
@Service
public class PublicityActivities {

    static final String TYPE = "publicity_activity";
    public static final int PHOTO_MAX_BYTES = 5 * 1024 * 1024;
    public static final int PHOTOS_MAX = 9;
    static final int COUNT_MAX = 100_000_000;
    static final long REACH_MAX = 10_000_000_000L;


    private final ActivityStore store;
    private final UnitDirectory units;
    private final CampaignDirectory campaigns;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PublicityActivities(ActivityStore store, UnitDirectory units, CampaignDirectory campaigns,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.units = units;
        this.campaigns = campaigns;
        this.events = events;
        this.clock = clock;
    }

    /** Visible activities held within {@code from..to} (open ends allowed), of a kind and a unit (optional). */
    @Transactional(readOnly = true)
    public List<PublicityActivity> list(Actor actor, LocalDate from, LocalDate to, PublicityKind kind, Long unitId) {
        return store.list(visible(actor), from, to, kind, unitId, ActivityStore.LIST_MAX).stream().map(this::titled)
                .toList();
    }

    @Transactional(readOnly = true)
    public PublicityActivity get(Actor actor, long id) {
        return titled(readable(actor, id).activity());
    }

    /** Whether the actor may record an activity at all (the 登记 button). */
    public boolean mayRecord(Actor actor) {
        return actor.can(Permission.REPORT_SUBMIT) || actor.can(Permission.TASK_REPORT)
                || actor.can(Permission.CAMPAIGN_MANAGE);
    }

    /** Whether the actor may change this activity (the edit button). */
    public boolean mayEdit(Actor actor, long id) {
        return store.find(id).map(s -> keeps(actor, s.activity().unitId(), s.regionPath())).orElse(false);
    }

    @Transactional
    public PublicityActivity create(Actor actor, ActivityForm form) {
        return create(actor, form, List.of());
    }

    /** An uploaded photo as it arrives: its name, declared size and content. */
    public record PhotoUpload(String name, long size, InputStream content) {
    }

    /**
     * Records an activity with its photos in one transaction: a refused photo refuses the whole (422 on
     * {@code photo}), nothing stored.
     */
    @Transactional
    public PublicityActivity create(Actor actor, ActivityForm form, List<PhotoUpload> photos) {
        ActivityStore.Row row = validate(actor, form);
        if (photos.size() > PHOTOS_MAX) {
            throw new InvalidInput("photo", "publicity.photo.tooMany", PHOTOS_MAX);
        }
        long id = store.insert(row, actor.username(), OffsetDateTime.now(clock));
        events.publishEvent(AuditableChange.created(actor, TYPE, id, row.title(), fields(row)));
        for (PhotoUpload photo : photos) {
            addPhoto(actor, id, photo.name(), photo.size(), photo.content());
        }
        return get(actor, id);
    }

    @Transactional
    public PublicityActivity update(Actor actor, long id, ActivityForm form) {
        ActivityStore.Stored before = kept(actor, id);
        if (form.version() == null) {
            throw new InvalidInput("version", "error.required");
        }
        ActivityStore.Row row = validate(actor, form);
        if (!store.update(id, form.version(), row, OffsetDateTime.now(clock))) {
            throw new InvalidInput("version", "error.staleVersion");
        }
        AuditableChange change = AuditableChange.updated(actor, TYPE, id, row.title(), fields(before), fields(row));
        if (!change.changesNothing()) {
            events.publishEvent(change);
        }
        return get(actor, id);
    }

    @Transactional
    public void delete(Actor actor, long id) {
        ActivityStore.Stored before = kept(actor, id);
        store.delete(id);
        events.publishEvent(AuditableChange.deleted(actor, TYPE, id, before.activity().title(), fields(before)));
    }

    /**
     * Adds a photo: JPG or PNG by its name and its first bytes, at most {@value #PHOTO_MAX_BYTES} bytes, at most
     * {@value #PHOTOS_MAX} per activity (422 on {@code photo}, nothing stored).
     */
    @Transactional
    public PublicityActivity addPhoto(Actor actor, long id, String fileName, long size, InputStream content) {
        ActivityStore.Stored s = kept(actor, id);
        String name = cleanName(fileName);
        String type = ImageFiles.typeByName(name)
                .orElseThrow(() -> new InvalidInput("photo", "publicity.photo.type", name));
        if (size > PHOTO_MAX_BYTES) {
            throw new InvalidInput("photo", "publicity.photo.size", name, PHOTO_MAX_BYTES / 1024 / 1024);
        }
        byte[] bytes;
        try {
            bytes = content.readNBytes(PHOTO_MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read an upload", e);
        }
        if (bytes.length == 0) {
            throw new InvalidInput("photo", "publicity.photo.empty", name);
        }
        if (bytes.length > PHOTO_MAX_BYTES) {
            throw new InvalidInput("photo", "publicity.photo.size", name, PHOTO_MAX_BYTES / 1024 / 1024);
        }
        if (!ImageFiles.contentIs(type, bytes)) {
            throw new InvalidInput("photo", "publicity.photo.content", name, extension(name).toUpperCase(Locale.ROOT));
        }
        if (store.photoCount(id) >= PHOTOS_MAX) {
            throw new InvalidInput("photo", "publicity.photo.tooMany", PHOTOS_MAX);
        }
        long photoId = store.insertPhoto(id, name, type, bytes, actor.username(), OffsetDateTime.now(clock));
        events.publishEvent(AuditableChange.of(actor, AuditAction.UPDATE, TYPE, Long.toString(id),
                s.activity().title(), Map.of("photoAdded", photoId, "name", name, "bytes", bytes.length)));
        return get(actor, id);
    }

    /** Adds several photos in one transaction: one refused, none stored. */
    @Transactional
    public PublicityActivity addPhotos(Actor actor, long id, List<PhotoUpload> photos) {
        kept(actor, id);
        if (store.photoCount(id) + photos.size() > PHOTOS_MAX) {
            throw new InvalidInput("photo", "publicity.photo.tooMany", PHOTOS_MAX);
        }
        for (PhotoUpload photo : photos) {
            addPhoto(actor, id, photo.name(), photo.size(), photo.content());
        }
        return get(actor, id);
    }

    @Transactional
    public PublicityActivity deletePhoto(Actor actor, long id, long photoId) {
        ActivityStore.Stored s = kept(actor, id);
        if (!store.deletePhoto(id, photoId)) {
            throw new NotFoundProblem("publicity photo", photoId);
        }
        events.publishEvent(AuditableChange.of(actor, AuditAction.UPDATE, TYPE, Long.toString(id),
                s.activity().title(), Map.of("photoDeleted", photoId)));
        return get(actor, id);
    }

    /** A photo's bytes for whoever may read the activity (404 otherwise). */
    @Transactional(readOnly = true)
    public Photo photo(Actor actor, long id, long photoId) {
        readable(actor, id);
        return store.photo(id, photoId).map(p -> new Photo(p.name(), p.contentType(), p.content()))
                .orElseThrow(() -> new NotFoundProblem("publicity photo", photoId));
    }

    /** A photo's name, type and bytes. */
    public record Photo(String name, String contentType, byte[] content) {
    }

    private SqlPredicate visible(Actor actor) {
        DataScope scope = actor.require(Permission.CAMPAIGN_VIEW);
        return scope.unitOwned("a.unit_path", "a.region_path");
    }

    private ActivityStore.Stored readable(Actor actor, long id) {
        DataScope scope = actor.require(Permission.CAMPAIGN_VIEW);
        return store.find(id).filter(s -> scope.coversUnit(s.unitPath(), s.regionPath()))
                .orElseThrow(() -> new NotFoundProblem("publicity activity", id));
    }

    /** The stored activity when the actor keeps it; 404 when he does not see it, 403 when he sees but may not change. */
    private ActivityStore.Stored kept(Actor actor, long id) {
        ActivityStore.Stored s = store.find(id).orElseThrow(() -> new NotFoundProblem("publicity activity", id));
        if (!keeps(actor, s.activity().unitId(), s.regionPath())) {
            boolean sees = actor.can(Permission.CAMPAIGN_VIEW)
                    && actor.scopeFor(Permission.CAMPAIGN_VIEW).coversUnit(s.unitPath(), s.regionPath());
            if (sees) {
                throw new org.shuangda.shared.AccessDeniedProblem("publicity activity " + id + " is another unit's");
            }
            throw new NotFoundProblem("publicity activity", id);
        }
        return s;
    }

    /** The unit's own reporters and task officers, the office over its region, or the platform itself. */
    private static boolean keeps(Actor actor, long unitId, String unitRegionPath) {
        if (actor.isSystem()) {
            return true;
        }
        if (actor.unitId() == unitId && (actor.can(Permission.REPORT_SUBMIT) || actor.can(Permission.TASK_REPORT))) {
            return true;
        }
        return actor.can(Permission.CAMPAIGN_MANAGE) && unitRegionPath != null
                && actor.scopeFor(Permission.CAMPAIGN_MANAGE).coversArea(unitRegionPath);
    }

    private PublicityActivity titled(PublicityActivity a) {
        if (a.campaignId() == null) {
            return a;
        }
        String title = campaigns.find(a.campaignId()).map(CampaignRef::title).orElse(null);
        return new PublicityActivity(a.id(), a.unitId(), a.unitName(), a.campaignId(), title, a.heldOn(), a.kind(),
                a.title(), a.place(), a.materials(), a.attendance(), a.reach(), a.note(), a.photos(), a.createdBy(),
                a.version(), a.updatedAt());
    }

    private ActivityStore.Row validate(Actor actor, ActivityForm f) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        long unitId = f.unitId() == null ? actor.unitId() : f.unitId();
        UnitRef unit = units.find(unitId).filter(UnitRef::active).orElse(null);
        if (unit == null) {
            problems.add("unitId", "publicity.error.unit", unitId);
        } else if (!keeps(actor, unit.id(), unit.regionPath())) {
            problems.add("unitId", "publicity.error.notYourUnit", unit.name());
        }
        PublicityKind kind = null;
        if (f.kind() == null || f.kind().isBlank()) {
            problems.add("kind", "error.required");
        } else {
            try {
                kind = PublicityKind.valueOf(f.kind().strip());
            } catch (IllegalArgumentException e) {
                problems.add("kind", "publicity.error.kind", f.kind().strip());
            }
        }
        LocalDate heldOn = date(problems, "heldOn", f.heldOn());
        LocalDate today = LocalDate.now(clock.withZone(WorkingCalendar.ZONE));
        if (heldOn != null && heldOn.isAfter(today)) {
            problems.add("heldOn", "publicity.error.future", heldOn, today);
        }
        Long campaignId = f.campaignId();
        if (campaignId != null) {
            Optional<CampaignRef> campaign = campaigns.find(campaignId);
            if (campaign.isEmpty()) {
                problems.add("campaignId", "publicity.error.campaign", campaignId);
            } else if (unit != null && unit.regionPath() != null
                    && !unit.regionPath().startsWith(campaign.get().regionPath())) {
                problems.add("campaignId", "publicity.error.campaignRegion", campaign.get().title(), unit.name());
            }
        }
        String title = text(problems, "title", f.title(), 200, true);
        String place = text(problems, "place", f.place(), 200, false);
        String note = text(problems, "note", f.note(), 2000, false);
        int materials = count(problems, "materials", f.materials());
        int attendance = count(problems, "attendance", f.attendance());
        long reach = f.reach() == null ? 0 : f.reach();
        if (reach < 0 || reach > REACH_MAX) {
            problems.add("reach", "error.number.range", "reach", 0, REACH_MAX);
        }
        problems.throwIfAny();
        return new ActivityStore.Row(unit.id(), unit.path(), unit.regionPath(), campaignId, heldOn, kind, title, place,
                materials, attendance, reach, note);
    }

    private static LocalDate date(InvalidInput.Collector problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(field, "error.required");
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(value.strip());
            if (!PlausibleDates.contains(d)) {
                problems.add(field, "publicity.error.implausibleDate", d);
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            problems.add(field, "publicity.error.date", value.strip());
            return null;
        }
    }

    private static String text(InvalidInput.Collector problems, String field, String value, int max, boolean required) {
        String v = value == null ? "" : value.strip();
        if (required && v.isEmpty()) {
            problems.add(field, "error.required");
        } else if (v.length() > max) {
            problems.add(field, "publicity.error.textTooLong", v.length(), max);
        }
        return v;
    }

    private static int count(InvalidInput.Collector problems, String field, Integer value) {
        int v = value == null ? 0 : value;
        if (v < 0 || v > COUNT_MAX) {
            problems.add(field, "error.number.range", field, 0, COUNT_MAX);
        }
        return v;
    }

    private static String cleanName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (base.isEmpty()) {
            throw new InvalidInput("photo", "error.required");
        }
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static Map<String, Object> fields(ActivityStore.Row r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("unitId", r.unitId());
        out.put("campaignId", r.campaignId() == null ? "" : r.campaignId());
        out.put("heldOn", r.heldOn().toString());
        out.put("kind", r.kind().name());
        out.put("title", r.title());
        out.put("place", r.place());
        out.put("materials", r.materials());
        out.put("attendance", r.attendance());
        out.put("reach", r.reach());
        out.put("note", r.note());
        return out;
    }

    private static Map<String, Object> fields(ActivityStore.Stored s) {
        PublicityActivity a = s.activity();
        return fields(new ActivityStore.Row(a.unitId(), s.unitPath(), s.regionPath(), a.campaignId(), a.heldOn(),
                a.kind(), a.title(), a.place(), a.materials(), a.attendance(), a.reach(), a.note()));
    }
}
