package org.shuangda.sampling;

import java.util.EnumSet;
import java.util.Set;
import org.shuangda.shared.LifecycleAction;
import org.shuangda.shared.Permission;

/**
 * The steps of a sample, each possible in the states it names and needing one permission: the bureau's steps
 * ({@code SAMPLING_HANDLE}) and the laboratory's ({@code SAMPLING_LAB}, and only by the lab the sample or its backup
 * was sent to, checked by {@link Samples}). {@link Sample}'s guarded methods consult them; the sample page shows a
 * button per step available (label {@code sampling.action.NAME}); the API dispatches on them.
 */
public enum SampleAction implements LifecycleAction<SampleState> {
    /** 送样: the sample and its papers go to the lab (5 working days from sampling, art.20). */
    SEND(EnumSet.of(SampleState.SAMPLED), Permission.SAMPLING_HANDLE),
    /** 接收: the lab receives the sample; the report clock starts (20 working days, art.24). */
    RECEIVE(EnumSet.of(SampleState.SENT), Permission.SAMPLING_LAB),
    /** 出具检验报告: pass or fail with the failed items, the report file required (art.24, 26). */
    REPORT(EnumSet.of(SampleState.RECEIVED), Permission.SAMPLING_LAB),
    /** 送达不合格检验结论: the failure notice served and acknowledged (5 working days, art.29). */
    NOTIFY(EnumSet.of(SampleState.FAILED), Permission.SAMPLING_HANDLE),
    /** 复检申请: the business's written request, within the window (art.30, 31). */
    REQUEST_RETEST(EnumSet.of(SampleState.NOTIFIED), Permission.SAMPLING_HANDLE),
    /** 受理复检 (art.32). */
    ACCEPT_RETEST(EnumSet.of(SampleState.RETEST_REQUESTED), Permission.SAMPLING_HANDLE),
    /** 不予受理复检, with the reason: the failure is final. */
    REFUSE_RETEST(EnumSet.of(SampleState.RETEST_REQUESTED), Permission.SAMPLING_HANDLE),
    /** 随机确定复检机构 from the published list, never the first lab nor one tied to the applicant (art.32). */
    DRAW_RETEST_LAB(EnumSet.of(SampleState.RETEST_ACCEPTED), Permission.SAMPLING_HANDLE),
    /** 接收备份样品: the re-test lab receives the backup; the re-test clock starts (10 working days, art.35). */
    RECEIVE_RETEST(EnumSet.of(SampleState.RETEST_DRAWN), Permission.SAMPLING_LAB),
    /** 出具复检结论: final (art.35). */
    REPORT_RETEST(EnumSet.of(SampleState.RETEST_RECEIVED), Permission.SAMPLING_LAB),
    /** 复检期满: no re-test was asked within the window; the failure is final (the daily sweep takes it too). */
    CLOSE_RETEST_WINDOW(EnumSet.of(SampleState.NOTIFIED), Permission.SAMPLING_HANDLE),
    /** 异议: on the sampling process or on the method or standard (art.37). */
    OBJECT(EnumSet.complementOf(EnumSet.of(SampleState.SAMPLED)), Permission.SAMPLING_HANDLE);

    private final Set<SampleState> from;
    private final Permission permission;

    SampleAction(Set<SampleState> from, Permission permission) {
        this.from = from;
        this.permission = permission;
    }

    @Override
    public boolean possibleIn(SampleState state) {
        return from.contains(state);
    }

    @Override
    public Permission permission() {
        return permission;
    }

    /** Whether the step is the laboratory's (taken only by the lab the sample, or its backup, was sent to). */
    public boolean byLaboratory() {
        return permission == Permission.SAMPLING_LAB;
    }
}
