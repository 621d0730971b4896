package org.shuangda.inspections.markets;

/** How often a key market must be inspected (messages {@code markets.frequency.NAME}). */
public enum InspectionFrequency {
    WEEKLY, MONTHLY, QUARTERLY, HALF_YEARLY, YEARLY
}
