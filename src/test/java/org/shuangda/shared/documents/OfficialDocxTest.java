package org.shuangda.shared.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;

/** The GB/T 9704 layout, read back from the XML POI wrote: page, grid, fonts, 红头, page numbers, 版记. */
class OfficialDocxTest {

    private static byte[] sample() {
        return OfficialDocx.create()
                .redHeader("长治市打击侵权假冒工作领导小组办公室", "长打假办〔2026〕3号")
                .title("关于第三次数据报送情况的通报")
                .addressee("各成员单位：")
                .heading("一、数据报送情况")
                .body("本次报送期间，各成员单位共计出动执法人员426人次。")
                .signature("长治市打击侵权假冒工作领导小组办公室")
                .signature("2026年12月2日")
                .imprint(OfficialDocx.Imprint.of("市委办公室，市政府办公室", "长治市打击侵权假冒工作领导小组办公室",
                        LocalDate.of(2026, 12, 2)))
                .bytes();
    }

    @Test
    void a4WithTheStandardsMarginsAndTheGridOf22LinesBy28Characters() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(sample()))) {
            var section = doc.getDocument().getBody().getSectPr();
            assertThat(((BigInteger) section.getPgSz().getW()).intValue()).isEqualTo(11906);
            assertThat(((BigInteger) section.getPgSz().getH()).intValue()).isEqualTo(16838);
            var mar = section.getPgMar();
            assertThat(((BigInteger) mar.getTop()).intValue()).isEqualTo(2098);     // 37 mm
            assertThat(((BigInteger) mar.getBottom()).intValue()).isEqualTo(1984);  // 35 mm
            assertThat(((BigInteger) mar.getLeft()).intValue()).isEqualTo(1587);    // 28 mm
            assertThat(((BigInteger) mar.getRight()).intValue()).isEqualTo(1474);   // 26 mm
            var grid = section.getDocGrid();
            assertThat(grid.getLinePitch().intValue() * 22).isBetween(16838 - 2098 - 1984 - 22, 16838 - 2098 - 1984);
            assertThat(OfficialDocx.CHAR_PITCH * 28).isBetween(11906 - 1587 - 1474 - 28, 11906 - 1587 - 1474);
            assertThat(grid.xmlText()).contains("linesAndChars");
        }
    }

    @Test
    void theRedHeaderThenTheNumberCentredThenTheTitleIn2HaoXiaobiaosongAndTheBodyIn3HaoFangsong() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(sample()))) {
            var ps = doc.getParagraphs();
            XWPFRun mark = ps.get(0).getRuns().get(0);
            assertThat(mark.getColor()).isEqualTo("FF0000");
            assertThat(mark.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("方正小标宋简体");
            XWPFParagraph number = find(doc, "长打假办〔2026〕3号");
            assertThat(number.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(number.getCTP().getPPr().getPBdr().getBottom().xmlText()).contains("w:color=\"FF0000\""); // the red line
            XWPFParagraph title = find(doc, "关于第三次数据报送情况的通报");
            assertThat(ps.indexOf(title)).isGreaterThan(ps.indexOf(number));
            assertThat(title.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(title.getRuns().get(0).getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("方正小标宋简体");
            assertThat(title.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(22.0);
            XWPFParagraph body = find(doc, "本次报送期间");
            assertThat(body.getRuns().get(0).getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("仿宋_GB2312");
            assertThat(body.getRuns().get(0).getFontFamily(XWPFRun.FontCharRange.ascii)).isEqualTo("Times New Roman");
            assertThat(body.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(16.0);
            assertThat(body.getIndentationFirstLine()).isEqualTo(640); // two characters of 3号
            XWPFParagraph heading = find(doc, "一、数据报送情况");
            assertThat(heading.getRuns().get(0).getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("黑体");
        }
    }

    @Test
    void pageNumbersArePageFieldsIn4HaoSongtiOddRightEvenLeft() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(sample()))) {
            assertThat(doc.getSettings().getEvenAndOddHeadings()).isTrue();
            var odd = doc.getHeaderFooterPolicy().getDefaultFooter();
            var even = doc.getHeaderFooterPolicy().getEvenPageFooter();
            assertThat(odd).isNotNull();
            assertThat(even).isNotNull();
            XWPFParagraph o = odd.getParagraphs().get(0);
            XWPFParagraph e = even.getParagraphs().get(0);
            assertThat(o.getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
            assertThat(e.getAlignment()).isEqualTo(ParagraphAlignment.LEFT);
            for (XWPFParagraph p : new XWPFParagraph[] {o, e}) {
                String xml = p.getCTP().xmlText();
                assertThat(xml).contains("w:instr=\" PAGE \"").contains("宋体").contains("w:val=\"28\""); // 4号 = 14 pt
                assertThat(p.getText()).startsWith("— ").endsWith(" —");
            }
        }
    }

    @Test
    void theImprintIsFramedAtTheFootOfTheLastPageWithItsLines() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(sample()))) {
            var ps = doc.getParagraphs();
            XWPFParagraph copy = ps.get(ps.size() - 2);
            XWPFParagraph printed = ps.get(ps.size() - 1);
            assertThat(copy.getText()).isEqualTo("抄送：市委办公室，市政府办公室。");
            assertThat(printed.getText()).startsWith("长治市打击侵权假冒工作领导小组办公室").endsWith("2026年12月2日印发");
            for (XWPFParagraph p : new XWPFParagraph[] {copy, printed}) {
                var frame = p.getCTP().getPPr().getFramePr();
                assertThat(frame).isNotNull();
                assertThat(frame.xmlText()).contains("w:yAlign=\"bottom\"");
                assertThat(p.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(14.0);
            }
            assertThat(((BigInteger) copy.getCTP().getPPr().getPBdr().getTop().getSz()).intValue()).isEqualTo(8);
            assertThat(((BigInteger) printed.getCTP().getPPr().getPBdr().getTop().getSz()).intValue()).isEqualTo(4);
            assertThat(((BigInteger) printed.getCTP().getPPr().getPBdr().getBottom().getSz()).intValue()).isEqualTo(8);
        }
    }

    @Test
    void theFontTableDeclaresTheFallbacks() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(sample()))) {
            var part = doc.getPackage().getPartsByName(java.util.regex.Pattern.compile("/word/fontTable.xml")).get(0);
            String xml = new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(xml).contains("w:name=\"方正小标宋简体\"><w:altName w:val=\"宋体\"/>")
                    .contains("w:name=\"仿宋_GB2312\"><w:altName w:val=\"FangSong\"/>");
        }
    }

    @Test
    void withoutRedHeaderTheNumberFollowsTheTitle() throws Exception {
        byte[] bytes = OfficialDocx.create().numberUnderTitle("〔2026〕1号").title("阶段性总结").body("正文。").bytes();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("阶段性总结");
            assertThat(doc.getParagraphs().get(1).getText()).isEqualTo("〔2026〕1号");
        }
    }

    /** Renders to PDF where LibreOffice is installed (it is not installed for this). */
    @Test
    void rendersToPdfWhereLibreOfficeIsInstalled() throws Exception {
        Path office = Path.of("/usr/bin/libreoffice");
        if (!Files.isExecutable(office)) {
            return;
        }
        Path dir = Files.createTempDirectory("docx");
        Path docx = dir.resolve("sample.docx");
        Files.write(docx, sample());
        Process p = new ProcessBuilder(office.toString(), "--headless", "--convert-to", "pdf", "--outdir",
                dir.toString(), docx.toString()).redirectErrorStream(true).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.size(dir.resolve("sample.pdf"))).isPositive();
    }

    private static XWPFParagraph find(XWPFDocument doc, String start) {
        return doc.getParagraphs().stream().filter(p -> p.getText().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError(start));
    }
}
