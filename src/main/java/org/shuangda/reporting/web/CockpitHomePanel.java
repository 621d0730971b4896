package org.shuangda.reporting.web;

import java.util.Optional;
import org.shuangda.reporting.rollups.Cockpits;
import org.shuangda.reporting.rounds.ReportingAccess;
import org.shuangda.shared.Actor;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.HomePanel;
import org.shuangda.shared.Permission;
import org.springframework.stereotype.Component;

/**
 * The cockpit on the home page of a read-only leader ({@code REPORT_VIEW}) and of an upper office (its roll-up
 * scope reaches a whole city or more); a county office's home keeps its review to-dos.
 */
@Component
class CockpitHomePanel implements HomePanel {

    private final Cockpits cockpits;

    CockpitHomePanel(Cockpits cockpits) {
        this.cockpits = cockpits;
    }

    @Override
    public Optional<Panel> panelFor(Actor actor) {
        if (!Cockpits.offeredTo(actor) || !(actor.can(Permission.REPORT_VIEW) || upperLevel(actor))) {
            return Optional.empty();
        }
        return Optional.of(new Panel("reporting/cockpit-panel", "home", cockpits.overview(actor, 3), 10));
    }

    /** A scope over everything, or over a region two levels deep or less (/140000/ a province, /140000/140400/ a city). */
    static boolean upperLevel(Actor actor) {
        DataScope scope = ReportingAccess.rollupScope(actor);
        return scope.all() || scope.areaPatterns().stream()
                .anyMatch(p -> p.endsWith("/%") && p.chars().filter(c -> c == '/').count() <= 3);
    }
}
