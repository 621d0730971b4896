package org.shuangda.leadership;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.shuangda.leadership.Meeting.AgendaItem;
import org.shuangda.leadership.Meeting.Decision;
import org.shuangda.leadership.Meeting.Invitee;
import org.shuangda.leadership.Meeting.LinkKind;
import org.shuangda.leadership.Meeting.Minutes;
import org.shuangda.leadership.Meeting.Reply;
import org.shuangda.shared.SqlPredicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Meetings with their invitees, agenda and decisions; unit and group names from the published views. */
@Repository
class MeetingStore {

    /** A meeting with its region's path, for scope checks. */
    record Placed(Meeting meeting, String regionPath) {
    }

    private static final String SELECT = """
            select m.*, g.name as group_name, r.path as region_path
              from meeting m join pub_leading_group g on g.id = m.leading_group_id
              join pub_region r on r.code = m.region_code
            """;

    private final JdbcClient jdbc;

    MeetingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Placed> find(long id) {
        return jdbc.sql(SELECT + " where m.id = :id").param("id", id).query(this::placed).optional();
    }

    /**
     * Meetings the office manages ({@code manages} over the region) or that a reader who may see campaigns
     * ({@code mayView}) sees: his unit {@code unitId} is invited (whatever his scope: an own-unit scope reaches no
     * region), or the minutes are issued and {@code views} reaches the region. Newest first. The same test as
     * {@code Meetings.visible} for one loaded meeting.
     */
    List<Placed> visible(SqlPredicate manages, SqlPredicate views, boolean mayView, long unitId) {
        return jdbc.sql(SELECT + " where " + manages.sql() + " or (:mayView and (exists (select 1 from meeting_invitee i"
                + " where i.meeting_id = m.id and i.unit_id = :unit) or (m.status = 'MINUTES_ISSUED' and " + views.sql()
                + "))) order by m.held_at desc, m.id desc limit 500")
                .params(manages.params()).params(views.params()).param("mayView", mayView).param("unit", unitId)
                .query(this::placed).list();
    }

    /** The group's latest meeting held before {@code meeting} whose minutes are issued: its decisions to follow up. */
    Optional<Placed> previousWithMinutes(Meeting meeting) {
        return jdbc.sql(SELECT + """
                 where m.leading_group_id = :g and m.status = 'MINUTES_ISSUED' and m.id <> :id
                   and m.held_at < :at order by m.held_at desc limit 1""")
                .param("g", meeting.leadingGroupId()).param("id", meeting.id() == null ? -1 : meeting.id())
                .param("at", at(meeting.heldAt())).query(this::placed).optional();
    }

    long insert(Meeting m) {
        long id = jdbc.sql("""
                insert into meeting (leading_group_id, region_code, campaign_id, kind, title, held_at, place, chair,
                                     status, created_by)
                values (:group, :region, :campaign, :kind, :title, :at, :place, :chair, 'PLANNED', :by) returning id""")
                .params(header(m)).param("by", m.createdBy()).query(Long.class).single();
        writeInvitees(id, m.invitees());
        writeAgenda(id, m.agenda());
        return id;
    }

    /** Replaces the header, invitees (answers kept for units still invited) and agenda; false if changed meanwhile. */
    boolean update(Meeting m) {
        int changed = jdbc.sql("""
                update meeting set campaign_id = :campaign, kind = :kind, title = :title, held_at = :at, place = :place,
                       chair = :chair, version = version + 1
                 where id = :id and version = :version""")
                .params(header(m)).param("id", m.id()).param("version", m.version()).update();
        if (changed == 0) {
            return false;
        }
        List<Long> keep = m.invitees().stream().map(Invitee::unitId).toList();
        jdbc.sql("delete from meeting_invitee where meeting_id = :id and not (unit_id = any(cast(:keep as bigint[])))")
                .param("id", m.id()).param("keep", array(keep)).update();
        for (Invitee i : m.invitees()) {
            jdbc.sql("insert into meeting_invitee (meeting_id, unit_id) values (:id, :u) on conflict do nothing")
                    .param("id", m.id()).param("u", i.unitId()).update();
        }
        jdbc.sql("delete from meeting_agenda_item where meeting_id = :id").param("id", m.id()).update();
        writeAgenda(m.id(), m.agenda());
        return true;
    }

