package org.shuangda.cases.publication;

/**
 * A publication record as the office reads it: the aggregate and the place of its deciding unit (tree path and
 * region path, from organization's {@code pub_unit}).
 */
public record PublicationView(PenaltyPublication publication, String unitPath, String regionPath) {

    public long id() {
        return publication.id();
    }
}
