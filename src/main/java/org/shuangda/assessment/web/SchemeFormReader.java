package org.shuangda.assessment.web;

import static org.shuangda.assessment.web.FormValues.at;
import static org.shuangda.assessment.web.FormValues.date;
import static org.shuangda.assessment.web.FormValues.decimal;
import static org.shuangda.assessment.web.FormValues.enumOf;
import static org.shuangda.assessment.web.FormValues.integer;
import static org.shuangda.assessment.web.FormValues.number;

import java.util.ArrayList;
import java.util.List;
import org.shuangda.assessment.ItemKind;
import org.shuangda.assessment.NoData;
import org.shuangda.assessment.Scheme;
import org.shuangda.assessment.SchemeForm;
import org.shuangda.assessment.SchemeForm.CategoryForm;
import org.shuangda.assessment.SchemeForm.ItemForm;
import org.shuangda.assessment.TargetKind;
import org.springframework.util.MultiValueMap;

/**
 * Reads the scheme form: categories ({@code catName}, {@code catParent}) and items ({@code itemCategory},
 * {@code itemCode}, {@code itemTitle}, {@code itemKind}, {@code itemMax}, {@code itemRule}, {@code itemEvidence},
 * {@code itemFormulaKey}, {@code itemFormula}, {@code itemNoData}) arrive as parallel lists; a row left blank is
 * dropped (a category row's position counts only among the rows kept, so the items' category numbers stay right
 * as long as blank rows come last, as the form puts them).
 */
final class SchemeFormReader {

    private SchemeFormReader() {
    }

    static SchemeForm read(MultiValueMap<String, String> p) {
        List<String> regions = new ArrayList<>();
        for (String v : p.getOrDefault("regionCodes", List.of())) {
            if (v != null && !v.isBlank()) {
                regions.add(v.strip());
            }
        }
        List<Long> units = new ArrayList<>();
        for (String v : p.getOrDefault("unitIds", List.of())) {
            Long id = number(v);
            if (id != null) {
                units.add(id);
            }
        }
        List<String> names = p.getOrDefault("catName", List.of());
        List<String> parents = p.getOrDefault("catParent", List.of());
        List<CategoryForm> categories = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = at(names, i);
            if (name != null && !name.isBlank()) {
                categories.add(new CategoryForm(name, integer(at(parents, i))));
            }
        }
        List<String> titles = p.getOrDefault("itemTitle", List.of());
        List<ItemForm> items = new ArrayList<>();
        for (int i = 0; i < titles.size(); i++) {
            String title = at(titles, i);
            String formula = at(p.getOrDefault("itemFormula", List.of()), i);
            if ((title == null || title.isBlank()) && (formula == null || formula.isBlank())) {
                continue;
            }
            items.add(new ItemForm(integer(at(p.getOrDefault("itemCategory", List.of()), i)),
                    at(p.getOrDefault("itemCode", List.of()), i), title,
                    enumOf(ItemKind.class, at(p.getOrDefault("itemKind", List.of()), i)),
                    decimal(at(p.getOrDefault("itemMax", List.of()), i)),
                    at(p.getOrDefault("itemRule", List.of()), i), at(p.getOrDefault("itemEvidence", List.of()), i),
                    at(p.getOrDefault("itemFormulaKey", List.of()), i), formula,
                    enumOf(NoData.class, at(p.getOrDefault("itemNoData", List.of()), i))));
        }
        Scheme.Steps steps = new Scheme.Steps(date(p.getFirst("selfFrom")), date(p.getFirst("selfTo")),
                date(p.getFirst("firstFrom")), date(p.getFirst("firstTo")), date(p.getFirst("secondFrom")),
                date(p.getFirst("secondTo")), date(p.getFirst("publishOn")));
        Integer version = integer(p.getFirst("version"));
        return new SchemeForm(p.getFirst("code"), integer(p.getFirst("year")), p.getFirst("title"), null,
                enumOf(TargetKind.class, p.getFirst("targetKind")), regions, units, date(p.getFirst("periodFrom")),
                date(p.getFirst("periodTo")), decimal(p.getFirst("gradeA")), decimal(p.getFirst("gradeB")),
                decimal(p.getFirst("gradeC")), decimal(p.getFirst("bonusCap")), steps, categories, items,
                version == null ? 0 : version);
    }
}
