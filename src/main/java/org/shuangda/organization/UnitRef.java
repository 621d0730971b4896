package org.shuangda.organization;

/**
 * What other modules may know of a unit: enough to show it and to place it in a data scope.
 *
 * @param path       unit tree path, e.g. {@code /1/7/}
 * @param regionPath region path of the unit's region, e.g. {@code /140000/140400/140426/}
 */
public record UnitRef(long id, String name, String shortName, UnitType type, String regionCode,
        String regionName, String path, String regionPath) {
}
