package org.shuangda.complaints;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.shuangda.shared.Actor;
import org.shuangda.shared.Permission;
import org.shuangda.shared.SqlPredicate;
import org.springframework.stereotype.Service;

/**
 * Counts of filings received in a period (by channel, track, category, region, outcome) and the share decided
 * within their first legal clock (acceptance for complaints and enquiries, verification for tips).
 */
@Service
public class FilingStatistics {

    /** The figures of one period, each map in descending count. */
    public record Figures(LocalDate from, LocalDate to, long total, Map<String, Long> byChannel,
            Map<String, Long> byTrack, Map<String, Long> byCategory, Map<String, Long> byRegion,
            Map<String, Long> byOutcome, long decided, long decidedOnTime, BigDecimal onTimeRate) {
    }

    private final FilingListStore lists;
    private final FilingClocks clocks;

    FilingStatistics(FilingListStore lists, FilingClocks clocks) {
        this.lists = lists;
        this.clocks = clocks;
    }

    public Figures figures(Actor me, LocalDate from, LocalDate to) {
        return figures(me.require(Permission.FILING_VIEW).unitOwned("u.path", "u.region_path"), null, from, to);
    }

    /** Figures of one unit's filings, for reporting's derived figures (reporting decides who sees them). */
    Figures forUnit(long unitId, LocalDate from, LocalDate to) {
        return figures(SqlPredicate.TRUE, unitId, from, to);
    }

    private Figures figures(SqlPredicate scope, Long unitId, LocalDate from, LocalDate to) {
        SqlPredicate where = lists.received(scope, unitId, from, to);
        Map<String, Long> byChannel = lists.countBy("f.channel", where);
        long total = byChannel.values().stream().mapToLong(Long::longValue).sum();
        List<Filing> decided = lists.decided(where);
        var now = clocks.now();
        long onTime = decided.stream().filter(f -> clocks.of(f, now).stream().findFirst()
                .map(FilingClock::metInTime).orElse(false)).count();
        BigDecimal rate = decided.isEmpty() ? null : BigDecimal.valueOf(onTime * 100L)
                .divide(BigDecimal.valueOf(decided.size()), 1, RoundingMode.HALF_UP);
        return new Figures(from, to, total, byChannel, lists.countBy("f.track", where),
                lists.countBy("f.category", where), lists.countBy("r.name", where),
                lists.countBy("coalesce(f.outcome, f.status)", where), decided.size(), onTime, rate);
    }
}
