package org.shuangda.sampling;

import java.time.Instant;

/** A sample with the names a page shows beside it: its plan, its unit, the first lab and the re-test lab. */
public record SampleView(Sample sample, String planTitle, String unitName, String labName, String retestLabName) {

    /** One step taken on the sample (the page's history). */
    public record Step(String action, String note, String byName, Instant at) {
    }

    public long id() {
        return sample.id();
    }
}
