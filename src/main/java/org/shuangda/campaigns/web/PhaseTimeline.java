package org.shuangda.campaigns.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.shuangda.campaigns.Campaign;
import org.shuangda.campaigns.CampaignView;

/**
 * The campaign's phases as a stacked Bootstrap progress bar: each phase's width in proportion to its days
 * within the campaign's period, the current one highlighted, and how much of the period has passed.
 */
record PhaseTimeline(List<Segment> segments, int elapsedPercent) {

    record Segment(String name, LocalDate startsOn, LocalDate endsOn, String description, double widthPercent,
            boolean current, boolean past) {
    }

    static PhaseTimeline of(CampaignView c, LocalDate today) {
        long total = ChronoUnit.DAYS.between(c.startsOn(), c.endsOn()) + 1;
        List<Segment> segments = new ArrayList<>();
        for (Campaign.Phase p : c.phases()) {
            long days = ChronoUnit.DAYS.between(p.startsOn(), p.endsOn()) + 1;
            boolean current = !today.isBefore(p.startsOn()) && !today.isAfter(p.endsOn());
            segments.add(new Segment(p.name(), p.startsOn(), p.endsOn(), p.description(),
                    Math.max(3.0, Math.round(1000.0 * days / total) / 10.0), current, today.isAfter(p.endsOn())));
        }
        long passed = ChronoUnit.DAYS.between(c.startsOn(), today) + 1;
        int elapsed = (int) Math.max(0, Math.min(100, Math.round(100.0 * passed / total)));
        return new PhaseTimeline(segments, elapsed);
    }
}
