package org.shuangda.complaints.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.shuangda.shared.InvalidInput;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The public form's errors as a citizen reads them: above the form, the fields still to fill in named by their
 * labels ("请填写：具体内容、联系电话") and the fields to correct with the reason ("联系电话：请填写有效的联系电话"),
 * each a link to its field; beside each field its own message ("请填写联系电话" instead of a bare "必填").
 */
@Component
class PublicFormErrors {

    static final String REQUIRED = "error.required";

    /** Form field → the message key of its label; the order is the form's, top to bottom. */
    private static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put("track", "filing.field.track");
        LABELS.put("category", "filing.field.category");
        LABELS.put("regionCode", "filing.field.region");
        LABELS.put("targetName", "filing.field.targetName");
        LABELS.put("targetUscc", "filing.field.targetUscc");
        LABELS.put("content", "filing.field.content");
        LABELS.put("attachments", "filing.public.label.attachments");
        LABELS.put("filerKind", "filing.field.filerKind");
        LABELS.put("anonymous", "filing.field.anonymous");
        LABELS.put("filerName", "filing.field.filerName");
        LABELS.put("filerPhone", "filing.field.filerPhone");
        LABELS.put("filerIdNumber", "filing.field.filerIdNumber");
        LABELS.put("filerAddress", "filing.field.filerAddress");
    }

    /** One field in the summary: its label, the id to jump to and, for a field to correct, why. */
    record Item(String field, String label, String anchor, String message) {
    }

    /**
     * What the page shows: {@code byField} beside the fields, {@code missing} and {@code invalid} in the summary.
     * {@code reattach}: files had been chosen, which a browser never re-sends, so the citizen must choose them again.
     */
    record Shown(Map<String, String> byField, List<Item> missing, List<Item> invalid, boolean reattach) {

        static Shown none() {
            return new Shown(Map.of(), List.of(), List.of(), false);
        }

        public boolean isEmpty() {
            return byField.isEmpty();
        }
    }

    private final MessageSource messages;

    PublicFormErrors(MessageSource messages) {
        this.messages = messages;
    }

    Shown of(InvalidInput problem, boolean filesChosen) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, List<String>> reasons = new LinkedHashMap<>();
        Map<String, Boolean> required = new LinkedHashMap<>();
        for (InvalidInput.FieldProblem p : problem.problems()) {
            String label = label(p.field(), locale);
            boolean missing = REQUIRED.equals(p.reason());
            String text = missing ? messages.getMessage("filing.public.fieldRequired", new Object[] {label}, locale)
                    : messages.getMessage(p.reason(), p.args(), p.reason(), locale);
            List<String> list = reasons.computeIfAbsent(p.field(), f -> new ArrayList<>());
            if (!list.contains(text)) {
                list.add(text);
            }
            required.merge(p.field(), missing, Boolean::logicalAnd);
        }
        Map<String, String> byField = new LinkedHashMap<>();
        List<Item> missing = new ArrayList<>();
        List<Item> invalid = new ArrayList<>();
        for (String field : ordered(reasons.keySet())) {
            String text = String.join("；", reasons.get(field));
            byField.put(field, text);
            Item item = new Item(field, label(field, locale), anchor(field), text);
            (required.get(field) ? missing : invalid).add(item);
        }
        return new Shown(byField, missing, invalid, filesChosen);
    }

    /** The form's order first, then any field the form does not know (named as it is). */
    private static List<String> ordered(java.util.Set<String> fields) {
        List<String> out = new ArrayList<>(LABELS.keySet().stream().filter(fields::contains).toList());
        fields.stream().filter(f -> !LABELS.containsKey(f)).forEach(out::add);
        return out;
    }

    private String label(String field, Locale locale) {
        String key = LABELS.get(field);
        return key == null ? field : messages.getMessage(key, null, field, locale);
    }

    /**
     * The id of the input the summary links to; the attachments' input is {@code files}, 发生地 the region picker's
     * fieldset (its code travels in a hidden input).
     */
    static String anchor(String field) {
        if ("attachments".equals(field)) {
            return "files";
        }
        if ("regionCode".equals(field)) {
            return "regionCode-picker";
        }
        return LABELS.containsKey(field) ? field : null;
    }
}
