package org.shuangda.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    @Test
    void theStandardsExampleWithXIsValid() {
        assertThat(ResidentIdNumber.check("11010519491231002X", TODAY).valid()).isTrue();
        assertThat(ResidentIdNumber.isValid("140426198001011231", TODAY)).isTrue();
    }

    @Test
    void aLowerCaseXIsAccepted() {
        ResidentIdNumber.Check check = ResidentIdNumber.check(" 11010519491231002x ", TODAY);
        assertThat(check.valid()).isTrue();
        assertThat(check.normalized()).isEqualTo("11010519491231002X");
    }

    @Test
    void aWrongCheckCharacterNamesTheRightOne() {
        ResidentIdNumber.Check check = ResidentIdNumber.check("110105194912310021", TODAY);
        assertThat(check.problem()).isEqualTo(ResidentIdNumber.Problem.CHECK_CHAR);
        assertThat(check.expectedCheckChar()).isEqualTo('X');
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "14042619800101123", "1404261980010112311", "140426800101123"})
    void anythingButEighteenCharactersIsALengthProblem(String number) {
        assertThat(ResidentIdNumber.check(number, TODAY).problem()).isEqualTo(ResidentIdNumber.Problem.LENGTH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"14042619800101123A", "1404261980010112X1", "I40426198001011231", "14042619800101123 "
            + "x"})
    void lettersOtherThanAFinalXAreAFormatProblem(String number) {
        assertThat(ResidentIdNumber.check(number, TODAY).problem()).isIn(ResidentIdNumber.Problem.FORMAT,
                ResidentIdNumber.Problem.LENGTH);
        assertThat(ResidentIdNumber.check("14042619800101123A", TODAY).problem())
                .isEqualTo(ResidentIdNumber.Problem.FORMAT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"19490230", "19801301", "18991231", "20260302"})
    void impossibleOrFutureBirthDatesAreRefused(String birth) {
        String first17 = "140426" + birth + "123";
        String number = first17 + ResidentIdNumber.checkCharFor(first17);
        assertThat(ResidentIdNumber.check(number, TODAY).problem()).isEqualTo(ResidentIdNumber.Problem.BIRTH_DATE);
    }

    @Test
    void maskingKeepsRegionAndLastFourOnly() {
        assertThat(ResidentIdNumber.mask("140426198001011231")).isEqualTo("140426********1231");
        assertThat(ResidentIdNumber.mask("11010519491231002x")).isEqualTo("110105********002X");
        assertThat(ResidentIdNumber.mask("12345")).isEqualTo("*****");
        assertThat(ResidentIdNumber.mask(null)).isNull();
    }

    private static String withCheck(String first17) {
        return first17 + ResidentIdNumber.checkCharFor(first17);
    }

    @Test
    void aCodeRetiredLongAgoIsStillAccepted() {
        // 110221 昌平县 was a code 1980–1998 (昌平区 since 1999); 110103 崇文区 until 2010
        assertThat(ResidentIdNumber.check(withCheck("11022119650301123"), TODAY).valid()).isTrue();
        assertThat(ResidentIdNumber.check(withCheck("11010319700301123"), TODAY).valid()).isTrue();
        assertThat(Gb2260History.find("110221").orElseThrow().lastYear()).isLessThan(2000);
        assertThat(Gb2260History.find("110221").orElseThrow().firstYear()).isEqualTo(1980);
    }

    @ParameterizedTest
    @ValueSource(strings = {"000000", "990426", "140499", "110100"})
    void anAddressPartThatWasNeverACodeIsRefusedLikeAWrongCheckCharacter(String region) {
        // 110100 北京市市辖区 is a prefecture row, never the address code of a card; 140499 is no county
        assertThat(Gb2260History.wasEverCode(region)).isEqualTo("110100".equals(region));
        if (!"110100".equals(region)) {
            ResidentIdNumber.Check check = ResidentIdNumber.check(withCheck(region + "19800101123"), TODAY);
            assertThat(check.valid()).isFalse();
            assertThat(check.problem()).isEqualTo(ResidentIdNumber.Problem.REGION);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u00A0", "\u3000", "\u2007", "\u202F", "\u200B", "\uFEFF", "\t", " "})
    void everyKindOfSpaceIsTrimmed(String space) {
        String s = space;
        ResidentIdNumber.Check check = ResidentIdNumber.check(s + "11010519491231002X" + s + s, TODAY);
        assertThat(check.valid()).as("U+%04X", (int) s.charAt(0)).isTrue();
        assertThat(check.normalized()).isEqualTo("11010519491231002X");
        assertThat(Uscc.check(s + "91350100M000100Y43" + s).valid()).isTrue();
        assertThat(Uscc.normalize(s + "91350100m000100y43" + s)).isEqualTo("91350100M000100Y43");
    }

    @Test
    void theHistoryReachesBackTo1980AndHoldsThousandsOfCodes() {
        assertThat(Gb2260History.size()).isGreaterThan(6000);
        assertThat(Gb2260History.find("140426").orElseThrow().name()).isEqualTo("黎城县");
    }

    /** Every code the platform's own region table knows (GB/T 2260 as of 2023, retired ones too) is accepted. */
    @Test
    void everyRegionOfThePlatformIsAValidAddressPart() throws java.io.IOException {
        try (var in = ResidentIdNumberTest.class.getResourceAsStream("/db/regions/regions.csv")) {
            java.util.List<String> codes = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .lines().skip(1).map(l -> l.split(",", 2)[0]).toList();
            assertThat(codes).hasSizeGreaterThan(3000);
            assertThat(codes).allSatisfy(c -> assertThat(Gb2260History.wasEverCode(c)).as(c).isTrue());
        }
    }
}
