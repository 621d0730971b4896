package org.shuangda.entities;

/**
 * What a person submits to create or change a market entity (form, JSON or one spreadsheet row), before
 * validation. For an update, a null {@code legalRepIdNumber} (or the masked text shown to the user) keeps
 * the stored number, an empty one clears it: the full number is never sent back to the browser.
 *
 * @param usccOverride   accept a code whose check character is wrong (legacy codes issued before 2016)
 * @param overrideReason required with {@code usccOverride}
 * @param version        for an update: the version the user edited (optional; a stale one is refused)
 * @param establishedOn  成立日期, {@code yyyy-MM-dd} (optional): the entity's years in business for its credit-risk grade
 * @param industry       门类 of GB/T 4754-2017, a letter A–T (optional, {@link Industry})
 */
public record EntityDraft(String name, String uscc, Boolean usccOverride, String overrideReason,
        String entityType, String address, String regionCode, String legalRepresentative,
        String legalRepIdNumber, String contactPerson, String contactPhone, Integer version, String establishedOn,
        String industry) {

    /** A draft without an industry (imports and callers that do not ask for it). */
    public EntityDraft(String name, String uscc, Boolean usccOverride, String overrideReason, String entityType,
            String address, String regionCode, String legalRepresentative, String legalRepIdNumber,
            String contactPerson, String contactPhone, Integer version, String establishedOn) {
        this(name, uscc, usccOverride, overrideReason, entityType, address, regionCode, legalRepresentative,
                legalRepIdNumber, contactPerson, contactPhone, version, establishedOn, null);
    }

    /** A draft without an establishment date (imports and callers that do not ask for it). */
    public EntityDraft(String name, String uscc, Boolean usccOverride, String overrideReason, String entityType,
            String address, String regionCode, String legalRepresentative, String legalRepIdNumber,
            String contactPerson, String contactPhone, Integer version) {
        this(name, uscc, usccOverride, overrideReason, entityType, address, regionCode, legalRepresentative,
                legalRepIdNumber, contactPerson, contactPhone, version, null);
    }

    public boolean overrideRequested() {
        return Boolean.TRUE.equals(usccOverride);
    }

    public static EntityDraft empty() {
        return new EntityDraft(null, null, false, null, EntityType.ENTERPRISE.name(), null, null, null, null, null,
                null, null);
    }
}
