package org.shuangda.cases.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A province's own threshold replaces the national row of the same charge and amount, in that province only. */
class ThresholdsInForceTest {

    static CriminalThreshold row(long id, String charge, AmountKind kind, int minimum, String owner) {
        return new CriminalThreshold(id, "TRADEMARK", charge, kind, BigDecimal.valueOf(minimum), "依据", true, (int) id,
                0, owner);
    }

    @Test
    void the_most_specific_row_per_charge_and_amount_is_in_force() {
        CriminalThreshold national = row(1, "假冒注册商标罪", AmountKind.BUSINESS_AMOUNT, 50000, null);
        CriminalThreshold gains = row(2, "假冒注册商标罪", AmountKind.ILLEGAL_GAINS, 30000, null);
        CriminalThreshold shanxi = row(3, "假冒注册商标罪", AmountKind.BUSINESS_AMOUNT, 80000, "/140000/");
        List<CriminalThreshold> table = List.of(national, gains, shanxi);
        assertThat(Thresholds.applicable(table, "/140000/140400/140426/")).containsExactly(gains, shanxi);
        assertThat(Thresholds.applicable(table, "/110000/110100/")).containsExactly(national, gains);

        CaseAmounts amounts = new CaseAmounts("TRADEMARK", BigDecimal.valueOf(60000), null, null);
        assertThat(Thresholds.met(table, amounts, "/140000/140400/140426/")).isEmpty();
        assertThat(Thresholds.met(table, amounts, "/110000/110100/")).extracting(m -> m.threshold().id())
                .containsExactly(1L);
    }
}
