package org.shuangda.entities;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.shuangda.shared.InvalidInput;

/**
 * Turns an uploaded file into data rows keyed by the template's columns, or refuses it with a reason a
 * person can act on (field {@code file}): wrong type, empty, too large, too many rows, missing columns, or a
 * damaged file. The type is decided by the content, not the file name alone, so a renamed or tampered file
 * is refused rather than half-read.
 */
final class ImportFileReader {

    static final long MAX_BYTES = 20L * 1024 * 1024;

    /** One data row: its Excel row number and the cells in {@link ImportColumn} order (trimmed, null if blank). */
    record Row(int rowNo, String[] cells) {
    }

    private ImportFileReader() {
    }

    /** {@code maxRows}: {@code shuangda.limits.import-rows}; one row more and the file is refused, unread. */
    static List<Row> read(String fileName, InputStream content, int maxRows) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        Path temp = null;
        try {
            temp = Files.createTempFile("entity-import-", ".upload");
            long size = copyLimited(content, temp);
            if (size == 0) {
                throw new InvalidInput("file", "entity.import.error.empty");
            }
            byte[] head = new byte[8];
            try (InputStream in = Files.newInputStream(temp)) {
                head = in.readNBytes(8);
            }
            Collector rows = new Collector(maxRows);
            if (XlsxSheetReader.isOle2(head)) {
                throw new InvalidInput("file", "entity.import.error.xls");
            } else if (XlsxSheetReader.isZip(head) && !name.endsWith(".csv")) {
                readXlsx(temp, rows);
            } else if (name.endsWith(".csv") && !CsvSheetReader.looksBinary(head)) {
                CsvSheetReader.read(Files.readAllBytes(temp), rows);
            } else if (name.endsWith(".xlsx") || name.endsWith(".csv")) {
                throw new InvalidInput("file", "entity.import.error.corrupt");
            } else {
                throw new InvalidInput("file", "entity.import.error.type");
            }
            return rows.finish();
        } catch (TooManyRows e) {
            throw tooManyRows(maxRows);
        } catch (IOException e) {
            throw new InvalidInput("file", "entity.import.error.corrupt");
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void readXlsx(Path file, Collector rows) {
        try {
            XlsxSheetReader.read(file, rows);
        } catch (InvalidInput | TooManyRows e) {
            throw e;
        } catch (Exception e) {
            if (e.getCause() instanceof TooManyRows || e.getCause() instanceof InvalidInput) {
                throw (RuntimeException) e.getCause();
            }
            // not OOXML, a zip bomb refused by POI, broken XML, …: all mean the file cannot be trusted
            throw new InvalidInput("file", "entity.import.error.corrupt");
        }
    }

    private static long copyLimited(InputStream in, Path target) throws IOException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(target)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > MAX_BYTES) {
                    throw new InvalidInput("file", "entity.import.error.tooLarge", MAX_BYTES / 1024 / 1024);
                }
                out.write(buffer, 0, n);
            }
        }
        return total;
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // a temp file left behind is removed by the OS; the import result does not depend on it
            }
        }
    }

    /** Thrown from inside the SAX parser to stop reading at once; turned into an {@link InvalidInput}. */
    private static final class TooManyRows extends RuntimeException {
        TooManyRows() {
            super(null, null, false, false);
        }
    }

    /** Finds the header (first non-blank row), maps its columns, then keeps the non-blank rows under it. */
    private static final class Collector implements SheetRowHandler {
        private final List<Row> rows = new ArrayList<>();
        private final int maxRows;
        private Map<ImportColumn, Integer> columns;

        Collector(int maxRows) {
            this.maxRows = maxRows;
        }

        @Override
        public void row(int rowNumber, List<String> cells) {
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                return;
            }
            if (columns == null) {
                columns = header(cells);
                return;
            }
            if (rows.size() >= maxRows) {
                throw new TooManyRows();
            }
            String[] values = new String[ImportColumn.values().length];
            columns.forEach((column, index) -> values[column.ordinal()] = index < cells.size()
                    ? clean(cells.get(index)) : null);
            rows.add(new Row(rowNumber, values));
        }

        List<Row> finish() {
            if (columns == null || rows.isEmpty()) {
                throw new InvalidInput("file", columns == null ? "entity.import.error.empty"
                        : "entity.import.error.noRows");
            }
            return rows;
        }

        private static Map<ImportColumn, Integer> header(List<String> cells) {
            Map<ImportColumn, Integer> found = new EnumMap<>(ImportColumn.class);
            for (int i = 0; i < cells.size(); i++) {
                int index = i;
                ImportColumn.ofHeader(cells.get(i)).ifPresent(c -> found.putIfAbsent(c, index));
            }
            if (java.util.Arrays.stream(ImportColumn.values()).anyMatch(c -> c.required() && !found.containsKey(c))) {
                String missing = java.util.Arrays.stream(ImportColumn.values())
                        .filter(c -> c.required() && !found.containsKey(c))
                        .map(ImportColumn::header).collect(Collectors.joining("、"));
                throw new InvalidInput("file", "entity.import.error.missingColumns", missing);
            }
            return found;
        }

        private static String clean(String cell) {
            if (cell == null) {
                return null;
            }
            // PostgreSQL text cannot hold NUL; a stray one must not turn a preview into a 500
            String v = cell.replace("\u0000", "").strip();
            return v.isEmpty() ? null : v;
        }
    }

    private static InvalidInput tooManyRows(int maxRows) {
        return new InvalidInput("file", "entity.import.error.tooManyRows", maxRows);
    }
}
