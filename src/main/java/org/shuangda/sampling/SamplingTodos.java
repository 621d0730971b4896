package org.shuangda.sampling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.shuangda.shared.Actor;
import org.shuangda.shared.Permission;
import org.shuangda.shared.SqlPredicate;
import org.shuangda.shared.TodoItem;
import org.shuangda.shared.TodoProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The home page's to-dos of sampling, each with the due day of its clock (overdue marked): for the bureau the samples
 * of its own unit waiting for its step (send, serve the notice, decide a re-test, draw the lab) and the follow-ups
 * given to its unit (another county's failed sample included), and its backups whose keeping ends within
 * {@value Backups#ALARM_DAYS} days (the disposal alarm); for a laboratory the samples and backups sent to it
 * (receive, report). The same clocks make the overdue list ({@link Samples#overdue}).
 */
@Component
class SamplingTodos implements TodoProvider {

    static final int MAX = 200;

    private final SampleStore store;
    private final SampleAccess access;
    private final Laboratories labs;
    private final FollowUps followUps;
    private final SamplingClocks clocks;
    private final BackupStore backups;

    SamplingTodos(SampleStore store, SampleAccess access, Laboratories labs, FollowUps followUps,
            SamplingClocks clocks, BackupStore backups) {
        this.backups = backups;
        this.store = store;
        this.access = access;
        this.labs = labs;
        this.followUps = followUps;
        this.clocks = clocks;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TodoItem> todosFor(Actor actor) {
        if (actor.isSystem()) {
            return List.of();
        }
        List<TodoItem> out = new ArrayList<>();
        LocalDate today = clocks.today();
        if (actor.can(Permission.SAMPLING_HANDLE)) {
            SqlPredicate own = new SqlPredicate("s.unit_id = :own", java.util.Map.of("own", actor.unitId()));
            for (SampleView v : store.open(own, MAX)) {
                duty(v.sample(), false).ifPresent(c -> out.add(item(v, c, today)));
            }
            for (FollowUp f : followUps.openForUnit(actor)) {
                ClockView c = followUps.clock(f);
                out.add(new TodoItem("不合格样品核查处置：" + f.productName() + "（" + f.subjectName() + "）",
                        f.sampleNumber(), "/sampling/follow-ups/" + f.id(), c.due(), c.overdue(),
                        c.overdue() ? "逾期" : "待核查处置"));
            }
            for (Backup b : backups.inStore(own, true, today.plusDays(Backups.ALARM_DAYS), MAX)) {
                boolean over = today.isAfter(b.keepUntil());
                out.add(new TodoItem("复检备份样品" + (over ? "保存期满，请处置：" : "即将期满：") + b.productName(),
                        b.sampleNumber() + " · " + b.location(), "/sampling/backups", b.keepUntil(), false,
                        over ? "可处置" : "即将期满"));
            }
        }
        Optional<Laboratory> lab = labs.ofActor(actor);
        if (lab.isPresent()) {
            for (SampleView v : store.open(SampleAccess.ofLab(actor.scopeFor(Permission.SAMPLING_LAB)), MAX)) {
                duty(v.sample(), true).filter(c -> labOf(v.sample()) == lab.get().id())
                        .ifPresent(c -> out.add(item(v, c, today)));
            }
        }
        out.sort(Comparator.comparing(TodoItem::due, Comparator.nullsLast(Comparator.naturalOrder())));
        return out;
    }

    /** The open duty clock of the sample for the bureau's side or the lab's, if its next step is theirs. */
    private Optional<ClockView> duty(Sample s, boolean lab) {
        boolean labsTurn = switch (s.state()) {
            case SENT, RECEIVED, RETEST_DRAWN, RETEST_RECEIVED -> true;
            default -> false;
        };
        if (labsTurn != lab) {
            return Optional.empty();
        }
        List<ClockView> open = clocks.of(s).stream().filter(c -> c.open() && !c.window()).toList();
        if (open.isEmpty()) {
            // the step has no period in the kind's rules (e.g. sending a product-quality sample): no due day
            return switch (s.state()) {
                case SAMPLED, FAILED, RETEST_REQUESTED, RETEST_ACCEPTED, SENT, RECEIVED, RETEST_DRAWN,
                        RETEST_RECEIVED -> Optional.of(new ClockView(null, null, null, null, null, false, false, null,
                        null));
                default -> Optional.empty();
            };
        }
        return Optional.of(open.get(open.size() - 1));
    }

    private static long labOf(Sample s) {
        return s.state() == SampleState.RETEST_DRAWN || s.state() == SampleState.RETEST_RECEIVED
                ? s.retest().labId() : s.labId();
    }

    private static TodoItem item(SampleView v, ClockView c, LocalDate today) {
        Sample s = v.sample();
        String what = switch (s.state()) {
            case SAMPLED -> "送样";
            case SENT -> "接收样品";
            case RECEIVED -> "出具检验报告";
            case FAILED -> "送达不合格检验结论";
            case RETEST_REQUESTED -> "受理复检申请";
            case RETEST_ACCEPTED -> "随机确定复检机构";
            case RETEST_DRAWN -> "接收复检备份样品";
            case RETEST_RECEIVED -> "出具复检结论";
            default -> "办理";
        };
        return new TodoItem(what + "：" + s.product().name() + "（" + s.site().entityName() + "）", s.number(),
                "/sampling/samples/" + s.id(), c.due(), c.due() != null && today.isAfter(c.due()),
                c.due() != null && today.isAfter(c.due()) ? "逾期" : "待办");
    }
}
