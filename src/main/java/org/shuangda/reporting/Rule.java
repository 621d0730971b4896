package org.shuangda.reporting;

/** A validation rule between indicators, e.g. {@code transferred <= cases_opened}, with its message. */
public record Rule(long id, String code, String expression, Severity severity, String messageZh,
        String messageEn) {

    /** The message in the user's language (Chinese unless English was asked for). */
    public String message(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? messageEn : messageZh;
    }
}
