package org.shuangda.organization;

/** Kinds of member units (成员单位); labels in {@code messages/organization*.properties} as {@code unitType.NAME}. */
public enum UnitType {
    GOVERNMENT_OFFICE,
    COMMERCE,
    MARKET_SUPERVISION,
    QUALITY_SUPERVISION,
    PUBLIC_SECURITY,
    AGRICULTURE,
    FORESTRY,
    CULTURE_COPYRIGHT,
    INTELLECTUAL_PROPERTY,
    SCIENCE_TECHNOLOGY,
    DRUG_ADMINISTRATION,
    HEALTH,
    CUSTOMS,
    TAXATION,
    PRICE,
    FINANCE,
    DEVELOPMENT_REFORM,
    INDUSTRY_INFORMATION,
    PUBLICITY,
    PROCURATORATE,
    COURT,
    JUSTICE,
    SUPERVISION,
    OTHER
}
