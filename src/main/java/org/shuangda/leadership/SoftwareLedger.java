package org.shuangda.leadership;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * One government unit's software legalisation ledger (软件正版化台账): computers in use, each product installed with
 * its licences, and the checks made of it. {@link #licensedRate} is the share of installations covered by a licence.
 */
public record SoftwareLedger(long unitId, String unitName, Integer computers, List<Entry> entries,
        List<Check> checks, int profileVersion) {

    public enum Category {
        OS,
        OFFICE,
        SECURITY,
        OTHER
    }

    public enum CheckKind {
        SELF_CHECK,
        INSPECTION
    }

    /** A product on the unit's computers; fewer licences than installations needs a rectification in words. */
    public record Entry(Long id, Category category, String product, int installed, int licensed,
            LocalDate licenceExpiresOn, LocalDate procuredOn, BigDecimal procurementAmount, String rectification,
            int version) {

        /** Installations a licence covers. */
        public int covered() {
            return Math.min(installed, licensed);
        }

        public boolean short_() {
            return licensed < installed;
        }

        public boolean expiredOn(LocalDate day) {
            return licenceExpiresOn != null && licenceExpiresOn.isBefore(day);
        }
    }

    /** A self-check or an inspection with the ledger's totals as they stood. */
    public record Check(long id, CheckKind kind, LocalDate checkedOn, String checkedBy, int computers, int installed,
            int licensed, int covered, String findings, LocalDate rectifyBy, Long taskId) {

        public BigDecimal licensedRate() {
            return rate(covered, installed);
        }
    }

    public int installed() {
        return entries.stream().mapToInt(Entry::installed).sum();
    }

    public int licensed() {
        return entries.stream().mapToInt(Entry::licensed).sum();
    }

    public int covered() {
        return entries.stream().mapToInt(Entry::covered).sum();
    }

    /** Installations covered by a licence, in percent with one decimal; null when nothing is installed. */
    public BigDecimal licensedRate() {
        return rate(covered(), installed());
    }

    static BigDecimal rate(int covered, int installed) {
        return installed == 0 ? null
                : BigDecimal.valueOf(covered * 100L).divide(BigDecimal.valueOf(installed), 1, RoundingMode.HALF_UP);
    }
}
