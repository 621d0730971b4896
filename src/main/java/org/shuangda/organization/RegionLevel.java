package org.shuangda.organization;

/** Levels of the administrative divisions. */
public enum RegionLevel {
    PROVINCE,
    CITY,
    COUNTY,
    TOWN
}