    /** Writes the state, convening time and minutes; false if someone changed the meeting since it was read. */
    boolean updateState(Meeting m) {
        Minutes t = m.minutes();
        return jdbc.sql("""
                update meeting set status = :status, convened_at = :convened, considers = :considers, points = :points,
                       emphasises = :emphasises, requires = :requires, minutes_number = :number,
                       minutes_issued_on = :issuedOn, minutes_issued_by = :issuedBy, version = version + 1
                 where id = :id and version = :version""")
                .param("status", m.status().name()).param("convened", at(m.convenedAt()))
                .param("considers", t.considers()).param("points", t.points()).param("emphasises", t.emphasises())
                .param("requires", t.requires()).param("number", t.number()).param("issuedOn", t.issuedOn())
                .param("issuedBy", t.issuedBy()).param("id", m.id()).param("version", m.version()).update() == 1;
    }

    void replaceDecisions(long meetingId, List<Decision> decisions) {
        jdbc.sql("delete from meeting_decision where meeting_id = :id").param("id", meetingId).update();
        for (Decision d : decisions) {
            jdbc.sql("""
                    insert into meeting_decision (meeting_id, seq, text, lead_unit_id, cooperator_ids, due_on,
                                                  work_group_id)
                    values (:m, :seq, :text, :lead, cast(:coop as bigint[]), :due, :wg)""")
                    .param("m", meetingId).param("seq", d.seq()).param("text", d.text()).param("lead", d.leadUnitId())
                    .param("coop", array(d.cooperatorIds())).param("due", d.dueOn()).param("wg", d.workGroupId())
                    .update();
        }
    }

    void linkTask(long decisionId, long taskId) {
        jdbc.sql("update meeting_decision set task_id = :t where id = :d").param("t", taskId).param("d", decisionId)
                .update();
    }

    void reply(long meetingId, long unitId, Reply reply, String attendee, String by, OffsetDateTime at) {
        jdbc.sql("""
                update meeting_invitee set reply = :reply, attendee = :attendee, replied_by = :by, replied_at = :at
                 where meeting_id = :m and unit_id = :u""")
                .param("reply", reply.name()).param("attendee", attendee).param("by", by).param("at", at)
                .param("m", meetingId).param("u", unitId).update();
    }

    void attended(long meetingId, long unitId, boolean attended) {
        jdbc.sql("update meeting_invitee set attended = :a where meeting_id = :m and unit_id = :u")
                .param("a", attended).param("m", meetingId).param("u", unitId).update();
    }

    boolean numberTaken(long groupId, String number) {
        return jdbc.sql("select exists (select 1 from meeting where leading_group_id = :g and minutes_number = :n)")
                .param("g", groupId).param("n", number).query(Boolean.class).single();
    }

    int issuedIn(long groupId, int year) {
        return jdbc.sql("""
                select count(*) from meeting where leading_group_id = :g and status = 'MINUTES_ISSUED'
                   and extract(year from minutes_issued_on) = :y""")
                .param("g", groupId).param("y", year).query(Integer.class).single();
    }

    /** The region path and name of a group (a new meeting takes the group's region). */
    Optional<String> groupRegion(long groupId) {
        return jdbc.sql("select region_code from pub_leading_group where id = :g").param("g", groupId)
                .query(String.class).optional();
    }

    String regionPath(String code) {
        return jdbc.sql("select path from pub_region where code = :c").param("c", code).query(String.class).single();
    }

