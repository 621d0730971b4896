package org.shuangda.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.shuangda.assessment.SchemeForm.CategoryForm;
import org.shuangda.assessment.SchemeForm.ItemForm;
import org.shuangda.calendar.PlausibleDates;
import org.shuangda.organization.Region;
import org.shuangda.organization.Regions;
import org.shuangda.organization.UnitDirectory;
import org.shuangda.organization.UnitRef;
import org.shuangda.shared.InvalidInput;
import org.springframework.stereotype.Component;

/**
 * Checks a scheme as written and returns it normalised (texts stripped, codes numbered, thresholds and dates
 * defaulted, a picked formula's text filled in), collecting every problem: a title, a year, targets one level below
 * the issuing office's region (REGIONS) or units within it (UNITS), falling thresholds, steps in order, categories
 * whose parent comes before them, items with a kind, points within 0–100 in hundredths, and for computed items a
 * formula that parses against {@link FigureCatalog} (an unknown figure is named). The total of 100 is checked when
 * the scheme starts ({@link #requireReady}), so a draft may be saved half-written.
 */
@Component
class SchemeValidator {

    static final int MAX_CATEGORIES = 60;
    static final int MAX_ITEMS = 300;
    static final int MAX_TARGETS = 2000;
    static final BigDecimal MAX_POINTS = new BigDecimal("100");
    static final BigDecimal HUNDRED = new BigDecimal("100");

    private final Regions regions;
    private final UnitDirectory units;

    SchemeValidator(Regions regions, UnitDirectory units) {
        this.regions = regions;
        this.units = units;
    }

