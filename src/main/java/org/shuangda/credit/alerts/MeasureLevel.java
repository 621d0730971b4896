package org.shuangda.credit.alerts;

/** Which level issued a measure (设定层级); labels {@code credit.alerts.level.NAME}. */
public enum MeasureLevel {
    NATIONAL, PROVINCIAL, CITY, COUNTY
}
