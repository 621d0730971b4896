package org.shuangda.entities;

import java.util.LinkedHashMap;
import java.util.Map;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditableChange;

/** What the audit trail records of an entity: every field, personal numbers masked. */
final class EntityAudit {

    static final String TYPE = "entity";

    private EntityAudit() {
    }

    static Map<String, Object> fields(EntityValues v) {
        return withEstablished(fields(v.name(), v.uscc(), v.usccOverride(), v.overrideReason(), v.entityType(),
                v.address(), v.region().code(), v.legalRepresentative(), ResidentIdNumber.mask(v.legalRepIdNumber()),
                v.contactPerson(), v.contactPhone()), v.establishedOn(), v.industry());
    }

    /** 成立日期 and 行业 only when known (entries of entities without them keep the fields they always had). */
    private static Map<String, Object> withEstablished(Map<String, Object> fields, java.time.LocalDate day,
            Industry industry) {
        if (day != null) {
            fields.put("establishedOn", day.toString());
        }
        if (industry != null) {
            fields.put("industry", industry.name());
        }
        return fields;
    }

    static Map<String, Object> fields(MarketEntity e) {
        return withEstablished(fields(e.name(), e.uscc(), e.usccOverride(), e.overrideReason(), e.entityType(),
                e.address(), e.regionCode(), e.legalRepresentative(), e.legalRepIdNumberMasked(), e.contactPerson(),
                e.contactPhone()), e.establishedOn(), e.industry());
    }

    /** The summary says when a code failing its check was accepted on purpose, so a reviewer sees it at once. */
    static String summary(String name, boolean usccOverride, String uscc) {
        return usccOverride ? name + " [统一社会信用代码 " + uscc + " 校验位不符，人工确认 / USCC check overridden]" : name;
    }

    static AuditableChange created(Actor actor, long id, EntityValues v) {
        return AuditableChange.created(actor, TYPE, id, summary(v.name(), v.usccOverride(), v.uscc()), fields(v));
    }

    private static Map<String, Object> fields(String name, String uscc, boolean override, String reason,
            EntityType type, String address, String regionCode, String legalRep, String idMasked, String contact,
            String phone) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("uscc", uscc);
        m.put("usccOverride", override);
        m.put("overrideReason", reason);
        m.put("entityType", type.name());
        m.put("address", address);
        m.put("regionCode", regionCode);
        m.put("legalRepresentative", legalRep);
        m.put("legalRepIdNumber", idMasked);
        m.put("contactPerson", contact);
        m.put("contactPhone", MarketEntity.maskPhone(phone));
        return m;
    }
}
