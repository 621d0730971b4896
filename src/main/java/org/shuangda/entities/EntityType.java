package org.shuangda.entities;

import java.util.Arrays;
import java.util.Optional;

/**
 * Kinds of market entities. Labels live in {@code messages/entities*.properties} as {@code entityType.NAME};
 * {@link #chineseLabel()} is also what the import template's 主体类型 column accepts.
 */
public enum EntityType {
    ENTERPRISE("企业", "91"),
    INDIVIDUAL_BUSINESS("个体工商户", "92"),
    FARMERS_COOPERATIVE("农民专业合作社", "93"),
    OTHER_ORGANIZATION("其他组织", "Y1");

    private final String chineseLabel;
    private final String usccPrefix;

    EntityType(String chineseLabel, String usccPrefix) {
        this.chineseLabel = chineseLabel;
        this.usccPrefix = usccPrefix;
    }

    public String chineseLabel() {
        return chineseLabel;
    }

    /** Registering authority and type characters typical for this kind (91 = 工商·企业, Y1 = 其他·机构). */
    public String usccPrefix() {
        return usccPrefix;
    }

    /** Accepts the code ({@code ENTERPRISE}, any case) or the Chinese label (企业), as spreadsheets carry either. */
    public static Optional<EntityType> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        return Arrays.stream(values())
                .filter(type -> type.name().equalsIgnoreCase(t) || type.chineseLabel.equals(t)
                        || (type == INDIVIDUAL_BUSINESS && t.equals("个体户")))
                .findFirst();
    }
}
