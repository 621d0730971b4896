package org.shuangda.entities;

import java.time.OffsetDateTime;

/**
 * A market entity as shown to people and other modules. The legal representative's ID number is only ever
 * present masked ({@code 140426********1234}).
 */
public record MarketEntity(long id, String name, String uscc, boolean usccOverride, String overrideReason,
        String overrideBy, OffsetDateTime overrideAt, EntityType entityType, String address, String regionCode,
        String regionName, String legalRepresentative, String legalRepIdNumberMasked, String contactPerson,
        String contactPhone, OffsetDateTime createdAt, OffsetDateTime updatedAt, int version,
        java.time.LocalDate establishedOn, Industry industry) {

    /**
     * A warning, never a refusal: the code passes its own check but the organisation code inside it
     * (characters 9–17) fails its GB 11714 check. Not asked when the override was used (that code already
     * failed its check and was confirmed by a person). Shown on the entity's page and in the API.
     */
    @com.fasterxml.jackson.annotation.JsonProperty("organizationCodeWarning")
    public boolean organizationCodeWarning() {
        return uscc != null && !usccOverride && Uscc.isValid(uscc) && !Uscc.organizationCodeValid(uscc);
    }

    /** The phone as lists show it: {@code 138****5678}. */
    public String contactPhoneMasked() {
        return maskPhone(contactPhone);
    }

    /** The same entity as a list shows it (phone masked). */
    public MarketEntity forList() {
        return new MarketEntity(id, name, uscc, usccOverride, overrideReason, overrideBy, overrideAt, entityType,
                address, regionCode, regionName, legalRepresentative, legalRepIdNumberMasked, contactPerson,
                maskPhone(contactPhone), createdAt, updatedAt, version, establishedOn, industry);
    }

    static String maskPhone(String phone) {
        if (phone == null || phone.length() < 7) {
            return phone == null ? null : "*".repeat(phone.length());
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }
}
