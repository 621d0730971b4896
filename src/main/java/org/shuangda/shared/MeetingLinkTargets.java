package org.shuangda.shared;

import java.util.List;
import java.util.Optional;

/**
 * Records of a module that must not be depended on by leadership (which it depends on itself) that a meeting's
 * agenda item may link to: the assessment module's published results. Each answer is as the actor may open it:
 * a record he may not open is neither offered nor resolved.
 */
public interface MeetingLinkTargets {

    /** One record: its id, the label a person reads, and the page it opens. */
    record Target(long id, String label, String href) {
    }

    /** The agenda link kind these records are ({@code ASSESSMENT}). */
    String kind();

    /** What the picker offers the actor (at most a few dozen, newest first). */
    List<Target> offered(Actor actor);

    /** One record as the actor may open it, or empty. */
    Optional<Target> find(Actor actor, long id);
}
