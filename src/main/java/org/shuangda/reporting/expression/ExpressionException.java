package org.shuangda.reporting.expression;

/**
 * An expression that cannot be parsed or does not fit its use. {@link #code()} is a message key
 * ({@code expression.error.*}) with {@link #args()}; the exception message is the English text.
 */
public class ExpressionException extends RuntimeException {

    private final String code;
    private final transient Object[] args;

    public ExpressionException(String code, String message, Object... args) {
        super(message);
        this.code = code;
        this.args = args;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.clone();
    }
}
