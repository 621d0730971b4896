package org.shuangda.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HashedContentTest {

    private static final Instant AT = Instant.parse("2026-01-07T01:02:03.123456Z");

    @Test
    void sm3MatchesTheStandardExample() {
        // GB/T 32905-2016, example 1
        assertThat(HashedContent.sm3Hex("abc"))
                .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    }

    @Test
    void canonicalFormHasFixedOrderAndMicroseconds() {
        HashedContent content = sample("黎城县工商行政管理局");

        assertThat(content.canonical()).isEqualTo("[\"shuangda-audit-v1\",7,\"2026-01-07T01:02:03.123456Z\",3,"
                + "\"licheng.admin\",\"赵子航\",12,\"黎城县工商行政管理局\",\"/1/12/\",\"/140000/140400/140426/\","
                + "\"127.0.0.1\",\"UPDATE\",\"unit\",\"12\",\"改名\",{\"name\":\"旧\"},{\"name\":\"新\"}]");
    }

    @Test
    void hashDependsOnContentAndOnThePreviousHash() {
        String hash = sample("A").hash(HashedContent.GENESIS);

        assertThat(hash).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(sample("A").hash(HashedContent.GENESIS)).isEqualTo(hash);
        assertThat(sample("B").hash(HashedContent.GENESIS)).isNotEqualTo(hash);
        assertThat(sample("A").hash("1".repeat(64))).isNotEqualTo(hash);
    }

    @Test
    void nullsAreNotConfusedWithTextNull() {
        HashedContent withNull = new HashedContent(1, AT, null, null, null, null, null, null, null, null, "CREATE",
                null, null, null, Map.of(), Map.of());
        HashedContent withText = new HashedContent(1, AT, null, null, null, null, null, null, null, null, "CREATE",
                null, null, "null", Map.of(), Map.of());

        assertThat(withNull.hash(HashedContent.GENESIS)).isNotEqualTo(withText.hash(HashedContent.GENESIS));
    }

    private static HashedContent sample(String unitName) {
        return new HashedContent(7, AT, 3L, "licheng.admin", "赵子航", 12L, unitName, "/1/12/",
                "/140000/140400/140426/", "127.0.0.1", "UPDATE", "unit", "12", "改名",
                CanonicalJson.normaliseMap(Map.of("name", "旧")), CanonicalJson.normaliseMap(Map.of("name", "新")));
    }
}
