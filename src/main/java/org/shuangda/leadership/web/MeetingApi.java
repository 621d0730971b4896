package org.shuangda.leadership.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.shuangda.leadership.FollowUp;
import org.shuangda.leadership.Meeting;
import org.shuangda.leadership.MeetingForm;
import org.shuangda.leadership.Meetings;
import org.shuangda.leadership.MinutesForm;
import org.shuangda.shared.Actor;
import org.shuangda.shared.web.ExportAudit;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.shuangda.shared.web.Downloads;

/** Meetings of a leading group, their minutes and decisions (issue 15), scoped as the pages are. */
@RestController
@RequestMapping("/api/v1/meetings")
@Tag(name = "Meetings 会议与纪要")
class MeetingApi {

    record Reply(Meeting.Reply reply, String attendee) {
    }

    record Attendance(Set<Long> attendedUnitIds) {
    }

    record Issue(String number) {
    }

    private final Meetings meetings;
    private final ExportAudit exports;

    MeetingApi(Meetings meetings, ExportAudit exports) {
        this.meetings = meetings;
        this.exports = exports;
    }

    @GetMapping
    @Operation(summary = "Meetings the caller may see (the office's, those its unit is invited to, issued minutes)")
    List<Meeting> list(Actor me) {
        return meetings.list(me);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One meeting with invitees, agenda, minutes and decisions (404 outside scope)")
    Meeting get(Actor me, @PathVariable long id) {
        return meetings.get(me, id);
    }

    @PostMapping
    @Operation(summary = "Plan a meeting (CAMPAIGN_MANAGE over the group's region); heldAt in Beijing time",
            description = "invitedUnitIds empty: the group's office and every member unit")
    ResponseEntity<Meeting> create(Actor me, @RequestBody MeetingForm form) {
        Meeting created = meetings.create(me, form);
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a meeting that is not held yet")
    Meeting update(Actor me, @PathVariable long id, @RequestBody MeetingForm form) {
        return meetings.update(me, id, form);
    }

    @PostMapping("/{id}/convene")
    @Operation(summary = "Send the 会议通知 to every invited unit through the message centre")
    Meeting convene(Actor me, @PathVariable long id) {
        return meetings.convene(me, id);
    }

    @PostMapping("/{id}/reply")
    @Operation(summary = "The caller's unit answers the notice: ATTEND, SUBSTITUTE (attendee required) or ABSENT")
    Meeting reply(Actor me, @PathVariable long id, @RequestBody Reply reply) {
        return meetings.reply(me, id, reply.reply(), reply.attendee());
    }

    @PostMapping("/{id}/attendance")
    @Operation(summary = "Record which invited units attended; the meeting is then held")
    Meeting attendance(Actor me, @PathVariable long id, @RequestBody Attendance attendance) {
        return meetings.recordAttendance(me, id,
                attendance.attendedUnitIds() == null ? Set.of() : attendance.attendedUnitIds());
    }

    @PutMapping("/{id}/minutes")
    @Operation(summary = "Write the minutes (会议认为/指出/强调/要求) and the decisions (lead unit required)")
    Meeting minutes(Actor me, @PathVariable long id, @RequestBody MinutesForm form) {
        return meetings.writeMinutes(me, id, form);
    }

    @PostMapping("/{id}/minutes/issue")
    @Operation(summary = "Issue the minutes: each decision becomes a task of the meeting's campaign",
            description = "number optional (default 〔year〕n号 per group and year)")
    Meeting issue(Actor me, @PathVariable long id, @RequestBody(required = false) Issue issue) {
        return meetings.issueMinutes(me, id, issue == null ? null : issue.number());
    }

    @GetMapping("/{id}/decisions")
    @Operation(summary = "The meeting's decisions with the task each became")
    List<Meeting.Decision> decisions(Actor me, @PathVariable long id) {
        return meetings.get(me, id).decisions();
    }

    @GetMapping("/{id}/follow-up")
    @Operation(summary = "上次会议议定事项落实情况: the previous meeting's decisions and their tasks (204 when none)")
    ResponseEntity<FollowUp> followUp(Actor me, @PathVariable long id) {
        return meetings.followUp(me, meetings.get(me, id)).map(ResponseEntity::ok)
                .orElse(ResponseEntity.noContent().build());
    }

    @GetMapping("/{id}/minutes.docx")
    @Operation(summary = "The issued minutes as DOCX in the official layout (422 before issue)")
    ResponseEntity<byte[]> docx(Actor me, @PathVariable long id, HttpServletRequest request) {
        Meeting m = meetings.get(me, id);
        byte[] content = meetings.minutesDocx(me, id);
        String file = Downloads.fileName(m.title() + "纪要", ".docx");
        return Downloads.attachment(me, exports, request, "meeting", id, Downloads.DOCX, file, content);
    }
}
