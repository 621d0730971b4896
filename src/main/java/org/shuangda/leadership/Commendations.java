package org.shuangda.leadership;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.campaigns.CampaignDirectory;
import org.shuangda.campaigns.CampaignRef;
import org.shuangda.campaigns.TaskFilter;
import org.shuangda.campaigns.TaskRow;
import org.shuangda.campaigns.Tasks;
import org.shuangda.entities.MarketEntities;
import org.shuangda.entities.MarketEntity;
import org.shuangda.leadership.CommendationRound.Action;
import org.shuangda.leadership.CommendationRound.Kind;
import org.shuangda.leadership.CommendationRound.Nomination;
import org.shuangda.leadership.CommendationRound.NominationStatus;
import org.shuangda.leadership.CommendationRound.Status;
import org.shuangda.leadership.CommendationStore.Honour;
import org.shuangda.leadership.CommendationStore.Placed;
import org.shuangda.organization.UnitDirectory;
import org.shuangda.organization.UnitRef;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.CreditAlert;
import org.shuangda.shared.AssessmentGrades;
import org.shuangda.shared.CreditAlerts;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.DerivedFigures;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.LifecycleAction;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commendations of advanced units and people (表彰). The office ({@code CAMPAIGN_MANAGE} over the campaign's region)
 * opens a round, closes it, approves or rejects each nomination and issues the 表扬通知; a unit of the region
 * ({@code TASK_REPORT}) nominates within its quotas, with deeds it may draft from its own records. A market entity
 * on a credit list cannot be nominated (the listing is named). Issued rounds marked public are on the public pages.
 */
@Service
public class Commendations {

    private static final String TYPE = "commendation_round";
    /** The figures a deeds draft names, in the seeds' words. */
    private static final Map<String, String[]> DEED_FIGURES = new LinkedHashMap<>();

    static {
        DEED_FIGURES.put("officers", new String[] {"出动执法人员", "人次"});
        DEED_FIGURES.put("entities_checked", new String[] {"检查经营主体", "户"});
        DEED_FIGURES.put("cases_opened", new String[] {"查处案件", "件"});
        DEED_FIGURES.put("transferred", new String[] {"移送公安机关", "件"});
        DEED_FIGURES.put("complaints_received", new String[] {"受理投诉", "件"});
    }

    private final CommendationStore store;
    private final CampaignDirectory campaigns;
    private final Tasks tasks;
    private final UnitDirectory units;
    private final MarketEntities entities;
    private final CreditAlerts credit;
    private final org.springframework.beans.factory.ObjectProvider<AssessmentGrades> grades;
    private final List<DerivedFigures> figures;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Commendations(CommendationStore store, CampaignDirectory campaigns, Tasks tasks, UnitDirectory units,
            MarketEntities entities, CreditAlerts credit, List<DerivedFigures> figures,
            ApplicationEventPublisher events, Clock clock,
            org.springframework.beans.factory.ObjectProvider<AssessmentGrades> grades) {
        this.store = store;
        this.grades = grades;
        this.campaigns = campaigns;
        this.tasks = tasks;
        this.units = units;
        this.entities = entities;
        this.credit = credit;
        this.figures = List.copyOf(figures);
        this.events = events;
        this.clock = clock;
    }

    public List<CommendationRound> list(Actor actor) {
        DataScope manage = scope(actor, Permission.CAMPAIGN_MANAGE);
        DataScope view = scope(actor, Permission.CAMPAIGN_VIEW);
        return store.inScope(org.shuangda.shared.SqlPredicate.anyOf(manage.regionOwned("r.path", "manage"),
                view.regionOwned("r.path", "view"))).stream().map(this::named).toList();
    }

    public CommendationRound get(Actor actor, long id) {
        return store.find(id).filter(p -> visible(actor, p)).map(this::named)
                .orElseThrow(() -> new NotFoundProblem(TYPE, id));
    }

    public List<Action> actionsFor(Actor actor, CommendationRound round) {
        return store.find(round.id()).filter(p -> manages(actor, p.regionPath())).isPresent()
                ? LifecycleAction.available(Action.class, actor, round.status()) : List.of();
    }

    /** Whether the actor's unit may nominate now (round open, before the due date). */
    public boolean mayNominate(Actor actor, CommendationRound round) {
        return !actor.isSystem() && actor.can(Permission.TASK_REPORT) && round.status() == Status.OPEN
                && !today().isAfter(round.nominationsDue());
    }

    @Transactional
    public CommendationRound open(Actor actor, long campaignId, String title, Integer collectiveQuota,
            Integer individualQuota, LocalDate nominationsDue, boolean isPublic) {
        CampaignRef campaign = campaigns.find(campaignId).filter(c -> manages(actor, c.regionPath()))
                .orElseThrow(() -> new NotFoundProblem("campaign", campaignId));
        InvalidInput.Collector problems = new InvalidInput.Collector();
        String t = title == null ? "" : title.strip();
        if (t.isEmpty()) {
            problems.add("title", "error.required");
        } else if (t.length() > 200) {
            problems.add("title", "error.tooLong", 200);
        }
        quota(problems, "collectiveQuota", collectiveQuota);
        quota(problems, "individualQuota", individualQuota);
        if (collectiveQuota != null && individualQuota != null && collectiveQuota + individualQuota == 0) {
            problems.add("collectiveQuota", "commendation.quota.none");
        }
        if (nominationsDue == null) {
            problems.add("nominationsDue", "error.required");
        } else if (nominationsDue.isBefore(today())) {
            problems.add("nominationsDue", "commendation.due.past", today());
        }
        problems.throwIfAny();
        long id = store.insert(new CommendationRound(null, campaignId, null, campaign.regionCode(), t, collectiveQuota,
                individualQuota, nominationsDue, isPublic, Status.OPEN, null, null, List.of(), 0), actor.username());
        CommendationRound saved = named(store.find(id).orElseThrow());
        events.publishEvent(AuditableChange.created(actor, TYPE, id, t, Map.of("campaignId", campaignId,
                "collectiveQuota", collectiveQuota, "individualQuota", individualQuota, "nominationsDue",
                nominationsDue, "public", isPublic)));
        return saved;
    }

    /**
     * The actor's unit nominates: a collective (a unit of the region, by default itself, or a market entity) or a
     * person of a unit, with deeds; refused above the unit's quota, after the due date, or for a listed entity.
     */
    @Transactional
    public CommendationRound nominate(Actor actor, long roundId, Kind kind, Long nomineeUnitId, Long nomineeEntityId,
            String personName, String personTitle, String deeds) {
        return nominate(actor, roundId, kind, nomineeUnitId, nomineeEntityId, null, personName, personTitle, deeds);
    }

    /**
     * A nomination; for a 先进个人 with an account, {@code nomineeUserId} names him (a person of the nominee unit,
     * his name taken when none is typed) and the commendation shows on his own record once approved and issued.
     */
    public CommendationRound nominate(Actor actor, long roundId, Kind kind, Long nomineeUnitId, Long nomineeEntityId,
            Long nomineeUserId, String personName, String personTitle, String deeds) {
        Placed placed = store.find(roundId).filter(p -> visible(actor, p))
                .orElseThrow(() -> new NotFoundProblem(TYPE, roundId));
        CommendationRound round = placed.round();
        if (!mayNominate(actor, round)) {
            throw new InvalidInput("status", "commendation.refused.nominate", round.nominationsDue());
        }
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (kind == null) {
            problems.add("kind", "error.required");
            problems.throwIfAny();
        }
        long used = round.nominatedBy(actor.unitId(), kind);
        if (used >= round.quota(kind)) {
            problems.add("kind", "commendation.quota.full", label(kind), used, round.quota(kind));
        }
        String text = deeds == null ? "" : deeds.strip();
        if (text.length() < 20) {
            problems.add("deeds", "commendation.deeds.short");
        } else if (text.length() > 10_000) {
            problems.add("deeds", "error.tooLong", 10_000);
        }
        Long unitId = null;
        Long entityId = null;
        String name;
        String title = personTitle == null ? "" : personTitle.strip();
        Long userId = null;
        if (kind == Kind.INDIVIDUAL) {
            name = personName == null ? "" : personName.strip();
            unitId = nomineeUnitId != null ? nomineeUnitId : actor.unitId();
            if (nomineeUserId != null) {
                CommendationStore.Person person = store.person(nomineeUserId).orElse(null);
                if (person == null || person.unitId() != unitId) {
                    problems.add("nomineeUserId", "commendation.nominee.person");
                } else {
                    userId = person.id();
                    name = name.isEmpty() ? person.name() : name;
                }
            }
            if (name.isEmpty()) {
                problems.add("personName", "error.required");
            } else if (name.length() > 60) {
                problems.add("personName", "error.tooLong", 60);
            }
        } else if (nomineeEntityId != null) {
            MarketEntity entity = entities.get(Actor.system("commendation nominee"), nomineeEntityId);
            entityId = entity.id();
            name = entity.name();
            List<CreditAlert> alerts = credit.forEntity(Actor.system("commendation credit check"), entityId);
            if (!alerts.isEmpty()) {
                CreditAlert a = alerts.get(0);
                problems.add("nomineeEntityId", "commendation.nominee.listed", entity.name(), a.listLabel(),
                        a.listedOn(), a.summary());
            }
        } else {
            unitId = nomineeUnitId != null ? nomineeUnitId : actor.unitId();
            name = units.find(unitId).map(UnitRef::name).orElse("");
        }
        if (unitId != null) {
            UnitRef unit = units.find(unitId).orElse(null);
            if (unit == null || unit.regionPath() == null || !unit.regionPath().startsWith(placed.regionPath())) {
                problems.add("nomineeUnitId", "commendation.nominee.outside");
            }
            // a unit whose latest published assessment is D (不合格) is not commended (shared.AssessmentGrades,
            // implemented by assessment; without that module nothing is refused)
            AssessmentGrades published = grades.getIfAvailable();
            if (kind != Kind.INDIVIDUAL && unit != null && published != null) {
                published.latestOfUnit(unitId).filter(AssessmentGrades.PublishedGrade::isD)
                        .ifPresent(g -> problems.add("nomineeUnitId", "commendation.nominee.gradedD", unit.name(),
                                g.schemeTitle(), g.year()));
            }
        }
        problems.throwIfAny();
        long id = store.insertNomination(roundId, actor.unitId(), kind, unitId, entityId, userId, name, title, text,
                actor.username());
        events.publishEvent(AuditableChange.created(actor, "commendation_nomination", id, round.title() + " · " + name,
                Map.of("kind", kind, "nominee", name, "unitId", unitId == null ? "" : unitId, "entityId",
                        entityId == null ? "" : entityId, "deeds", text)));
        return named(store.find(roundId).orElseThrow());
    }

    /** A deeds draft from the unit's records in the campaign's period: its tasks and the figures modules derive. */
    public String draftDeeds(Actor actor, long roundId) {
        CommendationRound round = get(actor, roundId);
        CampaignRef campaign = campaigns.find(round.campaignId()).orElseThrow();
        long unitId = actor.unitId();
        String unitName = units.find(unitId).map(UnitRef::name).orElse(actor.unitName());
        List<TaskRow> led = tasks.list(actor, TaskFilter.ofUnit(unitId)).stream()
                .filter(r -> r.task().campaignId() == campaign.id() && r.task().leadUnitId() != null
                        && r.task().leadUnitId() == unitId).toList();
        long done = led.stream().filter(r -> r.task().isCompleted()).count();
        long onTime = led.stream().filter(r -> r.task().isCompleted() && r.task().completedAt()
                .atZone(WorkingCalendar.ZONE).toLocalDate().compareTo(r.task().dueOn()) <= 0).count();
        LocalDate to = campaign.endsOn() == null || campaign.endsOn().isAfter(today()) ? today() : campaign.endsOn();
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (DerivedFigures source : figures) {
            source.figuresFor(unitId, campaign.startsOn(), to).forEach(values::putIfAbsent);
        }
        StringBuilder out = new StringBuilder(unitName + "在" + campaign.title() + "中，");
        if (!led.isEmpty()) {
            out.append("牵头承担任务").append(led.size()).append("项，已完成").append(done).append("项（按期完成")
                    .append(onTime).append("项）；");
        }
        DEED_FIGURES.forEach((code, words) -> {
            BigDecimal v = values.get(code);
            if (v != null && v.signum() > 0) {
                out.append(words[0]).append(v.stripTrailingZeros().toPlainString()).append(words[1]).append("，");
            }
        });
        if (out.charAt(out.length() - 1) == '，' || out.charAt(out.length() - 1) == '；') {
            out.setLength(out.length() - 1);
        }
        out.append("。（以上数据取自平台记录，").append(campaign.startsOn()).append("至").append(to).append("。）");
        return out.toString();
    }

    @Transactional
    public CommendationRound close(Actor actor, long roundId) {
        Placed p = managed(actor, roundId);
        p.round().require(Action.CLOSE);
        state(actor, p.round(), Status.REVIEW, null, null);
        return named(store.find(roundId).orElseThrow());
    }

    @Transactional
    public CommendationRound decide(Actor actor, long roundId, long nominationId, boolean approve, String reason) {
        Placed p = managed(actor, roundId);
        p.round().require(Action.DECIDE);
        Nomination n = p.round().nominations().stream().filter(x -> x.id() == nominationId).findFirst()
                .orElseThrow(() -> new NotFoundProblem("nomination", nominationId));
        String why = reason == null ? "" : reason.strip();
        if (!approve && why.isEmpty()) {
            throw new InvalidInput("reason", "commendation.reject.reason");
        }
        store.decide(nominationId, approve ? NominationStatus.APPROVED : NominationStatus.REJECTED, why,
                actor.username(), clock.instant().atOffset(ZoneOffset.UTC));
        events.publishEvent(AuditableChange.updated(actor, "commendation_nomination", nominationId, n.nomineeName(),
                Map.of("status", n.status(), "reason", n.decisionReason()),
                Map.of("status", approve ? NominationStatus.APPROVED : NominationStatus.REJECTED, "reason", why)));
        return named(store.find(roundId).orElseThrow());
    }

    /** Issues the 表扬通知 (number default 〔year〕n号 of the region); at least one nomination must be approved. */
    @Transactional
    public CommendationRound issue(Actor actor, long roundId, String number) {
        Placed p = managed(actor, roundId);
        CommendationRound round = p.round();
        round.require(Action.ISSUE);
        if (round.approved(Kind.COLLECTIVE).isEmpty() && round.approved(Kind.INDIVIDUAL).isEmpty()) {
            throw new InvalidInput("status", "commendation.issue.noneApproved");
        }
        if (round.nominations().stream().anyMatch(n -> n.status() == NominationStatus.NOMINATED)) {
            throw new InvalidInput("status", "commendation.issue.undecided");
        }
        LocalDate today = today();
        String n = number == null || number.isBlank() ? "〔" + today.getYear() + "〕表" + round.id() + "号" : number.strip();
        if (n.length() > 60) {
            throw new InvalidInput("number", "error.tooLong", 60);
        }
        if (store.numberTaken(round.regionCode(), n)) {
            throw new InvalidInput("number", "meeting.number.taken", n);
        }
        state(actor, round, Status.ISSUED, n, today);
        return named(store.find(roundId).orElseThrow());
    }

    /** The 表扬通知 as DOCX (issued rounds; the public may read it when the round is public). */
    public byte[] noticeDocx(CommendationRound round, String office) {
        if (round.status() != Status.ISSUED) {
            throw new InvalidInput("status", "commendation.refused.docx");
        }
        return CommendationDocx.write(round, office);
    }

    /** Issued public rounds, for the public pages. */
    public List<CommendationRound> published() {
        return store.published().stream().map(this::named).toList();
    }

    public CommendationRound publishedRound(long id) {
        return store.find(id).filter(p -> p.round().isPublic() && p.round().status() == Status.ISSUED)
                .map(this::named).orElseThrow(() -> new NotFoundProblem(TYPE, id));
    }

    /** The commendations a unit (or its people) received, for the unit's record. */
    /** The people of the actor's unit a 先进个人 may name (his own unit's, as units nominate their own). */
    public List<CommendationStore.Person> nominablePeople(Actor actor) {
        return actor.isSystem() ? List.of() : store.peopleOf(actor.unitId());
    }

    /** The actor's own approved commendations in issued rounds (his record). */
    public List<Honour> honoursOfPerson(Actor actor) {
        return actor.isSystem() ? List.of() : store.honoursOfPerson(actor.userId());
    }

    public List<Honour> honoursOf(long unitId) {
        return store.honoursOf(unitId);
    }

    private void state(Actor actor, CommendationRound round, Status to, String number, LocalDate issuedOn) {
        if (!store.updateState(round, to, number, issuedOn, actor.username())) {
            throw new InvalidInput("version", "error.staleVersion");
        }
        events.publishEvent(AuditableChange.updated(actor, TYPE, round.id(), round.title(),
                Map.of("status", round.status(), "noticeNumber", ""),
                Map.of("status", to, "noticeNumber", number == null ? "" : number)));
    }

    private CommendationRound named(Placed p) {
        CommendationRound r = p.round();
        String title = campaigns.find(r.campaignId()).map(CampaignRef::title).orElse("");
        return new CommendationRound(r.id(), r.campaignId(), title, r.regionCode(), r.title(), r.collectiveQuota(),
                r.individualQuota(), r.nominationsDue(), r.isPublic(), r.status(), r.noticeNumber(), r.issuedOn(),
                r.nominations(), r.version());
    }

    private Placed managed(Actor actor, long id) {
        return store.find(id).filter(p -> manages(actor, p.regionPath()))
                .orElseThrow(() -> new NotFoundProblem(TYPE, id));
    }

    private static boolean visible(Actor actor, Placed p) {
        return manages(actor, p.regionPath()) || actor.can(Permission.CAMPAIGN_VIEW)
                && actor.scopeFor(Permission.CAMPAIGN_VIEW).coversArea(p.regionPath());
    }

    private static boolean manages(Actor actor, String regionPath) {
        return actor.can(Permission.CAMPAIGN_MANAGE) && actor.scopeFor(Permission.CAMPAIGN_MANAGE).coversArea(regionPath);
    }

    private static DataScope scope(Actor actor, Permission permission) {
        return actor.can(permission) ? actor.scopeFor(permission) : DataScope.none();
    }

    private static void quota(InvalidInput.Collector problems, String field, Integer value) {
        if (value == null || value < 0 || value > 100) {
            problems.add(field, "software.count.range", 0, 100);
        }
    }

    private static String label(Kind kind) {
        return kind == Kind.COLLECTIVE ? "先进集体" : "先进个人";
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingCalendar.ZONE));
    }
}
