package org.shuangda.e2e.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.Set;
import org.shuangda.e2e.EntityWorkbook;
import org.shuangda.entities.EntityType;
import org.shuangda.entities.ImportColumn;
import org.shuangda.entities.ResidentIdNumber;
import org.shuangda.entities.UsccGenerator;

/**
 * Writes the benchmark's import file: {@code rows} valid market entities with distinct, correctly checked
 * credit codes (the entities module's {@link UsccGenerator}), spread over 黎城县 and 平顺县, every column
 * filled as a careful office would. Used by {@code bench/import-entities.sh}:
 *
 * <pre>. bench/classpath.sh; java -cp target/test-classes:target/classes:$(app_classpath) \
 *     org.shuangda.e2e.bench.ImportFileGenerator target/bench/entities-100000.xlsx 100000 [seed]</pre>
 */
public final class ImportFileGenerator {

    private static final String[] REGIONS = {"140426", "140425"};
    private static final String[] COUNTY_NAMES = {"黎城县", "平顺县"};
    private static final String[] TRADES = {"商贸", "农资", "五金", "食品", "建材", "服装", "电子", "药房", "汽配", "文化"};
    private static final EntityType[] TYPES = {EntityType.ENTERPRISE, EntityType.ENTERPRISE,
        EntityType.INDIVIDUAL_BUSINESS, EntityType.FARMERS_COOPERATIVE};

    private ImportFileGenerator() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: ImportFileGenerator <file.xlsx> <rows> [seed]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        int rows = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : System.nanoTime();
        long start = System.nanoTime();
        EntityWorkbook.write(file, rows(rows, new Random(seed)));
        System.out.printf("%s: %d rows, %.1f MB, written in %.1f s (seed %d)%n", file, rows,
                Files.size(file) / 1048576.0, (System.nanoTime() - start) / 1e9, seed);
    }

    static Iterator<String[]> rows(int count, Random random) {
        UsccGenerator codes = new UsccGenerator(random);
        Set<String> used = new HashSet<>();
        return new Iterator<>() {
            private int n;

            @Override
            public boolean hasNext() {
                return n < count;
            }

            @Override
            public String[] next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int county = n % REGIONS.length;
                EntityType type = TYPES[random.nextInt(TYPES.length)];
                String uscc;
                do {
                    uscc = codes.next(type, REGIONS[county]);
                } while (!used.add(uscc));
                String[] cells = new String[ImportColumn.values().length];
                cells[ImportColumn.NAME.ordinal()] = COUNTY_NAMES[county] + "基准" + TRADES[n % TRADES.length]
                        + (type == EntityType.INDIVIDUAL_BUSINESS ? "经营部" : type == EntityType.FARMERS_COOPERATIVE
                                ? "专业合作社" : "有限公司") + n;
                cells[ImportColumn.USCC.ordinal()] = uscc;
                cells[ImportColumn.ENTITY_TYPE.ordinal()] = type.chineseLabel();
                cells[ImportColumn.ADDRESS.ordinal()] = COUNTY_NAMES[county] + "城区建设路" + (n % 500 + 1) + "号";
                cells[ImportColumn.REGION_CODE.ordinal()] = REGIONS[county];
                cells[ImportColumn.LEGAL_REPRESENTATIVE.ordinal()] = "测试" + (n % 997);
                String id17 = REGIONS[county] + (1960 + n % 40) + String.format("%02d%02d%03d", n % 12 + 1,
                        n % 28 + 1, n % 1000);
                cells[ImportColumn.LEGAL_REP_ID_NUMBER.ordinal()] = id17 + ResidentIdNumber.checkCharFor(id17);
                cells[ImportColumn.CONTACT_PERSON.ordinal()] = "联系人" + (n % 991);
                cells[ImportColumn.CONTACT_PHONE.ordinal()] = "1380" + String.format("%07d", n);
                n++;
                return cells;
            }
        };
    }
}
