package org.shuangda.reporting.workbooks;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.shuangda.shared.InvalidInput;

/**
 * Reads an uploaded report workbook: its hidden facts and, per data row, what the value cell holds
 * (a number, text to be checked, or nothing). Any file that is not one of ours is refused on {@code file}.
 */
final class WorkbookReader {

    /** What the upload contains: its facts and seal, and the value cell of each indicator with its address. */
    record Content(WorkbookFacts facts, String seal, Map<String, Object> values, Map<String, String> cells) {
    }

    private WorkbookReader() {
    }

    /** {@code maxIndicators}: {@code shuangda.limits.indicators-per-template}. */
    static Content read(byte[] bytes, int maxIndicators) {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            Sheet hidden = wb.getSheet(WorkbookFacts.SHEET);
            if (hidden == null || wb.getNumberOfSheets() < 2) {
                throw new InvalidInput("file", "reporting.workbook.notOurs");
            }
            Map<String, String> meta = new LinkedHashMap<>();
            DataFormatter text = new DataFormatter();
            for (Row row : hidden) {
                meta.put(text.formatCellValue(row.getCell(0)), text.formatCellValue(row.getCell(1)));
            }
            WorkbookFacts facts;
            try {
                List<String> codes = Arrays.asList(meta.getOrDefault("codes", "").split(","));
                facts = new WorkbookFacts(Long.parseLong(meta.get("round")), Long.parseLong(meta.get("unit")),
                        Long.parseLong(meta.get("template")), Integer.parseInt(meta.get("version")), codes);
            } catch (RuntimeException e) {
                throw new InvalidInput("file", "reporting.workbook.tampered");
            }
            // one data row per listed code: a tampered list of a million codes must not be read row by row
            if (facts.codes().size() > maxIndicators) {
                throw new InvalidInput("file", "reporting.workbook.tampered");
            }
            Sheet sheet = wb.getSheetAt(0);
            Map<String, Object> values = new LinkedHashMap<>();
            Map<String, String> cells = new LinkedHashMap<>();
            for (int i = 0; i < facts.codes().size(); i++) {
                int r = WorkbookFacts.FIRST_DATA_ROW + i;
                Row row = sheet.getRow(r);
                Cell cell = row == null ? null : row.getCell(WorkbookFacts.VALUE_COLUMN);
                String code = facts.codes().get(i);
                cells.put(code, new CellReference(r, WorkbookFacts.VALUE_COLUMN).formatAsString());
                values.put(code, valueOf(cell, text));
            }
            return new Content(facts, meta.get("seal"), values, cells);
        } catch (InvalidInput e) {
            throw e;
        } catch (Exception e) {
            throw new InvalidInput("file", "reporting.workbook.unreadable");
        }
    }

    /** A number as a BigDecimal, anything else as the text a person sees, blank as null. */
    private static Object valueOf(Cell cell, DataFormatter text) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            return new BigDecimal(Double.toString(cell.getNumericCellValue()));
        }
        if (type == CellType.BLANK) {
            return null;
        }
        String shown = type == CellType.STRING ? cell.getStringCellValue() : text.formatCellValue(cell);
        return shown == null || shown.isBlank() ? null : shown;
    }
}
