package org.shuangda.briefings;

/**
 * One paragraph of a document; the style decides its font and alignment in the DOCX.
 *
 * @param style TITLE (centred, 黑体), ADDRESSEE (主送), HEADING (一、…), BODY (indented 仿宋), SIGNATURE (right)
 */
public record Paragraph(Style style, String text) {

    public enum Style {
        TITLE,
        ADDRESSEE,
        HEADING,
        BODY,
        SIGNATURE
    }

    public static Paragraph title(String text) {
        return new Paragraph(Style.TITLE, text);
    }

    public static Paragraph heading(String text) {
        return new Paragraph(Style.HEADING, text);
    }

    public static Paragraph body(String text) {
        return new Paragraph(Style.BODY, text);
    }

    public static Paragraph signature(String text) {
        return new Paragraph(Style.SIGNATURE, text);
    }
}
