package org.shuangda.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shuangda.shared.InvalidInput.FieldProblem;

/** The exception's message names a bounded number of problems; the problems themselves are all kept. */
class InvalidInputTest {

    @Test
    void aFewProblemsAreAllNamedInTheMessage() {
        InvalidInput e = new InvalidInput(List.of(new FieldProblem("name", "error.required"),
                new FieldProblem("code", "reporting.template.code")));
        assertThat(e.getMessage()).isEqualTo("name: error.required; code: reporting.template.code");
    }

    @Test
    void thirtyThousandProblemsAreKeptButTheMessageNamesTheFirstTwenty() {
        List<FieldProblem> problems = new ArrayList<>();
        for (int n = 0; n < 30_000; n++) {
            problems.add(new FieldProblem("indicators[" + n + "].code", "reporting.indicator.duplicate"));
        }
        InvalidInput e = new InvalidInput(problems);

        assertThat(e.problems()).hasSize(30_000);
        assertThat(e.getMessage()).startsWith("indicators[0].code: reporting.indicator.duplicate; indicators[1].code")
                .contains("indicators[19].code").doesNotContain("indicators[20].code").endsWith("; … and 29980 more");
    }

    @Test
    void noProblemsReadsAsInvalidInput() {
        assertThat(new InvalidInput(List.of()).getMessage()).isEqualTo("invalid input");
    }
}
