package org.shuangda.shared;

import java.util.List;

/**
 * A module that puts one-click entries on the home workbench (officer: clues and cases with clocks; agent:
 * filings; police: transfers; prosecutor: oversight; office: the review queue). Like {@link TodoProvider}: the
 * module checks the actor's permissions and offers only links the actor may open.
 */
public interface WorkbenchLinkProvider {

    List<WorkbenchLink> linksFor(Actor actor);
}
