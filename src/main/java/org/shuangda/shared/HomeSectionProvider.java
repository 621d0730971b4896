package org.shuangda.shared;

import java.util.List;

/**
 * A module that adds a block to the home page for some actors (the cockpit for the leader and the upper levels,
 * a message list): it checks the actor's permissions and returns nothing for others.
 */
public interface HomeSectionProvider {

    List<HomeSection> sectionsFor(Actor actor);
}
