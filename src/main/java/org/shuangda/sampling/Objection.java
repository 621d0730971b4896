package org.shuangda.sampling;

import java.time.LocalDate;

/**
 * An objection (异议) to a sample: on the sampling process (within 7 working days of sampling, reviewed in 20) or on
 * the method or standard (within 7 working days of the notice, reviewed in 30), 食品安全抽样检验管理办法 art.37, 39. The
 * business's duties on a failure continue meanwhile (art.40).
 */
public record Objection(long id, long sampleId, Kind kind, LocalDate filedOn, String applicant, String content,
        LocalDate decidedOn, Outcome outcome, String decision, String decidedBy) {

    /** What the objection is about (labels {@code sampling.objection.NAME}). */
    public enum Kind {
        PROCESS,
        METHOD
    }

    public enum Outcome {
        UPHELD,
        REJECTED
    }

    public boolean open() {
        return decidedOn == null;
    }

    /** The rulebook key of the review period, or null where the kind's rules have none (product quality). */
    public String reviewKey(SamplingKind sampling) {
        if (sampling == SamplingKind.PRODUCT_QUALITY) {
            return null;
        }
        return kind == Kind.PROCESS ? "sampling.food.objection-process-review" : "sampling.food.objection-method-review";
    }
}
