package org.shuangda.reporting.expression;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A small recursive-descent parser for rules and formulas typed by template administrators. It knows only
 * numbers, indicator codes, {@code + - * /}, parentheses, {@code < <= > >= == !=} and {@code and}/{@code or}
 * ({@code &&}/{@code ||} too): deliberately no scripting engine and no SpEL, so user input can never call
 * code. Precedence, loosest first: or, and, comparison (not chained), + -, * /, unary minus.
 */
public final class ExpressionParser {

    private record Token(String text, int position) {
        boolean is(String s) {
            return text.equals(s);
        }
    }

    private static final Set<String> COMPARISONS = Set.of("<", "<=", ">", ">=", "==", "!=");
    private static final int MAX_LENGTH = 500;

    private final String source;
    private final List<Token> tokens;
    private final Set<String> known;
    private int next;

    private ExpressionParser(String source, Set<String> known) {
        this.source = source;
        this.known = known;
        this.tokens = tokenize(source);
    }

    /** A rule: must yield true or false. {@code known} are the template's indicator codes. */
    public static Expression parseRule(String source, Set<String> known) {
        return parse(source, known, Expression.Kind.BOOLEAN);
    }

    /** A formula for a derived indicator: must yield a number. */
    public static Expression parseFormula(String source, Set<String> known) {
        return parse(source, known, Expression.Kind.NUMBER);
    }

    private static Expression parse(String source, Set<String> known, Expression.Kind expected) {
        if (source == null || source.isBlank()) {
            throw new ExpressionException("expression.error.empty", "The expression is empty");
        }
        if (source.length() > MAX_LENGTH) {
            throw new ExpressionException("expression.error.tooLong", "The expression is longer than "
                    + MAX_LENGTH + " characters", MAX_LENGTH);
        }
        ExpressionParser parser = new ExpressionParser(source, known);
        Expression e = parser.or();
        if (parser.next < parser.tokens.size()) {
            Token t = parser.tokens.get(parser.next);
            throw unexpected(t);
        }
        if (e.kind() != expected) {
            throw expected == Expression.Kind.BOOLEAN
                    ? new ExpressionException("expression.error.notRule",
                            "A rule must compare values, e.g. transferred <= cases_opened")
                    : new ExpressionException("expression.error.notFormula",
                            "A formula must compute a number, not a comparison");
        }
        return e;
    }

    private Expression or() {
        Expression left = and();
        while (accept("or") || accept("||")) {
            left = new Expression.Logical(false, bool(left), bool(and()));
        }
        return left;
    }

    private Expression and() {
        Expression left = comparison();
        while (accept("and") || accept("&&")) {
            left = new Expression.Logical(true, bool(left), bool(comparison()));
        }
        return left;
    }

    private Expression comparison() {
        Expression left = additive();
        if (next < tokens.size() && COMPARISONS.contains(tokens.get(next).text())) {
            Token op = tokens.get(next++);
            Expression right = additive();
            if (next < tokens.size() && COMPARISONS.contains(tokens.get(next).text())) {
                Token chained = tokens.get(next);
                throw new ExpressionException("expression.error.chained",
                        "Comparisons cannot be chained at position " + (chained.position() + 1)
                                + "; join them with and", chained.position() + 1);
            }
            return new Expression.Comparison(op.text(), number(left, op), number(right, op));
        }
        return left;
    }

    private Expression additive() {
        Expression left = multiplicative();
        while (next < tokens.size() && (peek("+") || peek("-"))) {
            Token op = tokens.get(next++);
            left = new Expression.Arithmetic(op.text().charAt(0), number(left, op), number(multiplicative(), op));
        }
        return left;
    }

    private Expression multiplicative() {
        Expression left = unary();
        while (next < tokens.size() && (peek("*") || peek("/"))) {
            Token op = tokens.get(next++);
            left = new Expression.Arithmetic(op.text().charAt(0), number(left, op), number(unary(), op));
        }
        return left;
    }

    private Expression unary() {
        if (next < tokens.size() && peek("-")) {
            Token op = tokens.get(next++);
            return new Expression.Negation(number(unary(), op));
        }
        return primary();
    }

    private Expression primary() {
        if (next >= tokens.size()) {
            throw new ExpressionException("expression.error.end", "The expression ends too early: a value is missing");
        }
        Token t = tokens.get(next++);
        if (t.is("(")) {
            Expression inner = or();
            if (!accept(")")) {
                throw new ExpressionException("expression.error.unclosed",
                        "The parenthesis at position " + (t.position() + 1) + " is not closed", t.position() + 1);
            }
            return inner;
        }
        char c = t.text().charAt(0);
        if (Character.isDigit(c) || c == '.') {
            try {
                return new Expression.Number(new BigDecimal(t.text()));
            } catch (NumberFormatException e) {
                throw unexpected(t);
            }
        }
        if (Character.isLetter(c) && !t.is("and") && !t.is("or")) {
            if (!known.contains(t.text())) {
                throw new ExpressionException("expression.error.unknownCode",
                        "Unknown indicator code '" + t.text() + "' at position " + (t.position() + 1),
                        t.text(), t.position() + 1);
            }
            return new Expression.Variable(t.text());
        }
        throw unexpected(t);
    }

    private boolean peek(String s) {
        return tokens.get(next).is(s);
    }

    private boolean accept(String s) {
        if (next < tokens.size() && tokens.get(next).is(s)) {
            next++;
            return true;
        }
        return false;
    }

    private static Expression number(Expression e, Token op) {
        if (e.kind() != Expression.Kind.NUMBER) {
            throw new ExpressionException("expression.error.needsNumber", "'" + op.text() + "' at position "
                    + (op.position() + 1) + " needs numbers on both sides, not a comparison",
                    op.text(), op.position() + 1);
        }
        return e;
    }

    private Expression bool(Expression e) {
        if (e.kind() != Expression.Kind.BOOLEAN) {
            throw new ExpressionException("expression.error.needsComparison",
                    "'and'/'or' join comparisons, not numbers, in: " + source);
        }
        return e;
    }

    private static ExpressionException unexpected(Token t) {
        return new ExpressionException("expression.error.unexpected",
                "Unexpected '" + t.text() + "' at position " + (t.position() + 1), t.text(), t.position() + 1);
    }

    private static List<Token> tokenize(String s) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int start = i;
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (Character.isDigit(c) || c == '.') {
                while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
                    i++;
                }
            } else if (isIdentifierStart(c)) {
                while (i < s.length() && (isIdentifierStart(s.charAt(i)) || Character.isDigit(s.charAt(i)))) {
                    i++;
                }
            } else if (i + 1 < s.length() && Set.of("<=", ">=", "==", "!=", "&&", "||").contains(s.substring(i, i + 2))) {
                i += 2;
            } else if ("+-*/()<>".indexOf(c) >= 0) {
                i++;
            } else {
                throw new ExpressionException("expression.error.character",
                        "Character '" + c + "' at position " + (i + 1) + " is not allowed", String.valueOf(c), i + 1);
            }
            out.add(new Token(s.substring(start, i), start));
        }
        return out;
    }

    private static boolean isIdentifierStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }
}
