package org.shuangda.credit.alerts;

import org.shuangda.shared.MaxLength;
import org.shuangda.shared.MultiLine;

/**
 * A measure as a form or a JSON body sends it (text as typed; checked by {@link Measures}). {@code version} is the
 * version the editor saw (required to change a measure, ignored when creating one).
 */
public record MeasureForm(String appliesTo, @MaxLength(100) String item, @MultiLine @MaxLength(2000) String content,
        @MaxLength(200) String target, @MultiLine @MaxLength(1000) String legalBasis, String level, Integer sortOrder,
        Boolean active, Integer version) {
}
