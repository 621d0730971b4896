package org.shuangda.leadership;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.shuangda.calendar.WorkingCalendar;
import org.springframework.context.MessageSource;

/** The words of a meeting that documents and notices share: its time in Beijing, the notice's body. */
final class MeetingTexts {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private MeetingTexts() {
    }

    /** e.g. 2026年12月8日 09:30 (Beijing time). */
    static String when(Meeting m) {
        return WHEN.format(m.heldAt().atZone(WorkingCalendar.ZONE));
    }

    /** The 会议通知's body: time, place, chair, agenda, and what the unit is asked to answer. */
    static String notice(Meeting m, MessageSource messages, Locale locale) {
        StringBuilder out = new StringBuilder(messages.getMessage("meeting.notice.body",
                new Object[] {m.groupName(), when(m), m.place(), m.chair(), m.title()}, locale));
        if (!m.agenda().isEmpty()) {
            out.append('\n').append(messages.getMessage("meeting.agenda", null, locale)).append('：');
            for (int i = 0; i < m.agenda().size(); i++) {
                out.append('\n').append(i + 1).append(". ").append(m.agenda().get(i).title());
            }
        }
        out.append('\n').append(messages.getMessage("meeting.notice.reply", null, locale));
        return out.toString();
    }
}
