package org.shuangda.cases;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.shuangda.shared.documents.OfficialDocx;

/**
 * Builds the default templates and fills {@code ${name}} placeholders in any template. Word splits typed text
 * into runs unpredictably, so a paragraph holding a placeholder is rewritten as one run (keeping the first
 * run's formatting); paragraphs without one are left untouched. Unknown placeholders stay visible.
 */
final class DocxTemplates {

    static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z]+)}");

    private DocxTemplates() {
    }

    /** The shipped template in the platform's official layout ({@link OfficialDocx}), markup in {@link CaseDocument#defaultLines}. */
    static byte[] defaultTemplate(CaseDocument document) {
        OfficialDocx doc = OfficialDocx.create();
        for (String line : document.defaultLines()) {
            String text = line.length() > 1 && line.charAt(1) == ' ' ? line.substring(2) : line;
            switch (line.length() > 1 && line.charAt(1) == ' ' ? line.charAt(0) : ' ') {
                case '#' -> doc.title(text);
                case '=' -> doc.numberUnderTitle(text);
                case '<' -> doc.addressee(text);
                case '|' -> doc.line(text);
                case '>' -> doc.signature(text);
                default -> doc.body(line);
            }
        }
        doc.imprint(new OfficialDocx.Imprint(document.copyTo(), "${unitName}", "${today}"));
        return doc.bytes();
    }

    static byte[] fill(byte[] template, Map<String, String> values) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(template));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            List<XWPFParagraph> paragraphs = new ArrayList<>(doc.getParagraphs());
            for (XWPFTable table : doc.getTables()) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        paragraphs.addAll(cell.getParagraphs());
                    }
                }
            }
            for (XWPFParagraph p : paragraphs) {
                fill(p, values);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The placeholders a template uses (to check an upload). */
    static List<String> placeholders(byte[] template) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(template))) {
            List<String> names = new ArrayList<>();
            StringBuilder all = new StringBuilder();
            doc.getParagraphs().forEach(p -> all.append(p.getText()).append('\n'));
            doc.getTables().forEach(t -> all.append(t.getText()).append('\n'));
            Matcher m = PLACEHOLDER.matcher(all);
            while (m.find()) {
                names.add(m.group(1));
            }
            return names;
        }
    }

    /**
     * Fills the placeholders of a paragraph: run by run where each lies inside one run (keeping tabs and every
     * run's font, as in the shipped templates), else by rewriting the paragraph as its first run.
     */
    private static void fill(XWPFParagraph p, Map<String, String> values) {
        String text = p.getText();
        if (!PLACEHOLDER.matcher(text).find()) {
            return;
        }
        for (XWPFRun run : p.getRuns()) {
            String own = run.getText(0);
            if (own != null && PLACEHOLDER.matcher(own).find()) {
                run.setText(replace(own, values), 0);
            }
        }
        text = p.getText();
        if (!hasKnown(text, values)) {
            return;
        }
        String filled = replace(text, values);
        List<XWPFRun> runs = p.getRuns();
        for (int i = runs.size() - 1; i > 0; i--) {
            p.removeRun(i);
        }
        XWPFRun run = runs.isEmpty() ? p.createRun() : p.getRuns().get(0);
        run.setText(filled, 0);
    }

    private static boolean hasKnown(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (values.containsKey(m.group(1))) {
                return true;
            }
        }
        return false;
    }

    private static String replace(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(filled, Matcher.quoteReplacement(value != null ? value : m.group()));
        }
        m.appendTail(filled);
        return filled.toString();
    }
}
