package org.shuangda.shared;

import java.util.Optional;

/**
 * A module's panel on the home page above the to-dos (reporting's read-only cockpit for upper offices and
 * leaders): a Thymeleaf fragment {@code template :: fragment(data)} and what it shows.
 */
public interface HomePanel {

    /**
     * @param template the template holding the fragment, e.g. {@code reporting/cockpit-panel}
     * @param fragment the fragment's name; it takes one parameter, {@code data}
     * @param order    lower shows first
     */
    record Panel(String template, String fragment, Object data, int order) {
    }

    /** The actor's panel, or empty when the module has none for him. */
    Optional<Panel> panelFor(Actor actor);
}
