package org.shuangda.cases.transfer;

import org.shuangda.shared.Actor;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.Permission;
import org.shuangda.shared.SqlPredicate;

/**
 * Who may see which transfers: the agency side by its case scope (CASE_VIEW on the handling unit), the police by
 * TRANSFER_RECEIVE on the unit the transfer is addressed to, the prosecutor by TRANSFER_OVERSEE on the handling
 * unit.
 */
record TransferReach(DataScope cases, DataScope police, DataScope oversee) {

    static TransferReach of(Actor actor) {
        return new TransferReach(scope(actor, Permission.CASE_VIEW), scope(actor, Permission.TRANSFER_RECEIVE),
                scope(actor, Permission.TRANSFER_OVERSEE));
    }

    boolean isEmpty() {
        return cases.isEmpty() && police.isEmpty() && oversee.isEmpty();
    }

    /** The predicate over {@code c} (the case: unit_path, region_path) and {@code pu} (the police unit, pub_unit). */
    SqlPredicate predicate() {
        return SqlPredicate.anyOf(cases.unitOwned("c.unit_path", "c.region_path", "agency"),
                police.unitOwned("pu.path", "pu.region_path", "police"),
                oversee.unitOwned("c.unit_path", "c.region_path", "oversee"));
    }

    static DataScope scope(Actor actor, Permission permission) {
        return actor.can(permission) ? actor.scopeFor(permission) : DataScope.none();
    }
}
