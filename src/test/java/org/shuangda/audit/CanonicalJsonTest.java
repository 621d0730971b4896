package org.shuangda.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shuangda.shared.AuditAction;

class CanonicalJsonTest {

    @Test
    void sortsKeysAndLeavesNoWhitespace() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("b", 1);
        fields.put("a", List.of(true, "x"));
        fields.put("中文", null);

        assertThat(CanonicalJson.write(CanonicalJson.normalise(fields))).isEqualTo("{\"a\":[true,\"x\"],\"b\":1,\"中文\":null}");
    }

    @Test
    void givesEveryNumberOneSpelling() {
        assertThat(write(new BigDecimal("1.50"))).isEqualTo("1.5");
        assertThat(write(1.5e0)).isEqualTo("1.5");
        assertThat(write(100L)).isEqualTo("100");
        assertThat(write(new BigDecimal("1E+2"))).isEqualTo("100");
        assertThat(write(1e20)).isEqualTo("100000000000000000000");
        assertThat(write(-0.0)).isEqualTo("0");
        assertThat(write(new BigDecimal("0.000"))).isEqualTo("0");
        assertThat(write(0.1f)).isEqualTo("0.1");
        assertThat(write(Double.NaN)).isEqualTo("\"NaN\"");
        assertThat(write(new BigDecimal("1E-400"))).isEqualTo("\"1E-400\"");
    }

    @Test
    void escapesOnlyWhatJsonRequires() {
        assertThat(write("say \"hi\"\\\n\t\u0001 中文 😀")).isEqualTo("\"say \\\"hi\\\"\\\\\\u000a\\u0009\\u0001 中文 😀\"");
    }

    @Test
    void replacesWhatPostgresqlCannotStore() {
        assertThat(CanonicalJson.clean("a\u0000b")).isEqualTo("a\uFFFDb");
        assertThat(CanonicalJson.clean("x\uD800y")).isEqualTo("x\uFFFDy");
        assertThat(CanonicalJson.clean("x\uDC00")).isEqualTo("x\uFFFD");
        assertThat(CanonicalJson.clean("😀")).isEqualTo("😀");
        assertThat(CanonicalJson.clean("plain")).isSameAs("plain");
    }

    @Test
    void writesJavaTypesAsText() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("day", LocalDate.of(2026, 1, 7));
        fields.put("action", AuditAction.UPDATE);
        fields.put("ids", new long[] {3, 1});
        fields.put("names", new String[] {"甲", "乙"});
        fields.put("code", Arrays.asList(null, 'c'));

        assertThat(CanonicalJson.write(CanonicalJson.normalise(fields)))
                .isEqualTo("{\"action\":\"UPDATE\",\"code\":[null,\"c\"],\"day\":\"2026-01-07\",\"ids\":[3,1],"
                        + "\"names\":[\"甲\",\"乙\"]}");
    }

    @Test
    void parsingTheTextGivesTheSameCanonicalForm() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("z", new BigDecimal("12.3400"));
        fields.put("big", new BigInteger("123456789012345678901234567890"));
        fields.put("nested", Map.of("k", List.of(1, 2.50, "v\"\\\u0002")));
        fields.put("emoji", "😀\u0000");
        String canonical = CanonicalJson.write(CanonicalJson.normaliseMap(fields));

        // re-spaced and re-ordered as jsonb would print it
        String reordered = "{\"big\": 123456789012345678901234567890, \"z\": 12.34, "
                + "\"emoji\": \"\\ud83d\\ude00\uFFFD\", \"nested\": {\"k\": [1, 2.5, \"v\\\"\\\\\\u0002\"]}}";

        assertThat(CanonicalJson.write(CanonicalJson.parseObject(canonical))).isEqualTo(canonical);
        assertThat(CanonicalJson.write(CanonicalJson.parseObject(reordered))).isEqualTo(canonical);
    }

    @Test
    void cutsOffCycles() {
        Map<String, Object> cyclic = new LinkedHashMap<>();
        cyclic.put("self", cyclic);

        assertThat(CanonicalJson.write(CanonicalJson.normalise(cyclic))).contains("(nested too deep)");
    }

    private static String write(Object value) {
        return CanonicalJson.write(CanonicalJson.normalise(value));
    }
}
