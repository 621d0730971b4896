package org.shuangda.credit.record;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.shuangda.cases.CaseCategory;
import org.shuangda.cases.PenaltyKind;
import org.shuangda.credit.DisplayTier;

/**
 * The display tier of a general-procedure penalty under SAMR Order 107 (市场监督管理信用修复管理办法):
 * <ul>
 * <li>a warning only: never shown (art.7, and Order 45: warnings are not published);</li>
 * <li>revocation of a licence (吊销许可证件, and 责令关闭 as "other" is not known here): serious and never restorable
 * (art.8: stops at 3 years);</li>
 * <li>suspension (责令停产停业), or a decision with a serious-violation listing proposal: serious (art.8);</li>
 * <li>a reprimand (通报批评) only, or a mitigated fine of at most ¥50,000 for an organisation / ¥5,000 for a natural
 * person (with at most a warning or reprimand beside it): minor, shown 3 months (art.7);</li>
 * <li>food and medicine cases above minor: serious (art.8);</li>
 * <li>any other penalty: general (art.9).</li>
 * </ul>
 * A 个体工商户 counts as a natural person for the fine limit (its operator answers for it), the stricter reading.
 *
 * @param tier       the tier
 * @param revocation revocation type: no restoration at all
 * @param reason     message key saying why (credit.record.tierReason.*)
 */
public record PenaltyTier(DisplayTier tier, boolean revocation, String reason) {

    public static final BigDecimal ORGANISATION_MINOR_FINE = new BigDecimal("50000");
    public static final BigDecimal PERSON_MINOR_FINE = new BigDecimal("5000");

    private static final Set<PenaltyKind> LIGHT = EnumSet.of(PenaltyKind.WARNING, PenaltyKind.REPRIMAND);
    private static final Set<CaseCategory> KEY_FIELDS = EnumSet.of(CaseCategory.FOOD, CaseCategory.FAKE_MEDICINE);

    /** Whether the applicant may ask for restoration at all (general, and serious short of revocation). */
    public boolean restorable() {
        return !revocation && (tier == DisplayTier.GENERAL || tier == DisplayTier.SERIOUS);
    }

    public static PenaltyTier of(List<PenaltyKind> kinds, BigDecimal fine, boolean mitigated, boolean person,
            CaseCategory category, boolean seriousListing) {
        Set<PenaltyKind> set = kinds.isEmpty() ? EnumSet.noneOf(PenaltyKind.class) : EnumSet.copyOf(kinds);
        if (set.equals(EnumSet.of(PenaltyKind.WARNING)) || set.isEmpty()) {
            return new PenaltyTier(DisplayTier.NOT_SHOWN, false, "credit.record.tierReason.warningOnly");
        }
        if (set.contains(PenaltyKind.LICENCE_REVOCATION)) {
            return new PenaltyTier(DisplayTier.SERIOUS, true, "credit.record.tierReason.revocation");
        }
        if (set.contains(PenaltyKind.SUSPENSION_OF_BUSINESS)) {
            return new PenaltyTier(DisplayTier.SERIOUS, false, "credit.record.tierReason.suspension");
        }
        if (seriousListing) {
            return new PenaltyTier(DisplayTier.SERIOUS, false, "credit.record.tierReason.seriousListing");
        }
        if (LIGHT.containsAll(set)) {
            return new PenaltyTier(DisplayTier.MINOR, false, "credit.record.tierReason.reprimand");
        }
        BigDecimal limit = person ? PERSON_MINOR_FINE : ORGANISATION_MINOR_FINE;
        Set<PenaltyKind> rest = EnumSet.copyOf(set);
        rest.removeAll(LIGHT);
        if (mitigated && rest.equals(EnumSet.of(PenaltyKind.FINE)) && fine != null && fine.compareTo(limit) <= 0) {
            return new PenaltyTier(DisplayTier.MINOR, false,
                    person ? "credit.record.tierReason.smallFinePerson" : "credit.record.tierReason.smallFine");
        }
        if (category != null && KEY_FIELDS.contains(category)) {
            return new PenaltyTier(DisplayTier.SERIOUS, false, "credit.record.tierReason.keyField");
        }
        return new PenaltyTier(DisplayTier.GENERAL, false, "credit.record.tierReason.general");
    }
}
