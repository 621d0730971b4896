package org.shuangda.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsccTest {

    @Test
    void theStandardsExampleIsValid() {
        assertThat(Uscc.isValid("91350100M000100Y43")).isTrue();
        assertThat(Uscc.check("91350100M000100Y43").problem()).isNull();
    }

    @Test
    void aCheckValueOf31BecomesZero() {
        assertThat(Uscc.checkCharFor("9114042600000000K")).isEqualTo('0');
        assertThat(Uscc.isValid("9114042600000000K0")).isTrue();
    }

    @Test
    void aWrongCheckCharacterNamesTheRightOne() {
        Uscc.Check check = Uscc.check("91350100M000100Y4X");
        assertThat(check.problem()).isEqualTo(Uscc.Problem.CHECK_CHAR);
        assertThat(check.expectedCheckChar()).isEqualTo('3');
        assertThat(Uscc.isValid("91350100M000100Y44")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "91350100M000100Y4", "91350100M000100Y431", "9135"})
    void anythingButEighteenCharactersIsALengthProblem(String code) {
        assertThat(Uscc.check(code).problem()).isEqualTo(Uscc.Problem.LENGTH);
    }

    @ParameterizedTest
    @ValueSource(chars = {'I', 'O', 'S', 'V', 'Z', '-', '中'})
    void lettersOutsideTheAlphabetAreRefusedWithTheirPosition(char bad) {
        String code = "91350100M000" + bad + "00Y43";
        Uscc.Check check = Uscc.check(code);
        assertThat(check.problem()).isEqualTo(Uscc.Problem.ALPHABET);
        assertThat(check.position()).isEqualTo(13);
    }

    @Test
    void lowerCaseAndSurroundingBlanksAreNormalisedNotRefused() {
        Uscc.Check check = Uscc.check("  91350100m000100y43 ");
        assertThat(check.valid()).isTrue();
        assertThat(check.normalized()).isEqualTo("91350100M000100Y43");
        assertThat(Uscc.isValid(null)).isFalse();
    }

    @Test
    void regionOrganisationCodeAndTypeCanBeExtracted() {
        assertThat(Uscc.regionCode("91350100M000100Y43")).isEqualTo("350100");
        assertThat(Uscc.organizationCode("91350100M000100Y43")).isEqualTo("M000100Y4");
        assertThat(Uscc.authorityAndType("91350100M000100Y43")).isEqualTo("91");
    }

    @Test
    void onlyEighteenAsciiLettersOrDigitsLookLikeACode() {
        assertThat(Uscc.looksLikeCode("91350100m000100y43")).isTrue();
        assertThat(Uscc.looksLikeCode("黎城县鑫源商贸有限公司")).isFalse();
        assertThat(Uscc.looksLikeCode("9135")).isFalse();
    }

    @Test
    void theGeneratorMakesValidCodesOfTheRegionAndTypeAndRepeatsForASeed() {
        UsccGenerator generator = new UsccGenerator(new Random(7));
        for (int i = 0; i < 2_000; i++) {
            EntityType type = EntityType.values()[i % EntityType.values().length];
            String code = generator.next(type, "140426");
            assertThat(Uscc.isValid(code)).as(code).isTrue();
            assertThat(Uscc.regionCode(code)).isEqualTo("140426");
            assertThat(Uscc.authorityAndType(code)).isEqualTo(type.usccPrefix());
            assertThat(organisationCheckHolds(Uscc.organizationCode(code))).as(code).isTrue();
        }
        assertThat(new UsccGenerator(new Random(1)).next(EntityType.ENTERPRISE, "140425"))
                .isEqualTo(new UsccGenerator(new Random(1)).next(EntityType.ENTERPRISE, "140425"));
    }

    /** GB 11714, written out independently of the generator: weights 3 7 9 10 5 8 4 2, 10 → X, 11 → 0. */
    private static boolean organisationCheckHolds(String orgCode) {
        int[] weights = {3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = orgCode.charAt(i);
            sum += (Character.isDigit(c) ? c - '0' : c - 'A' + 10) * weights[i];
        }
        int check = 11 - sum % 11;
        char expected = check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
        return orgCode.charAt(8) == expected;
    }

    @Test
    void anOrganisationCodeFailingGb11714IsAWarningNotARefusal() {
        // 91350100M000100Y4 + 3 is the domain example; the organisation code M000100Y4 passes GB 11714
        assertThat(Uscc.organizationCheckCharFor("60003734")).isEqualTo('1');
        assertThat(Uscc.organizationCheckCharFor("M000100Y")).isEqualTo('4');
        assertThat(Uscc.organizationCodeValid("91350100M000100Y43")).isTrue();
        String first17 = "91350100M000100Y5"; // organisation check character 5 instead of 4
        String code = first17 + Uscc.checkCharFor(first17);
        assertThat(Uscc.check(code).valid()).isTrue();
        assertThat(Uscc.organizationCodeValid(code)).isFalse();
        assertThat(entity(code, false).organizationCodeWarning()).isTrue();
        assertThat(entity("91350100M000100Y43", false).organizationCodeWarning()).isFalse();
        // with the override (a legacy code accepted on purpose) no second warning is raised
        assertThat(entity(code, true).organizationCodeWarning()).isFalse();
        assertThat(entity(null, false).organizationCodeWarning()).isFalse();
    }

    private static MarketEntity entity(String uscc, boolean override) {
        return new MarketEntity(1, "某公司", uscc, override, null, null, null, EntityType.ENTERPRISE, null, "140426",
                "黎城县", null, null, null, null, null, null, 0, null, null);
    }
}
