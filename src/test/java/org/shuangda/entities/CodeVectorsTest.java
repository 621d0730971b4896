package org.shuangda.entities;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The public test vectors of python-stdnum and hutool (copied into {@code src/test/resources/entities/
 * code-vectors.json} with their sources), run against our validators. Where the two libraries disagree
 * ("disputed"), the test states which reading Shuangda takes and why.
 */
class CodeVectorsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private static JsonNode vectors() throws IOException {
        try (InputStream in = CodeVectorsTest.class.getResourceAsStream("/entities/code-vectors.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static List<String> values(String list, String field) throws IOException {
        List<String> out = new ArrayList<>();
        vectors().get(list).forEach(n -> out.add(n.get(field).asText()));
        assertThat(out).isNotEmpty();
        return out;
    }

    @Test
    void everyValidUsccIsValidAndItsOrganisationCodePassesGb11714() throws IOException {
        for (String code : values("uscc_valid", "code")) {
            assertThat(Uscc.check(code).valid()).as(code).isTrue();
            assertThat(Uscc.organizationCodeValid(code)).as(code).isTrue();
        }
    }

    @Test
    void everyInvalidUsccIsRefused() throws IOException {
        for (String code : values("uscc_invalid", "code")) {
            assertThat(Uscc.check(code).valid()).as(code).isFalse();
        }
        assertThat(Uscc.check("91110000600037341N").problem()).isEqualTo(Uscc.Problem.CHECK_CHAR);
        assertThat(Uscc.check("9111000060003IOZSV").problem()).isEqualTo(Uscc.Problem.ALPHABET);
    }

    @Test
    void theLegacyPilotCodeFailsItsCheckCharacterSoOnlyTheOverrideAcceptsIt() throws IOException {
        for (String code : values("uscc_legacy", "code")) {
            assertThat(Uscc.check(code).problem()).as(code).isEqualTo(Uscc.Problem.CHECK_CHAR);
        }
    }

    /** Spaces are trimmed at the ends only; one inside a code is named by its position (stdnum compacts them). */
    @Test
    void separatorsInsideACodeAreNamedNotSilentlyRemoved() throws IOException {
        for (String code : values("uscc_separators", "code")) {
            assertThat(Uscc.check(code).problem()).as(code).isEqualTo(Uscc.Problem.LENGTH);
        }
        assertThat(Uscc.check("91 11000060003734L").problem()).isEqualTo(Uscc.Problem.ALPHABET);
        assertThat(Uscc.check("91 11000060003734L").position()).isEqualTo(3);
    }

    @Test
    void everyValidIdNumberIsValidIncludingResidencePermits() throws IOException {
        for (String id : values("ric_valid", "id")) {
            assertThat(ResidentIdNumber.check(id, TODAY).problem()).as(id).isNull();
        }
    }

    @Test
    void everyInvalidIdNumberIsRefusedAndProvince99IsARegionProblem() throws IOException {
        for (String id : values("ric_invalid", "id")) {
            assertThat(ResidentIdNumber.check(id, TODAY).valid()).as(id).isFalse();
        }
        assertThat(ResidentIdNumber.check("990426199112010074", TODAY).problem())
                .isEqualTo(ResidentIdNumber.Problem.REGION);
    }

    /**
     * Disputed: stdnum also compares the birth year with the years a county code existed; we do not, because
     * the code is the one of the place and year of registration, which comes years after birth (房山区 110111
     * dates from 1986, a person born there in 1980 got it on their first card). 110201 and 932682 were never
     * GB/T 2260 codes (932682: the 2023 foreigners' permanent residence card, a different document).
     */
    @Test
    void disputedNumbersTakeTheRegistrationReading() {
        assertThat(ResidentIdNumber.check("110111198012010078", TODAY).valid()).isTrue();
        assertThat(ResidentIdNumber.check("110201199312010077", TODAY).problem())
                .isEqualTo(ResidentIdNumber.Problem.REGION);
        assertThat(ResidentIdNumber.check("932682198501010017", TODAY).problem())
                .isEqualTo(ResidentIdNumber.Problem.REGION);
    }

    @Test
    void fifteenDigitNumbersAreALengthProblem() throws IOException {
        for (String id : values("ric_15", "id")) {
            assertThat(ResidentIdNumber.check(id, TODAY).problem()).as(id).isEqualTo(ResidentIdNumber.Problem.LENGTH);
        }
    }
}
