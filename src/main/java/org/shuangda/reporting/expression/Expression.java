package org.shuangda.reporting.expression;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A parsed rule or formula over indicator codes: numbers, codes, {@code + - * /}, comparisons and
 * {@code and}/{@code or}. Evaluation never throws: a division by zero or a missing variable makes the
 * result <em>unknown</em> ({@code null}), so 结案率 with no case opened is "—" and a rule that cannot be
 * decided is not reported as broken. {@code false and unknown} is false, {@code true or unknown} is true.
 */
public sealed interface Expression {

    /** Whether the expression yields true/false (a rule) or a number (a formula). */
    enum Kind { NUMBER, BOOLEAN }

    Kind kind();

    /** The result: a {@link BigDecimal}, a {@link Boolean}, or null when unknown. */
    Object evaluate(Map<String, BigDecimal> values);

    /** The indicator codes it reads. */
    default Set<String> variables() {
        Set<String> names = new TreeSet<>();
        collect(this, names);
        return names;
    }

    private static void collect(Expression e, Set<String> names) {
        if (e instanceof Variable v) {
            names.add(v.name());
        } else if (e instanceof Arithmetic a) {
            collect(a.left(), names);
            collect(a.right(), names);
        } else if (e instanceof Comparison c) {
            collect(c.left(), names);
            collect(c.right(), names);
        } else if (e instanceof Logical l) {
            collect(l.left(), names);
            collect(l.right(), names);
        } else if (e instanceof Negation n) {
            collect(n.operand(), names);
        }
    }

    record Number(BigDecimal value) implements Expression {
        public Kind kind() { return Kind.NUMBER; }
        public Object evaluate(Map<String, BigDecimal> values) { return value; }
    }

    record Variable(String name) implements Expression {
        public Kind kind() { return Kind.NUMBER; }
        public Object evaluate(Map<String, BigDecimal> values) { return values.get(name); }
    }

    record Negation(Expression operand) implements Expression {
        public Kind kind() { return Kind.NUMBER; }
        public Object evaluate(Map<String, BigDecimal> values) {
            return operand.evaluate(values) instanceof BigDecimal d ? d.negate() : null;
        }
    }

    record Arithmetic(char operator, Expression left, Expression right) implements Expression {
        public Kind kind() { return Kind.NUMBER; }
        public Object evaluate(Map<String, BigDecimal> values) {
            if (!(left.evaluate(values) instanceof BigDecimal a) || !(right.evaluate(values) instanceof BigDecimal b)) {
                return null;
            }
            return switch (operator) {
                case '+' -> a.add(b);
                case '-' -> a.subtract(b);
                case '*' -> a.multiply(b);
                default -> b.signum() == 0 ? null : a.divide(b, MathContext.DECIMAL64);
            };
        }
    }

    record Comparison(String operator, Expression left, Expression right) implements Expression {
        public Kind kind() { return Kind.BOOLEAN; }
        public Object evaluate(Map<String, BigDecimal> values) {
            if (!(left.evaluate(values) instanceof BigDecimal a) || !(right.evaluate(values) instanceof BigDecimal b)) {
                return null;
            }
            int c = a.compareTo(b);
            return switch (operator) {
                case "<" -> c < 0;
                case "<=" -> c <= 0;
                case ">" -> c > 0;
                case ">=" -> c >= 0;
                case "==" -> c == 0;
                default -> c != 0;
            };
        }
    }

    record Logical(boolean and, Expression left, Expression right) implements Expression {
        public Kind kind() { return Kind.BOOLEAN; }
        public Object evaluate(Map<String, BigDecimal> values) {
            Boolean a = (Boolean) left.evaluate(values);
            Boolean b = (Boolean) right.evaluate(values);
            if (and) {
                return Boolean.FALSE.equals(a) || Boolean.FALSE.equals(b) ? Boolean.FALSE
                        : a == null || b == null ? null : Boolean.TRUE;
            }
            return Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b) ? Boolean.TRUE
                    : a == null || b == null ? null : Boolean.FALSE;
        }
    }
}
