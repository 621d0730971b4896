package org.shuangda.sampling;

import java.math.BigDecimal;
import java.util.List;
import org.shuangda.shared.MultiLine;

/**
 * A sampling plan as entered ({@code unitId} left out: the actor's unit). Categories are lines of name, batches,
 * items (separated by 、 , ; or new lines) and standards.
 */
public record PlanForm(Integer year, String title, String kind, Long unitId, List<String> stages, Integer population,
        BigDecimal targetPerThousand, Integer samplersPerSample, @MultiLine String note, List<CategoryForm> categories,
        List<Long> labIds, Integer version) {

    public record CategoryForm(String name, Integer batches, List<String> items, @MultiLine String standards) {
    }
}
