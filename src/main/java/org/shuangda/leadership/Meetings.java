package org.shuangda.leadership;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.campaigns.CampaignDirectory;
import org.shuangda.campaigns.CampaignRef;
import org.shuangda.campaigns.TaskForm;
import org.shuangda.campaigns.TaskRow;
import org.shuangda.campaigns.Tasks;
import org.shuangda.leadership.Meeting.Decision;
import org.shuangda.leadership.Meeting.Invitee;
import org.shuangda.leadership.Meeting.Minutes;
import org.shuangda.leadership.Meeting.Reply;
import org.shuangda.leadership.MeetingStore.Placed;
import org.shuangda.organization.LeadingGroup;
import org.shuangda.organization.LeadingGroups;
import org.shuangda.organization.UnitDirectory;
import org.shuangda.organization.UnitRef;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.LifecycleAction;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.NotificationSender;
import org.shuangda.shared.NotificationSender.Notification;
import org.shuangda.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings of a leading group. The office ({@code CAMPAIGN_MANAGE} over the group's region) plans a meeting, sends
 * the notice, records attendance, writes and issues the minutes; issuing turns each decision into a task of the
 * meeting's campaign. An invited unit sees its meeting and answers the notice; issued minutes are read by everyone
 * who sees campaigns of the region. Out of reach is "not found".
 */
@Service
public class Meetings {

    private static final String TYPE = "meeting";
    /** Notices and task texts go to Chinese offices whatever the sender's language (as 催报 do). */
    private static final java.util.Locale NOTICE_LOCALE = java.util.Locale.SIMPLIFIED_CHINESE;
    /** The section the decisions' tasks are listed under in the campaign's plan. */
    static final String TASK_SECTION = "会议议定事项";

    private final MeetingStore store;
    private final WorkGroupStore workGroups;
    private final LeadingGroups groups;
    private final UnitDirectory units;
    private final CampaignDirectory campaigns;
    private final Tasks tasks;
    private final NotificationSender notifications;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AgendaLinks links;

    Meetings(MeetingStore store, WorkGroupStore workGroups, LeadingGroups groups, UnitDirectory units, CampaignDirectory campaigns, Tasks tasks,
            NotificationSender notifications, MessageSource messages, ApplicationEventPublisher events, Clock clock,
            AgendaLinks links) {
        this.store = store;
        this.links = links;
        this.workGroups = workGroups;
        this.groups = groups;
        this.units = units;
        this.campaigns = campaigns;
        this.tasks = tasks;
        this.notifications = notifications;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    /** The meetings the actor may see, newest first. */
    public List<Meeting> list(Actor actor) {
        return store.visible(scope(actor, Permission.CAMPAIGN_MANAGE).regionOwned("r.path", "manage"),
                scope(actor, Permission.CAMPAIGN_VIEW).regionOwned("r.path", "view"),
                actor.can(Permission.CAMPAIGN_VIEW), actor.isSystem() ? -1 : actor.unitId()).stream()
                .map(Placed::meeting).toList();
    }

    public Meeting get(Actor actor, long id) {
        return store.find(id).filter(p -> visible(p, actor)).map(Placed::meeting)
                .orElseThrow(() -> new NotFoundProblem(TYPE, id));
    }

    /** The office's steps on the meeting now (the page's buttons); none for anyone else. */
    public List<MeetingAction> actionsFor(Actor actor, Meeting meeting) {
        boolean manages = store.find(meeting.id()).filter(p -> manages(p.regionPath(), actor)).isPresent();
        return manages ? LifecycleAction.available(MeetingAction.class, actor, meeting.status()) : List.of();
    }

    /** Whether the actor's unit is invited and may still answer the notice. */
    public boolean mayReply(Actor actor, Meeting meeting) {
        return !actor.isSystem() && meeting.status() == MeetingStatus.CONVENED && meeting.invites(actor.unitId())
                && actor.can(Permission.CAMPAIGN_VIEW);
    }

    /** The work groups of the meeting's leading group: what a decision may be given to. */
    public List<WorkGroup> workGroupsOf(Meeting meeting) {
        return workGroups.ofLeadingGroup(meeting.leadingGroupId());
    }

    /** The leading groups the actor may plan meetings for. */
    public List<LeadingGroup> groupsToManage(Actor actor) {
        if (!actor.can(Permission.CAMPAIGN_MANAGE) || !actor.can(Permission.UNIT_VIEW)) {
            return List.of();
        }
        return groups.list(actor).stream().filter(g -> manages(store.regionPath(g.regionCode()), actor)).toList();
    }

    @Transactional
    public Meeting create(Actor actor, MeetingForm form) {
        actor.require(Permission.CAMPAIGN_MANAGE);
        LeadingGroup group = managedGroup(actor, form.leadingGroupId());
        Meeting draft = validated(actor, null, group, form, null);
        long id = store.insert(draft);
        Meeting saved = store.find(id).orElseThrow().meeting();
        events.publishEvent(AuditableChange.created(actor, TYPE, id, saved.title(), audit(saved)));
        return saved;
    }

    @Transactional
    public Meeting update(Actor actor, long id, MeetingForm form) {
        Meeting before = managed(actor, id);
        before.require(MeetingAction.EDIT);
        LeadingGroup group = managedGroup(actor, before.leadingGroupId());
        Meeting changed = validated(actor, id, group, form, before);
        if (!store.update(changed)) {
            throw new InvalidInput("version", "error.staleVersion");
        }
        Meeting after = store.find(id).orElseThrow().meeting();
        events.publishEvent(AuditableChange.updated(actor, TYPE, id, after.title(), audit(before), audit(after)));
        return after;
    }

    /**
     * Sends the 会议通知 to every invited unit through the message centre (each person of the unit who sees
     * campaigns), with the time, place, chair and agenda and a link to answer. Answers the units reached.
     */
    @Transactional
    public Meeting convene(Actor actor, long id) {
        Meeting before = managed(actor, id);
        Meeting convened = before.convened(clock.instant());
        save(convened);
        var locale = NOTICE_LOCALE;
        String subject = messages.getMessage("meeting.notice.subject", new Object[] {before.title()}, locale);
        String body = MeetingTexts.notice(before, messages, locale);
        for (Invitee i : before.invitees()) {
            notifications.send(new Notification(i.unitId(), i.unitName(), "MEETING_NOTICE", subject, body,
                    "/meetings/" + id, Permission.CAMPAIGN_VIEW, actor.username()));
        }
        Meeting after = store.find(id).orElseThrow().meeting();
        events.publishEvent(AuditableChange.updated(actor, TYPE, id, after.title(),
                Map.of("status", before.status(), "notified", List.of()), Map.of("status", after.status(), "notified",
                        before.invitees().stream().map(Invitee::unitName).toList())));
        return after;
    }

    /** The actor's unit answers the notice: comes ({@code attendee} the person), sends a substitute, or not. */
    @Transactional
    public Meeting reply(Actor actor, long id, Reply reply, String attendee) {
        Meeting meeting = get(actor, id);
        if (!mayReply(actor, meeting)) {
            throw new MeetingRefused("meeting.refused.reply", meeting.status());
        }
        String who = attendee == null ? "" : attendee.strip();
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (reply == null || reply == Reply.PENDING) {
            problems.add("reply", "error.required");
        } else if (reply != Reply.ABSENT && who.isEmpty()) {
            problems.add("attendee", "meeting.attendee.required");
        }
        if (who.length() > 60) {
            problems.add("attendee", "error.tooLong", 60);
        }
        problems.throwIfAny();
        Invitee before = meeting.invitees().stream().filter(i -> i.unitId() == actor.unitId()).findFirst()
                .orElseThrow();
        store.reply(id, actor.unitId(), reply, who, actor.username(), clock.instant().atOffset(ZoneOffset.UTC));
        events.publishEvent(AuditableChange.updated(actor, "meeting_invitee", id + "/" + actor.unitId(),
                meeting.title() + " · " + before.unitName(), Map.of("reply", before.reply(), "attendee", before.attendee()),
                Map.of("reply", reply, "attendee", who)));
        return store.find(id).orElseThrow().meeting();
    }

    /** Records who attended (the units in {@code attendedUnitIds}); the meeting is then held. */
    @Transactional
    public Meeting recordAttendance(Actor actor, long id, Set<Long> attendedUnitIds) {
        Meeting before = managed(actor, id);
        Meeting held = before.held();
        for (Long unit : attendedUnitIds) {
            if (!before.invites(unit)) {
                throw new InvalidInput("attended", "meeting.attendance.notInvited", unit);
            }
        }
        save(held);
        for (Invitee i : before.invitees()) {
            store.attended(id, i.unitId(), attendedUnitIds.contains(i.unitId()));
        }
        Meeting after = store.find(id).orElseThrow().meeting();
        events.publishEvent(AuditableChange.updated(actor, TYPE, id, after.title(),
                Map.of("status", before.status(), "attended", attendance(before)),
                Map.of("status", after.status(), "attended", attendance(after))));
        return after;
    }

    /** Saves the minutes' sections and decisions (replacing the decisions written before). */
    @Transactional
    public Meeting writeMinutes(Actor actor, long id, MinutesForm form) {
        Meeting before = managed(actor, id);
        before.require(MeetingAction.WRITE_MINUTES);
        List<Decision> decisions = validatedDecisions(before, form);
        Minutes text = new Minutes(clean(form.considers()), clean(form.points()), clean(form.emphasises()),
                clean(form.requires()), null, null, null);
        Meeting written = before.withMinutes(text, decisions);
        if (form.version() != before.version()) {
            throw new InvalidInput("version", "error.staleVersion");
        }
        save(written);
        store.replaceDecisions(id, decisions);
        Meeting after = store.find(id).orElseThrow().meeting();
        events.publishEvent(AuditableChange.updated(actor, TYPE, id, after.title(), minutesAudit(before),
                minutesAudit(after)));
        return after;
    }

    /**
     * Issues the minutes under {@code number} (default 〔year〕n号, counted per group and year), dated today; each
     * decision becomes a task of the meeting's campaign (lead and cooperating units, the deadline or else the
     * campaign's end), linked back to the minutes.
     */
    @Transactional
    public Meeting issueMinutes(Actor actor, long id, String number) {
        Meeting before = managed(actor, id);
        before.require(MeetingAction.ISSUE_MINUTES);
        if (before.minutes().isBlank() && before.decisions().isEmpty()) {
            throw new InvalidInput("minutes", "meeting.minutes.empty");
        }
        LocalDate today = LocalDate.now(clock.withZone(WorkingCalendar.ZONE));
        String n = number == null || number.isBlank() ? nextNumber(before.leadingGroupId(), today) : number.strip();
        if (n.length() > 60) {
            throw new InvalidInput("number", "error.tooLong", 60);
        }
        if (store.numberTaken(before.leadingGroupId(), n)) {
            throw new InvalidInput("number", "meeting.number.taken", n);
        }
        Meeting issued = before.issued(n, today, actor.username());
        save(issued);
        Optional<CampaignRef> campaign = before.campaignId() == null ? Optional.empty()
                : campaigns.find(before.campaignId());
        List<Long> taskIds = new ArrayList<>();
        for (Decision d : campaign.isPresent() ? before.decisions() : List.<Decision>of()) {
            LocalDate due = d.dueOn() != null ? d.dueOn()
                    : campaign.get().endsOn() != null ? campaign.get().endsOn() : LocalDate.of(today.getYear(), 12, 31);
            String description = d.text() + "\n\n" + messages.getMessage("meeting.task.source",
                    new Object[] {before.title(), n}, NOTICE_LOCALE);
            TaskRow task = tasks.create(actor, campaign.get().id(), new TaskForm(TASK_SECTION, taskTitle(d.text()),
                    description, d.leadUnitId(), d.cooperatorIds(), due, false, null, 0));
            store.linkTask(d.id(), task.task().id());
            taskIds.add(task.task().id());
        }
        Meeting after = store.find(id).orElseThrow().meeting();
        events.publishEvent(AuditableChange.updated(actor, TYPE, id, after.title(),
                Map.of("status", before.status(), "minutesNumber", ""),
                Map.of("status", after.status(), "minutesNumber", n, "issuedOn", today, "tasks", taskIds)));
        return after;
    }

    /**
     * 上次会议议定事项落实情况: the decisions of the group's previous meeting with issued minutes, each with the
     * task it became as the actor may see it (null when they may not, or it has none).
     */
    public Optional<FollowUp> followUp(Actor actor, Meeting meeting) {
        return store.previousWithMinutes(meeting).filter(p -> visible(p, actor)).map(p -> {
            List<FollowUp.Item> items = p.meeting().decisions().stream()
                    .map(d -> new FollowUp.Item(d, task(actor, d.taskId()))).toList();
            return new FollowUp(p.meeting(), items);
        });
    }

    /** The tasks the meeting's decisions became that the actor may open (the page links only those). */
    public Set<Long> visibleTasks(Actor actor, Meeting meeting) {
        Set<Long> ids = new java.util.HashSet<>();
        for (Decision d : meeting.decisions()) {
            if (task(actor, d.taskId()) != null) {
                ids.add(d.taskId());
            }
        }
        return ids;
    }

    /** The issued minutes as DOCX in the official layout; before issue there is none (422). */
    public byte[] minutesDocx(Actor actor, long id) {
        Meeting meeting = get(actor, id);
        if (meeting.status() != MeetingStatus.MINUTES_ISSUED) {
            throw new MeetingRefused("meeting.refused.docx", meeting.status());
        }
        return MinutesDocx.write(meeting);
    }

    private TaskRow task(Actor actor, Long taskId) {
        if (taskId == null) {
            return null;
        }
        try {
            return tasks.get(actor, taskId);
        } catch (NotFoundProblem e) {
            return null;
        }
    }

    private Meeting validated(Actor actor, Long id, LeadingGroup group, MeetingForm form, Meeting before) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (form.kind() == null) {
            problems.add("kind", "error.required");
        }
        String title = clean(form.title());
        if (title.isEmpty()) {
            problems.add("title", "error.required");
        } else if (title.length() > 200) {
            problems.add("title", "error.tooLong", 200);
        }
        if (form.heldAt() == null) {
            problems.add("heldAt", "error.required");
        } else if (form.heldAt().getYear() < 2000 || form.heldAt().getYear() > 2100) {
            problems.add("heldAt", "meeting.heldAt.range");
        }
        String place = clean(form.place());
        if (place.isEmpty()) {
            problems.add("place", "error.required");
        }
        String chair = clean(form.chair());
        if (chair.isEmpty()) {
            problems.add("chair", "error.required");
        }
        if (place.length() > 200 || chair.length() > 100) {
            problems.add(place.length() > 200 ? "place" : "chair", "error.tooLong", place.length() > 200 ? 200 : 100);
        }
        if (form.campaignId() != null) {
            Optional<CampaignRef> campaign = campaigns.find(form.campaignId());
            String groupPath = store.regionPath(group.regionCode());
            if (campaign.isEmpty() || !campaign.get().regionPath().startsWith(groupPath)
                    && !groupPath.startsWith(campaign.get().regionPath())) {
                problems.add("campaignId", "meeting.campaign.unknown");
            }
        }
        List<Long> invited = form.invitedUnitIds().isEmpty() ? seats(group) : form.invitedUnitIds();
        List<Invitee> invitees = new ArrayList<>();
        for (Long unit : new LinkedHashSet<>(invited)) {
            Optional<UnitRef> ref = unit == null ? Optional.empty() : units.find(unit);
            if (ref.isEmpty()) {
                problems.add("invitedUnitIds", "meeting.invitee.unknown", unit);
            } else {
                invitees.add(new Invitee(unit, ref.get().name(), Reply.PENDING, "", null, null, null));
            }
        }
        if (invitees.isEmpty()) {
            problems.add("invitedUnitIds", "meeting.invitee.required");
        }
        for (int i = 0; i < form.agenda().size(); i++) {
            Meeting.AgendaItem a = form.agenda().get(i);
            if (a.title() == null || a.title().isBlank()) {
                problems.add("agenda[" + i + "].title", "error.required");
            } else if (a.title().length() > 300) {
                problems.add("agenda[" + i + "].title", "error.tooLong", 300);
            }
            if ((a.linkKind() == null) != (a.linkId() == null)) {
                problems.add("agenda[" + i + "].linkId", "meeting.agenda.link");
            } else if (a.linkKind() != null && !links.visible(actor, a.linkKind(), a.linkId())) {
                problems.add("agenda[" + i + "].linkId", "meeting.agenda.linkUnknown");
            }
        }
        problems.throwIfAny();
        return new Meeting(id, group.id(), group.name(), group.regionCode(), form.campaignId(), form.kind(), title,
                form.heldAt().atZone(WorkingCalendar.ZONE).toInstant(), place, chair,
                before == null ? MeetingStatus.PLANNED : before.status(),
                before == null ? null : before.convenedAt(), null, invitees, form.agenda().stream()
                        .map(a -> new Meeting.AgendaItem(a.title().strip(), a.linkKind(), a.linkId())).toList(),
                List.of(), actor.username(), form.version());
    }

    /** Decisions need a text and a lead unit among those the campaign may task; a deadline not before the meeting. */
    private List<Decision> validatedDecisions(Meeting meeting, MinutesForm form) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        LocalDate meetingDay = meeting.heldAt().atZone(WorkingCalendar.ZONE).toLocalDate();
        List<Decision> out = new ArrayList<>();
        for (int i = 0; i < form.decisions().size(); i++) {
            MinutesForm.DecisionForm d = form.decisions().get(i);
            String field = "decisions[" + i + "]";
            String text = clean(d.text());
            if (text.isEmpty()) {
                problems.add(field + ".text", "meeting.decision.textRequired", i + 1);
            } else if (text.length() > 2000) {
                problems.add(field + ".text", "error.tooLong", 2000);
            }
            Optional<WorkGroup> workGroup = d.workGroupId() == null ? Optional.empty()
                    : workGroups.find(d.workGroupId()).map(WorkGroupStore.Placed::group)
                            .filter(w -> w.leadingGroupId() == meeting.leadingGroupId());
            if (d.workGroupId() != null && workGroup.isEmpty()) {
                problems.add(field + ".workGroupId", "meeting.decision.workGroupUnknown", i + 1);
            }
            // given to a work group: its lead unit leads unless another is named, its members' units cooperate
            Long lead = d.leadUnitId() != null ? d.leadUnitId() : workGroup.map(WorkGroup::leadUnitId).orElse(null);
            if (lead == null || units.find(lead).isEmpty()) {
                problems.add(field + ".leadUnitId", "meeting.decision.leadRequired", i + 1);
            }
            List<Long> named = new ArrayList<>(d.cooperatorIds());
            workGroup.ifPresent(w -> named.addAll(w.cooperatingUnits()));
            List<Long> cooperators = named.stream().filter(Objects::nonNull).distinct()
                    .filter(c -> !c.equals(lead)).toList();
            for (Long c : cooperators) {
                if (units.find(c).isEmpty()) {
                    problems.add(field + ".cooperatorIds", "meeting.invitee.unknown", c);
                }
            }
            if (d.dueOn() != null && d.dueOn().isBefore(meetingDay)) {
                problems.add(field + ".dueOn", "meeting.decision.dueBeforeMeeting", i + 1, meetingDay);
            }
            out.add(new Decision(null, i + 1, text, lead, null, cooperators, List.of(), d.dueOn(), null,
                    d.workGroupId(), null));
        }
        problems.throwIfAny();
        return out;
    }

    /** The units with a seat in the group and its office's unit, in the group's order. */
    private static List<Long> seats(LeadingGroup group) {
        Set<Long> ids = new LinkedHashSet<>();
        if (group.officeUnitId() != null) {
            ids.add(group.officeUnitId());
        }
        group.members().stream().map(LeadingGroup.Member::unitId).filter(Objects::nonNull).forEach(ids::add);
        return List.copyOf(ids);
    }

    private void save(Meeting changed) {
        if (!store.updateState(changed)) {
            throw new InvalidInput("version", "error.staleVersion");
        }
    }

    private String nextNumber(long groupId, LocalDate today) {
        int n = store.issuedIn(groupId, today.getYear());
        String number;
        do {
            number = "〔" + today.getYear() + "〕" + ++n + "号";
        } while (store.numberTaken(groupId, number));
        return number;
    }

    private LeadingGroup managedGroup(Actor actor, Long groupId) {
        if (groupId == null) {
            throw new InvalidInput("leadingGroupId", "error.required");
        }
        return groupsToManage(actor).stream().filter(g -> g.id().equals(groupId)).findFirst()
                .orElseThrow(() -> new InvalidInput("leadingGroupId", "meeting.group.unknown"));
    }

    private Meeting managed(Actor actor, long id) {
        actor.require(Permission.CAMPAIGN_MANAGE);
        return store.find(id).filter(p -> manages(p.regionPath(), actor)).map(Placed::meeting)
                .orElseThrow(() -> new NotFoundProblem(TYPE, id));
    }

    private static DataScope scope(Actor actor, Permission permission) {
        return actor.can(permission) ? actor.scopeFor(permission) : DataScope.none();
    }

    private static boolean manages(String regionPath, Actor actor) {
        return actor.can(Permission.CAMPAIGN_MANAGE) && actor.scopeFor(Permission.CAMPAIGN_MANAGE).coversArea(regionPath);
    }

    private static boolean visible(Placed p, Actor actor) {
        if (manages(p.regionPath(), actor)) {
            return true;
        }
        if (!actor.can(Permission.CAMPAIGN_VIEW)) {
            return false;
        }
        return !actor.isSystem() && p.meeting().invites(actor.unitId())
                || p.meeting().status() == MeetingStatus.MINUTES_ISSUED
                        && actor.scopeFor(Permission.CAMPAIGN_VIEW).coversArea(p.regionPath());
    }

    /** A task's title: the decision's first sentence, at most 80 characters. */
    static String taskTitle(String text) {
        String first = text.split("[。；;\\n]", 2)[0].strip();
        return first.length() <= 80 ? first : first.substring(0, 79) + "…";
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }

    private static Map<String, Object> audit(Meeting m) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("groupId", m.leadingGroupId());
        f.put("campaignId", m.campaignId());
        f.put("kind", m.kind());
        f.put("title", m.title());
        f.put("heldAt", m.heldAt());
        f.put("place", m.place());
        f.put("chair", m.chair());
        f.put("invited", m.invitees().stream().map(Invitee::unitName).toList());
        f.put("agenda", m.agenda().stream().map(Meeting.AgendaItem::title).toList());
        return f;
    }

    private static List<String> attendance(Meeting m) {
        return m.invitees().stream().filter(i -> Boolean.TRUE.equals(i.attended())).map(Invitee::unitName).toList();
    }

    private static Map<String, Object> minutesAudit(Meeting m) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("considers", m.minutes().considers());
        f.put("points", m.minutes().points());
        f.put("emphasises", m.minutes().emphasises());
        f.put("requires", m.minutes().requires());
        f.put("decisions", m.decisions().stream().map(d -> d.seq() + ". " + d.text() + " → " + d.leadUnitId()
                + (d.dueOn() == null ? "" : " · " + d.dueOn())).toList());
        return f;
    }
}
