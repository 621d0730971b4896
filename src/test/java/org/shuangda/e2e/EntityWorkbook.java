package org.shuangda.e2e;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.shuangda.entities.ImportColumn;

/**
 * Writes an import file as an office would fill the template: the template's header row, then one market
 * entity per row, every cell text. Streams rows to disk, so 100,000 rows need little memory.
 */
public final class EntityWorkbook {

    private EntityWorkbook() {
    }

    /** Rows are cell values in {@link ImportColumn} order; null leaves a cell empty. */
    public static Path write(Path file, Iterator<String[]> rows) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500); OutputStream out = Files.newOutputStream(file)) {
            workbook.setCompressTempFiles(true);
            Sheet sheet = workbook.createSheet("市场主体");
            Row header = sheet.createRow(0);
            for (ImportColumn column : ImportColumn.values()) {
                header.createCell(column.ordinal()).setCellValue(column.header());
            }
            int rowIndex = 1;
            while (rows.hasNext()) {
                String[] cells = rows.next();
                Row row = sheet.createRow(rowIndex++);
                for (int i = 0; i < cells.length; i++) {
                    if (cells[i] != null) {
                        row.createCell(i).setCellValue(cells[i]);
                    }
                }
            }
            workbook.write(out);
            workbook.close();
        }
        return file;
    }

    /** A row for a company (企业) in {@code regionCode} with the required columns and a contact phone. */
    public static String[] company(String name, String uscc, String regionCode, String phone) {
        String[] cells = new String[ImportColumn.values().length];
        cells[ImportColumn.NAME.ordinal()] = name;
        cells[ImportColumn.USCC.ordinal()] = uscc;
        cells[ImportColumn.ENTITY_TYPE.ordinal()] = "企业";
        cells[ImportColumn.REGION_CODE.ordinal()] = regionCode;
        cells[ImportColumn.CONTACT_PHONE.ordinal()] = phone;
        return cells;
    }
}
