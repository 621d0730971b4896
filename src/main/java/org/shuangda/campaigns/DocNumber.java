package org.shuangda.campaigns;

import java.util.regex.Pattern;

/**
 * A document number (文号) such as {@code 国办发〔2010〕50号} or {@code 黎政办发〔2010〕108号}: an issuer's prefix,
 * the year in 〔〕 and a serial with 号. Lenient: the brackets may be typed as [] 【】 () （） or [] and the
 * year may be two digits; {@link #normalise} writes them as 〔YYYY〕.
 */
public final class DocNumber {

    private static final Pattern SHAPE = Pattern.compile(
            "^\\s*(\\S*?)\\s*[〔\\[【(（［]\\s*(\\d{4})\\s*[〕\\]】)）］]\\s*第?\\s*(\\d{1,5})\\s*号?\\s*$");

    private DocNumber() {
    }

    /** Whether {@code text} looks like a 文号 (blank counts as absent, which is allowed). */
    public static boolean isValid(String text) {
        return text == null || text.isBlank() || SHAPE.matcher(text).matches();
    }

    /** The canonical form {@code 前缀〔2010〕50号}, or null for blank input. */
    public static String normalise(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        var m = SHAPE.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a document number: " + text);
        }
        return m.group(1) + "〔" + m.group(2) + "〕" + Integer.parseInt(m.group(3)) + "号";
    }
}
