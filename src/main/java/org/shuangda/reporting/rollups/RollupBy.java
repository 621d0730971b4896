package org.shuangda.reporting.rollups;

import java.util.Locale;
import org.shuangda.shared.InvalidInput;

/** How a roll-up's lines are cut: child regions (the default), unit types, or every unit below the region. */
public enum RollupBy {
    REGION, UNIT_TYPE, UNIT;

    /** {@code region}, {@code unitType} or {@code unit}; null means region; anything else is a 422 on {@code by}. */
    public static RollupBy parse(String text) {
        if (text == null || text.isBlank()) {
            return REGION;
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "region" -> REGION;
            case "unittype", "unit_type" -> UNIT_TYPE;
            case "unit" -> UNIT;
            default -> throw new InvalidInput("by", "reporting.rollup.by");
        };
    }

    public String param() {
        return switch (this) {
            case REGION -> "region";
            case UNIT_TYPE -> "unitType";
            case UNIT -> "unit";
        };
    }
}
