package org.shuangda.credit.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shuangda.cases.CaseCategory;
import org.shuangda.cases.PenaltyKind;
import org.shuangda.credit.DisplayTier;

/** The display tiers of SAMR Order 107 art.7–9, at and beside each threshold. */
class PenaltyTierTest {

    private static PenaltyTier tier(List<PenaltyKind> kinds, String fine, boolean mitigated, boolean person,
            CaseCategory category, boolean listing) {
        return PenaltyTier.of(kinds, fine == null ? null : new BigDecimal(fine), mitigated, person, category, listing);
    }

    @Test
    void aWarningOnlyIsNeverShownAndAReprimandIsMinor() {
        assertThat(tier(List.of(PenaltyKind.WARNING), null, false, false, CaseCategory.TRADEMARK, false).tier())
                .isEqualTo(DisplayTier.NOT_SHOWN);
        PenaltyTier reprimand = tier(List.of(PenaltyKind.REPRIMAND), null, false, false, CaseCategory.FOOD, false);
        assertThat(reprimand.tier()).isEqualTo(DisplayTier.MINOR);
        assertThat(reprimand.restorable()).isFalse();
        assertThat(tier(List.of(PenaltyKind.WARNING, PenaltyKind.REPRIMAND), null, false, false, null, false).tier())
                .isEqualTo(DisplayTier.MINOR);
    }

    @Test
    void aMitigatedFineIsMinorUpToFiftyThousandForAnOrganisationAndFiveThousandForAPerson() {
        List<PenaltyKind> fine = List.of(PenaltyKind.FINE);
        assertThat(tier(fine, "50000.00", true, false, CaseCategory.TRADEMARK, false).tier()).isEqualTo(DisplayTier.MINOR);
        assertThat(tier(fine, "50000.01", true, false, CaseCategory.TRADEMARK, false).tier()).isEqualTo(DisplayTier.GENERAL);
        assertThat(tier(fine, "5000", true, true, CaseCategory.TRADEMARK, false).tier()).isEqualTo(DisplayTier.MINOR);
        assertThat(tier(fine, "5000.01", true, true, CaseCategory.TRADEMARK, false).tier()).isEqualTo(DisplayTier.GENERAL);
        assertThat(tier(fine, "3000", false, false, CaseCategory.TRADEMARK, false).tier())
                .as("not mitigated: general however small").isEqualTo(DisplayTier.GENERAL);
        assertThat(tier(List.of(PenaltyKind.FINE, PenaltyKind.CONFISCATION_OF_GOODS), "3000", true, false,
                CaseCategory.TRADEMARK, false).tier()).as("a confiscation beside it").isEqualTo(DisplayTier.GENERAL);
    }

    @Test
    void seriousForSuspensionListingKeyFieldsAndRevocationWhichIsNeverRestorable() {
        PenaltyTier general = tier(List.of(PenaltyKind.FINE), "80000", false, false, CaseCategory.TRADEMARK, false);
        assertThat(general.tier()).isEqualTo(DisplayTier.GENERAL);
        assertThat(general.restorable()).isTrue();
        assertThat(tier(List.of(PenaltyKind.SUSPENSION_OF_BUSINESS), null, false, false, null, false).tier())
                .isEqualTo(DisplayTier.SERIOUS);
        assertThat(tier(List.of(PenaltyKind.FINE), "80000", false, false, CaseCategory.TRADEMARK, true).tier())
                .isEqualTo(DisplayTier.SERIOUS);
        PenaltyTier food = tier(List.of(PenaltyKind.FINE), "80000", false, false, CaseCategory.FOOD, false);
        assertThat(food.tier()).isEqualTo(DisplayTier.SERIOUS);
        assertThat(food.restorable()).isTrue();
        assertThat(tier(List.of(PenaltyKind.FINE), "3000", true, false, CaseCategory.FOOD, false).tier())
                .as("a minor food penalty stays minor").isEqualTo(DisplayTier.MINOR);
        PenaltyTier revoked = tier(List.of(PenaltyKind.FINE, PenaltyKind.LICENCE_REVOCATION), "3000", true, false,
                CaseCategory.TRADEMARK, false);
        assertThat(revoked.tier()).isEqualTo(DisplayTier.SERIOUS);
        assertThat(revoked.revocation()).isTrue();
        assertThat(revoked.restorable()).isFalse();
    }
}
