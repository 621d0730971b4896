package org.shuangda.credit.alerts;

import java.time.Instant;

/**
 * One joint punishment measure of the catalogue (惩戒措施清单).
 *
 * @param appliesTo  the list whose entities it binds
 * @param item       惩戒事项, e.g. "政府采购与工程招投标"
 * @param content    措施内容: what is done
 * @param target     惩戒对象: whom it binds
 * @param legalBasis 设定依据: the law, regulation or central policy it rests on
 * @param level      who issued it
 * @param sortOrder  its place in the list
 * @param active     inactive measures stay in the catalogue but no longer apply
 * @param ownerRegionPath who keeps it (null: national); it applies to listings by authorities of that region
 */
public record Measure(long id, CreditList appliesTo, String item, String content, String target, String legalBasis,
        MeasureLevel level, int sortOrder, boolean active, int version, Instant updatedAt, String ownerRegionPath) {

    public org.shuangda.shared.ConfigOwner owner() {
        return org.shuangda.shared.ConfigOwner.of(ownerRegionPath);
    }
}
