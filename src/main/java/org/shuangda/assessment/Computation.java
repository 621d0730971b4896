package org.shuangda.assessment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shuangda.assessment.Scheme.Item;
import org.shuangda.reporting.expression.Expression;
import org.springframework.stereotype.Component;

/**
 * Scores the computed items of a scheme's runs that are not released yet: the figures of every target at once
 * ({@link AssessmentFigures}, only the sources the formulas name), then each item's formula ({@link Scoring}); each
 * run item keeps its points and the figures its formula read, shown beside the score.
 */
@Component
class Computation {

    private final AssessmentFigures figures;
    private final RunStore runs;
    private final Clock clock;

    Computation(AssessmentFigures figures, RunStore runs, Clock clock) {
        this.figures = figures;
        this.runs = runs;
        this.clock = clock;
    }

    /** Computes the runs of {@code scheme} among {@code candidates} still open to it; answers how many. */
    int compute(Scheme scheme, List<Run> candidates) {
        List<Run> open = candidates.stream().filter(r -> !r.status().draftVisible()).toList();
        Map<Long, Expression> formulas = new LinkedHashMap<>();
        Set<String> needed = new LinkedHashSet<>();
        for (Item item : scheme.items()) {
            if (item.kind() == ItemKind.COMPUTED) {
                Expression e = Scoring.parse("items", item.formula());
                formulas.put(item.id(), e);
                needed.addAll(e.variables());
            }
        }
        if (open.isEmpty() || formulas.isEmpty()) {
            return 0;
        }
        Map<Integer, Scheme.Target> targets = new HashMap<>();
        scheme.targets().forEach(t -> targets.put(t.seq(), t));
        List<AssessmentFigures.Target> asked = open.stream().map(r -> targets.get(r.targetSeq()))
                .filter(java.util.Objects::nonNull)
                .map(t -> new AssessmentFigures.Target(t.seq(), t.regionCode(), t.unitId(), t.path())).toList();
        Map<Integer, Map<String, BigDecimal>> all = figures.figures(asked, needed, scheme.periodFrom(), scheme.periodTo());
        OffsetDateTime at = clock.instant().atOffset(ZoneOffset.UTC);
        for (Run run : open) {
            Map<String, BigDecimal> own = all.getOrDefault(run.targetSeq(), Map.of());
            for (Map.Entry<Long, Expression> f : formulas.entrySet()) {
                Item item = scheme.item(f.getKey()).orElseThrow();
                if (!own.keySet().containsAll(f.getValue().variables())) {
                    // a module whose figures could not be read (AssessmentFigures logs it) leaves them out: the item
                    // keeps what it had rather than score "no data" (full points) from figures nobody read
                    continue;
                }
                Map<String, BigDecimal> read = new LinkedHashMap<>();
                for (String code : f.getValue().variables()) {
                    read.put(code, own.get(code));
                }
                runs.saveComputed(run.id(), item.id(), Scoring.points(item, f.getValue(), own), read, at);
            }
        }
        return open.size();
    }
}
