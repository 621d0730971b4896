package org.shuangda.sampling;

import java.util.List;
import org.shuangda.shared.MultiLine;

/** A laboratory as entered: name, its unit (whose users are the lab's people), accreditation, kinds, scope, published. */
public record LabForm(String name, Long unitId, String accreditation, List<String> kinds, @MultiLine String labScope,
        Boolean published, Boolean active, Integer version) {
}
