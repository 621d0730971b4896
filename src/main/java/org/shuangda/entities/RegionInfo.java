package org.shuangda.entities;

/**
 * What validation needs of a GB/T 2260 region (read from the organisation module's {@code region} table).
 *
 * @param current valid today (not retired, not yet to come)
 */
record RegionInfo(String code, String name, String level, String path, boolean current) {

    /** Entities register with a county-level (or city-level) authority, never a province or a town. */
    boolean acceptsEntities() {
        return "COUNTY".equals(level) || "CITY".equals(level);
    }
}
