package org.shuangda.shared.events;

import java.time.LocalDate;
import java.util.List;
import org.jmolecules.event.annotation.DomainEvent;

/**
 * A sample's result became final (抽检, issue 17): a pass at once, a failure once no re-test can change it (the window
 * closed, the re-test refused or confirming it), or a re-test that overturned it. Published by sampling; credit
 * records it as a fact of the sampled business and of the labelled producer where they are in the directory
 * (SAMPLE_FAILED or SAMPLE_PASSED), idempotent on the sample. In shared.events because sampling depends on
 * inspections, which depends on credit.
 *
 * @param sampleId      the sample's id in sampling (the fact's source reference)
 * @param entityId      the sampled business in the entities directory, or null
 * @param entityUscc    its USCC, or null
 * @param producerUscc  the labelled producer's USCC, or null
 * @param failedItems   the failed test items (empty for a pass)
 * @param unitId        the unit that sampled
 * @param regionPath    the sampling unit's region
 */
@DomainEvent
public record SampleResultFinal(long sampleId, String sampleNumber, Long entityId, String entityUscc,
        String entityName, String producerUscc, String producerName, String productName, boolean passed,
        List<String> failedItems, LocalDate finalOn, long unitId, String regionPath) {

    public SampleResultFinal {
        failedItems = failedItems == null ? List.of() : List.copyOf(failedItems);
    }
}
