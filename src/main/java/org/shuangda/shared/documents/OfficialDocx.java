package org.shuangda.shared.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFramePr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPBdr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHAnchor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVAnchor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STWrap;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STYAlign;

/**
 * The one layout of every DOCX the platform generates (通报, 阶段性总结, case documents, 移送书), after GB/T
 * 9704-2012 《党政机关公文格式》:
 * <ul>
 * <li>A4, margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm; a grid of 22 lines × 28 characters
 * (section {@code docGrid}, lines at {@link #LINE_PITCH} twips);</li>
 * <li>title in 2号 (22 pt) {@value #XIAOBIAOSONG}, body in 3号 (16 pt) {@value #FANGSONG}, first-level headings
 * in 3号 {@value #HEITI}; Latin text and digits in Times New Roman; the font table declares the fallbacks
 * (方正小标宋简体 → 宋体, 仿宋_GB2312 → FangSong/仿宋) so a reader without the foundry fonts gets the nearest;</li>
 * <li>an optional 红头 (发文机关标志 in red 小标宋, the 发文字号 centred two lines under it, or for an 上行文 at the left
 * with 签发人 at the right, then the red separator line); without a 红头 the number goes under the title;</li>
 * <li>page numbers "— 1 —" in 4号 半角宋体 at the foot, outside-aligned: odd pages right, even pages left, one
 * character in from the margin (fields {@code PAGE} in the default and even footers);</li>
 * <li>the 版记 at the foot of the last page (a frame anchored at the bottom of the text area): 抄送, 印发机关 and
 * 印发日期 in 4号 仿宋, between a thick first and last line and thin lines between them.</li>
 * <li>ruled tables ({@link #table}) for a 清单: header in 4号 黑体 repeated on each page, cells in 4号 仿宋.</li>
 * </ul>
 * Use: {@code OfficialDocx.create().title(…).addressee(…).body(…).signature(…).imprint(…).bytes()}.
 */
public final class OfficialDocx {

    public static final String XIAOBIAOSONG = "方正小标宋简体";
    public static final String FANGSONG = "仿宋_GB2312";
    public static final String HEITI = "黑体";
    public static final String KAITI = "楷体_GB2312";
    public static final String SONGTI = "宋体";
    public static final String LATIN = "Times New Roman";

    /** 2号, 3号, 4号 in half points … in points. */
    public static final int SIZE_TITLE = 22;
    public static final int SIZE_TEXT = 16;
    public static final int SIZE_SMALL = 14;
    public static final int SIZE_MASTHEAD = 36;

    public static final int PAGE_WIDTH = 11906;
    public static final int PAGE_HEIGHT = 16838;
    public static final int MARGIN_TOP = mm(37);
    public static final int MARGIN_BOTTOM = mm(35);
    public static final int MARGIN_LEFT = mm(28);
    public static final int MARGIN_RIGHT = mm(26);
    /** Text area height / 22 lines, in twips (≈ 28.95 pt). */
    public static final int LINE_PITCH = (PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM) / 22;
    /** Text area width / 28 characters, in twips. */
    public static final int CHAR_PITCH = (PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT) / 28;
    private static final int CHAR = SIZE_TEXT * 20;

    private static final String RED = "FF0000";

    /** What the 版记 says: 抄送 (may be null), 印发机关 and 印发日期 ("2026年12月2日", or a template's placeholder). */
    public record Imprint(String copyTo, String printedBy, String printedOn) {

        public static Imprint of(String copyTo, String printedBy, LocalDate printedOn) {
            return new Imprint(copyTo, printedBy, printedOn == null ? null : chineseDate(printedOn));
        }
    }

    private final XWPFDocument doc;
    private String pendingNumber;
    private boolean titled;

    private OfficialDocx() {
        doc = new XWPFDocument();
        pageSetup();
        pageNumbers();
        fontTable();
    }

    public static OfficialDocx create() {
        return new OfficialDocx();
    }

    /** 红头 of a 下行文 or 平行文: the issuer's mark in red, the number centred under it, the red line. */
    public OfficialDocx redHeader(String issuerMark, String number) {
        return redHeader(issuerMark, number, null);
    }

