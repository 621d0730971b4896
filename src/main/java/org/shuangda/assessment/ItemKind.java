package org.shuangda.assessment;

/**
 * How an item is scored: by reviewers from the evidence (REVIEWED), from the platform's records with a formula
 * (COMPUTED), a veto (一票否决: triggered, the grade is D) or a bonus (加分, all bonuses together under the scheme's cap).
 */
public enum ItemKind {
    REVIEWED,
    COMPUTED,
    VETO,
    BONUS;

    /** Whether a reviewer scores it (初评, 复评) and the unit assesses itself on it. */
    public boolean reviewed() {
        return this == REVIEWED || this == BONUS || this == VETO;
    }

    /** Whether its points count toward the base score (the 100 points of the scheme). */
    public boolean base() {
        return this == REVIEWED || this == COMPUTED;
    }
}
