package org.shuangda.shared.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The form layout read back: merged title, bordered bold header, real dates and numbers, frozen header, foot. */
class XlsxFormTest {

    @Test
    void aFormHasItsTitleBordersRealDatesNumbersAFrozenHeaderAndTheSignatureBlock() throws Exception {
        byte[] bytes;
        try (SXSSFWorkbook book = new SXSSFWorkbook(10); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XlsxForm form = XlsxForm.of(book);
            var sheet = book.createSheet("表");
            form.title(sheet, 0, "案件清单", 4);
            form.header(sheet, 1, List.of("案号", "立案日期", "案值（元）", "收到时间"));
            form.freeze(sheet, 1, 2);
            var row = sheet.createRow(2);
            form.text(row, 0, "黎工商处〔2026〕1号");
            form.date(row, 1, LocalDate.of(2026, 3, 9));
            form.decimal(row, 2, new BigDecimal("12345.5"));
            form.dateTime(row, 3, LocalDateTime.of(2026, 3, 9, 9, 36));
            form.signature(sheet, 2, 4, new XlsxForm.Signature("李某", null, "0355-1234567", LocalDate.of(2026, 12, 2)));
            book.write(out);
            book.dispose();
            bytes = out.toByteArray();
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getMergedRegions()).anySatisfy(r -> {
                assertThat(r.getFirstRow()).isZero();
                assertThat(r.getLastColumn()).isEqualTo(3);
            });
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("案件清单");
            var head = sheet.getRow(1).getCell(0).getCellStyle();
            assertThat(book.getFontAt(head.getFontIndex()).getBold()).isTrue();
            assertThat(head.getBorderBottom()).isEqualTo(BorderStyle.THIN);
            var data = sheet.getRow(2);
            for (int c = 0; c < 4; c++) {
                assertThat(data.getCell(c).getCellStyle().getBorderLeft()).isEqualTo(BorderStyle.THIN);
            }
            assertThat(data.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(data.getCell(1))).isTrue();
            assertThat(data.getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 9));
            assertThat(DateUtil.isCellDateFormatted(data.getCell(3))).isTrue();
            assertThat(data.getCell(2).getNumericCellValue()).isEqualTo(12345.5);
            assertThat(data.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("填报人：李某");
            assertThat(sheet.getRow(4).getCell(2).getStringCellValue()).startsWith("审核人：");
            assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).isEqualTo("联系电话：0355-1234567");
            assertThat(sheet.getRow(5).getCell(2).getStringCellValue()).isEqualTo("填报日期：");
            assertThat(DateUtil.isCellDateFormatted(sheet.getRow(5).getCell(3))).isTrue();
        }
    }
}
