package org.shuangda.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * The one rule every text from outside passes (JSON strings, form and query parameters, upload file names;
 * applied by {@code shared.web.InputGate}), so that no module meets a NUL (which PostgreSQL refuses with a
 * 500), a control character, a lone surrogate or a megabyte-long name:
 * <ul>
 * <li>refused: C0 controls except TAB, DEL, C1 controls, lone surrogates, U+FFFE/U+FFFF; line breaks (CR, LF,
 * U+2028/2029) unless the field is multi-line;</li>
 * <li>normalised to NFC (the same name typed on two keyboards is the same text; passwords are left as typed);</li>
 * <li>at most {@link #SINGLE_LINE_MAX} characters (single-line) or {@link #MULTI_LINE_MAX} (multi-line), unless
 * the field says otherwise ({@link MaxLength}). Text columns are {@code text}; the few {@code char(n)} codes are
 * checked by their own validators.</li>
 * </ul>
 * A refusal is an {@link InvalidInput} on the field: 422 with the field, the limit and the rule in words.
 */
public final class InputText {

    public static final int SINGLE_LINE_MAX = 200;
    public static final int MULTI_LINE_MAX = 10_000;

    /**
     * Form and query fields that may hold line breaks: the names of the {@code <textarea>}s in the templates
     * ({@code InputGateTests} fails when a textarea's name is missing here) and of the API's paragraph fields.
     * A field named {@code c.<rule>} (a submission's comment per rule) is multi-line too.
     */
    public static final Set<String> MULTI_LINE_FIELDS = Set.of("answer", "comment", "content", "decisionFacts",
            "description", "duties", "facts", "goals", "guidingIdea", "note", "opinion", "reason", "text",
            "rightsTypes", "keyAreas", "keyDomains", "keyProducts", "summary", "progress", "legalBasis",
            "paragraphs", "remark", "remarks", "explanation", "comments", "seriousReasons", "commitment", "missingPapers",
            // leadership (issue 15): the minutes' sections and decisions, deeds, findings
            "considers", "points", "emphasises", "requires", "decisionText", "deeds", "findings",
            // inspection records (issue 16)
            "goods", "problems", "followUp",
            // inspections: an item's checklist
            "checklist",
            // assessment (issue 18): an item's scoring rule and evidence asked, an appeal's decision, 督查 findings
            // and their rectification
            "itemRule", "itemEvidence", "decision", "findingText", "rectification",
            // sampling (issue 17): a lab's scope, a category's standards, follow-up measures and findings
            "labScope", "standards", "measures", "finding", "refusal");

    /**
     * Single-line fields by name that are longer than {@link #SINGLE_LINE_MAX}: a report template's formulas,
     * rule expressions and breakdown lists (form fields {@code i[3].formula}, {@code r[0].expression}; JSON
     * properties of the same names). A JSON property may also say {@link MaxLength} itself.
     */
    public static final java.util.Map<String, Integer> LONG_FIELDS = java.util.Map.of("formula", 2_000,
            "expression", 2_000, "breakdowns", 2_000);

    private InputText() {
    }

    /** The maximum length of a field by its name ({@link #LONG_FIELDS}), or 0 for the default of its kind. */
    public static int maxByName(String field) {
        return field == null ? 0 : LONG_FIELDS.getOrDefault(lastSegment(field), 0);
    }

    private static String lastSegment(String field) {
        String last = field.substring(field.lastIndexOf('.') + 1);
        int bracket = last.indexOf('[');
        return bracket >= 0 ? last.substring(0, bracket) : last;
    }

    /** Whether a form or query field of that name may hold line breaks (by name; see {@link #MULTI_LINE_FIELDS}). */
    public static boolean multiLineByName(String field) {
        if (field == null) {
            return false;
        }
        return field.startsWith("c.") || MULTI_LINE_FIELDS.contains(lastSegment(field));
    }

    /** The default maximum for a field. */
    public static int defaultMax(boolean multiLine) {
        return multiLine ? MULTI_LINE_MAX : SINGLE_LINE_MAX;
    }

    /**
     * The text as accepted (NFC), or an {@link InvalidInput} on {@code field}. {@code null} stays {@code null}.
     *
     * @param maxLength characters after normalisation; 0 or less for the default of the kind
     */
    public static String accept(String field, String value, boolean multiLine, int maxLength) {
        if (value == null) {
            return null;
        }
        int max = maxLength > 0 ? maxLength : defaultMax(multiLine);
        // Cheap bound first: a 1 MB string is refused without normalising it.
        if (value.length() > 4L * max + 16) {
            throw new InvalidInput(field, "error.text.tooLong", field, max);
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
                continue;
            }
            if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                throw new InvalidInput(field, "error.text.invalidCharacter", field, codePoint(c));
            }
            boolean lineBreak = c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
            if (lineBreak) {
                if (!multiLine) {
                    throw new InvalidInput(field, "error.text.lineBreak", field);
                }
                continue;
            }
            if (c != '\t' && (c < 0x20 || c >= 0x7F && c <= 0x9F)) {
                throw new InvalidInput(field, "error.text.control", field, codePoint(c));
            }
        }
        String normalised = isSecret(field) || Normalizer.isNormalized(value, Normalizer.Form.NFC)
                ? value : Normalizer.normalize(value, Normalizer.Form.NFC);
        if (normalised.codePointCount(0, normalised.length()) > max) {
            throw new InvalidInput(field, "error.text.tooLong", field, max);
        }
        return normalised;
    }

    /** Passwords and tokens are compared as typed: never rewritten by normalisation. */
    private static boolean isSecret(String field) {
        String f = field.toLowerCase(Locale.ROOT);
        return f.contains("password") || f.contains("secret") || f.contains("token") || f.equals("_csrf");
    }

    private static String codePoint(char c) {
        return String.format("U+%04X", (int) c);
    }
}
