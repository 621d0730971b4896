package org.shuangda.assessment;

import java.util.List;

/**
 * A run as its reader may see it: on the assessed side before the draft's release the reviewers' scores are left
 * out (and there is no score card yet); the steps the reader may take now; the evidence files.
 *
 * @param assessing whether the reader is on the assessing side (office, reviewers, leaders)
 * @param own       whether the reader's unit is the one assessed
 * @param card      the score as it stands, null while the reader may not see it
 */
public record RunView(Run run, Scheme scheme, boolean assessing, boolean own, Scorecard card, List<RunAction> actions,
        List<Evidence> evidence) {

    public RunView {
        actions = List.copyOf(actions);
        evidence = List.copyOf(evidence);
    }

    public boolean can(String action) {
        return actions.contains(RunAction.valueOf(action));
    }

    /** The evidence files serving {@code itemId}. */
    public List<Evidence> evidenceOf(long itemId) {
        return evidence.stream().filter(e -> e.itemIds().contains(itemId)).toList();
    }
}
