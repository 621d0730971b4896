package org.shuangda.cases.transfer;

import java.math.BigDecimal;

/**
 * One row of the 立案追诉标准 table: a case of {@code category} whose {@code amountKind} reaches {@code minimum}
 * 元 is suspected of {@code charge} and must be transferred to the police.
 *
 * @param basis           the legal sources, shown to the officer
 * @param ownerRegionPath the province that made this row specific for its region (replacing the national row
 *                        of the same category, charge and amount), null for the national standard; see
 *                        {@link org.shuangda.shared.Configurable#CRIMINAL_THRESHOLD}
 */
public record CriminalThreshold(Long id, String category, String charge, AmountKind amountKind, BigDecimal minimum,
        String basis, boolean active, int sortOrder, int version, String ownerRegionPath) {

    public org.shuangda.shared.ConfigOwner owner() {
        return org.shuangda.shared.ConfigOwner.of(ownerRegionPath);
    }

    /** What a more specific row replaces: the same category, charge and amount measured. */
    String key() {
        return category + "|" + charge + "|" + amountKind;
    }

    /** Whether {@code amounts} reach this threshold (an amount not recorded reaches nothing). */
    public boolean metBy(CaseAmounts amounts) {
        BigDecimal amount = amountKind.of(amounts);
        return active && category.equals(amounts.category()) && amount != null && amount.compareTo(minimum) >= 0;
    }
}
