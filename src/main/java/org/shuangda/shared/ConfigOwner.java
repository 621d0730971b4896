package org.shuangda.shared;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;

/**
 * Who owns one configurable item (a threshold, a document template, a report template, a routing rule, later
 * the rulebook of statutory periods and assessment schemes): a region, as its path
 * {@code /140000/140400/140426/}, or nobody's region: the national default ({@code regionPath == null}).
 * Stored beside the item as {@code owner_region_path} (null: national). See {@link Configurable} for who may
 * edit or add one.
 *
 * @param regionPath the owning region's path, ending in {@code /}; null for the national level
 */
public record ConfigOwner(String regionPath) {

    public static final ConfigOwner NATIONAL = new ConfigOwner(null);

    public ConfigOwner {
        if (regionPath != null && (regionPath.isBlank() || regionPath.equals("/") || regionPath.equals("/000000/"))) {
            regionPath = null;
        }
        if (regionPath != null && !regionPath.matches("(/\\d{6})+/")) {
            throw new IllegalArgumentException("not a region path: " + regionPath);
        }
    }

    /** The owner of a row whose {@code owner_region_path} column holds {@code regionPath} (null: national). */
    public static ConfigOwner of(String regionPath) {
        return regionPath == null ? NATIONAL : new ConfigOwner(regionPath);
    }

    public boolean national() {
        return regionPath == null;
    }

    public ConfigLevel level() {
        return ConfigLevel.ofPath(regionPath);
    }

    /** The owning region's GB/T 2260 code ({@code 140426}), null for national. */
    public String regionCode() {
        if (regionPath == null) {
            return null;
        }
        String trimmed = regionPath.substring(0, regionPath.length() - 1);
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    /**
     * Whether the item applies in the region at {@code regionPath}: a national item everywhere, a region's item
     * in that region and the regions below it.
     */
    public boolean appliesTo(String regionPath) {
        return this.regionPath == null || (regionPath != null && regionPath.startsWith(this.regionPath));
    }

    /**
     * Of the {@code items} that apply in the region at {@code regionPath}, the most specific one (the county's own,
     * else the city's, the province's, the national one): how every read of a configurable item resolves.
     */
    public static <T> Optional<T> mostSpecific(Collection<T> items, Function<T, ConfigOwner> owner, String regionPath) {
        return items.stream().filter(i -> owner.apply(i).appliesTo(regionPath))
                .max(Comparator.comparingInt(i -> owner.apply(i).level().ordinal()));
    }
}
