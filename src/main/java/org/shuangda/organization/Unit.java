package org.shuangda.organization;

import java.util.LinkedHashMap;
import java.util.Map;

/** A member unit as shown and edited; {@code depth} is its level in the unit tree (0 = top). */
public record Unit(long id, String name, String shortName, UnitType type, String regionCode, String regionName,
        Long parentId, String parentName, String path, String contact, String phone, String address,
        boolean active, int version) {

    public int depth() {
        return (int) path.chars().filter(c -> c == '/').count() - 2;
    }

    /** The audited fields (no personal data beyond office contacts). */
    Map<String, Object> auditFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("short_name", shortName);
        fields.put("type", type);
        fields.put("region_code", regionCode);
        fields.put("parent_id", parentId);
        fields.put("contact", contact);
        fields.put("phone", phone);
        fields.put("address", address);
        fields.put("active", active);
        return fields;
    }
}
