package org.shuangda.sampling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.shuangda.shared.DueItem;
import org.shuangda.shared.DueItems;
import org.shuangda.shared.Permission;
import org.shuangda.shared.SqlPredicate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * For the message centre's daily notices: each open duty clock of a sample ending from today to the horizon, to the
 * unit whose step it is (the sampling unit's people holding {@code SAMPLING_HANDLE}, or the laboratory's holding
 * {@code SAMPLING_LAB}), and each follow-up's 90-day (product quality: 75-day) clock to the unit that follows it up.
 */
@Component
class SamplingDueItems implements DueItems {

    static final int MAX = 5000;

    private final SampleStore samples;
    private final FollowUpStore followUps;
    private final Laboratories labs;
    private final SamplingClocks clocks;

    SamplingDueItems(SampleStore samples, FollowUpStore followUps, Laboratories labs, SamplingClocks clocks) {
        this.samples = samples;
        this.followUps = followUps;
        this.labs = labs;
        this.clocks = clocks;
    }

    @Override
    @Transactional(readOnly = true)
    public List<DueItem> dueBy(LocalDate today, LocalDate horizon) {
        List<DueItem> out = new ArrayList<>();
        for (SampleView v : samples.open(SqlPredicate.TRUE, MAX)) {
            Sample s = v.sample();
            for (ClockView c : clocks.of(s)) {
                if (!c.open() || c.window() || c.due().isBefore(today) || c.due().isAfter(horizon)) {
                    continue;
                }
                boolean lab = switch (s.state()) {
                    case SENT, RECEIVED, RETEST_DRAWN, RETEST_RECEIVED -> true;
                    default -> false;
                };
                long unit = lab ? labs.find(s.state() == SampleState.SENT || s.state() == SampleState.RECEIVED
                        ? s.labId() : s.retest().labId()).unitId() : s.unitId();
                out.add(new DueItem("SAMPLING_" + c.key(), s.id() + ":" + c.key(), unit, null,
                        lab ? Permission.SAMPLING_LAB : Permission.SAMPLING_HANDLE, c.due(), false,
                        "抽检时限将届满：" + c.name() + "（" + s.number() + "）",
                        s.product().name() + "（" + s.site().entityName() + "）的“" + c.name() + "”将于"
                                + c.due() + "届满。依据：" + c.source(), "/sampling/samples/" + s.id()));
            }
        }
        for (FollowUp f : followUps.list(SqlPredicate.TRUE, true, MAX)) {
            if (f.unitId() == null || f.state() != FollowUp.State.OPEN) {
                continue;
            }
            ClockView c = clocks.view(f.ruleKey(), f.startedOn(), null, false, f.regionPath());
            if (!c.due().isBefore(today) && !c.due().isAfter(horizon)) {
                out.add(new DueItem("SAMPLING_FOLLOW_UP", String.valueOf(f.id()), f.unitId(), null,
                        Permission.SAMPLING_HANDLE, c.due(), false,
                        "不合格样品核查处置将届满：" + f.productName() + "（" + f.subjectName() + "）",
                        "抽样编号 " + f.sampleNumber() + " 的核查处置应于" + c.due() + "前完成。依据：" + c.source(),
                        "/sampling/follow-ups/" + f.id()));
            }
        }
        return out;
    }
}
