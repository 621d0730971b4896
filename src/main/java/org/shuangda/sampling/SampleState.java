package org.shuangda.sampling;

/**
 * Where a sample stands (labels {@code sampling.state.NAME}): recorded on site → sent to the lab → received by the lab
 * → passed (final) or failed → failure notice served → (re-test requested → accepted → re-test lab drawn → backup
 * received by that lab →) final. A refused re-test, a closed re-test window or a re-test that confirms the failure
 * end in {@link #FAILED_FINAL}; a re-test that overturns it in {@link #RETEST_PASSED} (复检结论为最终结论).
 */
public enum SampleState {
    SAMPLED,
    SENT,
    RECEIVED,
    PASSED,
    FAILED,
    NOTIFIED,
    RETEST_REQUESTED,
    RETEST_ACCEPTED,
    RETEST_DRAWN,
    RETEST_RECEIVED,
    FAILED_FINAL,
    RETEST_PASSED;

    /** Whether the result is final (nothing more can change it). */
    public boolean isFinal() {
        return this == PASSED || this == FAILED_FINAL || this == RETEST_PASSED;
    }

    /** Whether a re-test is under way (requested and not yet concluded). */
    public boolean inRetest() {
        return this == RETEST_REQUESTED || this == RETEST_ACCEPTED || this == RETEST_DRAWN || this == RETEST_RECEIVED;
    }
}
