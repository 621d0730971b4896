/**
 * Organisation: GB/T 2260 regions (dated, so retired codes keep their history), member units in a
 * materialised-path tree, and the regions' leading groups. Depends only on the shared kernel.
 *
 * <p>What other modules may use:
 * <ul>
 * <li>{@link org.shuangda.organization.UnitDirectory}: the published query for units (one by id, the children
 * or the subtree of a unit, the units of a region, units by name) as {@link org.shuangda.organization.UnitRef};
 * {@link org.shuangda.organization.Regions}: the published query for regions. Neither takes an actor: they
 * are the directory, and the caller applies its own actor's scope.</li>
 * <li>{@link org.shuangda.organization.Units} and {@link org.shuangda.organization.LeadingGroups}: the scoped
 * services behind the admin screens; other modules use them for pickers (the units or groups the actor may
 * choose), with the actor as the first parameter.</li>
 * <li>For SQL: the views {@code pub_unit} (id, name, short_name, type, region_code, parent_id, path, active,
 * region_name, region_path, region_level, tree_order), {@code pub_region} (code, name, level, parent_code,
 * path, valid_from, valid_to) and {@code pub_leading_group} (id, name, region_code, office_unit_id), created
 * by migrations V54 and V85. Another module's SQL joins these views, never the tables {@code unit},
 * {@code region}, {@code leading_group} or {@code leading_group_member}: the tables may change, the views keep
 * their columns. Order units by tree with {@code order by region_path, tree_order}.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation", allowedDependencies = "shared")
package org.shuangda.organization;
