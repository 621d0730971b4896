package org.shuangda.cases.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.shuangda.cases.CaseCategory;
import org.shuangda.cases.CaseDraft;
import org.shuangda.cases.CaseDraft.PartyInput;
import org.shuangda.cases.CaseParty.PartyKind;
import org.shuangda.cases.PauseReason;
import org.shuangda.cases.PenaltyDecision;
import org.shuangda.cases.PenaltyKind;
import org.shuangda.cases.Procedure;
import org.shuangda.cases.SeizedGoods;
import org.shuangda.shared.InvalidInput;
import org.springframework.util.MultiValueMap;

/**
 * Reads the case form and the case page's step forms. A value that is not a number or a date is a problem on its
 * field (collected, thrown together), never a 500.
 */
final class CaseFormReader implements StepInput {

    private final MultiValueMap<String, String> form;
    private final InvalidInput.Collector problems = new InvalidInput.Collector();

    CaseFormReader(MultiValueMap<String, String> form) {
        this.form = form;
    }

    CaseDraft draft() {
        List<PartyInput> parties = parties();
        List<SeizedGoods> goods = new ArrayList<>();
        List<String> names = form.getOrDefault("goodsName", List.of());
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i) == null || names.get(i).isBlank()) {
                continue;
            }
            goods.add(new SeizedGoods(names.get(i), decimal("goodsQuantity", i), at("goodsUnit", i),
                    decimal("goodsValue", i)));
        }
        List<Long> officers = new ArrayList<>();
        for (String o : form.getOrDefault("officerIds", List.of())) {
            try {
                officers.add(Long.parseLong(o));
            } catch (NumberFormatException e) {
                problems.add("officerIds", "case.invalid.officers", 2);
            }
        }
        CaseCategory category = enumOf("category", CaseCategory.class);
        LocalDate registeredOn = date("registeredOn"); // null when absent or not a date (then a problem)
        LocalDateTime registeredAt = registeredOn == null ? null : registeredOn.atTime(9, 0);
        CaseDraft draft = new CaseDraft(null, text("title"), category, text("productCategory"), text("facts"),
                decimal("caseValue"), decimal("illegalGains"), decimal("illegalBusinessAmount"), parties, goods,
                officers, registeredAt);
        problems.throwIfAny();
        return draft;
    }

    /**
     * One party per row of parallel fields ({@code partyKind}, {@code entityId}, {@code personName},
     * {@code personIdNumber}, {@code personAddress}); an empty row is no party.
     */
    private List<PartyInput> parties() {
        List<PartyInput> parties = new ArrayList<>();
        List<String> kinds = form.getOrDefault("partyKind", List.of());
        for (int i = 0; i < kinds.size(); i++) {
            if ("PERSON".equals(kinds.get(i))) {
                String name = blankToNull(at("personName", i));
                String idNumber = blankToNull(at("personIdNumber", i));
                String address = blankToNull(at("personAddress", i));
                if (name != null || idNumber != null || address != null) {
                    parties.add(new PartyInput(PartyKind.PERSON, null, name, idNumber, address));
                }
            } else {
                String entity = blankToNull(at("entityId", i));
                if (entity != null) {
                    parties.add(new PartyInput(PartyKind.ENTITY, entityId(entity), null, null, null));
                }
            }
        }
        return parties;
    }

    private Long entityId(String value) {
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            problems.add("parties", "case.invalid.partyEntity");
            return null;
        }
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }

    @Override
    public String reason() {
        return text("reason");
    }

    @Override
    public PauseReason pauseReason() {
        try {
            return text("pauseReason") == null ? null : PauseReason.valueOf(text("pauseReason"));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("pauseReason", "error.required");
        }
    }

    @Override
    public String note() {
        return text("note");
    }

    @Override
    public String approval() {
        return text("approval");
    }

    @Override
    public String collectiveDecision() {
        return text("collectiveDecision");
    }

    /** The page's 查封扣押 button starts it now. */
    @Override
    public LocalDateTime seizedAt() {
        return null;
    }

    @Override
    public int reportEvery() {
        try {
            return Integer.parseInt(text("everyWorkingDays"));
        } catch (NumberFormatException | NullPointerException e) {
            throw new InvalidInput("everyWorkingDays", "case.invalid.everyDays");
        }
    }

    @Override
    public String progress() {
        return text("text");
    }

    @Override
    public PenaltyDecision decision() {
        List<PenaltyKind> kinds = new ArrayList<>();
        for (String k : form.getOrDefault("kinds", List.of())) {
            try {
                kinds.add(PenaltyKind.valueOf(k));
            } catch (IllegalArgumentException e) {
                problems.add("penaltyKinds", "case.missing.penaltyKinds");
            }
        }
        Procedure procedure = enumOf("procedure", Procedure.class);
        org.shuangda.cases.SeriousListingProposal listing = form.containsKey("seriousListing")
                ? new org.shuangda.cases.SeriousListingProposal(text("seriousField"),
                        form.getOrDefault("seriousFactors", List.of()), text("seriousReasons"))
                : null;
        PenaltyDecision d = new PenaltyDecision(text("decisionNumber"), procedure == null ? Procedure.GENERAL : procedure,
                kinds, decimal("fineAmount"), text("legalBasis"), text("decisionFacts"), date("decidedOn"),
                form.containsKey("mitigated"), form.containsKey("aggravated"), listing);
        problems.throwIfAny();
        return d;
    }

    /** The seizure form: measure, place, decisionNumber, seizureDecidedOn, rows itemName/itemSpec/itemQuantity/… */
    @Override
    public org.shuangda.cases.SeizureRecord.Order seizureOrder() {
        List<org.shuangda.cases.SeizureItem> items = new ArrayList<>();
        List<String> names = form.getOrDefault("itemName", List.of());
        for (int i = 0; i < names.size(); i++) {
            String name = at("itemName", i);
            String qty = at("itemQuantity", i);
            String value = at("itemValue", i);
            if (blank(name) && blank(qty) && blank(value)) {
                continue;
            }
            items.add(new org.shuangda.cases.SeizureItem(name, at("itemSpec", i),
                    parseDecimal("items[" + items.size() + "].quantity", blank(qty) ? null : qty.strip()),
                    at("itemUnit", i), parseDecimal("items[" + items.size() + "].value", blank(value) ? null : value.strip())));
        }
        var order = new org.shuangda.cases.SeizureRecord.Order(enumOf("measure", org.shuangda.cases.SeizureMeasure.class),
                text("place"), text("decisionNumber"), date("seizureDecidedOn"), items);
        problems.throwIfAny();
        return order;
    }

    @Override
    public LocalDate releasedOn() {
        LocalDate d = date("releasedOn");
        problems.throwIfAny();
        return d;
    }

    @Override
    public org.shuangda.cases.SeizureDisposal disposal() {
        var d = enumOf("disposal", org.shuangda.cases.SeizureDisposal.class);
        problems.throwIfAny();
        return d;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    String text(String name) {
        String v = form.getFirst(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private String at(String name, int i) {
        List<String> values = form.getOrDefault(name, List.of());
        return i < values.size() ? values.get(i) : null;
    }

    private BigDecimal decimal(String name) {
        return parseDecimal(name, text(name));
    }

    private BigDecimal decimal(String name, int i) {
        String v = at(name, i);
        return parseDecimal("goods[" + i + "]", v == null || v.isBlank() ? null : v.strip());
    }

    private BigDecimal parseDecimal(String field, String v) {
        if (v == null) {
            return null;
        }
        try {
            return new BigDecimal(v.replace(",", "").replace("，", ""));
        } catch (NumberFormatException e) {
            problems.add(field, "case.invalid.amount");
            return null;
        }
    }

    private LocalDate date(String name) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (java.time.DateTimeException e) {
            problems.add(name, "case.invalid.date");
            return null;
        }
    }

    private <E extends Enum<E>> E enumOf(String name, Class<E> type) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            problems.add(name, "error.required");
            return null;
        }
    }
}
