package org.shuangda.complaints;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.shared.Actors;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.Permission;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    private final JdbcClient jdbc;
    private final FilingClocks clocks;

    FilingStatistics(JdbcClient jdbc, FilingClocks clocks) {
        this.jdbc = jdbc;
        this.clocks = clocks;
    }

    public Figures figures(LocalDate from, LocalDate to) {
        return figures(Actors.scopeFor(Permission.FILING_VIEW), null, from, to);
    }

    /** Figures of one unit's filings without a signed-in actor's scope (callers checked it). */
    Figures forUnit(long unitId, LocalDate from, LocalDate to) {
        return figures(DataScope.everything(), unitId, from, to);
    }

    private Figures figures(DataScope scope, Long unitId, LocalDate from, LocalDate to) {
        String where = " where " + FilingStore.SCOPE + """
                 and (cast(:unitId as bigint) is null or f.unit_id = :unitId)
                 and f.received_at >= cast(:from as date) and f.received_at < cast(:to as date) + 1""";
        Map<String, Object> params = new LinkedHashMap<>(scope.unitParams());
        params.put("unitId", unitId);
        params.put("from", from);
        params.put("to", to);
        Map<String, Long> byChannel = counts("f.channel", where, params);
        long total = byChannel.values().stream().mapToLong(Long::longValue).sum();
        List<Filing> decided = jdbc.sql(FilingStore.SELECT + where + " and (f.decided_at is not null or f.referred_at is not null)")
                .params(params).query(FilingStore::map).list();
        long onTime = decided.stream().filter(f -> clocks.of(f).stream().findFirst()
                .map(FilingClock::metInTime).orElse(false)).count();
        BigDecimal rate = decided.isEmpty() ? null : BigDecimal.valueOf(onTime * 100L)
                .divide(BigDecimal.valueOf(decided.size()), 1, RoundingMode.HALF_UP);
        return new Figures(from, to, total, byChannel, counts("f.track", where, params),
                counts("f.category", where, params), counts("r.name", where, params),
                counts("coalesce(f.outcome, f.status)", where, params), decided.size(), onTime, rate);
    }

    private Map<String, Long> counts(String expression, String where, Map<String, Object> params) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("select " + expression + " as k, count(*) as n " + FilingStore.FROM + where
                + " group by 1 order by 2 desc, 1").params(params)
                .query((rs, n) -> counts.put(rs.getString("k"), rs.getLong("n"))).list();
        return counts;
    }

    static LocalDate today() {
        return LocalDate.now(WorkingCalendar.ZONE);
    }
}
