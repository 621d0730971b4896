package org.shuangda.inspections.draw;

/** What an inspector is trained to check (专业领域); labels {@code inspection.specialty.X}. */
public enum Specialty {
    FOOD,
    PRODUCT_QUALITY,
    SPECIAL_EQUIPMENT,
    TRADEMARK_IP,
    PRICE,
    ADVERTISING,
    METROLOGY,
    ONLINE_TRADE,
    DRUGS_DEVICES,
    AGRICULTURAL_INPUTS
}
