package org.shuangda.identity;

import java.util.List;
import java.util.Locale;
import org.shuangda.shared.Actor;
import org.shuangda.shared.TodoItem;
import org.shuangda.shared.TodoProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * For the security administrator: "N 个账户的密码已被重置，待确认" — accounts in his scope whose rights stay
 * suspended until he confirms the reset with the holder ({@link Users#confirmReset}); his own and those he reset
 * himself are not counted (he may not confirm them).
 */
@Component
class ResetTodos implements TodoProvider {

    private final Users users;
    private final MessageSource messages;

    ResetTodos(Users users, MessageSource messages) {
        this.users = users;
        this.messages = messages;
    }

    @Override
    public List<TodoItem> todosFor(Actor actor) {
        long count = users.resetsToConfirm(actor);
        if (count == 0) {
            return List.of();
        }
        Locale locale = LocaleContextHolder.getLocale();
        return List.of(new TodoItem(messages.getMessage("users.reset.todo", new Object[] {count}, locale),
                messages.getMessage("users.reset.todo.detail", null, locale), "/admin/users?suspended=true", null,
                false));
    }
}