    /** Names of units by id, for invitees and decisions. */
    Map<Long, String> unitNames(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select id, name from pub_unit where id = any(cast(:ids as bigint[]))")
                .param("ids", array(ids)).query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    private Placed placed(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        OffsetDateTime convened = rs.getObject("convened_at", OffsetDateTime.class);
        Minutes minutes = new Minutes(rs.getString("considers"), rs.getString("points"), rs.getString("emphasises"),
                rs.getString("requires"), rs.getString("minutes_number"),
                rs.getObject("minutes_issued_on", LocalDate.class), rs.getString("minutes_issued_by"));
        Meeting m = new Meeting(id, rs.getLong("leading_group_id"), rs.getString("group_name"),
                rs.getString("region_code"), rs.getObject("campaign_id", Long.class),
                MeetingKind.valueOf(rs.getString("kind")), rs.getString("title"),
                rs.getObject("held_at", OffsetDateTime.class).toInstant(), rs.getString("place"),
                rs.getString("chair"), MeetingStatus.valueOf(rs.getString("status")),
                convened == null ? null : convened.toInstant(), minutes, invitees(id), agenda(id), decisions(id),
                rs.getString("created_by"), rs.getInt("version"));
        return new Placed(m, rs.getString("region_path"));
    }

    private List<Invitee> invitees(long id) {
        return jdbc.sql("""
                select i.*, u.name as unit_name from meeting_invitee i join pub_unit u on u.id = i.unit_id
                 where i.meeting_id = :id order by u.tree_order""").param("id", id)
                .query((rs, n) -> {
                    OffsetDateTime at = rs.getObject("replied_at", OffsetDateTime.class);
                    return new Invitee(rs.getLong("unit_id"), rs.getString("unit_name"),
                            Reply.valueOf(rs.getString("reply")), rs.getString("attendee"), rs.getString("replied_by"),
                            at == null ? null : at.toInstant(), rs.getObject("attended", Boolean.class));
                }).list();
    }

    private List<AgendaItem> agenda(long id) {
        return jdbc.sql("select title, link_kind, link_id from meeting_agenda_item where meeting_id = :id order by seq")
                .param("id", id).query((rs, n) -> new AgendaItem(rs.getString(1),
                        rs.getString(2) == null ? null : LinkKind.valueOf(rs.getString(2)),
                        rs.getObject(3, Long.class))).list();
    }

    private List<Decision> decisions(long id) {
        List<Decision> raw = jdbc.sql("""
                select d.*, u.name as lead_name, w.name as work_group_name from meeting_decision d
                  join pub_unit u on u.id = d.lead_unit_id left join work_group w on w.id = d.work_group_id
                 where d.meeting_id = :id order by d.seq""").param("id", id)
                .query((rs, n) -> new Decision(rs.getLong("id"), rs.getInt("seq"), rs.getString("text"),
                        rs.getLong("lead_unit_id"), rs.getString("lead_name"), longs(rs.getArray("cooperator_ids")),
                        List.of(), rs.getObject("due_on", LocalDate.class), rs.getObject("task_id", Long.class),
                        rs.getObject("work_group_id", Long.class), rs.getString("work_group_name")))
                .list();
        Map<Long, String> names = unitNames(raw.stream().flatMap(d -> d.cooperatorIds().stream()).distinct().toList());
        return raw.stream().map(d -> new Decision(d.id(), d.seq(), d.text(), d.leadUnitId(), d.leadUnitName(),
                d.cooperatorIds(), d.cooperatorIds().stream().map(c -> names.getOrDefault(c, "#" + c)).toList(),
                d.dueOn(), d.taskId(), d.workGroupId(), d.workGroupName())).toList();
    }

    private void writeInvitees(long id, List<Invitee> invitees) {
        for (Invitee i : invitees) {
            jdbc.sql("insert into meeting_invitee (meeting_id, unit_id) values (:id, :u)").param("id", id)
                    .param("u", i.unitId()).update();
        }
    }

    private void writeAgenda(long id, List<AgendaItem> agenda) {
        for (int i = 0; i < agenda.size(); i++) {
            AgendaItem a = agenda.get(i);
            jdbc.sql("""
                    insert into meeting_agenda_item (meeting_id, seq, title, link_kind, link_id)
                    values (:id, :seq, :title, :kind, :link)""").param("id", id).param("seq", i + 1)
                    .param("title", a.title()).param("kind", a.linkKind() == null ? null : a.linkKind().name())
                    .param("link", a.linkKind() == null ? null : a.linkId()).update();
        }
    }

    private static Map<String, Object> header(Meeting m) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("group", m.leadingGroupId());
        p.put("region", m.regionCode());
        p.put("campaign", m.campaignId());
        p.put("kind", m.kind().name());
        p.put("title", m.title());
        p.put("at", at(m.heldAt()));
        p.put("place", m.place());
        p.put("chair", m.chair());
        return p;
    }

    private static OffsetDateTime at(java.time.Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /** A PostgreSQL array literal of ids, e.g. {@code {3,7}}, cast to {@code bigint[]} in the SQL. */
    private static String array(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    private static List<Long> longs(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((Long[]) array.getArray());
    }
}
