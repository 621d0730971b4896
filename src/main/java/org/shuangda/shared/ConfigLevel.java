package org.shuangda.shared;

/**
 * The level of government that owns a piece of configuration: 国家 (national, no region), 省, 市, 县 (and 乡镇,
 * which owns nothing today). The order is from the widest to the narrowest; see {@link Configurable}.
 */
public enum ConfigLevel {
    NATIONAL("国家"),
    PROVINCE("省级"),
    CITY("市级"),
    COUNTY("县级"),
    TOWN("乡镇");

    private final String label;

    ConfigLevel(String label) {
        this.label = label;
    }

    /** The Chinese name used in refusals ("县级不能…"). */
    public String label() {
        return label;
    }

    /** Whether this level is {@code other} or a wider one. */
    public boolean atOrAbove(ConfigLevel other) {
        return ordinal() <= other.ordinal();
    }

    /** The level of a region path {@code /140000/140400/140426/} by its depth; null or blank is national. */
    static ConfigLevel ofPath(String regionPath) {
        if (regionPath == null || regionPath.isBlank()) {
            return NATIONAL;
        }
        int depth = (int) regionPath.chars().filter(c -> c == '/').count() - 1;
        return values()[Math.min(Math.max(depth, 1), TOWN.ordinal())];
    }
}
