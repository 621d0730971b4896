package org.shuangda.cases.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuangda.cases.CaseParty;
import org.shuangda.cases.CaseView;
import org.shuangda.cases.HandlingOfficer;
import org.shuangda.cases.SeizedGoods;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The case form's values: what was typed (shown again with the errors) or, for a correction, the case as
 * stored. Parties and goods are rows of parallel fields (see {@link CaseFormReader}); the form always has a
 * spare empty row of each. A person's ID number is never put back into the form: its field stays empty and
 * shows the masked number, and leaving it empty keeps the stored one.
 */
final class CaseFormRows {

    static final int MIN_GOODS_ROWS = 3;

    private CaseFormRows() {
    }

    /** The stored case as form values, for the correction form. */
    static MultiValueMap<String, String> of(CaseView c) {
        MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
        values.add("title", c.title());
        values.add("category", c.category() == null ? "" : c.category().name());
        values.add("productCategory", c.productCategory());
        values.add("facts", c.facts());
        values.add("caseValue", plain(c.caseValueEntered())); // the typed figure; the goods' part is worked out
        values.add("illegalGains", plain(c.illegalGains()));
        values.add("illegalBusinessAmount", plain(c.illegalBusinessAmount()));
        values.add("version", String.valueOf(c.version()));
        for (CaseParty p : c.parties()) {
            values.add("partyKind", p.kind().name());
            values.add("entityId", p.entityId() == null ? "" : String.valueOf(p.entityId()));
            values.add("entityQuery", p.kind() == CaseParty.PartyKind.ENTITY ? p.name() : "");
            values.add("personName", p.kind() == CaseParty.PartyKind.PERSON ? p.name() : "");
            values.add("personIdNumber", "");
            values.add("personAddress", p.kind() == CaseParty.PartyKind.PERSON ? p.address() : "");
        }
        for (SeizedGoods g : c.goods()) {
            values.add("goodsName", g.name());
            values.add("goodsQuantity", plain(g.quantity()));
            values.add("goodsUnit", g.unitLabel());
            values.add("goodsValue", plain(g.value()));
        }
        for (HandlingOfficer o : c.officers()) {
            values.add("officerIds", String.valueOf(o.userId()));
        }
        return values;
    }

    /** Party rows (at least one, plus a spare one when some are filled), each a map of its fields. */
    static List<Map<String, String>> parties(MultiValueMap<String, String> values, List<CaseParty> stored) {
        List<Map<String, String>> rows = new ArrayList<>();
        List<String> kinds = values.getOrDefault("partyKind", List.of());
        for (int i = 0; i < kinds.size(); i++) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("kind", kinds.get(i));
            row.put("entityId", at(values, "entityId", i));
            row.put("entityQuery", at(values, "entityQuery", i));
            row.put("personName", at(values, "personName", i));
            row.put("personAddress", at(values, "personAddress", i));
            boolean storedPerson = i < stored.size() && stored.get(i).kind() == CaseParty.PartyKind.PERSON;
            row.put("idMasked", storedPerson ? stored.get(i).idNumberMasked() : "");
            rows.add(row);
        }
        rows.add(Map.of("kind", "ENTITY", "entityId", "", "entityQuery", "", "personName", "", "personAddress", "",
                "idMasked", ""));
        return rows;
    }

    /** Goods rows: those entered, then empty ones up to three and at least one spare. */
    static List<Map<String, String>> goods(MultiValueMap<String, String> values) {
        List<Map<String, String>> rows = new ArrayList<>();
        List<String> names = values.getOrDefault("goodsName", List.of());
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i) == null || names.get(i).isBlank()) {
                continue;
            }
            rows.add(Map.of("name", names.get(i), "quantity", at(values, "goodsQuantity", i),
                    "unit", at(values, "goodsUnit", i), "value", at(values, "goodsValue", i)));
        }
        do {
            rows.add(Map.of("name", "", "quantity", "", "unit", "", "value", ""));
        } while (rows.size() < MIN_GOODS_ROWS);
        return rows;
    }

    private static String at(MultiValueMap<String, String> values, String name, int i) {
        List<String> list = values.getOrDefault(name, List.of());
        String v = i < list.size() ? list.get(i) : null;
        return v == null ? "" : v;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
