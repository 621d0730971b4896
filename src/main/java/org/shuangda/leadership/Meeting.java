package org.shuangda.leadership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One meeting of a leading group: when, where, who chairs, the units invited and how they answered, the agenda,
 * and its minutes with their decisions. The lifecycle ({@link MeetingStatus}) moves only through the guarded
 * methods here, which consult {@link MeetingAction}.
 *
 * @param campaignId the campaign whose tasks the decisions become (null: decisions are recorded, no tasks)
 */
public record Meeting(Long id, long leadingGroupId, String groupName, String regionCode, Long campaignId,
        MeetingKind kind, String title, Instant heldAt, String place, String chair, MeetingStatus status,
        Instant convenedAt, Minutes minutes, List<Invitee> invitees, List<AgendaItem> agenda,
        List<Decision> decisions, String createdBy, int version) {

    /** How an invited unit answered the 会议通知: comes (the seat's holder), sends a substitute, or cannot come. */
    public enum Reply {
        PENDING,
        ATTEND,
        SUBSTITUTE,
        ABSENT
    }

    /** What links an agenda item to the record it discusses. */
    public enum LinkKind {
        CAMPAIGN,
        ROUND,
        BRIEFING,
        ASSESSMENT
    }

    /** @param attended recorded by the office at the meeting; null before */
    public record Invitee(long unitId, String unitName, Reply reply, String attendee, String repliedBy,
            Instant repliedAt, Boolean attended) {
    }

    public record AgendaItem(String title, LinkKind linkKind, Long linkId) {
    }

    /**
     * A numbered decision (议定事项): what is to be done, by whom, by when.
     *
     * @param taskId      the campaign task it became when the minutes were issued
     * @param workGroupId the work group it was given to, if any
     */
    public record Decision(Long id, int seq, String text, Long leadUnitId, String leadUnitName,
            List<Long> cooperatorIds, List<String> cooperatorNames, LocalDate dueOn, Long taskId, Long workGroupId,
            String workGroupName) {

        public Decision {
            cooperatorIds = cooperatorIds == null ? List.of() : List.copyOf(cooperatorIds);
            cooperatorNames = cooperatorNames == null ? List.of() : List.copyOf(cooperatorNames);
        }
    }

    /**
     * The minutes in the seeds' structure (会议认为 / 会议指出 / 会议强调 / 会议要求; the decisions are the meeting's), and
     * once issued their number and date.
     */
    public record Minutes(String considers, String points, String emphasises, String requires, String number,
            LocalDate issuedOn, String issuedBy) {

        public static Minutes empty() {
            return new Minutes("", "", "", "", null, null, null);
        }

        public boolean isBlank() {
            return considers.isBlank() && points.isBlank() && emphasises.isBlank() && requires.isBlank();
        }
    }

    public Meeting {
        invitees = invitees == null ? List.of() : List.copyOf(invitees);
        agenda = agenda == null ? List.of() : List.copyOf(agenda);
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
        minutes = minutes == null ? Minutes.empty() : minutes;
    }

    /** Refuses {@code action} in the current state with a message naming the state (422). */
    public void require(MeetingAction action) {
        if (!action.possibleIn(status)) {
            throw new MeetingRefused("meeting.refused." + action.name(), status);
        }
    }

    Meeting convened(Instant at) {
        require(MeetingAction.CONVENE);
        return with(MeetingStatus.CONVENED, at, minutes, decisions);
    }

    Meeting held() {
        require(MeetingAction.RECORD_ATTENDANCE);
        return with(MeetingStatus.HELD, convenedAt, minutes, decisions);
    }

    Meeting withMinutes(Minutes text, List<Decision> newDecisions) {
        require(MeetingAction.WRITE_MINUTES);
        return with(status, convenedAt, text, newDecisions);
    }

    Meeting issued(String number, LocalDate on, String by) {
        require(MeetingAction.ISSUE_MINUTES);
        Minutes m = new Minutes(minutes.considers(), minutes.points(), minutes.emphasises(), minutes.requires(),
                number, on, by);
        return with(MeetingStatus.MINUTES_ISSUED, convenedAt, m, decisions);
    }

    public boolean invites(long unitId) {
        return invitees.stream().anyMatch(i -> i.unitId() == unitId);
    }

    public long attendedCount() {
        return invitees.stream().filter(i -> Boolean.TRUE.equals(i.attended())).count();
    }

    private Meeting with(MeetingStatus s, Instant convened, Minutes m, List<Decision> d) {
        return new Meeting(id, leadingGroupId, groupName, regionCode, campaignId, kind, title, heldAt, place, chair, s,
                convened, m, invitees, agenda, d, createdBy, version);
    }
}
