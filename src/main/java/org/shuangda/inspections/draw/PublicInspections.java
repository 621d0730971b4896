package org.shuangda.inspections.draw;

import java.util.List;
import java.util.Optional;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.SqlPredicate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What everyone may see without signing in (一公开): plans, tasks, each task's current draw with its targets (names
 * masked where they are a person's) and the number of redraws, and a verification that recomputes a draw from
 * its published inputs. Risk grades are not shown on these pages; they travel only inside the verifier's inputs.
 */
@Service
public class PublicInspections {

    private final PlanStore plans;
    private final InspectionTaskStore tasks;
    private final DrawStore draws;
    private final Draws drawService;

    PublicInspections(PlanStore plans, InspectionTaskStore tasks, DrawStore draws, Draws drawService) {
        this.plans = plans;
        this.tasks = tasks;
        this.draws = draws;
        this.drawService = drawService;
    }

    public record PublicTarget(long entityId, String name, int inspectors) {
    }

    public record PublicDraw(long id, long taskId, int seq, int redraws, String poolHash, String entropy,
            String entropySource, String seed, String resultHash, java.time.Instant drawnAt, List<PublicTarget> targets) {
    }

    public record PublicTask(Task task, Optional<PublicDraw> draw, TargetPage page) {
    }

    @Transactional(readOnly = true)
    public List<Plan> plans() {
        return plans.list(SqlPredicate.TRUE, null);
    }

    @Transactional(readOnly = true)
    public List<Task> tasks() {
        return tasks.list(SqlPredicate.TRUE, null);
    }

    /** The task with one page of its current draw's targets ({@link TargetPage#SIZE} each, 1-based). */
    @Transactional(readOnly = true)
    public PublicTask task(long id, int page) {
        Task task = tasks.find(SqlPredicate.TRUE, id).orElseThrow(() -> new NotFoundProblem("inspection_task", id));
        List<Draw> all = draws.ofTask(id, false);
        if (all.isEmpty()) {
            return new PublicTask(task, Optional.empty(), TargetPage.of(1, 0));
        }
        long latest = all.get(all.size() - 1).id();
        TargetPage p = TargetPage.of(page, draws.targetCount(latest));
        return new PublicTask(task, Optional.of(publicDraw(draws.findSlice(latest, p.offset(), TargetPage.SIZE)
                .orElseThrow(), all.size())), p);
    }

    /** The draw as published, with what recomputing it from its inputs gave. */
    public record Verification(PublicDraw draw, Task task, int poolSize, boolean poolHashMatches, boolean seedMatches,
            String recomputedResultHash, boolean resultMatches) {

        public boolean reproduced() {
            return poolHashMatches && seedMatches && resultMatches;
        }
    }

    @Transactional(readOnly = true)
    public Verification verify(long drawId) {
        Draw draw = draws.header(drawId).orElseThrow(() -> new NotFoundProblem("inspection_draw", drawId));
        Task task = drawService.tasksVisible(draw.taskId());
        int count = draws.ofTask(draw.taskId(), false).size();
        DrawInputs in = drawService.inputs(drawId);
        String poolHash = DrawMath.poolHash(in.poolIds(), in.poolGrades());
        String seed = DrawMath.seed(poolHash, in.taskId(), in.entropy());
        DrawMath.Outcome outcome = DrawMath.draw(poolHash, in.taskId(), in.entropy(), in.poolIds(), in.poolGrades(),
                in.ratios(), in.inspectors(), in.exclusions(), in.inspectorsPerTarget());
        return new Verification(publicDraw(draw, count), task, in.poolIds().length, poolHash.equals(draw.poolHash()),
                seed.equals(draw.seed()), outcome.resultHash(), outcome.resultHash().equals(draw.resultHash()));
    }

    /** The verifier's inputs.json of a draw. */
    @Transactional(readOnly = true)
    public String inputsJson(long drawId) {
        return drawService.inputs(drawId).toJson();
    }

    private static PublicDraw publicDraw(Draw d, int drawsOfTask) {
        List<PublicTarget> targets = d.targets().stream()
                .map(t -> new PublicTarget(t.entityId(), PublicMask.entity(t.entityName(), t.entityType()),
                        t.inspectors().size()))
                .toList();
        return new PublicDraw(d.id(), d.taskId(), d.seq(), Math.max(0, drawsOfTask - 1), d.poolHash(), d.entropy(),
                d.entropySource(), d.seed(), d.resultHash(), d.drawnAt(), targets);
    }
}