    /**
     * 红头: {@code issuerMark} (e.g. "长治市…办公室文件") in red 小标宋; {@code number} (发文字号, may be null) two lines
     * under it, centred, or for an 上行文 ({@code signer} not null) at the left with "签发人：signer" at the right;
     * then the red separator line 4 mm under the number.
     */
    public OfficialDocx redHeader(String issuerMark, String number, String signer) {
        XWPFParagraph mark = paragraph(ParagraphAlignment.CENTER, 0, SIZE_MASTHEAD * 20 + 240);
        XWPFRun run = run(mark, issuerMark, XIAOBIAOSONG, SIZE_MASTHEAD);
        run.setColor(RED);
        paragraph(ParagraphAlignment.CENTER, 0, LINE_PITCH);
        paragraph(ParagraphAlignment.CENTER, 0, LINE_PITCH);
        XWPFParagraph numberLine;
        if (signer != null && !signer.isBlank()) {
            numberLine = paragraph(ParagraphAlignment.LEFT, 0, LINE_PITCH);
            numberLine.setIndentationLeft(CHAR);
            numberLine.setIndentationRight(CHAR);
            numberLine.getCTP().getPPr().addNewTabs().addNewTab().setPos(BigInteger.valueOf(
                    PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT - CHAR));
            numberLine.getCTP().getPPr().getTabs().getTabArray(0).setVal(
                    org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc.RIGHT);
            run(numberLine, number == null ? "" : number, FANGSONG, SIZE_TEXT);
            numberLine.createRun().addTab();
            run(numberLine, "签发人：", FANGSONG, SIZE_TEXT);
            run(numberLine, signer, KAITI, SIZE_TEXT);
        } else {
            numberLine = paragraph(ParagraphAlignment.CENTER, 0, LINE_PITCH);
            run(numberLine, number == null ? "" : number, FANGSONG, SIZE_TEXT);
        }
        CTPBdr borders = numberLine.getCTP().getPPr().addNewPBdr();
        CTBorder line = borders.addNewBottom();
        line.setVal(STBorder.SINGLE);
        line.setSz(BigInteger.valueOf(18));
        line.setSpace(BigInteger.valueOf(11)); // ≈ 4 mm below the number
        line.setColor(RED);
        paragraph(ParagraphAlignment.CENTER, 0, LINE_PITCH);
        return this;
    }

