package org.shuangda.inspections.draw;

import java.util.List;
import org.shuangda.shared.Actor;
import org.shuangda.shared.TodoItem;
import org.shuangda.shared.TodoProvider;
import org.springframework.stereotype.Component;

/**
 * The upper level's to-do for a redraw request waiting for its approval (重新抽取待审批): without it a county's
 * request sat unseen until someone at the city happened to open the task.
 */
@Component
class RedrawTodos implements TodoProvider {

    private final Draws draws;

    RedrawTodos(Draws draws) {
        this.draws = draws;
    }

    @Override
    public List<TodoItem> todosFor(Actor actor) {
        return draws.redrawsToApprove(actor).stream()
                .map(p -> new TodoItem("审批重新抽取：" + p.taskTitle(), "申请人 " + p.requestedBy() + "：" + p.reason(),
                        "/inspections/tasks/" + p.taskId(), null, false, "待审批"))
                .toList();
    }
}
