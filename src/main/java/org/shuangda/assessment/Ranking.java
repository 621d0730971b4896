package org.shuangda.assessment;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The ranking of a scheme's runs by total, ties broken by the stated rule: a run without a veto before a vetoed one,
 * then the higher data-computed total, then the unit's name in Chinese collation order. Runs still equal after the
 * first two share their rank (并列) and are listed by name, and each line says which rule placed it.
 */
public final class Ranking {

    /** Which rule decided a line's place against the line before it. */
    public enum TieBreak {
        /** A higher total: no tie. */
        NONE,
        /** Equal totals: the one without a veto first. */
        VETO,
        /** Equal totals, both (not) vetoed: the higher data-computed total first. */
        COMPUTED,
        /** Equal in all: the same rank, listed in name order. */
        NAME
    }

    /** One run to rank. */
    public record Entry(long runId, String name, Scorecard card) {
    }

    /** A ranked line: {@code rank} shared by tied lines; {@code tieBreak} says why it follows the line before. */
    public record Line(int rank, long runId, String name, Scorecard card, TieBreak tieBreak) {
    }

    private static final Comparator<Entry> ORDER = Comparator
            .comparing((Entry e) -> e.card().total(), Comparator.reverseOrder())
            .thenComparing(e -> e.card().vetoed())
            .thenComparing(e -> e.card().computed(), Comparator.reverseOrder())
            .thenComparing(Entry::name, Collator.getInstance(Locale.SIMPLIFIED_CHINESE));

    private Ranking() {
    }

    public static List<Line> of(List<Entry> entries) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(ORDER);
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Entry e = sorted.get(i);
            if (i == 0) {
                lines.add(new Line(1, e.runId(), e.name(), e.card(), TieBreak.NONE));
                continue;
            }
            Entry before = sorted.get(i - 1);
            TieBreak why = e.card().total().compareTo(before.card().total()) != 0 ? TieBreak.NONE
                    : e.card().vetoed() != before.card().vetoed() ? TieBreak.VETO
                    : e.card().computed().compareTo(before.card().computed()) != 0 ? TieBreak.COMPUTED
                    : TieBreak.NAME;
            int rank = why == TieBreak.NAME ? lines.get(i - 1).rank() : i + 1;
            lines.add(new Line(rank, e.runId(), e.name(), e.card(), why));
        }
        return lines;
    }
}
