package org.shuangda.cases;

import java.util.Arrays;
import java.util.List;

/**
 * The documents of a 查封扣押 (行政强制法 第二十四条、第二十八条), generated from its record ({@link SeizureDocuments}):
 * the decision and its 清单 from the moment the seizure is recorded, the release decision only once it is released.
 * Labels: {@code seizure.document.NAME}.
 */
public enum SeizureDocument {
    /** 查封（扣押）决定书. */
    DECISION,
    /** 查封（扣押）财物清单. */
    LIST,
    /** 解除查封（扣押）决定书. */
    RELEASE;

    /** Whether the document can exist for the record: no release decision before the release. */
    public boolean offeredFor(SeizureRecord r) {
        return r != null && (this != RELEASE || r.released());
    }

    /** The documents {@link #offeredFor} the record, in this order (none without a record). */
    public static List<SeizureDocument> offered(SeizureRecord r) {
        return Arrays.stream(values()).filter(d -> d.offeredFor(r)).toList();
    }

    /** The document's title for the measure: 扣押决定书, 查封财物清单, 解除查封决定书. */
    public String title(SeizureMeasure measure) {
        String m = measure == SeizureMeasure.SEAL ? "查封" : "扣押";
        return switch (this) {
            case DECISION -> m + "决定书";
            case LIST -> m + "财物清单";
            case RELEASE -> "解除" + m + "决定书";
        };
    }
}
