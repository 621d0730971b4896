package org.shuangda.briefings;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FigurePhrasingTest {

    @ParameterizedTest(name = "{0} rounded reads {1}")
    @CsvSource({
            // the seeds' own examples: 426 人次 → 400余, 318 户 → 300余, 73 个 → 70多, 11 处 and 8 件 exact
            "426, 400余", "318, 300余", "73, 70多", "11, 11", "8, 8",
            "0, 0", "19, 19", "20, 20", "21, 20多", "99, 90多", "100, 100", "101, 100余", "300, 300",
            "1234, 1200余", "9999, 9900余", "10000, 10000", "27654, 27000余",
            "5.80, 5.8", "20.50, 20多", "123.5, 100余", "100.00, 100"})
    void rounded(String value, String expected) {
        assertThat(FigurePhrasing.phrase(new BigDecimal(value), true)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} exact reads {1}")
    @CsvSource({"426, 426", "73.00, 73", "5.80, 5.8", "0.00, 0", "27654, 27654", "100, 100"})
    void exact(String value, String expected) {
        assertThat(FigurePhrasing.phrase(new BigDecimal(value), false)).isEqualTo(expected);
    }
}
