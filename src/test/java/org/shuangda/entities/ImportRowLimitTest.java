package org.shuangda.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.web.RequestLimits;

/**
 * Rows per import ({@code shuangda.limits.import-rows}): one data row over the limit refuses the whole file
 * on {@code file} with the limit named, while it is read (nothing is staged: {@code EntityImports.upload}
 * stages only what the reader returns). A small limit here stands for the default of 200,000.
 */
class ImportRowLimitTest {

    private static byte[] csv(int rows) {
        StringBuilder s = new StringBuilder(java.util.Arrays.stream(ImportColumn.values()).map(ImportColumn::header)
                .collect(java.util.stream.Collectors.joining(",")) + "\n");
        for (int i = 0; i < rows; i++) {
            s.append("测试商贸").append(i).append(",,企业,黎城县,140426,,,,\n");
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aFileAtTheLimitIsRead() {
        assertThat(ImportFileReader.read("a.csv", new ByteArrayInputStream(csv(3)), 3)).hasSize(3);
    }

    @Test
    void oneRowOverTheLimitRefusesTheFileWithTheLimitNamed() {
        assertThatThrownBy(() -> ImportFileReader.read("a.csv", new ByteArrayInputStream(csv(4)), 3))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.field()).isEqualTo("file");
                        assertThat(p.reason()).isEqualTo("entity.import.error.tooManyRows");
                        assertThat(p.args()).containsExactly(3);
                    });
                });
    }

    @Test
    void theDefaultKeepsTheBenchmarkedSize() {
        assertThat(RequestLimits.defaults().importRows()).isEqualTo(200_000);
    }
}
