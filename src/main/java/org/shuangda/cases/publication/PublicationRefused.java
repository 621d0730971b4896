package org.shuangda.cases.publication;

import org.shuangda.shared.InvalidInput;

/** A publication step the record's state does not allow: 422 with the field {@code status}. */
public class PublicationRefused extends InvalidInput {

    public PublicationRefused(String reason) {
        super("status", reason);
    }
}
