package org.shuangda.entities;

import java.util.Random;

/** Valid, distinct codes and JSON bodies for the entity tests (each test class its own seed). */
final class EntityFixtures {

    private final UsccGenerator codes;

    EntityFixtures(long seed) {
        this.codes = new UsccGenerator(new Random(seed));
    }

    String uscc(String region) {
        return codes.next(EntityType.ENTERPRISE, region);
    }

    /** The same code with a different (wrong) check character, and the right one. */
    static String[] withWrongCheck(String valid) {
        char right = valid.charAt(17);
        return new String[] {valid.substring(0, 17) + (right == 'A' ? 'B' : 'A'), String.valueOf(right)};
    }

    static String json(String name, String uscc, String region, String idNumber) {
        return """
                {"name":%s,"uscc":%s,"entityType":"ENTERPRISE","address":"山西省长治市","regionCode":%s,
                 "legalRepresentative":"测试甲","legalRepIdNumber":%s,"contactPerson":"测试乙",
                 "contactPhone":"13800001234"}""".formatted(quote(name), quote(uscc), quote(region), quote(idNumber));
    }

    static String quote(String s) {
        return s == null ? "null" : "\"" + s.replace("\"", "\\\"") + "\"";
    }
}
