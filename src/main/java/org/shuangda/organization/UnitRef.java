package org.shuangda.organization;

/**
 * What other modules may know of a unit: enough to show it and to place it in a data scope (the columns of
 * the {@code pub_unit} view).
 *
 * @param path       unit tree path, e.g. {@code /1/7/}
 * @param regionPath region path of the unit's region, e.g. {@code /140000/140400/140426/}
 * @param parentId   the unit above it in the tree, null at the top
 * @param active     false once deactivated (kept because records still name it)
 */
public record UnitRef(long id, String name, String shortName, UnitType type, String regionCode,
        String regionName, String path, String regionPath, Long parentId, boolean active) {
}
