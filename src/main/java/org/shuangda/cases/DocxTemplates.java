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
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Builds the default templates and fills {@code ${name}} placeholders in any template. Word splits typed text
 * into runs unpredictably, so a paragraph holding a placeholder is rewritten as one run (keeping the first
 * run's formatting); paragraphs without one are left untouched. Unknown placeholders stay visible.
 */
final class DocxTemplates {

    static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z]+)}");

    private DocxTemplates() {
    }

    static byte[] defaultTemplate(CaseDocument document) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : document.defaultLines()) {
                XWPFParagraph p = doc.createParagraph();
                boolean heading = line.startsWith("# ");
                if (heading) {
                    p.setAlignment(ParagraphAlignment.CENTER);
                }
                XWPFRun run = p.createRun();
                run.setFontFamily(heading ? "黑体" : "仿宋", XWPFRun.FontCharRange.eastAsia);
                run.setFontSize(heading ? 18 : 14);
                run.setText(heading ? line.substring(2) : line);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    private static void fill(XWPFParagraph p, Map<String, String> values) {
        String text = p.getText();
        if (!PLACEHOLDER.matcher(text).find()) {
            return;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(filled, Matcher.quoteReplacement(value != null ? value : m.group()));
        }
        m.appendTail(filled);
        List<XWPFRun> runs = p.getRuns();
        for (int i = runs.size() - 1; i > 0; i--) {
            p.removeRun(i);
        }
        XWPFRun run = runs.isEmpty() ? p.createRun() : p.getRuns().get(0);
        run.setText(filled.toString(), 0);
    }
}
