package org.shuangda.assessment;

import java.math.BigDecimal;
import java.util.List;
import org.shuangda.shared.MaxLength;
import org.shuangda.shared.MultiLine;

/**
 * Scores sent for some items of a run (a self-assessment or a review stage): points for reviewed and bonus items, a
 * yes/no for a veto item, a note. Items left out keep what they had.
 *
 * @param version the run's version as read (a stale one is refused)
 */
public record Scores(List<Entry> items, Integer version) {

    /** @param veto for a veto item: whether it was triggered */
    public record Entry(Long itemId, BigDecimal points, Boolean veto, @MultiLine @MaxLength(2000) String note) {
    }

    public Scores {
        items = items == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(items));
    }
}
