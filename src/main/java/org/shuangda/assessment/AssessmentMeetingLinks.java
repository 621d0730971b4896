package org.shuangda.assessment;

import java.util.List;
import java.util.Optional;
import org.shuangda.shared.AccessDeniedProblem;
import org.shuangda.shared.Actor;
import org.shuangda.shared.MeetingLinkTargets;
import org.shuangda.shared.NotFoundProblem;
import org.springframework.stereotype.Component;

/**
 * A meeting's agenda item may discuss an assessment's results (通报考核情况, seed 003): the published rankings the
 * reader may open (the ranking page's own rule, {@link Rankings#ranking}), offered and resolved for leadership.
 */
@Component
class AssessmentMeetingLinks implements MeetingLinkTargets {

    private final Schemes schemes;
    private final Rankings rankings;

    AssessmentMeetingLinks(Schemes schemes, Rankings rankings) {
        this.schemes = schemes;
        this.rankings = rankings;
    }

    @Override
    public String kind() {
        return "ASSESSMENT";
    }

    @Override
    public List<Target> offered(Actor actor) {
        return schemes.list(actor).stream().filter(s -> s.status() == SchemeStatus.PUBLISHED).limit(30)
                .map(s -> new Target(s.id(), label(s), href(s.id()))).toList();
    }

    @Override
    public Optional<Target> find(Actor actor, long id) {
        try {
            Scheme s = rankings.ranking(actor, id).scheme();
            return Optional.of(new Target(s.id(), label(s), href(s.id())));
        } catch (NotFoundProblem | AccessDeniedProblem e) {
            return Optional.empty();
        }
    }

    private static String label(Scheme s) {
        return s.year() + "年 " + s.title() + " 考核结果";
    }

    private static String href(long id) {
        return "/assessment/schemes/" + id + "/ranking";
    }
}