    /**
     * A square picture (a QR code to the record's page) at the top right of the first page, in the top margin above
     * the text: a frame anchored to the page {@value #CORNER_TOP_MM} mm from its top edge, its right edge on the
     * text's right edge, {@code millimetres} wide and high (at most {@value #CORNER_MAX_MM}, so that it stays inside
     * the 37 mm margin); it takes no line of the text. Call it before anything else is written.
     */
    public OfficialDocx cornerPicture(byte[] png, int millimetres, String name) {
        if (millimetres < 5 || millimetres > CORNER_MAX_MM) {
            throw new IllegalArgumentException("corner picture of " + millimetres + " mm");
        }
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.RIGHT);
        p.setSpacingAfter(0);
        p.setSpacingBefore(0);
        CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        ppr.addNewSnapToGrid().setVal(org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1.OFF);
        CTFramePr frame = ppr.addNewFramePr();
        frame.setW(BigInteger.valueOf(mm(millimetres)));
        frame.setHAnchor(STHAnchor.MARGIN);
        frame.setXAlign(org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STXAlign.RIGHT);
        frame.setVAnchor(STVAnchor.PAGE);
        frame.setY(BigInteger.valueOf(mm(CORNER_TOP_MM)));
        frame.setWrap(STWrap.AROUND);
        long emu = millimetres * 36_000L;
        try (java.io.InputStream in = new java.io.ByteArrayInputStream(png)) {
            p.createRun().addPicture(in, org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG, name, (int) emu,
                    (int) emu);
        } catch (InvalidFormatException | IOException e) {
            throw new IllegalStateException("picture " + name, e);
        }
        return this;
    }

    static final int CORNER_TOP_MM = 4;
    static final int CORNER_MAX_MM = 32;

    /** The number under the title (documents without a 红头): centred, 3号 仿宋, after the next title. */
    public OfficialDocx numberUnderTitle(String number) {
        if (number != null && !number.isBlank()) {
            if (titled) {
                numberLine(number);
            } else {
                pendingNumber = number;
            }
        }
        return this;
    }

    /** A title line (2号 小标宋, centred); the pending number follows the last consecutive title line. */
    public OfficialDocx title(String text) {
        XWPFParagraph p = paragraph(ParagraphAlignment.CENTER, 0, SIZE_TITLE * 20 + 200);
        lines(p, text, XIAOBIAOSONG, SIZE_TITLE);
        titled = true;
        return this;
    }

    /** 主送机关: flush left, 3号 仿宋, a blank line above it (after the title). */
    public OfficialDocx addressee(String text) {
        flushNumber();
        XWPFParagraph p = paragraph(ParagraphAlignment.LEFT, 0, LINE_PITCH);
        p.setSpacingBefore(LINE_PITCH);
        lines(p, text, FANGSONG, SIZE_TEXT);
        return this;
    }

    /** First-level heading ("一、…"): 3号 黑体, indented two characters. */
    public OfficialDocx heading(String text) {
        flushNumber();
        lines(paragraph(ParagraphAlignment.BOTH, 2 * CHAR, LINE_PITCH), text, HEITI, SIZE_TEXT);
        return this;
    }

    /** Second-level heading ("（一）…"): 3号 楷体. */
    public OfficialDocx subheading(String text) {
        flushNumber();
        lines(paragraph(ParagraphAlignment.BOTH, 2 * CHAR, LINE_PITCH), text, KAITI, SIZE_TEXT);
        return this;
    }

    /** A body paragraph: 3号 仿宋, justified, first line indented two characters. */
    public OfficialDocx body(String text) {
        flushNumber();
        lines(paragraph(ParagraphAlignment.BOTH, 2 * CHAR, LINE_PITCH), text, FANGSONG, SIZE_TEXT);
        return this;
    }

    /** A line without indent (a form's "label：value" line). */
    public OfficialDocx line(String text) {
        flushNumber();
        lines(paragraph(ParagraphAlignment.LEFT, 0, LINE_PITCH), text, FANGSONG, SIZE_TEXT);
        return this;
    }

    /** 发文机关署名 or 成文日期: right-aligned, four characters in from the right margin (GB/T 9704 7.3.5.1). */
    public OfficialDocx signature(String text) {
        flushNumber();
        XWPFParagraph p = paragraph(ParagraphAlignment.RIGHT, 0, LINE_PITCH);
        p.setIndentationRight(4 * CHAR);
        lines(p, text, FANGSONG, SIZE_TEXT);
        return this;
    }

    /**
     * A ruled table over the text width (a 清单, a list of figures): a header row in 4号 黑体 repeated on every page,
     * body rows in 4号 仿宋, single black borders. {@code widths} are the columns' shares of the width (e.g. 1, 4, 2);
     * {@code numeric} marks the columns whose cells are right-aligned (quantities, amounts). A row with fewer cells
     * than the header is padded with empty cells.
     */
    public OfficialDocx table(List<String> header, List<List<String>> rows, int[] widths, boolean[] numeric) {
        flushNumber();
        int columns = header.size();
        if (widths.length != columns || numeric.length != columns) {
            throw new IllegalArgumentException("widths and numeric need one entry per column");
        }
        int total = java.util.Arrays.stream(widths).sum();
        int textWidth = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
        XWPFTable table = doc.createTable(rows.size() + 1, columns);
        CTTblPr props = table.getCTTbl().getTblPr() == null ? table.getCTTbl().addNewTblPr() : table.getCTTbl().getTblPr();
        CTTblWidth width = props.isSetTblW() ? props.getTblW() : props.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(textWidth));
        props.addNewTblLayout().setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf((long) textWidth * w / total));
        }
        table.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 8, 0, "000000");
        table.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 8, 0, "000000");
        table.setLeftBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setRightBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setInsideVBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        for (int r = 0; r <= rows.size(); r++) {
            XWPFTableRow row = table.getRow(r);
            if (r == 0) {
                row.setRepeatHeader(true);
            }
            List<String> cells = r == 0 ? header : rows.get(r - 1);
            for (int col = 0; col < columns; col++) {
                XWPFTableCell cell = row.getCell(col);
                CTTcPr cellProps = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                CTTblWidth cw = cellProps.isSetTcW() ? cellProps.getTcW() : cellProps.addNewTcW();
                cw.setType(STTblWidth.DXA);
                cw.setW(BigInteger.valueOf((long) textWidth * widths[col] / total));
                cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
                XWPFParagraph p = cell.getParagraphs().get(0);
                p.setAlignment(r == 0 ? ParagraphAlignment.CENTER : numeric[col] ? ParagraphAlignment.RIGHT
                        : ParagraphAlignment.LEFT);
                p.setSpacingBetween(1.0, LineSpacingRule.AUTO);
                p.setSpacingAfter(0);
                p.setSpacingBefore(0);
                String text = col < cells.size() && cells.get(col) != null ? cells.get(col) : "";
                lines(p, text, r == 0 ? HEITI : FANGSONG, SIZE_SMALL);
            }
        }
        // a table may not end the document body (Word needs a paragraph after it)
        paragraph(ParagraphAlignment.LEFT, 0, LINE_PITCH);
        return this;
    }

    /** The 版记 at the foot of the last page (see the class comment); call it last. */
    public OfficialDocx imprint(Imprint imprint) {
        flushNumber();
        boolean copy = imprint.copyTo() != null && !imprint.copyTo().isBlank();
        if (copy) {
            XWPFParagraph p = imprintParagraph(ParagraphAlignment.LEFT, true, false);
            p.setIndentationLeft(CHAR);
            p.setIndentationRight(CHAR);
            run(p, "抄送：" + imprint.copyTo() + "。", FANGSONG, SIZE_SMALL);
        }
        XWPFParagraph p = imprintParagraph(ParagraphAlignment.LEFT, !copy, true);
        p.setIndentationLeft(CHAR);
        p.setIndentationRight(CHAR);
        p.getCTP().getPPr().addNewTabs().addNewTab().setPos(BigInteger.valueOf(
                PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT - 2 * CHAR));
        p.getCTP().getPPr().getTabs().getTabArray(0).setVal(
                org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc.RIGHT);
        run(p, imprint.printedBy() == null ? "" : imprint.printedBy(), FANGSONG, SIZE_SMALL);
        p.createRun().addTab();
        run(p, imprint.printedOn() == null ? "" : imprint.printedOn() + "印发", FANGSONG, SIZE_SMALL);
        return this;
    }

    public byte[] bytes() {
        flushNumber();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            doc.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "2026年12月2日" (成文日期 and 印发日期 in Arabic numerals, GB/T 9704 7.3.5.1). */
    public static String chineseDate(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    private void flushNumber() {
        if (pendingNumber != null && titled) {
            String n = pendingNumber;
            pendingNumber = null;
            numberLine(n);
        }
    }

    private void numberLine(String number) {
        run(paragraph(ParagraphAlignment.CENTER, 0, LINE_PITCH), number, FANGSONG, SIZE_TEXT);
    }

    private XWPFParagraph imprintParagraph(ParagraphAlignment alignment, boolean first, boolean last) {
        XWPFParagraph p = paragraph(alignment, 0, LINE_PITCH);
        CTPPr ppr = p.getCTP().getPPr();
        CTFramePr frame = ppr.addNewFramePr();
        frame.setW(BigInteger.valueOf(PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT));
        frame.setHAnchor(STHAnchor.MARGIN);
        frame.setVAnchor(STVAnchor.MARGIN);
        frame.setYAlign(STYAlign.BOTTOM);
        frame.setWrap(STWrap.NOT_BESIDE);
        CTPBdr borders = ppr.addNewPBdr();
        border(borders.addNewTop(), first ? 8 : 4);
        if (last) {
            border(borders.addNewBottom(), 8);
        }
        return p;
    }

    private static void border(CTBorder border, int eighthsOfPoint) {
        border.setVal(STBorder.SINGLE);
        border.setSz(BigInteger.valueOf(eighthsOfPoint)); // 1 pt ≈ 0.35 mm, 0.5 pt ≈ 0.18 mm … 0.25 mm
        border.setSpace(BigInteger.ONE);
        border.setColor("000000");
    }

    private XWPFParagraph paragraph(ParagraphAlignment alignment, int firstLineIndent, int exactLine) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        p.setSpacingBetween(exactLine / 20.0, LineSpacingRule.EXACT);
        p.setSpacingAfter(0);
        p.setSpacingBefore(0);
        if (firstLineIndent > 0) {
            p.setIndentationFirstLine(firstLineIndent);
        }
        if (p.getCTP().getPPr() == null) {
            p.getCTP().addNewPPr();
        }
        return p;
    }

    private static void lines(XWPFParagraph p, String text, String eastAsia, int size) {
        String[] lines = (text == null ? "" : text).split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFRun run = run(p, lines[i], eastAsia, size);
            if (i < lines.length - 1) {
                run.addBreak();
            }
        }
    }

    private static XWPFRun run(XWPFParagraph p, String text, String eastAsia, int size) {
        XWPFRun run = p.createRun();
        font(run, eastAsia, size);
        run.setText(text);
        return run;
    }

    private static void font(XWPFRun run, String eastAsia, int size) {
        run.setFontFamily(LATIN, XWPFRun.FontCharRange.ascii);
        run.setFontFamily(LATIN, XWPFRun.FontCharRange.hAnsi);
        run.setFontFamily(eastAsia, XWPFRun.FontCharRange.eastAsia);
        run.setFontSize(size);
    }

    private void pageSetup() {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        margins.setHeader(BigInteger.valueOf(mm(15)));
        margins.setFooter(BigInteger.valueOf(mm(28) - 7 * 20)); // 页码 under the text area, ≈ 7 mm below it
        margins.setGutter(BigInteger.ZERO);
        CTDocGrid grid = section.addNewDocGrid();
        grid.setType(STDocGrid.LINES_AND_CHARS);
        grid.setLinePitch(BigInteger.valueOf(LINE_PITCH));
        // charSpace: the pitch's difference from the 3号 default size, in 1/4096 pt
        grid.setCharSpace(BigInteger.valueOf(Math.round((CHAR_PITCH / 20.0 - SIZE_TEXT) * 4096)));
        var defaults = doc.getStyles() == null ? doc.createStyles() : doc.getStyles();
        defaults.setSpellingLanguage("zh-CN");
        defaults.setEastAsia("zh-CN");
    }

    /** "— 1 —" in 4号 宋体: odd pages (the default footer) right, even pages left, one character in. */
    private void pageNumbers() {
        doc.setEvenAndOddHeadings(true);
        footer(doc.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
        footer(doc.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
    }

    private static void footer(XWPFFooter footer, ParagraphAlignment alignment) {
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(alignment);
        if (alignment == ParagraphAlignment.RIGHT) {
            p.setIndentationRight(SIZE_SMALL * 20);
        } else {
            p.setIndentationLeft(SIZE_SMALL * 20);
        }
        XWPFRun before = p.createRun();
        font(before, SONGTI, SIZE_SMALL);
        setSongti(before);
        before.setText("— ");
        CTSimpleField field = p.getCTP().addNewFldSimple();
        field.setInstr(" PAGE ");
        CTR number = field.addNewR();
        var props = number.addNewRPr();
        var fonts = props.addNewRFonts();
        fonts.setAscii(SONGTI);
        fonts.setHAnsi(SONGTI);
        fonts.setEastAsia(SONGTI);
        props.addNewSz().setVal(BigInteger.valueOf(SIZE_SMALL * 2));
        number.addNewT().setStringValue("1");
        XWPFRun after = p.createRun();
        font(after, SONGTI, SIZE_SMALL);
        setSongti(after);
        after.setText(" —");
    }

    private static void setSongti(XWPFRun run) {
        run.setFontFamily(SONGTI, XWPFRun.FontCharRange.ascii);
        run.setFontFamily(SONGTI, XWPFRun.FontCharRange.hAnsi);
    }

    /**
     * A font table naming the GB/T 9704 fonts with their fallbacks ({@code w:altName}) and the GB2312 charset,
     * so Word and WPS substitute 宋体/仿宋/楷体 where the foundry fonts are not installed.
     */
    private void fontTable() {
        try {
            PackagePartName name = PackagingURIHelper.createPartName("/word/fontTable.xml");
            PackagePart part = doc.getPackage().createPart(name,
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml");
            String xml = """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
                    <w:font w:name="%s"><w:altName w:val="宋体"/><w:charset w:val="86"/><w:family w:val="script"/>\
                    <w:pitch w:val="variable"/></w:font>\
                    <w:font w:name="%s"><w:altName w:val="FangSong"/><w:charset w:val="86"/><w:family w:val="modern"/>\
                    <w:pitch w:val="fixed"/></w:font>\
                    <w:font w:name="%s"><w:altName w:val="KaiTi"/><w:charset w:val="86"/><w:family w:val="modern"/>\
                    <w:pitch w:val="fixed"/></w:font>\
                    <w:font w:name="黑体"><w:altName w:val="SimHei"/><w:charset w:val="86"/><w:family w:val="modern"/>\
                    <w:pitch w:val="fixed"/></w:font>\
                    <w:font w:name="宋体"><w:altName w:val="SimSun"/><w:charset w:val="86"/><w:family w:val="auto"/>\
                    <w:pitch w:val="variable"/></w:font>\
                    <w:font w:name="Times New Roman"><w:charset w:val="00"/><w:family w:val="roman"/>\
                    <w:pitch w:val="variable"/></w:font></w:fonts>
                    """.formatted(XIAOBIAOSONG, FANGSONG, KAITI);
            try (OutputStream out = part.getOutputStream()) {
                out.write(xml.getBytes(StandardCharsets.UTF_8));
            }
            doc.getPackagePart().addRelationship(name, TargetMode.INTERNAL,
                    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable");
        } catch (InvalidFormatException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int mm(int millimetres) {
        return (int) Math.round(millimetres * 1440 / 25.4);
    }
}
