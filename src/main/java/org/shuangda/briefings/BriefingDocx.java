package org.shuangda.briefings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * Writes an issued document as DOCX in the layout of official documents (GB/T 9704): A4, margins 37/35/28/26
 * mm, title in 黑体 二号 centred, the number under it, headings in 黑体 and text in 仿宋 三号 with a two-character
 * indent, fixed 28 pt lines, the signature right-aligned. Chinese text uses the fonts "SimHei"/"FangSong"
 * (Word and WPS map them to 黑体/仿宋; where missing, the reader's default CJK font), Latin text "Times New Roman".
 */
final class BriefingDocx {

    static final String HEITI = "SimHei";
    static final String FANGSONG = "FangSong";
    private static final String LATIN = "Times New Roman";
    private static final int SIZE_TITLE = 22;
    private static final int SIZE_TEXT = 16;

    private BriefingDocx() {
    }

    static byte[] write(Briefing briefing) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            pageSetup(doc);
            boolean numbered = false;
            for (Paragraph p : briefing.paragraphs()) {
                add(doc, p);
                if (p.style() == Paragraph.Style.TITLE && !numbered && briefing.docNumber() != null) {
                    add(doc, new Paragraph(Paragraph.Style.SIGNATURE, briefing.docNumber()), ParagraphAlignment.CENTER);
                    numbered = true;
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void add(XWPFDocument doc, Paragraph p) {
        ParagraphAlignment alignment = switch (p.style()) {
            case TITLE -> ParagraphAlignment.CENTER;
            case SIGNATURE -> ParagraphAlignment.RIGHT;
            default -> ParagraphAlignment.BOTH;
        };
        add(doc, p, alignment);
    }

    private static void add(XWPFDocument doc, Paragraph p, ParagraphAlignment alignment) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setAlignment(alignment);
        paragraph.setSpacingBetween(p.style() == Paragraph.Style.TITLE ? 36 : 28, LineSpacingRule.EXACT);
        if (p.style() == Paragraph.Style.BODY || p.style() == Paragraph.Style.HEADING) {
            paragraph.setIndentationFirstLine(2 * SIZE_TEXT * 20); // two characters, in twentieths of a point
        }
        if (p.style() == Paragraph.Style.TITLE) {
            paragraph.setSpacingAfter(SIZE_TEXT * 20);
        }
        boolean heiti = p.style() == Paragraph.Style.TITLE || p.style() == Paragraph.Style.HEADING;
        String[] lines = p.text().split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFRun run = paragraph.createRun();
            run.setFontFamily(LATIN, XWPFRun.FontCharRange.ascii);
            run.setFontFamily(LATIN, XWPFRun.FontCharRange.hAnsi);
            run.setFontFamily(heiti ? HEITI : FANGSONG, XWPFRun.FontCharRange.eastAsia);
            run.setFontSize(p.style() == Paragraph.Style.TITLE ? SIZE_TITLE : SIZE_TEXT);
            run.setText(lines[i]);
            if (i < lines.length - 1) {
                run.addBreak();
            }
        }
    }

    private static void pageSetup(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906)); // A4 in twips
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(mm(37)));
        margins.setBottom(BigInteger.valueOf(mm(35)));
        margins.setLeft(BigInteger.valueOf(mm(28)));
        margins.setRight(BigInteger.valueOf(mm(26)));
    }

    private static long mm(int millimetres) {
        return Math.round(millimetres * 1440 / 25.4);
    }
}
