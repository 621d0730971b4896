package org.shuangda.cases.publication;

import org.shuangda.shared.LifecycleAction;
import org.shuangda.shared.Permission;

/**
 * The office's steps on a publication record, declared once: publish a pending record; correct or withdraw a
 * published one. {@link PenaltyPublication}'s guarded methods consult {@link #possibleIn}; the office page
 * shows a step's form only when {@link PenaltyPublication#allows} it.
 */
public enum PublicationAction implements LifecycleAction<PublicationStatus> {
    PUBLISH,
    CORRECT,
    WITHDRAW;

    @Override
    public boolean possibleIn(PublicationStatus status) {
        return switch (this) {
            case PUBLISH -> status == PublicationStatus.PENDING;
            case CORRECT, WITHDRAW -> status == PublicationStatus.PUBLISHED;
        };
    }

    @Override
    public Permission permission() {
        return Permission.PENALTY_PUBLISH;
    }

    /** Why the step is refused in another state (422 on the field {@code status}). */
    String refusal() {
        return this == PUBLISH ? "publication.refused.notPending" : "publication.refused.notPublished";
    }
}
