package org.shuangda.home;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.shuangda.identity.ScopeDescriptions;
import org.shuangda.shared.Actor;
import org.shuangda.shared.HomeSection;
import org.shuangda.shared.HomeSectionProvider;
import org.shuangda.shared.TodoItem;
import org.shuangda.shared.HomePanel;
import org.shuangda.shared.TodoProvider;
import org.shuangda.shared.WorkbenchLink;
import org.shuangda.shared.WorkbenchLinkProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page, a workbench for each role: counts and overdue first, then one-click entries to what the role
 * acts on (each module's {@link WorkbenchLinkProvider}: the reporter's rounds, the officer's clues and cases,
 * the agent's filings, the police's transfers, the prosecutor's oversight, the office's review queue), then the
 * to-dos ({@link TodoProvider}) overdue first and soonest due next; blocks of other modules (the cockpit, the
 * messages: {@link HomeSectionProvider}) in their slots.
 */
@Controller
class HomeController {

    private static final int DUE_SOON_DAYS = 7;

    private final List<TodoProvider> todoProviders;
    private final List<WorkbenchLinkProvider> linkProviders;
    private final List<HomeSectionProvider> sectionProviders;
    private final ScopeDescriptions scopes;
    private final Clock clock;
    private final List<HomePanel> panels;

    HomeController(List<TodoProvider> todoProviders, List<WorkbenchLinkProvider> linkProviders,
            List<HomeSectionProvider> sectionProviders, ScopeDescriptions scopes, Clock clock, List<HomePanel> panels) {
        this.panels = panels;
        this.todoProviders = todoProviders;
        this.linkProviders = linkProviders;
        this.sectionProviders = sectionProviders;
        this.scopes = scopes;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(Actor me, Model model) {
        List<TodoItem> todos = todoProviders.stream().flatMap(p -> p.todosFor(me).stream())
                .sorted(Comparator.comparing(TodoItem::overdue).reversed()
                        .thenComparing(TodoItem::due, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(TodoItem::title))
                .toList();
        LocalDate soon = LocalDate.now(clock).plusDays(DUE_SOON_DAYS);
        model.addAttribute("todos", todos);
        model.addAttribute("overdueCount", todos.stream().filter(TodoItem::overdue).count());
        model.addAttribute("dueSoonCount", todos.stream()
                .filter(t -> !t.overdue() && t.due() != null && !t.due().isAfter(soon)).count());
        model.addAttribute("links", linkProviders.stream().flatMap(p -> p.linksFor(me).stream())
                .sorted(Comparator.comparingInt(WorkbenchLink::order).thenComparing(WorkbenchLink::key)).toList());
        List<HomeSection> sections = sectionProviders.stream().flatMap(p -> p.sectionsFor(me).stream())
                .sorted(Comparator.comparingInt(HomeSection::order)).toList();
        model.addAttribute("topSections", sections.stream().filter(s -> HomeSection.TOP.equals(s.slot())).toList());
        model.addAttribute("sideSections", sections.stream().filter(s -> HomeSection.SIDE.equals(s.slot())).toList());
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
