package org.shuangda.home;

import java.util.Comparator;
import java.util.List;
import org.shuangda.identity.ScopeDescriptions;
import org.shuangda.shared.Actor;
import org.shuangda.shared.TodoItem;
import org.shuangda.shared.HomePanel;
import org.shuangda.shared.TodoProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: who I am, what I may see, what I must do. */
@Controller
class HomeController {

    private final List<TodoProvider> todoProviders;
    private final ScopeDescriptions scopes;
    private final List<HomePanel> panels;

    HomeController(List<TodoProvider> todoProviders, ScopeDescriptions scopes, List<HomePanel> panels) {
        this.todoProviders = todoProviders;
        this.panels = panels;
        this.scopes = scopes;
    }

    @GetMapping("/")
    String home(Actor me, Model model) {
        List<TodoItem> todos = todoProviders.stream().flatMap(p -> p.todosFor(me).stream())
                .sorted(Comparator.comparing(TodoItem::overdue).reversed()
                        .thenComparing(TodoItem::due, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        model.addAttribute("todos", todos);
        model.addAttribute("assignments", scopes.describe(me));
        model.addAttribute("panels", panels.stream().flatMap(p -> p.panelFor(me).stream())
                .sorted(Comparator.comparingInt(HomePanel.Panel::order)).toList());
        return "home";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
