package org.shuangda.complaints.web;

import java.time.LocalDateTime;
import java.util.List;
import org.shuangda.complaints.Filing;
import org.shuangda.complaints.FilingView;
import org.shuangda.complaints.FilingClock;
import org.shuangda.complaints.FilingEvent;

/** A filing as the API shows it: personal data masked, clocks computed. */
record FilingJson(long id, String trackingNo, String track, String channel, String category, String status,
        String content, String regionCode, String regionName, String targetName, String targetUscc,
        boolean anonymous, String filerName, String filerPhone, long unitId, String unitName,
        LocalDateTime receivedAt, String outcome, String refusalGround, String resultText, String clueNumber,
        String caseNumber, String mergedIntoNo, Integer rating, List<Clock> clocks, List<Event> history,
        List<org.shuangda.shared.CreditAlert> creditAlerts) {

    record Clock(String kind, LocalDateTime due, boolean running, boolean overdue, long remainingWorkingDays) {
    }

    record Event(LocalDateTime at, String kind, String status, String unitName, String reason, String actor) {
    }

    static FilingJson of(FilingView v, List<FilingClock> clocks, List<FilingEvent> history) {
        return of(v, clocks, history, null);
    }

    /**
     * With the credit alerts of its target (a listed business and the joint punishment measures that apply): given
     * for one filing, null in lists.
     */
    static FilingJson of(FilingView v, List<FilingClock> clocks, List<FilingEvent> history,
            List<org.shuangda.shared.CreditAlert> creditAlerts) {
        Filing f = v.filing();
        var m = f.matter();
        return new FilingJson(f.id(), f.trackingNo(), f.track().name(), m.channel().code(), m.category().name(),
                f.status().name(), m.content(), m.regionCode(), v.regionName(), m.targetName(), m.targetUscc(),
                f.filer().anonymous(), f.filer().nameMasked(), f.filer().phoneMasked(), f.unitId(), v.unitName(),
                f.receivedAt(), f.outcome() == null ? null : f.outcome().name(),
                f.refusalGround() == null ? null : f.refusalGround().name(), f.resultText(), f.clueNumber(),
                f.caseNumber(), v.mergedIntoNo(), f.rating(),
                clocks.stream().map(c -> new Clock(c.kind().name(), c.due(), c.running(), c.overdue(),
                        c.remaining())).toList(),
                history == null ? null : history.stream().map(e -> new Event(e.at(), e.kind().name(),
                        e.status().name(), e.unitName(), e.reason(), e.actor())).toList(), creditAlerts);
    }
}
