package org.shuangda.entities;

import java.util.List;

/**
 * One row of an import preview as a person sees it. The ID number is masked unless it is itself wrong
 * (then it is no valid number of anyone, and the uploader needs to see the typo to fix it).
 *
 * @param rowNo the row number in the uploaded sheet (the header is row 1)
 */
public record ImportRow(int rowNo, String name, String uscc, boolean usccOverride, String overrideReason,
        String entityType, String address, String regionCode, String legalRepresentative, String legalRepIdNumber,
        String contactPerson, String contactPhone, String establishedOn, List<ImportProblem> problems) {

    public boolean valid() {
        return problems.isEmpty();
    }

    /** The problems of one field, for showing them next to its input. */
    public List<ImportProblem> problemsOf(String field) {
        return problems.stream().filter(p -> p.field().equals(field)).toList();
    }

    /** The cell of a draft field by its name, for rendering the inline form generically. */
    public String value(String field) {
        return switch (field) {
            case "name" -> name;
            case "uscc" -> uscc;
            case "entityType" -> entityType;
            case "address" -> address;
            case "regionCode" -> regionCode;
            case "legalRepresentative" -> legalRepresentative;
            case "legalRepIdNumber" -> legalRepIdNumber;
            case "contactPerson" -> contactPerson;
            case "contactPhone" -> contactPhone;
            case "establishedOn" -> establishedOn;
            case "overrideReason" -> overrideReason;
            default -> throw new IllegalArgumentException("no such field: " + field);
        };
    }

    /** The entity type's code when the cell holds a known type, else null (then the raw text is shown). */
    public String entityTypeCode() {
        return EntityType.parse(entityType).map(Enum::name).orElse(null);
    }

    public boolean hasProblem(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }
}
