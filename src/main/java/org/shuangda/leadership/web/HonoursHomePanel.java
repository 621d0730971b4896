package org.shuangda.leadership.web;

import java.util.Optional;
import org.shuangda.leadership.Commendations;
import org.shuangda.shared.Actor;
import org.shuangda.shared.HomePanel;
import org.springframework.stereotype.Component;

/** 我的荣誉 on a commended person's home page: his approved commendations of issued rounds (his record). */
@Component
class HonoursHomePanel implements HomePanel {

    private final Commendations commendations;

    HonoursHomePanel(Commendations commendations) {
        this.commendations = commendations;
    }

    @Override
    public Optional<Panel> panelFor(Actor actor) {
        var honours = commendations.honoursOfPerson(actor);
        return honours.isEmpty() ? Optional.empty()
                : Optional.of(new Panel("leadership/honours-panel", "home", honours, 50));
    }
}
