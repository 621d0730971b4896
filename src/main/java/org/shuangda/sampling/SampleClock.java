package org.shuangda.sampling;

import java.time.LocalDate;
import java.util.function.Function;

/**
 * The statutory clocks of a sample, each a rulebook key per kind of sampling (null: the kind's rules have no such
 * period), when it starts and what stops it (labels {@code sampling.clock.NAME}). Food sampling and agricultural
 * inputs count working days; product quality counts calendar days rolling forward (the rulebook's units decide).
 * A {@linkplain #window() window} is the business's period (复检申请): never "overdue", it closes.
 */
public enum SampleClock {
    /** 样品送达: from sampling to the lab's receipt of the papers (the send). */
    TO_LAB("sampling.food.to-lab", null, s -> s.site().sampledOn(), s -> s.lab().sentOn()),
    /** 出具检验报告: from the lab's receipt to its conclusion. */
    REPORT("sampling.food.report", null, s -> s.lab().receivedOn(), s -> s.lab().concludedOn()),
    /** 结论报送: from the conclusion to the bureau (7 working days for a pass, 2 for a failure). */
    RESULT_TO_BUREAU("sampling.food.result-pass", null, s -> s.lab().concludedOn(), s -> s.lab().reportedOn()),
    /** 送达不合格结论: from the bureau's receipt of a failure to the notice served. */
    NOTICE("sampling.food.notice", null, s -> s.failed() ? s.lab().reportedOn() : null,
            s -> s.notice() == null ? null : s.notice().servedOn()),
    /** 复检申请期: from the notice served; the business's window. */
    RETEST_REQUEST("sampling.food.retest-request", "sampling.quality.objection",
            s -> s.failed() && !s.lab().microbiological() ? s.resultReceivedOn() : null,
            s -> s.retest().requestedOn() != null ? s.retest().requestedOn() : s.finalOn()),
    /** 复检受理: from the request to the decision. */
    RETEST_ACCEPTANCE("sampling.food.retest-acceptance", "sampling.quality.retest-papers",
            s -> s.retest().requestedOn(), s -> s.retest().decidedOn()),
    /** 确定复检机构: from the acceptance to the draw. */
    RETEST_LAB("sampling.food.retest-lab", "sampling.quality.retest-lab",
            s -> s.retest().refusal() == null ? s.retest().decidedOn() : null, s -> s.retest().drawnOn()),
    /** 移交备份样品: from the draw to the re-test lab's receipt. */
    BACKUP_HANDOVER("sampling.food.backup-handover", null, s -> s.retest().drawnOn(), s -> s.retest().receivedOn()),
    /** 复检结论: from the re-test lab's receipt to its conclusion. */
    RETEST_RESULT("sampling.food.retest-result", null, s -> s.retest().receivedOn(), s -> s.retest().concludedOn());

    private final String foodKey;
    private final String qualityKey;
    private final Function<Sample, LocalDate> start;
    private final Function<Sample, LocalDate> done;

    SampleClock(String foodKey, String qualityKey, Function<Sample, LocalDate> start,
            Function<Sample, LocalDate> done) {
        this.foodKey = foodKey;
        this.qualityKey = qualityKey;
        this.start = start;
        this.done = done;
    }

    /** The rulebook key for a sample of {@code kind}, or null when the kind's rules have no such period. */
    public String ruleKey(SamplingKind kind, SampleResult result) {
        if (this == RESULT_TO_BUREAU && result == SampleResult.FAIL) {
            return kind == SamplingKind.PRODUCT_QUALITY ? null : "sampling.food.result-fail";
        }
        return kind == SamplingKind.PRODUCT_QUALITY ? qualityKey : foodKey;
    }

    /** The day the clock starts (not counted), or null while it has not started. */
    public LocalDate start(Sample s) {
        return start.apply(s);
    }

    /** The day the step it waits for was done, or null. */
    public LocalDate done(Sample s) {
        return done.apply(s);
    }

    /** The business's period (it closes, nobody is late), not a duty of the bureau or the lab. */
    public boolean window() {
        return this == RETEST_REQUEST;
    }
}
