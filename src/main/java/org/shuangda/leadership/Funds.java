package org.shuangda.leadership;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.campaigns.CampaignDirectory;
import org.shuangda.campaigns.CampaignRef;
import org.shuangda.leadership.FundLedger.Allocation;
import org.shuangda.leadership.FundLedger.Movement;
import org.shuangda.leadership.FundLedger.MovementKind;
import org.shuangda.leadership.FundLedger.Sums;
import org.shuangda.leadership.FundLedger.UnitLine;
import org.shuangda.organization.UnitDirectory;
import org.shuangda.organization.UnitRef;
import org.shuangda.shared.Amounts;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Campaign funds (专项经费). The office ({@code CAMPAIGN_MANAGE} over the campaign's region) allocates money to
 * units by purpose and records disbursements (拨付) with their date and document; a unit ({@code TASK_REPORT})
 * records what it spent of what reached it. A unit sees its own lines, the office every unit's; out of reach is
 * "not found". A disbursement never exceeds what the unit was allocated, spending never exceeds what was
 * disbursed: both refused with the figures.
 */
@Service
public class Funds {

    private static final String TYPE = "fund";

    private final FundStore store;
    private final CampaignDirectory campaigns;
    private final UnitDirectory units;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Funds(FundStore store, CampaignDirectory campaigns, UnitDirectory units, ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.campaigns = campaigns;
        this.units = units;
        this.events = events;
        this.clock = clock;
    }

    /** The campaign's funds: every unit's for the office, the actor's own unit's for anyone else who sees it. */
    public FundLedger ledger(Actor actor, long campaignId) {
        CampaignRef campaign = visible(actor, campaignId);
        Long only = manages(actor, campaign) ? null : actor.unitId();
        List<Allocation> allocations = store.allocations(campaignId, only);
        List<Movement> movements = store.movements(campaignId, only);
        Map<Long, UnitLine> lines = new LinkedHashMap<>();
        Map<FundPurpose, Sums> purposes = new EnumMap<>(FundPurpose.class);
        for (Allocation a : allocations) {
            Sums s = new Sums(a.amount(), BigDecimal.ZERO, BigDecimal.ZERO);
            add(lines, a.unitId(), a.unitName(), s);
            purposes.merge(a.purpose(), s, Sums::plus);
        }
        for (Movement m : movements) {
            Sums s = m.kind() == MovementKind.DISBURSEMENT ? new Sums(BigDecimal.ZERO, m.amount(), BigDecimal.ZERO)
                    : new Sums(BigDecimal.ZERO, BigDecimal.ZERO, m.amount());
            add(lines, m.unitId(), m.unitName(), s);
            purposes.merge(m.purpose(), s, Sums::plus);
        }
        Sums total = lines.values().stream().map(UnitLine::sums).reduce(Sums.ZERO, Sums::plus);
        return new FundLedger(campaignId, campaign.title(), List.copyOf(lines.values()), purposes, total,
                allocations, movements);
    }

    /** A ledger the actor read ({@link #ledger}) as XLSX in the office's layout (audited as an export by the caller). */
    public byte[] workbook(Actor actor, FundLedger ledger, java.util.function.Function<String, String> label) {
        return FundWorkbook.write(ledger, label, actor.displayName(),
                LocalDate.now(clock.withZone(WorkingCalendar.ZONE)));
    }

    /** Whether the actor is the office of the campaign (may allocate and disburse). */
    public boolean mayManage(Actor actor, long campaignId) {
        return campaigns.find(campaignId).filter(c -> manages(actor, c)).isPresent();
    }

    @Transactional
    public Allocation allocate(Actor actor, long campaignId, Long unitId, FundPurpose purpose, BigDecimal amount,
            String note) {
        CampaignRef campaign = managed(actor, campaignId);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        UnitRef unit = unitIn(campaign, unitId, problems);
        check(problems, purpose, amount);
        problems.throwIfAny();
        long id = store.insertAllocation(campaignId, campaign.regionCode(), unit.id(), purpose, money(amount),
                clean(note), actor.username());
        events.publishEvent(AuditableChange.created(actor, "fund_allocation", id, campaign.title() + " · " + unit.name(),
                fields(unit, purpose, amount, null, null)));
        return store.allocations(campaignId, unit.id()).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    /** A disbursement (拨付) to a unit: refused when the unit's disbursements would pass what it was allocated. */
    @Transactional
    public Movement disburse(Actor actor, long campaignId, Long unitId, FundPurpose purpose, BigDecimal amount,
            LocalDate on, String document, String note) {
        CampaignRef campaign = managed(actor, campaignId);
        return move(actor, campaign, unitId, MovementKind.DISBURSEMENT, purpose, amount, on, document, note);
    }

    /** Spending by a unit (its own, or any unit's by the office): refused beyond what was disbursed to it. */
    @Transactional
    public Movement spend(Actor actor, long campaignId, Long unitId, FundPurpose purpose, BigDecimal amount,
            LocalDate on, String document, String note) {
        CampaignRef campaign = visible(actor, campaignId);
        boolean own = unitId != null && !actor.isSystem() && unitId == actor.unitId()
                && actor.can(Permission.TASK_REPORT);
        if (!own && !manages(actor, campaign)) {
            throw new NotFoundProblem("campaign", campaignId);
        }
        return move(actor, campaign, unitId, MovementKind.SPENDING, purpose, amount, on, document, note);
    }

    private Movement move(Actor actor, CampaignRef campaign, Long unitId, MovementKind kind, FundPurpose purpose,
            BigDecimal amount, LocalDate on, String document, String note) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        UnitRef unit = unitIn(campaign, unitId, problems);
        check(problems, purpose, amount);
        LocalDate today = LocalDate.now(clock.withZone(WorkingCalendar.ZONE));
        if (on == null) {
            problems.add("happenedOn", "error.required");
        } else if (on.isAfter(today)) {
            problems.add("happenedOn", "fund.date.future", on);
        } else if (on.getYear() < 2000) {
            problems.add("happenedOn", "meeting.heldAt.range");
        }
        if (clean(document).length() > 200) {
            problems.add("document", "error.tooLong", 200);
        }
        problems.throwIfAny();
        store.lock(campaign.id(), unit.id());
        BigDecimal value = money(amount);
        if (kind == MovementKind.DISBURSEMENT) {
            BigDecimal allocated = store.allocated(campaign.id(), unit.id());
            BigDecimal after = store.moved(campaign.id(), unit.id(), kind).add(value);
            if (after.compareTo(allocated) > 0) {
                throw new InvalidInput("amount", "fund.disbursement.overAllocation", unit.name(), plain(after),
                        plain(allocated));
            }
        } else {
            BigDecimal disbursed = store.moved(campaign.id(), unit.id(), MovementKind.DISBURSEMENT);
            BigDecimal after = store.moved(campaign.id(), unit.id(), kind).add(value);
            if (after.compareTo(disbursed) > 0) {
                throw new InvalidInput("amount", "fund.spending.overDisbursed", unit.name(), plain(after),
                        plain(disbursed));
            }
        }
        long id = store.insertMovement(campaign.id(), campaign.regionCode(), unit.id(), kind, purpose, value, on,
                clean(document), clean(note), actor.username());
        events.publishEvent(AuditableChange.created(actor, "fund_" + kind.name().toLowerCase(), id,
                campaign.title() + " · " + unit.name(), fields(unit, purpose, value, on, clean(document))));
        return store.movements(campaign.id(), unit.id()).stream().filter(m -> m.id() == id).findFirst().orElseThrow();
    }

    private UnitRef unitIn(CampaignRef campaign, Long unitId, InvalidInput.Collector problems) {
        UnitRef unit = unitId == null ? null : units.find(unitId).orElse(null);
        if (unit == null) {
            problems.add("unitId", "error.required");
        } else if (unit.regionPath() == null || !unit.regionPath().startsWith(campaign.regionPath())) {
            problems.add("unitId", "fund.unit.outsideRegion", unit.name());
        }
        return unit;
    }

    private static void check(InvalidInput.Collector problems, FundPurpose purpose, BigDecimal amount) {
        if (purpose == null) {
            problems.add("purpose", "error.required");
        }
        if (amount == null) {
            problems.add("amount", "error.required");
        } else if (amount.signum() <= 0) {
            problems.add("amount", "fund.amount.positive");
        } else if (amount.stripTrailingZeros().scale() > 2) {
            problems.add("amount", "fund.amount.cents");
        } else {
            Amounts.checkMoney(problems, "amount", amount);
        }
    }

    private CampaignRef visible(Actor actor, long campaignId) {
        return campaigns.find(campaignId).filter(c -> manages(actor, c) || actor.can(Permission.CAMPAIGN_VIEW)
                && actor.scopeFor(Permission.CAMPAIGN_VIEW).coversArea(c.regionPath()))
                .orElseThrow(() -> new NotFoundProblem("campaign", campaignId));
    }

    private CampaignRef managed(Actor actor, long campaignId) {
        return campaigns.find(campaignId).filter(c -> manages(actor, c))
                .orElseThrow(() -> new NotFoundProblem("campaign", campaignId));
    }

    private static boolean manages(Actor actor, CampaignRef campaign) {
        return actor.can(Permission.CAMPAIGN_MANAGE)
                && actor.scopeFor(Permission.CAMPAIGN_MANAGE).coversArea(campaign.regionPath());
    }

    private static void add(Map<Long, UnitLine> lines, long unitId, String name, Sums s) {
        lines.merge(unitId, new UnitLine(unitId, name, s),
                (a, b) -> new UnitLine(unitId, name, a.sums().plus(b.sums())));
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    /** e.g. 12,000.50 */
    static String plain(BigDecimal value) {
        return String.format(java.util.Locale.ROOT, "%,.2f", value);
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }

    private static Map<String, Object> fields(UnitRef unit, FundPurpose purpose, BigDecimal amount, LocalDate on,
            String document) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("unitId", unit.id());
        f.put("purpose", purpose);
        f.put("amount", amount);
        if (on != null) {
            f.put("happenedOn", on);
            f.put("document", document);
        }
        return f;
    }
}
