package org.shuangda.cases.transfer;

import java.util.Map;
import org.shuangda.shared.Actor;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.Permission;

/**
 * Who may see which transfers: the agency side by its case scope (CASE_VIEW on the handling unit), the police by
 * TRANSFER_RECEIVE on the unit the transfer is addressed to, the prosecutor by TRANSFER_OVERSEE on the handling
 * unit. Bound as SQL parameters, never concatenated.
 */
record TransferReach(DataScope cases, DataScope police, DataScope oversee) {

    static TransferReach of(Actor actor) {
        return new TransferReach(scope(actor, Permission.CASE_VIEW), scope(actor, Permission.TRANSFER_RECEIVE),
                scope(actor, Permission.TRANSFER_OVERSEE));
    }

    boolean isEmpty() {
        return cases.isEmpty() && police.isEmpty() && oversee.isEmpty();
    }

    /** The predicate over {@code c} (enforcement_case) and {@code pu}/{@code pr} (police unit and its region). */
    static final String PREDICATE = """
            ((:caseAll or c.unit_path like any(:caseUnits) or c.region_path like any(:caseRegions))
             or (:policeAll or pu.path like any(:policeUnits) or pr.path like any(:policeRegions))
             or (:overseeAll or c.unit_path like any(:overseeUnits) or c.region_path like any(:overseeRegions)))
            """;

    Map<String, Object> params() {
        return Map.of("caseAll", cases.all(), "caseUnits", cases.unitPatternArray(),
                "caseRegions", cases.regionPatternArray(), "policeAll", police.all(),
                "policeUnits", police.unitPatternArray(), "policeRegions", police.regionPatternArray(),
                "overseeAll", oversee.all(), "overseeUnits", oversee.unitPatternArray(),
                "overseeRegions", oversee.regionPatternArray());
    }

    private static DataScope scope(Actor actor, Permission permission) {
        return actor.can(permission) ? actor.scopeFor(permission) : DataScope.none();
    }
}
