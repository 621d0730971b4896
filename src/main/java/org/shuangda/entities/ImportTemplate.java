package org.shuangda.entities;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The import template: one header row with the {@link ImportColumn} headers; code, ID and phone columns
 * formatted as text (else Excel turns an 18-digit ID number into 1.40426E+17); a drop-down for 主体类型; and
 * a second sheet explaining each column.
 */
public final class ImportTemplate {

    private static final int DATA_ROWS_FORMATTED = 10_000;

    private ImportTemplate() {
    }

    public static void write(OutputStream out, int maxRows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("市场主体");
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            Row row = sheet.createRow(0);
            for (ImportColumn column : ImportColumn.values()) {
                row.createCell(column.ordinal()).setCellValue(column.header());
                row.getCell(column.ordinal()).setCellStyle(header);
                sheet.setColumnWidth(column.ordinal(), widthOf(column) * 256);
                if (isCode(column)) {
                    sheet.setDefaultColumnStyle(column.ordinal(), text);
                }
            }
            sheet.createFreezePane(0, 1);
            DataValidationHelper helper = sheet.getDataValidationHelper();
            String[] types = java.util.Arrays.stream(EntityType.values()).map(EntityType::chineseLabel)
                    .toArray(String[]::new);
            int typeColumn = ImportColumn.ENTITY_TYPE.ordinal();
            sheet.addValidationData(helper.createValidation(helper.createExplicitListConstraint(types),
                    new CellRangeAddressList(1, DATA_ROWS_FORMATTED, typeColumn, typeColumn)));
            writeNotes(workbook.createSheet("填写说明"), header, maxRows);
            workbook.write(out);
        }
    }

    private static void writeNotes(Sheet notes, CellStyle header, int maxRows) {
        String[][] lines = {
            {"列", "说明"},
            {"名称", "必填，不超过200字"},
            {"统一社会信用代码", "18位，校验位须正确；同一文件内及系统中不得重复。2016年前发放、校验位不符的旧代码请在预览中勾选“确认旧代码”并说明原因"},
            {"主体类型", "企业、个体工商户、农民专业合作社、其他组织"},
            {"地址", "选填"},
            {"行政区划代码", "必填，6位县级（或市级）代码，如 140426（黎城县），须在您的数据范围内"},
            {"法定代表人", "选填"},
            {"法定代表人身份证号", "选填，18位，校验位须正确（末位可为X）"},
            {"联系人", "选填"},
            {"联系电话", "选填，数字、空格、+、-、括号"},
            {"成立日期", "选填，格式 2020-05-18（营业执照上的成立日期；用于信用风险分类的成立年限）。不含此列的旧模板仍可导入"},
            {"", String.format(java.util.Locale.ROOT, "第1行为表头，请勿修改；从第2行起每行一个市场主体，最多%,d行", maxRows)},
        };
        for (int i = 0; i < lines.length; i++) {
            Row row = notes.createRow(i);
            row.createCell(0).setCellValue(lines[i][0]);
            row.createCell(1).setCellValue(lines[i][1]);
            if (i == 0) {
                row.getCell(0).setCellStyle(header);
                row.getCell(1).setCellStyle(header);
            }
        }
        notes.setColumnWidth(0, 22 * 256);
        notes.setColumnWidth(1, 100 * 256);
    }

    private static boolean isCode(ImportColumn column) {
        return column == ImportColumn.USCC || column == ImportColumn.REGION_CODE
                || column == ImportColumn.LEGAL_REP_ID_NUMBER || column == ImportColumn.CONTACT_PHONE
                || column == ImportColumn.ESTABLISHED_ON;
    }

    private static int widthOf(ImportColumn column) {
        return switch (column) {
            case NAME, ADDRESS -> 36;
            case USCC, LEGAL_REP_ID_NUMBER -> 24;
            default -> 16;
        };
    }
}
