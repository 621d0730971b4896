package org.shuangda.demo;

import org.shuangda.shared.Actor;

/** One module's part of the demo data, run in {@link #order()} inside the loader's single transaction. */
public interface DemoDataStep {

    /** Lower runs first: organisation 100, identity 200, entities 300, later modules 400+. */
    int order();

    /** Loads this module's part through its services, acting as {@code system} (audited as the demo data). */
    void load(Actor system);
}
