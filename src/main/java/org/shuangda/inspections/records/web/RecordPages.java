package org.shuangda.inspections.records.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuangda.inspections.records.InspectionRecord;
import org.shuangda.inspections.records.InspectionRecords;
import org.shuangda.inspections.records.RecordForm;
import org.shuangda.inspections.records.RecordKind;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.Permission;
import org.shuangda.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The inspection records' pages. The form has {@value #JOINT_ROWS} rows for joint units (a unit picker and the
 * people it sent); rows left blank are dropped before the service sees the form.
 */
@Controller
@RequestMapping("/inspections/records")
class RecordPages {

    static final int JOINT_ROWS = 4;

    private final InspectionRecords records;
    private final FormErrors formErrors;
    private final ChosenNames names;

    RecordPages(InspectionRecords records, FormErrors formErrors, ChosenNames names) {
        this.records = records;
        this.formErrors = formErrors;
        this.names = names;
    }

    @GetMapping
    String list(Actor me, @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String kind, Model model) {
        model.addAttribute("records", records.list(me, date("from", from), date("to", to), kindOf(kind)));
        model.addAttribute("from", from == null ? "" : from);
        model.addAttribute("to", to == null ? "" : to);
        model.addAttribute("kind", kindOf(kind));
        model.addAttribute("kinds", RecordKind.values());
        model.addAttribute("mayRecord", records.mayRecord(me));
        return "inspections/records";
    }

    @GetMapping("/new")
    String newForm(Actor me, Model model) {
        me.require(Permission.INSPECTION_HANDLE);
        String today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        return form(model, null, Typed.blank(today), Map.of());
    }

    @PostMapping
    String create(Actor me, @ModelAttribute RecordForm form, @RequestParam(required = false) List<String> jointUnit,
            @RequestParam(required = false) List<String> jointCount, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        RecordForm full = withJointRows(form, jointUnit, jointCount);
        try {
            InspectionRecord r = records.create(me, full);
            redirect.addFlashAttribute("saved", r.title());
            return "redirect:/inspections/records/" + r.id();
        } catch (InvalidInput e) {
            response.setStatus(422);
            return form(model, null, typedAgain(me, form, jointUnit, jointCount), formErrors.of(e));
        }
    }

    @GetMapping("/{id}")
    String show(Actor me, @PathVariable long id, Model model) {
        model.addAttribute("record", records.get(me, id));
        model.addAttribute("mayEdit", records.mayEdit(me, id));
        return "inspections/record";
    }

    @GetMapping("/{id}/edit")
    String edit(Actor me, @PathVariable long id, Model model) {
        me.require(Permission.INSPECTION_HANDLE);
        InspectionRecord r = records.get(me, id);
        return form(model, r, Typed.of(r), Map.of());
    }

    @PostMapping("/{id}")
    String update(Actor me, @PathVariable long id, @ModelAttribute RecordForm form,
            @RequestParam(required = false) List<String> jointUnit, @RequestParam(required = false) List<String> jointCount,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            InspectionRecord r = records.update(me, id, withJointRows(form, jointUnit, jointCount));
            redirect.addFlashAttribute("saved", r.title());
            return "redirect:/inspections/records/" + r.id();
        } catch (InvalidInput e) {
            response.setStatus(422);
            return form(model, records.get(me, id), typedAgain(me, form, jointUnit, jointCount), formErrors.of(e));
        }
    }

    /** A refused form as it was sent: the chips and joint rows with their names (the chips only send ids). */
    private Typed typedAgain(Actor me, RecordForm f, List<String> jointUnit, List<String> jointCount) {
        List<String[]> joint = new ArrayList<>();
        for (int i = 0; jointUnit != null && i < jointUnit.size(); i++) {
            String unit = jointUnit.get(i) == null ? "" : jointUnit.get(i).strip();
            if (!unit.isBlank()) {
                joint.add(new String[] {unit, names.unit(unit),
                    jointCount != null && i < jointCount.size() ? jointCount.get(i) : ""});
            }
        }
        return new Typed(f, Typed.rows(joint), names.officers(f.officerIds()), names.entities(me, f.entityIds()),
                names.markets(me, f.marketIds()));
    }

    private String form(Model model, InspectionRecord record, Typed typed, Map<String, String> errors) {
        model.addAttribute("record", record);
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", RecordKind.values());
        return "inspections/record-form";
    }

    /** The joint rows whose unit was chosen, as the service's parallel lists (a count that is no number: 0). */
    private static RecordForm withJointRows(RecordForm f, List<String> jointUnit, List<String> jointCount) {
        List<Long> unitIds = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        List<String> unitsSent = jointUnit == null ? List.of() : jointUnit;
        for (int i = 0; i < unitsSent.size(); i++) {
            String unit = unitsSent.get(i) == null ? "" : unitsSent.get(i).strip();
            if (!unit.matches("\\d{1,18}")) {
                continue;
            }
            unitIds.add(Long.parseLong(unit));
            String count = jointCount != null && i < jointCount.size() && jointCount.get(i) != null
                    ? jointCount.get(i).strip() : "";
            counts.add(count.matches("\\d{1,6}") ? Integer.parseInt(count) : 0);
        }
        return new RecordForm(f.kind(), f.title(), f.startedOn(), f.endedOn(), f.leadUnitId(), f.leadOfficers(),
                f.officerIds(), unitIds, counts, f.entityIds(), f.marketIds(), f.areasRectified(), f.areasNote(),
                f.densDestroyed(), f.goodsSeized(), f.itemsSeized(), f.problems(), f.followUp(), f.version());
    }

    /**
     * What the form shows: the values typed and the chips chosen (id → name), so a refused form comes back as it was
     * sent.
     */
    record Typed(RecordForm form, List<String[]> jointRows, Map<Long, String> officers, Map<Long, String> entities,
            Map<Long, String> markets) {

        static Typed blank(String today) {
            return new Typed(new RecordForm(RecordKind.ROUTINE.name(), null, today, today, null, null, null, null, null,
                    null, null, 0, null, 0, null, 0, null, null, null), rows(List.of()), Map.of(), Map.of(), Map.of());
        }

        static Typed of(InspectionRecord r) {
            List<String[]> joint = r.jointUnits().stream()
                    .map(u -> new String[] {Long.toString(u.unitId()), u.name(), Integer.toString(u.officers())}).toList();
            RecordForm f = new RecordForm(r.kind().name(), r.title(), r.startedOn().toString(), r.endedOn().toString(),
                    r.leadUnitId(), r.leadOfficers(), null, null, null, null, null, r.areasRectified(), r.areasNote(),
                    r.densDestroyed(), r.goodsSeized(), r.itemsSeized(), r.problems(), r.followUp(), r.version());
            return new Typed(f, rows(joint), names(r.officers()), names(r.entities()), names(r.markets()));
        }

        static List<String[]> rows(List<String[]> filled) {
            List<String[]> rows = new ArrayList<>(filled);
            while (rows.size() < JOINT_ROWS) {
                rows.add(new String[] {"", "", ""});
            }
            return rows;
        }

        private static Map<Long, String> names(List<InspectionRecord.Named> named) {
            Map<Long, String> out = new LinkedHashMap<>();
            named.forEach(n -> out.put(n.id(), n.name()));
            return out;
        }
    }

    static RecordKind kindOf(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return RecordKind.valueOf(kind.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A filter date: blank is none; anything else must be an ISO date (422 on the parameter). */
    static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "records.error.date", value.strip());
        }
    }
}
