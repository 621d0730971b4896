package org.shuangda.assessment;

import java.util.Set;
import org.shuangda.shared.LifecycleAction;
import org.shuangda.shared.Permission;

/** The office's steps on a scheme, each possible in the states it names; {@link Scheme#require} consults them. */
public enum SchemeAction implements LifecycleAction<SchemeStatus> {
    /** Change anything: only a draft; a scheme in use never changes (clone it). */
    EDIT(Set.of(SchemeStatus.DRAFT)),
    /** 启用: the runs of every assessed unit open with the self-assessment; the scheme is frozen. */
    START(Set.of(SchemeStatus.DRAFT)),
    /** Compute the data items of every run not yet released, from the platform's records. */
    COMPUTE(Set.of(SchemeStatus.IN_USE)),
    /** Publish the final scores and grades once every run is final. */
    PUBLISH_RESULTS(Set.of(SchemeStatus.IN_USE)),
    /** Copy into a new draft (the next edition, or next year's scheme). */
    CLONE(Set.of(SchemeStatus.DRAFT, SchemeStatus.IN_USE, SchemeStatus.PUBLISHED));

    private final Set<SchemeStatus> from;

    SchemeAction(Set<SchemeStatus> from) {
        this.from = from;
    }

    @Override
    public boolean possibleIn(SchemeStatus status) {
        return from.contains(status);
    }

    @Override
    public Permission permission() {
        return Permission.ASSESSMENT_MANAGE;
    }
}
