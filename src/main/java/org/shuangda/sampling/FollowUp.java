package org.shuangda.sampling;

import java.time.LocalDate;

/**
 * The follow-up (核查处置) of a failed sample for one business: the seller sampled or the labelled producer, given to
 * the unit of the platform where the business is registered ({@code unitId}; another county's unit gets it in its
 * to-dos), or, registered outside the platform's regions, listed ({@link State#OUTSIDE}) to be pushed to the other
 * province ({@link State#PUSHED}). Done with what was recalled and removed and whether a violation was found (a clue
 * in cases, linked back).
 */
public record FollowUp(long id, long sampleId, String sampleNumber, String productName, SamplingKind kind,
        Subject subject, String subjectName, String subjectUscc, String regionCode, String regionName, Long unitId,
        String unitName, String unitPath, String regionPath, LocalDate startedOn, State state, Boolean recalled,
        Boolean removed, String measures, Boolean violation, String finding, Long clueId, String clueNumber,
        LocalDate doneOn, String doneBy, String pushedTo, String sampleUnitPath, String sampleRegionPath,
        int version) {

    /** Whose follow-up (labels {@code sampling.subject.NAME}). */
    public enum Subject {
        SELLER,
        PRODUCER
    }

    /** OPEN → DONE for the platform's units; OUTSIDE → PUSHED for a business registered elsewhere. */
    public enum State {
        OPEN,
        DONE,
        OUTSIDE,
        PUSHED
    }

    public boolean outside() {
        return unitId == null;
    }

    /**
     * The rulebook key of the period the follow-up runs: food 90 days (art.43); product quality the re-check at 75
     * (art.47), which {@link #rectifyRuleKey()}'s 60 days of the business's own rectification come before.
     */
    public String ruleKey() {
        return kind == SamplingKind.PRODUCT_QUALITY ? "sampling.quality.recheck" : "sampling.food.follow-up";
    }

    /**
     * Product quality: the business rectifies within 60 days of the order (产品质量监督抽查管理暂行办法 art.46), its
     * own period (a window: it closes, nobody of the bureau is late); null for the other kinds, whose rules have none.
     */
    public String rectifyRuleKey() {
        return kind == SamplingKind.PRODUCT_QUALITY ? "sampling.quality.rectify" : null;
    }
}
