package org.shuangda.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shuangda.reporting.expression.Expression;
import org.shuangda.reporting.expression.ExpressionException;
import org.shuangda.reporting.expression.ExpressionParser;

class ExpressionParserTest {

    private static final Set<String> CODES = Set.of("a", "b", "c", "opened", "closed");

    private static Object eval(String formula, Map<String, BigDecimal> values) {
        return ExpressionParser.parseFormula(formula, CODES).evaluate(values);
    }

    private static Map<String, BigDecimal> v(int a, int b, int c) {
        return Map.of("a", BigDecimal.valueOf(a), "b", BigDecimal.valueOf(b), "c", BigDecimal.valueOf(c));
    }

    @Test
    void multiplicationBindsTighterThanAddition() {
        assertThat((BigDecimal) eval("a + b * c", v(2, 3, 4))).isEqualByComparingTo("14");
        assertThat((BigDecimal) eval("(a + b) * c", v(2, 3, 4))).isEqualByComparingTo("20");
        assertThat((BigDecimal) eval("a - b - c", v(10, 3, 4))).isEqualByComparingTo("3");
        assertThat((BigDecimal) eval("a / b / c", v(24, 3, 4))).isEqualByComparingTo("2");
        assertThat((BigDecimal) eval("-a + 2.5", v(1, 0, 0))).isEqualByComparingTo("1.5");
    }

    @Test
    void andBindsTighterThanOr() {
        Expression e = ExpressionParser.parseRule("a > 5 or b > 5 and c > 5", CODES);
        assertThat(e.evaluate(v(6, 0, 0))).isEqualTo(true);
        assertThat(e.evaluate(v(0, 6, 0))).isEqualTo(false);
        assertThat(e.evaluate(v(0, 6, 6))).isEqualTo(true);
        assertThat(ExpressionParser.parseRule("(a > 5 or b > 5) and c > 5", CODES).evaluate(v(6, 0, 0)))
                .isEqualTo(false);
    }

    @Test
    void everyComparisonOperator() {
        Map<String, BigDecimal> values = v(3, 3, 4);
        assertThat(ExpressionParser.parseRule("a <= b", CODES).evaluate(values)).isEqualTo(true);
        assertThat(ExpressionParser.parseRule("a < b", CODES).evaluate(values)).isEqualTo(false);
        assertThat(ExpressionParser.parseRule("c >= a", CODES).evaluate(values)).isEqualTo(true);
        assertThat(ExpressionParser.parseRule("a > c", CODES).evaluate(values)).isEqualTo(false);
        assertThat(ExpressionParser.parseRule("a == b", CODES).evaluate(values)).isEqualTo(true);
        assertThat(ExpressionParser.parseRule("a != b", CODES).evaluate(values)).isEqualTo(false);
        assertThat(ExpressionParser.parseRule("a == 3 && c == 4", CODES).evaluate(values)).isEqualTo(true);
    }

    @Test
    void divisionByZeroIsUnknownNotAnError() {
        assertThat(eval("closed / opened * 100", Map.of("closed", BigDecimal.ONE, "opened", BigDecimal.ZERO)))
                .isNull();
        Expression rule = ExpressionParser.parseRule("a / b > 1", CODES);
        assertThat(rule.evaluate(v(1, 0, 0))).isNull();
        assertThat(ExpressionParser.parseRule("a / b > 1 or c == 1", CODES).evaluate(v(1, 0, 1))).isEqualTo(true);
        assertThat(ExpressionParser.parseRule("a / b > 1 and c == 1", CODES).evaluate(v(1, 0, 0))).isEqualTo(false);
    }

    @Test
    void readsItsVariables() {
        assertThat(ExpressionParser.parseRule("closed <= opened", CODES).variables())
                .containsExactly("closed", "opened");
    }

    @Test
    void errorsSayWhatAndWhere() {
        assertError("a + ", "expression.error.end", "ends too early");
        assertError("(a + b", "expression.error.unclosed", "position 1 is not closed");
        assertError("a + x", "expression.error.unknownCode", "Unknown indicator code 'x' at position 5");
        assertError("a ; b", "expression.error.character", "Character ';' at position 3");
        assertError("a b", "expression.error.unexpected", "Unexpected 'b' at position 3");
        assertError("a < b < c", "expression.error.chained", "cannot be chained");
        assertError("a < (b > c)", "expression.error.needsNumber", "needs numbers");
        assertError("", "expression.error.empty", "empty");
    }

    @Test
    void aRuleMustCompareAndAFormulaMustCompute() {
        assertThatThrownBy(() -> ExpressionParser.parseRule("a + b", CODES))
                .isInstanceOf(ExpressionException.class).hasMessageContaining("must compare");
        assertThatThrownBy(() -> ExpressionParser.parseFormula("a < b", CODES))
                .isInstanceOf(ExpressionException.class).hasMessageContaining("must compute a number");
        assertThatThrownBy(() -> ExpressionParser.parseRule("a and b > 1", CODES))
                .isInstanceOf(ExpressionException.class).hasMessageContaining("join comparisons");
    }

    @Test
    void noCodeCanBeCalled() {
        assertError("T(java.lang.Runtime).getRuntime()", "expression.error.unknownCode", "'T'");
        assertError("a.b", "expression.error.unexpected", "Unexpected '.' at position 2");
    }

    private static void assertError(String source, String code, String text) {
        assertThatThrownBy(() -> ExpressionParser.parseFormula(source, CODES)).isInstanceOfSatisfying(
                ExpressionException.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.getMessage()).contains(text);
                });
    }
}
