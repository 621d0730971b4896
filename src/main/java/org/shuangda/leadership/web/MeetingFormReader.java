package org.shuangda.leadership.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.shuangda.leadership.Meeting;
import org.shuangda.leadership.MeetingForm;
import org.shuangda.leadership.MeetingKind;
import org.shuangda.leadership.MinutesForm;
import org.shuangda.leadership.MinutesForm.DecisionForm;
import org.springframework.util.MultiValueMap;

/**
 * Reads the meeting and minutes forms: rows arrive as parallel lists, a row left blank is dropped, and a value that
 * does not parse becomes null, so the service names the field ("必填") instead of a 400 without words.
 */
final class MeetingFormReader {

    private MeetingFormReader() {
    }

    static MeetingForm meeting(MultiValueMap<String, String> p) {
        List<Long> invited = new ArrayList<>();
        for (String v : p.getOrDefault("invitedUnitIds", List.of())) {
            Long id = number(v);
            if (id != null) {
                invited.add(id);
            }
        }
        List<Meeting.AgendaItem> agenda = new ArrayList<>();
        List<String> titles = p.getOrDefault("agendaTitle", List.of());
        List<String> links = p.getOrDefault("agendaLink", List.of());
        for (int i = 0; i < titles.size(); i++) {
            String title = titles.get(i);
            String link = at(links, i);
            if (title != null && !title.isBlank() || link != null && !link.isBlank()) {
                Meeting.LinkKind kind = linkKind(link);
                Long id = link == null || kind == null ? null : number(link.substring(link.indexOf(':') + 1));
                // a link picked without a title keeps the row: the service then says the title is missing
                agenda.add(new Meeting.AgendaItem(title == null ? "" : title.strip(), id == null ? null : kind, id));
            }
        }
        return new MeetingForm(number(p.getFirst("leadingGroupId")), number(p.getFirst("campaignId")),
                kind(p.getFirst("kind")), p.getFirst("title"), dateTime(p.getFirst("heldAt")), p.getFirst("place"),
                p.getFirst("chair"), invited, agenda, integer(p.getFirst("version")));
    }

    /**
     * Decision rows: {@code decisionText}, {@code decisionLead}, {@code decisionDue} in parallel; cooperators of row
     * i as {@code decisionCooperators<i>} (a multi-select per row).
     */
    static MinutesForm minutes(MultiValueMap<String, String> p) {
        List<String> texts = p.getOrDefault("decisionText", List.of());
        List<String> leads = p.getOrDefault("decisionLead", List.of());
        List<String> dues = p.getOrDefault("decisionDue", List.of());
        List<String> workGroups = p.getOrDefault("decisionWorkGroup", List.of());
        List<DecisionForm> decisions = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String text = at(texts, i);
            Long lead = number(at(leads, i));
            LocalDate due = date(at(dues, i));
            Long workGroup = number(at(workGroups, i));
            List<Long> cooperators = new ArrayList<>();
            for (String c : p.getOrDefault("decisionCooperators" + i, List.of())) {
                Long id = number(c);
                if (id != null) {
                    cooperators.add(id);
                }
            }
            if (text.isBlank() && lead == null && due == null && cooperators.isEmpty() && workGroup == null) {
                continue;
            }
            decisions.add(new DecisionForm(text, lead, cooperators, due, workGroup));
        }
        return new MinutesForm(p.getFirst("considers"), p.getFirst("points"), p.getFirst("emphasises"),
                p.getFirst("requires"), decisions, integer(p.getFirst("version")));
    }

    static Meeting.Reply reply(String value) {
        try {
            return value == null ? null : Meeting.Reply.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static Long number(String value) {
        return FormValues.number(value);
    }

    private static Integer integer(String value) {
        return FormValues.integer(value);
    }

    private static MeetingKind kind(String value) {
        try {
            return value == null ? null : MeetingKind.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static LocalDateTime dateTime(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDate date(String value) {
        return FormValues.date(value);
    }

    private static String at(List<String> values, int i) {
        return i < values.size() && values.get(i) != null ? values.get(i) : "";
    }

    /** {@code KIND:id} from the agenda row's picker; null for none or a kind that does not exist. */
    private static Meeting.LinkKind linkKind(String value) {
        if (value == null || value.indexOf(':') < 0) {
            return null;
        }
        try {
            return Meeting.LinkKind.valueOf(value.substring(0, value.indexOf(':')));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