    SchemeForm validated(SchemeForm f, UnitRef issuing) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        String title = clean(f.title());
        if (title.isEmpty()) {
            problems.add("title", "error.required");
        } else if (title.length() > 200) {
            problems.add("title", "error.tooLong", 200);
        }
        int year = f.year() == null ? 0 : f.year();
        if (f.year() == null) {
            problems.add("year", "error.required");
        } else if (year < 2000 || year > 2100) {
            problems.add("year", "assessment.year.range", 2000, 2100);
        }
        String code = clean(f.code());
        if (!code.isEmpty() && !code.matches("[A-Za-z0-9_-]{1,40}")) {
            problems.add("code", "assessment.code.pattern");
        }
        if (f.targetKind() == null) {
            problems.add("targetKind", "error.required");
        }
        List<String> regionCodes = new ArrayList<>();
        List<Long> unitIds = new ArrayList<>();
        if (f.targetKind() == TargetKind.REGIONS) {
            regionCodes = regionTargets(f, issuing, problems);
        } else if (f.targetKind() == TargetKind.UNITS) {
            unitIds = unitTargets(f, issuing, problems);
        }
        LocalDate from = f.periodFrom() != null ? f.periodFrom() : year > 0 ? LocalDate.of(clampYear(year), 1, 1) : null;
        LocalDate to = f.periodTo() != null ? f.periodTo() : year > 0 ? LocalDate.of(clampYear(year), 12, 31) : null;
        PlausibleDates.check(problems, "periodFrom", from);
        PlausibleDates.check(problems, "periodTo", to);
        if (from != null && to != null && from.isAfter(to)) {
            problems.add("periodTo", "assessment.period.order");
        }
        BigDecimal a = f.gradeA() != null ? f.gradeA() : GradeThresholds.DEFAULT.a();
        BigDecimal b = f.gradeB() != null ? f.gradeB() : GradeThresholds.DEFAULT.b();
        BigDecimal c = f.gradeC() != null ? f.gradeC() : GradeThresholds.DEFAULT.c();
        boolean thresholdsOk = points(problems, "gradeA", a, HUNDRED.add(HUNDRED))
                & points(problems, "gradeB", b, HUNDRED.add(HUNDRED)) & points(problems, "gradeC", c, HUNDRED.add(HUNDRED));
        if (thresholdsOk && !(a.compareTo(b) > 0 && b.compareTo(c) > 0 && c.signum() > 0)) {
            problems.add("gradeB", "assessment.grades.order", a, b, c);
        }
        BigDecimal cap = f.bonusCap() != null ? f.bonusCap() : BigDecimal.ZERO;
        points(problems, "bonusCap", cap, MAX_POINTS);
        steps(f.steps(), problems);
        List<CategoryForm> categories = categories(f.categories(), problems);
        List<ItemForm> items = items(f.items(), categories.size(), problems);
        problems.throwIfAny();
        return new SchemeForm(code, year, title, issuing.id(), f.targetKind(), regionCodes, unitIds, from, to, a, b, c,
                cap, f.steps(), categories, items, f.version());
    }

    /** What a scheme needs before it starts: targets, items, base points adding up to 100, each target's office. */
    void requireReady(Scheme s, java.util.function.Function<String, Optional<Long>> officeOf) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (s.targets().isEmpty()) {
            problems.add("targets", "assessment.targets.required");
        }
        if (s.items().isEmpty()) {
            problems.add("items", "assessment.items.required");
        }
        BigDecimal base = s.baseMax();
        if (!s.items().isEmpty() && base.compareTo(HUNDRED) != 0) {
            problems.add("items", "assessment.items.total", base.stripTrailingZeros().toPlainString());
        }
        for (Scheme.Target t : s.targets()) {
            if (t.regionCode() != null && officeOf.apply(t.regionCode()).isEmpty()) {
                problems.add("targets", "assessment.targets.noOffice", t.name());
            }
        }
        problems.throwIfAny();
    }

    private List<String> regionTargets(SchemeForm f, UnitRef issuing, InvalidInput.Collector problems) {
        List<String> codes = f.regionCodes();
        if (codes.isEmpty()) {
            // every region one level below that has units
            return regions.children(issuing.regionCode(), false).stream().map(Region::code)
                    .filter(code -> units.inRegion(code).stream().anyMatch(UnitRef::active)).toList();
        }
        if (codes.size() > MAX_TARGETS) {
            problems.add("regionCodes", "error.limit.items", codes.size(), MAX_TARGETS);
            return List.of();
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String code : codes) {
            Optional<Region> r = code == null ? Optional.empty() : regions.find(code.strip());
            if (r.isEmpty() || !issuing.regionCode().equals(r.get().parentCode())) {
                problems.add("regionCodes", "assessment.targets.notBelow", code == null ? "" : code,
                        issuing.regionName());
            } else if (!seen.add(r.get().code())) {
                problems.add("regionCodes", "assessment.targets.twice", r.get().name());
            }
        }
        return List.copyOf(seen);
    }

    private List<Long> unitTargets(SchemeForm f, UnitRef issuing, InvalidInput.Collector problems) {
        List<Long> ids = f.unitIds();
        if (ids.isEmpty()) {
            problems.add("unitIds", "assessment.targets.required");
            return List.of();
        }
        if (ids.size() > MAX_TARGETS) {
            problems.add("unitIds", "error.limit.items", ids.size(), MAX_TARGETS);
            return List.of();
        }
        String issuingRegion = issuing.regionPath();
        Set<Long> seen = new LinkedHashSet<>();
        for (Long id : ids) {
            Optional<UnitRef> u = id == null ? Optional.empty() : units.find(id);
            if (u.isEmpty() || !u.get().active() || !u.get().regionPath().startsWith(issuingRegion)) {
                problems.add("unitIds", "assessment.targets.notWithin", id == null ? "" : id, issuing.regionName());
            } else if (!seen.add(id)) {
                problems.add("unitIds", "assessment.targets.twice", u.get().name());
            }
        }
        return List.copyOf(seen);
    }

    private static void steps(Scheme.Steps s, InvalidInput.Collector problems) {
        String[] fields = {"steps.selfFrom", "steps.selfTo", "steps.firstFrom", "steps.firstTo", "steps.secondFrom",
                "steps.secondTo", "steps.publishOn"};
        LocalDate[] dates = {s.selfFrom(), s.selfTo(), s.firstFrom(), s.firstTo(), s.secondFrom(), s.secondTo(),
                s.publishOn()};
        LocalDate last = null;
        for (int i = 0; i < dates.length; i++) {
            if (dates[i] == null) {
                continue;
            }
            if (!PlausibleDates.contains(dates[i])) {
                PlausibleDates.check(problems, fields[i], dates[i]);
                continue;
            }
            if (last != null && dates[i].isBefore(last)) {
                problems.add(fields[i], "assessment.steps.order", last);
            }
            last = dates[i];
        }
    }

    private static List<CategoryForm> categories(List<CategoryForm> in, InvalidInput.Collector problems) {
        if (in.size() > MAX_CATEGORIES) {
            problems.add("categories", "error.limit.items", in.size(), MAX_CATEGORIES);
            return List.of();
        }
        List<CategoryForm> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            CategoryForm c = in.get(i);
            String field = "categories[" + i + "]";
            String name = c == null ? "" : clean(c.name());
            if (name.isEmpty()) {
                problems.add(field + ".name", "error.required");
            } else if (name.length() > 100) {
                problems.add(field + ".name", "error.tooLong", 100);
            }
            Integer parent = c == null ? null : c.parent();
            if (parent != null && (parent < 1 || parent > i)) {
                problems.add(field + ".parent", "assessment.category.parent", i + 1);
                parent = null;
            }
            out.add(new CategoryForm(name, parent));
        }
        return out;
    }

    private static List<ItemForm> items(List<ItemForm> in, int categories, InvalidInput.Collector problems) {
        if (in.size() > MAX_ITEMS) {
            problems.add("items", "error.limit.items", in.size(), MAX_ITEMS);
            return List.of();
        }
        List<ItemForm> out = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        int[] perCategory = new int[categories + 1];
        for (int i = 0; i < in.size(); i++) {
            ItemForm it = in.get(i);
            String field = "items[" + i + "]";
            if (it == null) {
                problems.add(field, "error.nullElement", field);
                continue;
            }
            Integer category = it.category();
            if (category == null || category < 1 || category > categories) {
                problems.add(field + ".category", "assessment.item.category", i + 1);
                category = null;
            }
            String title = clean(it.title());
            if (title.isEmpty()) {
                problems.add(field + ".title", "error.required");
            } else if (title.length() > 300) {
                problems.add(field + ".title", "error.tooLong", 300);
            }
            ItemKind kind = it.kind();
            if (kind == null) {
                problems.add(field + ".kind", "error.required");
            }
            BigDecimal max = kind == ItemKind.VETO ? BigDecimal.ZERO : it.maxPoints();
            if (kind != ItemKind.VETO && points(problems, field + ".maxPoints", max, MAX_POINTS) && max.signum() == 0) {
                problems.add(field + ".maxPoints", "assessment.item.maxPositive");
            }
            String rule = clean(it.rule());
            String evidence = clean(it.evidence());
            if (rule.length() > 2000) {
                problems.add(field + ".rule", "error.tooLong", 2000);
            }
            if (evidence.length() > 2000) {
                problems.add(field + ".evidence", "error.tooLong", 2000);
            }
            String key = null;
            String formula = null;
            if (kind == ItemKind.COMPUTED) {
                key = clean(it.formulaKey()).isEmpty() ? FormulaCatalog.CUSTOM : clean(it.formulaKey());
                formula = clean(it.formula());
                if (!FormulaCatalog.known(key)) {
                    problems.add(field + ".formulaKey", "assessment.formula.unknown", key);
                } else if (formula.isEmpty() && !FormulaCatalog.CUSTOM.equals(key)) {
                    formula = FormulaCatalog.find(key).orElseThrow().expression();
                }
                try {
                    Scoring.parse(field + ".formula", formula);
                } catch (InvalidInput e) {
                    e.problems().forEach(p -> problems.add(p.field(), p.reason(), p.args()));
                }
            }
            int n = category == null ? 0 : ++perCategory[category];
            String code = clean(it.code());
            if (code.isEmpty()) {
                code = (category == null ? 0 : category) + "." + n;
            }
            if (code.length() > 20) {
                problems.add(field + ".code", "error.tooLong", 20);
            } else if (!codes.add(code)) {
                problems.add(field + ".code", "assessment.item.codeTwice", code);
            }
            out.add(new ItemForm(category, code, title, kind, max, rule, evidence, key, formula,
                    it.noData() == null ? NoData.FULL : it.noData()));
        }
        return out;
    }

    /** Points given: present, 0 ≤ v ≤ max, in hundredths; false (with the problem) otherwise. */
    static boolean points(InvalidInput.Collector problems, String field, BigDecimal value, BigDecimal max) {
        if (value == null) {
            problems.add(field, "error.required");
            return false;
        }
        if (value.signum() < 0 || value.compareTo(max) > 0) {
            problems.add(field, "assessment.points.range", plain(value), plain(max));
            return false;
        }
        if (value.stripTrailingZeros().scale() > 2) {
            problems.add(field, "assessment.points.scale", plain(value));
            return false;
        }
        return true;
    }

    static String plain(BigDecimal v) {
        // a huge exponent is shown as typed, never expanded into a megabyte of zeros
        if (Math.abs((long) v.scale()) > 50 || v.precision() > 50) {
            return v.toString();
        }
        return v.stripTrailingZeros().toPlainString();
    }

    private static int clampYear(int year) {
        return Math.max(2000, Math.min(2100, year));
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }
}
