package org.shuangda.assessment;

import java.util.List;
import java.util.Map;

/**
 * A scheme's ranking as its reader may see it: every run ranked ({@link Ranking}), with the run behind each line.
 *
 * @param published whether these are the published results (else the assessing side's provisional view)
 */
public record RankingTable(Scheme scheme, List<Ranking.Line> lines, Map<Long, Run> runs, boolean published) {

    public RankingTable {
        lines = List.copyOf(lines);
        runs = Map.copyOf(runs);
    }

    public long count(Grade grade) {
        return lines.stream().filter(l -> l.card().grade() == grade).count();
    }
}
