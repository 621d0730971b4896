package org.shuangda.briefings.web;

import java.util.ArrayList;
import java.util.List;
import org.shuangda.briefings.Paragraph;
import org.springframework.util.MultiValueMap;

/**
 * The editor's form: paragraphs arrive as parallel {@code style}/{@code text} lists, kept in the order and
 * with the indexes the user saw, so errors ({@code paragraphs[3].text}) land next to the right textarea.
 */
final class BriefingForm {

    private BriefingForm() {
    }

    static List<Paragraph> paragraphs(MultiValueMap<String, String> params) {
        List<String> styles = params.getOrDefault("style", List.of());
        List<String> texts = params.getOrDefault("text", List.of());
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int i = 0; i < Math.max(styles.size(), texts.size()); i++) {
            paragraphs.add(new Paragraph(style(at(styles, i)), at(texts, i)));
        }
        return paragraphs;
    }

    /** The rows after a "remove" or "insert below" button: the change is only shown, saved with "save". */
    static List<Paragraph> rearranged(List<Paragraph> paragraphs, MultiValueMap<String, String> params) {
        List<Paragraph> rows = new ArrayList<>(paragraphs);
        Long remove = number(params.getFirst("remove"));
        Long insert = number(params.getFirst("insertAfter"));
        if (remove != null && remove < rows.size()) {
            rows.remove(remove.intValue());
        } else if (insert != null && insert < rows.size()) {
            rows.add(insert.intValue() + 1, new Paragraph(Paragraph.Style.BODY, ""));
        } else if (params.containsKey("more")) {
            for (int i = 0; i < 3; i++) {
                rows.add(new Paragraph(Paragraph.Style.BODY, ""));
            }
        }
        return rows;
    }

    static Integer version(String value) {
        Long v = number(value);
        return v == null || v > Integer.MAX_VALUE ? null : v.intValue();
    }

    static Long number(String value) {
        return value == null || !value.strip().matches("\\d{1,18}") ? null : Long.valueOf(value.strip());
    }

    private static String at(List<String> values, int i) {
        return i < values.size() && values.get(i) != null ? values.get(i) : "";
    }

    private static Paragraph.Style style(String value) {
        try {
            return Paragraph.Style.valueOf(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }
}
