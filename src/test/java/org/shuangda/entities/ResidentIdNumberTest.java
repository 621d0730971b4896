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
}
