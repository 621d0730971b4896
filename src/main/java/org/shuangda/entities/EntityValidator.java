package org.shuangda.entities;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.InvalidInput.FieldProblem;

/**
 * Checks one draft field by field and collects every problem (a form shows them all at once). Uniqueness of
 * the USCC needs the database and is checked by the callers. Reasons are message codes in
 * {@code messages/entities*.properties}.
 */
final class EntityValidator {

    static final int NAME_MAX = 200;
    private static final int TEXT_MAX = 300;
    private static final int PERSON_MAX = 50;
    private static final Pattern PHONE = Pattern.compile("[0-9+\\-() ]{5,30}");

    private final RegionLookup regions;
    private final LocalDate today;

    /** {@code today}: the day a birth date in an ID number may not lie after. */
    EntityValidator(RegionLookup regions, LocalDate today) {
        this.regions = regions;
        this.today = today;
    }

    /** The outcome: {@code values} is present only when {@code problems} is empty. */
    record Outcome(Optional<EntityValues> values, List<FieldProblem> problems) {
    }

    Outcome validate(EntityDraft d, DataScope scope) {
        Problems p = new Problems();
        String name = required(p, "name", d.name(), NAME_MAX);
        String uscc = usccOf(p, d);
        boolean override = uscc != null && d.overrideRequested() && !Uscc.isValid(uscc);
        String reason = override ? optional(p, "overrideReason", d.overrideReason(), TEXT_MAX) : null;
        EntityType type = null;
        if (blank(d.entityType())) {
            p.add("entityType", "error.required");
        } else {
            type = EntityType.parse(d.entityType()).orElse(null);
            if (type == null) {
                p.add("entityType", "entity.error.entityType.unknown", d.entityType().strip());
            }
        }
        String address = optional(p, "address", d.address(), TEXT_MAX);
        RegionInfo region = regionOf(p, blank(d.regionCode()) ? regionFromUscc(uscc) : d.regionCode(), scope);
        String legalRep = optional(p, "legalRepresentative", d.legalRepresentative(), PERSON_MAX);
        String idNumber = idNumberOf(p, d.legalRepIdNumber());
        String contact = optional(p, "contactPerson", d.contactPerson(), PERSON_MAX);
        String phone = optional(p, "contactPhone", d.contactPhone(), 30);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            p.add("contactPhone", "entity.error.phone.format");
        }
        LocalDate established = establishedOf(p, d.establishedOn());
        Industry industry = null;
        if (!blank(d.industry())) {
            industry = Industry.parse(d.industry()).orElse(null);
            if (industry == null) {
                p.add("industry", "entity.error.industry.unknown", d.industry().strip());
            }
        }
        if (!p.list.isEmpty()) {
            return new Outcome(Optional.empty(), List.copyOf(p.list));
        }
        return new Outcome(Optional.of(new EntityValues(name, uscc, override, reason, type, address, region, legalRep,
                idNumber, contact, phone, established, industry)), List.of());
    }

    private static String usccOf(Problems p, EntityDraft d) {
        if (blank(d.uscc())) {
            return null;
        }
        Uscc.Check check = Uscc.check(d.uscc());
        if (check.problem() == null) {
            return check.normalized();
        }
        switch (check.problem()) {
            case LENGTH -> p.add("uscc", "entity.error.uscc.length", check.normalized().length());
            case ALPHABET -> p.add("uscc", "entity.error.uscc.alphabet", check.position(),
                    String.valueOf(check.normalized().charAt(check.position() - 1)));
            case CHECK_CHAR -> {
                // a legacy code (issued before 2016) may fail its check: accepted only on purpose, with a reason
                if (!d.overrideRequested()) {
                    p.add("uscc", "entity.error.uscc.check", String.valueOf(check.expectedCheckChar()));
                } else if (blank(d.overrideReason())) {
                    p.add("overrideReason", "entity.error.overrideReason.required");
                }
            }
        }
        return check.normalized();
    }

    /**
     * The region a USCC names (positions 3–8, the registering authority's GB/T 2260 code) when it is a known
     * region that takes entities, else null (the person must then give the region): issue 13, no retyping.
     */
    String regionFromUscc(String uscc) {
        if (uscc == null || uscc.length() != 18) {
            return null;
        }
        String code = uscc.substring(2, 8);
        return code.matches("\\d{6}") && regions.find(code).filter(RegionInfo::acceptsEntities).isPresent() ? code
                : null;
    }

    private RegionInfo regionOf(Problems p, String raw, DataScope scope) {
        if (blank(raw)) {
            p.add("regionCode", "error.required");
            return null;
        }
        String code = raw.strip();
        Optional<RegionInfo> found = code.matches("\\d{6}") ? regions.find(code) : Optional.empty();
        if (found.isEmpty()) {
            p.add("regionCode", "entity.error.region.unknown", code);
            return null;
        }
        RegionInfo region = found.get();
        if (!region.acceptsEntities()) {
            p.add("regionCode", "entity.error.region.level", code, region.name());
        } else if (!region.current()) {
            p.add("regionCode", "entity.error.region.retired", code, region.name());
        } else if (!scope.coversArea(region.path())) {
            p.add("regionCode", "entity.error.region.outOfScope", code, region.name());
        } else {
            return region;
        }
        return null;
    }

    /** 成立日期: a day from 1949-01-01 (the earliest day the platform takes) to today, {@code yyyy-MM-dd}. */
    private LocalDate establishedOf(Problems p, String raw) {
        if (blank(raw)) {
            return null;
        }
        String text = raw.strip();
        LocalDate day;
        try {
            day = LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            p.add("establishedOn", "entity.error.establishedOn.format", text);
            return null;
        }
        if (day.isBefore(ESTABLISHED_FIRST) || day.isAfter(today)) {
            p.add("establishedOn", "entity.error.establishedOn.range", text, ESTABLISHED_FIRST.toString(),
                    today.toString());
            return null;
        }
        return day;
    }

    private static final LocalDate ESTABLISHED_FIRST = LocalDate.of(1949, 1, 1);

    private String idNumberOf(Problems p, String raw) {
        if (blank(raw)) {
            return null;
        }
        ResidentIdNumber.Check check = ResidentIdNumber.check(raw, today);
        if (check.valid()) {
            return check.normalized();
        }
        switch (check.problem()) {
            case LENGTH -> p.add("legalRepIdNumber", "entity.error.idNumber.length", check.normalized().length());
            case FORMAT -> p.add("legalRepIdNumber", "entity.error.idNumber.format");
            case REGION -> p.add("legalRepIdNumber", "entity.error.idNumber.region",
                    check.normalized().substring(0, 6));
            case BIRTH_DATE -> p.add("legalRepIdNumber", "entity.error.idNumber.birthDate");
            case CHECK_CHAR -> p.add("legalRepIdNumber", "entity.error.idNumber.check",
                    String.valueOf(check.expectedCheckChar()));
        }
        return null;
    }

    private static String required(Problems p, String field, String raw, int max) {
        if (blank(raw)) {
            p.add(field, "error.required");
            return null;
        }
        return optional(p, field, raw, max);
    }

    private static String optional(Problems p, String field, String raw, int max) {
        if (blank(raw)) {
            return null;
        }
        String value = raw.strip();
        if (value.codePointCount(0, value.length()) > max) {
            p.add(field, "error.tooLong", max);
        }
        return value;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static final class Problems {
        private final java.util.ArrayList<FieldProblem> list = new java.util.ArrayList<>();

        void add(String field, String code, Object... args) {
            list.add(new FieldProblem(field, code, args));
        }
    }
}
