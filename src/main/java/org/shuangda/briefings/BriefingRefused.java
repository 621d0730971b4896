package org.shuangda.briefings;

import org.shuangda.shared.InvalidInput;

/** A step the document's state does not allow (editing or issuing an issued document): 422 on {@code status}. */
public class BriefingRefused extends InvalidInput {

    public BriefingRefused(String reason) {
        super("status", reason);
    }
}
