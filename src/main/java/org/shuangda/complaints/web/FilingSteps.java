package org.shuangda.complaints.web;

import org.shuangda.complaints.FilingAction;
import org.shuangda.complaints.FilingHandling;
import org.shuangda.complaints.FilingRouting;
import org.shuangda.complaints.Outcome;
import org.shuangda.complaints.RefusalGround;
import org.shuangda.complaints.VerificationPauseReason;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.springframework.stereotype.Component;

/** Takes a staff step on a filing for the page and the API alike: the one dispatch on {@link FilingAction}. */
@Component
class FilingSteps {

    private final FilingHandling handling;
    private final FilingRouting routing;

    FilingSteps(FilingHandling handling, FilingRouting routing) {
        this.handling = handling;
        this.routing = routing;
    }

    /** The filing after the step ({@code FilingView}), or for a split the new tip's receipt. */
    Object take(Actor me, long id, FilingAction action, FilingStep in) {
        return switch (action) {
            case ACCEPT -> handling.accept(me, id);
            case REFER -> handling.referToCases(me, id);
            case REFUSE -> handling.refuse(me, id, code(RefusalGround.class, in.ground(), "ground"), in.explanation());
            case ANSWER -> handling.answer(me, id, in.text());
            case CLOSE -> handling.close(me, id, code(Outcome.class, in.outcome(), "outcome"), in.resultText());
            case EXTEND -> handling.extendVerification(me, id, in.text());
            case PAUSE -> handling.pauseVerification(me, id, code(VerificationPauseReason.class, in.ground(), "ground"),
                    in.explanation());
            case RESUME -> handling.resumeVerification(me, id);
            case NOTIFY -> handling.markNotified(me, id);
            case REROUTE -> routing.reroute(me, id, required(in.unitId(), "unitId"), in.reason());
            case SPLIT -> routing.split(me, id, in.text());
            case MERGE -> routing.merge(me, id, required(in.primaryId(), "primaryId"));
        };
    }

    private static <E extends Enum<E>> E code(Class<E> type, String value, String field) {
        return value == null || value.isBlank() ? null : FilingApi.parse(type, value, field);
    }

    private static long required(Long value, String field) {
        if (value == null) {
            throw new InvalidInput(field, "error.required");
        }
        return value;
    }
}
