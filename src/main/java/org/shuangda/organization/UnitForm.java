package org.shuangda.organization;

/**
 * What a person types to create or change a unit. Kept as strings/boxed values so a half-filled form can be
 * re-shown with its errors.
 */
public record UnitForm(String name, String shortName, UnitType type, String regionCode, Long parentId,
        String contact, String phone, String address) {

    public static UnitForm empty() {
        return new UnitForm("", "", null, "", null, "", "", "");
    }

    public static UnitForm of(Unit unit) {
        return new UnitForm(unit.name(), unit.shortName(), unit.type(), unit.regionCode(), unit.parentId(),
                unit.contact(), unit.phone(), unit.address());
    }
}
