package org.shuangda.shared;

import java.util.Optional;

/**
 * A module's panel on a market entity's page (the credit lists' state of the entity): a Thymeleaf fragment
 * {@code template :: fragment(data)} and what it shows. Like {@link HomePanel}: the module checks the reader's
 * permissions and scope and offers nothing the reader may not see.
 */
public interface EntityPanel {

    /**
     * @param template the template holding the fragment, e.g. {@code credit/listings/entity-panel}
     * @param fragment the fragment's name; it takes one parameter, {@code data}
     * @param order    lower shows first
     */
    record Panel(String template, String fragment, Object data, int order) {
    }

    /** The panel for the entity {@code entityId} (already visible to the reader), or empty. */
    Optional<Panel> panelFor(Actor actor, long entityId);
}
