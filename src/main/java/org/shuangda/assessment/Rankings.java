package org.shuangda.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.shuangda.assessment.SchemeStore.Placed;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.shared.Actor;
import org.shuangda.shared.NotFoundProblem;
import org.springframework.stereotype.Service;

/**
 * Rankings: the assessing side sees a scheme's ranking as it stands at any time (provisional until published); the
 * assessed units see it once the results are published; anyone else: not found. As XLSX in the office's layout.
 */
@Service
public class Rankings {

    private final Schemes schemes;
    private final RunStore runs;
    private final Clock clock;

    Rankings(Schemes schemes, RunStore runs, Clock clock) {
        this.schemes = schemes;
        this.runs = runs;
        this.clock = clock;
    }

    public RankingTable ranking(Actor actor, long schemeId) {
        Placed p = schemes.placed(actor, schemeId);
        Scheme s = p.scheme();
        boolean published = s.status() == SchemeStatus.PUBLISHED;
        if (s.status() == SchemeStatus.DRAFT || !published && !Access.assessing(actor, p)) {
            throw new NotFoundProblem("assessment_ranking", schemeId);
        }
        return table(s, runs.ofScheme(schemeId), published);
    }

    /** The ranking as XLSX (名次, 单位, scores, 等次, the rule that placed each line; a sheet of every item's points). */
    public byte[] workbook(Actor actor, RankingTable table, Function<String, String> label) {
        return RankingWorkbook.write(table, label, actor.displayName(),
                LocalDate.now(clock.withZone(WorkingCalendar.ZONE)));
    }

    static RankingTable table(Scheme s, List<Run> all, boolean published) {
        Map<Long, Run> byId = new LinkedHashMap<>();
        List<Ranking.Entry> entries = all.stream().map(r -> {
            byId.put(r.id(), r);
            return new Ranking.Entry(r.id(), r.targetName(), Scorecard.of(s, r));
        }).toList();
        return new RankingTable(s, Ranking.of(entries), byId, published);
    }
}
