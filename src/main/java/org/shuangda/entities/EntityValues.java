package org.shuangda.entities;

/** A draft that passed validation: trimmed, codes normalised, blanks as null, the region resolved. */
record EntityValues(String name, String uscc, boolean usccOverride, String overrideReason, EntityType entityType,
        String address, RegionInfo region, String legalRepresentative, String legalRepIdNumber,
        String contactPerson, String contactPhone, java.time.LocalDate establishedOn, Industry industry) {
}
