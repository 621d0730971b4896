package org.shuangda.cases.transfer;

import org.shuangda.shared.Actor;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.Permission;
import org.shuangda.shared.SqlPredicate;

/**
 * Who may see which transfers: the agency side by its case scope (CASE_VIEW on the handling unit), the police by
 * TRANSFER_RECEIVE on the unit the transfer is addressed to once the package was sent to them
 * ({@link TransferStatus#packageSent}: a proposal, the head's approval or refusal are the agency's own business,
 * and the package files a police detail page shows are readable from then on), the prosecutor by
 * TRANSFER_OVERSEE on the handling unit. List and detail use this one predicate.
 */
record TransferReach(DataScope cases, DataScope police, DataScope oversee) {

    static TransferReach of(Actor actor) {
        return new TransferReach(scope(actor, Permission.CASE_VIEW), scope(actor, Permission.TRANSFER_RECEIVE),
                scope(actor, Permission.TRANSFER_OVERSEE));
    }

    /** The statuses {@link TransferStatus#packageSent} in SQL over {@code t} (the transfer). */
    private static final SqlPredicate PACKAGE_SENT = new SqlPredicate("t.status not in ('PROPOSED', 'APPROVED', 'DECLINED')",
            java.util.Map.of());

    boolean isEmpty() {
        return cases.isEmpty() && police.isEmpty() && oversee.isEmpty();
    }

    /** The predicate over {@code c} (the case: unit_path, region_path) and {@code pu} (the police unit, pub_unit). */
    SqlPredicate predicate() {
        return SqlPredicate.anyOf(cases.unitOwned("c.unit_path", "c.region_path", "agency"),
                SqlPredicate.allOf(police.unitOwned("pu.path", "pu.region_path", "police"), PACKAGE_SENT),
                oversee.unitOwned("c.unit_path", "c.region_path", "oversee"));
    }

    static DataScope scope(Actor actor, Permission permission) {
        return actor.can(permission) ? actor.scopeFor(permission) : DataScope.none();
    }
}
