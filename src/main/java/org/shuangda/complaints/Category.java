package org.shuangda.complaints;

/** The matter's category, which together with the region picks the unit; labels {@code filing.category.NAME}. */
public enum Category {
    TRADEMARK,
    PATENT,
    COPYRIGHT,
    COUNTERFEIT,
    FOOD,
    DRUG,
    AGRICULTURE,
    PRICE,
    QUALITY,
    OTHER;

    public static Category parse(String value) {
        return Codes.parse(Category.class, value, "category");
    }
}
