package org.shuangda.inspections.draw;

import java.util.ArrayList;
import java.util.List;
import org.shuangda.shared.Actor;
import org.shuangda.shared.Permission;
import org.shuangda.shared.TodoItem;
import org.shuangda.shared.TodoProvider;
import org.springframework.stereotype.Component;

/**
 * The home page's to-dos: a drawn inspector's targets without a result, and the results in scope still to
 * publish with their 20-working-day due date (overdue marked).
 */
@Component
class ResultTodos implements TodoProvider {

    private final Results results;

    ResultTodos(Results results) {
        this.results = results;
    }

    @Override
    public List<TodoItem> todosFor(Actor actor) {
        if (actor.isSystem() || !actor.can(Permission.INSPECTION_HANDLE)) {
            return List.of();
        }
        List<TodoItem> out = new ArrayList<>();
        for (Results.Assignment a : results.assignments(actor)) {
            if (a.resultId() == null) {
                out.add(new TodoItem("录入检查结果：" + a.entityName(), a.taskTitle(),
                        "/inspections/results/new?drawId=" + a.drawId() + "&entityId=" + a.entityId(), null, false,
                        "待检查"));
            }
        }
        var today = results.today();
        for (InspectionResult r : results.list(actor, true)) {
            out.add(new TodoItem("公示检查结果：" + r.entityName(), r.taskTitle(), "/inspections/results",
                    r.publishDue(), r.overdue(today), r.overdue(today) ? "逾期未公示" : "待公示"));
        }
        return out;
    }
}
