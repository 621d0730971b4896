package org.shuangda.leadership;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.campaigns.CampaignDirectory;
import org.shuangda.campaigns.CampaignRef;
import org.shuangda.campaigns.TaskForm;
import org.shuangda.campaigns.Tasks;
import org.shuangda.leadership.SoftwareLedger.CheckKind;
import org.shuangda.leadership.SoftwareLedger.Entry;
import org.shuangda.leadership.SoftwareStore.UnitTotals;
import org.shuangda.organization.UnitDirectory;
import org.shuangda.organization.UnitRef;
import org.shuangda.shared.Actor;
import org.shuangda.shared.Amounts;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Software legalisation ledgers. A unit keeps its own ({@code REPORT_SUBMIT} or {@code TASK_REPORT}, its own unit
 * only) and files its yearly self-check; the office ({@code CAMPAIGN_MANAGE} over the unit's region) reads every
 * unit's ledger, sees the rates rolled up, and inspects, its findings optionally becoming a rectification task of a
 * campaign. Anyone else: "not found".
 */
@Service
public class SoftwareLedgers {

    private static final int MAX_COUNT = 1_000_000;

    private final SoftwareStore store;
    private final UnitDirectory units;
    private final CampaignDirectory campaigns;
    private final Tasks tasks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SoftwareLedgers(SoftwareStore store, UnitDirectory units, CampaignDirectory campaigns, Tasks tasks,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.units = units;
        this.campaigns = campaigns;
        this.tasks = tasks;
        this.events = events;
        this.clock = clock;
    }

    /** The rates of every unit with a ledger in the office's regions, and the region's total. */
    public Overview overview(Actor actor) {
        DataScope manage = actor.require(Permission.CAMPAIGN_MANAGE);
        List<UnitTotals> lines = store.totals(manage.regionOwned("u.region_path"));
        int installed = lines.stream().mapToInt(UnitTotals::installed).sum();
        int covered = lines.stream().mapToInt(UnitTotals::covered).sum();
        int computers = lines.stream().mapToInt(l -> l.computers() == null ? 0 : l.computers()).sum();
        return new Overview(lines, computers, installed, covered, SoftwareLedger.rate(covered, installed));
    }

    public record Overview(List<UnitTotals> units, int computers, int installed, int covered, BigDecimal rate) {
    }

    public SoftwareLedger ledger(Actor actor, long unitId) {
        UnitRef unit = readable(actor, unitId);
        return store.ledger(unit.id(), unit.name());
    }

    /**
     * Whether the actor keeps this unit's ledger: its own unit, with a reporting or task permission (or the platform
     * itself, loading the demo or an import).
     */
    public boolean keeps(Actor actor, long unitId) {
        return actor.isSystem() || actor.unitId() == unitId
                && (actor.can(Permission.REPORT_SUBMIT) || actor.can(Permission.TASK_REPORT));
    }

    public boolean inspects(Actor actor, long unitId) {
        return units.find(unitId).filter(u -> manages(actor, u)).isPresent();
    }

    @Transactional
    public SoftwareLedger saveComputers(Actor actor, long unitId, Integer computers) {
        UnitRef unit = kept(actor, unitId);
        if (computers == null || computers < 0 || computers > MAX_COUNT) {
            throw new InvalidInput("computers", "software.count.range", 0, MAX_COUNT);
        }
        Integer before = store.ledger(unitId, unit.name()).computers();
        store.saveComputers(unitId, unit.regionCode(), computers, actor.username());
        events.publishEvent(AuditableChange.updated(actor, "software_unit", unitId, unit.name(),
                Map.of("computers", before == null ? "" : before), Map.of("computers", computers)));
        return store.ledger(unitId, unit.name());
    }

    /** Adds ({@code entry.id() == null}) or replaces an entry of the unit's ledger. */
    @Transactional
    public SoftwareLedger saveEntry(Actor actor, long unitId, Entry entry) {
        UnitRef unit = kept(actor, unitId);
        Entry checked = validated(entry);
        if (entry.id() == null) {
            long id = store.insert(unitId, unit.regionCode(), checked, actor.username());
            events.publishEvent(AuditableChange.created(actor, "software_entry", id, unit.name() + " · "
                    + checked.product(), audit(checked)));
        } else {
            Entry before = store.entry(unitId, entry.id()).orElseThrow(() -> new NotFoundProblem("software entry",
                    entry.id()));
            if (!store.update(unitId, checked, actor.username())) {
                throw new InvalidInput("version", "error.staleVersion");
            }
            events.publishEvent(AuditableChange.updated(actor, "software_entry", entry.id(), unit.name() + " · "
                    + checked.product(), audit(before), audit(checked)));
        }
        return store.ledger(unitId, unit.name());
    }

    @Transactional
    public SoftwareLedger deleteEntry(Actor actor, long unitId, long entryId) {
        UnitRef unit = kept(actor, unitId);
        Entry before = store.entry(unitId, entryId).orElseThrow(() -> new NotFoundProblem("software entry", entryId));
        store.delete(unitId, entryId);
        events.publishEvent(AuditableChange.deleted(actor, "software_entry", entryId, unit.name() + " · "
                + before.product(), audit(before)));
        return store.ledger(unitId, unit.name());
    }

    /** The unit's self-check: the ledger's totals as of today, kept as its figures for the period. */
    @Transactional
    public SoftwareLedger selfCheck(Actor actor, long unitId, String findings) {
        UnitRef unit = kept(actor, unitId);
        SoftwareLedger ledger = store.ledger(unitId, unit.name());
        if (ledger.computers() == null) {
            throw new InvalidInput("computers", "software.selfCheck.computersFirst");
        }
        return check(actor, unit, ledger, CheckKind.SELF_CHECK, findings, null, null);
    }

    /**
     * The office's inspection of a unit's ledger; findings with a date to rectify by, and a campaign, become a
     * rectification task of that campaign led by the unit.
     */
    @Transactional
    public SoftwareLedger inspect(Actor actor, long unitId, String findings, LocalDate rectifyBy, Long campaignId) {
        UnitRef unit = units.find(unitId).filter(u -> manages(actor, u))
                .orElseThrow(() -> new NotFoundProblem("unit", unitId));
        LocalDate today = today();
        InvalidInput.Collector problems = new InvalidInput.Collector();
        String text = findings == null ? "" : findings.strip();
        if (text.length() > 4000) {
            problems.add("findings", "error.tooLong", 4000);
        }
        if (rectifyBy != null && rectifyBy.isBefore(today)) {
            problems.add("rectifyBy", "software.rectifyBy.past", today);
        }
        if (rectifyBy != null && text.isEmpty()) {
            problems.add("findings", "software.findings.required");
        }
        if (campaignId != null && rectifyBy == null) {
            problems.add("rectifyBy", "software.rectifyBy.required");
        }
        problems.throwIfAny();
        return check(actor, unit, store.ledger(unitId, unit.name()), CheckKind.INSPECTION, text, rectifyBy,
                campaignId);
    }

    private SoftwareLedger check(Actor actor, UnitRef unit, SoftwareLedger ledger, CheckKind kind, String findings,
            LocalDate rectifyBy, Long campaignId) {
        String text = findings == null ? "" : findings.strip();
        long id = store.insertCheck(unit.id(), unit.regionCode(), kind, today(), actor.username(), ledger, text,
                rectifyBy);
        Long taskId = null;
        if (campaignId != null) {
            CampaignRef campaign = campaigns.find(campaignId).orElseThrow(() -> new InvalidInput("campaignId",
                    "meeting.campaign.unknown"));
            taskId = tasks.create(actor, campaign.id(), new TaskForm("软件正版化整改", "软件正版化整改：" + unit.name(),
                    text, unit.id(), List.of(), rectifyBy, false, null, 0)).task().id();
            store.linkTask(id, taskId);
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("kind", kind);
        fields.put("installed", ledger.installed());
        fields.put("covered", ledger.covered());
        fields.put("findings", text);
        fields.put("rectifyBy", rectifyBy == null ? "" : rectifyBy);
        fields.put("taskId", taskId == null ? "" : taskId);
        events.publishEvent(AuditableChange.created(actor, "software_check", id, unit.name(), fields));
        return store.ledger(unit.id(), unit.name());
    }

    private Entry validated(Entry e) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (e.category() == null) {
            problems.add("category", "error.required");
        }
        String product = e.product() == null ? "" : e.product().strip();
        if (product.isEmpty()) {
            problems.add("product", "error.required");
        } else if (product.length() > 200) {
            problems.add("product", "error.tooLong", 200);
        }
        if (e.installed() < 0 || e.installed() > MAX_COUNT) {
            problems.add("installed", "software.count.range", 0, MAX_COUNT);
        }
        if (e.licensed() < 0 || e.licensed() > MAX_COUNT) {
            problems.add("licensed", "software.count.range", 0, MAX_COUNT);
        }
        String rectification = e.rectification() == null ? "" : e.rectification().strip();
        if (e.licensed() < e.installed() && rectification.isEmpty()) {
            problems.add("rectification", "software.rectification.required", e.licensed(), e.installed());
        }
        if (e.procurementAmount() != null) {
            Amounts.checkMoney(problems, "procurementAmount", e.procurementAmount());
        }
        problems.throwIfAny();
        return new Entry(e.id(), e.category(), product, e.installed(), e.licensed(), e.licenceExpiresOn(),
                e.procuredOn(), e.procurementAmount(), rectification, e.version());
    }

    private UnitRef readable(Actor actor, long unitId) {
        return units.find(unitId).filter(u -> !actor.isSystem() && actor.unitId() == unitId
                && (actor.can(Permission.CAMPAIGN_VIEW) || keeps(actor, unitId)) || manages(actor, u))
                .orElseThrow(() -> new NotFoundProblem("unit", unitId));
    }

    private UnitRef kept(Actor actor, long unitId) {
        if (!keeps(actor, unitId)) {
            throw new NotFoundProblem("unit", unitId);
        }
        return units.find(unitId).orElseThrow(() -> new NotFoundProblem("unit", unitId));
    }

    private static boolean manages(Actor actor, UnitRef unit) {
        return actor.can(Permission.CAMPAIGN_MANAGE) && unit.regionPath() != null
                && actor.scopeFor(Permission.CAMPAIGN_MANAGE).coversArea(unit.regionPath());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingCalendar.ZONE));
    }

    private static Map<String, Object> audit(Entry e) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("category", e.category());
        f.put("product", e.product());
        f.put("installed", e.installed());
        f.put("licensed", e.licensed());
        f.put("licenceExpiresOn", e.licenceExpiresOn() == null ? "" : e.licenceExpiresOn());
        f.put("rectification", e.rectification());
        return f;
    }
}
