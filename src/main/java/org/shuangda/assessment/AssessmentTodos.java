package org.shuangda.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.shuangda.assessment.supervision.FindingAction;
import org.shuangda.assessment.supervision.Visit;
import org.shuangda.assessment.supervision.Visits;
import org.shuangda.shared.Actor;
import org.shuangda.shared.Permission;
import org.shuangda.shared.TodoItem;
import org.shuangda.shared.TodoProvider;
import org.springframework.stereotype.Component;

/**
 * The home page's to-dos of the schemes in use and the 督查 findings, each the step the reader may take now: the
 * assessed unit's self-assessment (by the scheme's date) and its draft to confirm or appeal (by the window's last day);
 * a reviewer's 初评 and 复评; the office's appeals to decide and runs to finalise; the visited unit's findings to
 * rectify (overdue marked) and the office's reported findings to close.
 */
@Component
class AssessmentTodos implements TodoProvider {

    private final Schemes schemes;
    private final Runs runs;
    private final Visits visits;

    AssessmentTodos(Schemes schemes, Runs runs, Visits visits) {
        this.schemes = schemes;
        this.runs = runs;
        this.visits = visits;
    }

    @Override
    public List<TodoItem> todosFor(Actor actor) {
        if (actor.isSystem() || !(actor.can(Permission.ASSESSMENT_SUBMIT) || actor.can(Permission.ASSESSMENT_REVIEW)
                || actor.can(Permission.ASSESSMENT_MANAGE))) {
            return List.of();
        }
        LocalDate today = runs.today();
        List<TodoItem> out = new ArrayList<>();
        for (Scheme s : schemes.list(actor)) {
            if (s.status() != SchemeStatus.IN_USE) {
                continue;
            }
            for (RunView v : runs.list(actor, s.id())) {
                Run r = v.run();
                String href = "/assessment/runs/" + r.id();
                if (v.actions().contains(RunAction.SUBMIT)) {
                    add(out, "完成考核自评：" + s.title(), r.targetName(), href, s.steps().selfTo(), today, "自评中");
                }
                if (v.actions().contains(RunAction.SCORE_FIRST)) {
                    add(out, "考核初评：" + r.targetName(), s.title(), href, s.steps().firstTo(), today, "待初评");
                }
                if (v.actions().contains(RunAction.SCORE_SECOND)) {
                    add(out, "考核复评：" + r.targetName(), s.title(), href, s.steps().secondTo(), today, "待复评");
                }
                if (v.actions().contains(RunAction.ACCEPT_DRAFT)) {
                    add(out, "确认考核初步结果或申诉：" + s.title(), r.targetName(), href, r.appealDue(), today, "申诉期");
                }
                if (v.actions().contains(RunAction.DECIDE_APPEAL)) {
                    out.add(new TodoItem("裁定考核申诉：" + r.targetName(), s.title(), href, null, false, "待裁定"));
                }
                if (v.actions().contains(RunAction.FINALISE)) {
                    out.add(new TodoItem("考核定分：" + r.targetName(), s.title(), href, null, false, "可定分"));
                }
            }
        }
        for (Visit v : visits.list(actor)) {
            for (Visit.Finding f : v.findings()) {
                List<FindingAction> actions = visits.actionsFor(actor, v, f);
                String href = "/supervision/visits/" + v.id();
                if (actions.contains(FindingAction.REPORT)) {
                    add(out, "督查整改：" + f.text(), v.title(), href, f.dueOn(), today, "待整改");
                }
                if (actions.contains(FindingAction.CLOSE)) {
                    out.add(new TodoItem("审核督查整改情况：" + v.unitName(), f.text(), href, f.dueOn(), false, "待销号"));
                }
            }
        }
        return out;
    }

    private static void add(List<TodoItem> out, String title, String detail, String href, LocalDate due,
            LocalDate today, String state) {
        boolean overdue = due != null && today.isAfter(due);
        out.add(new TodoItem(title, detail, href, due, overdue, overdue ? "逾期" : state));
    }
}
