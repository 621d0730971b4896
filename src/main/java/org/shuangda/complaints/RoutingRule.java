package org.shuangda.complaints;

/** One line of the routing table: a region's matters of a category (null: every category) go to a unit. */
public record RoutingRule(long id, String regionCode, String regionName, Category category, long unitId,
        String unitName, String note) {
}
