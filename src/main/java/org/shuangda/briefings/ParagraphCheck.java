package org.shuangda.briefings;

import java.util.ArrayList;
import java.util.List;
import org.shuangda.shared.InvalidInput;

/**
 * Checks edited paragraphs: each names a style, none is longer than {@value #MAX_TEXT} characters, a
 * non-blank title remains. Blank paragraphs are dropped (clearing a textarea removes the paragraph).
 */
final class ParagraphCheck {

    static final int MAX_TEXT = 5000;
    static final int MAX_PARAGRAPHS = 300;

    private ParagraphCheck() {
    }

    static List<Paragraph> check(List<Paragraph> paragraphs) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (paragraphs == null || paragraphs.isEmpty()) {
            throw new InvalidInput("paragraphs", "error.required");
        }
        if (paragraphs.size() > MAX_PARAGRAPHS) {
            throw new InvalidInput("paragraphs", "briefings.error.tooMany", MAX_PARAGRAPHS);
        }
        List<Paragraph> kept = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            if (p == null || p.style() == null) {
                problems.add("paragraphs[" + i + "].style", "error.required");
                continue;
            }
            String text = p.text() == null ? "" : p.text().strip();
            if (text.length() > MAX_TEXT) {
                problems.add("paragraphs[" + i + "].text", "briefings.error.tooLong", MAX_TEXT);
            } else if (!text.isEmpty()) {
                kept.add(new Paragraph(p.style(), text));
            }
        }
        if (problems.isEmpty() && kept.stream().noneMatch(p -> p.style() == Paragraph.Style.TITLE)) {
            problems.add("title", "briefings.error.title");
        }
        problems.throwIfAny();
        return kept;
    }
}
