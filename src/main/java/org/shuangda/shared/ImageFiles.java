package org.shuangda.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The photos the platform takes (inspection evidence, publicity activities, attachments): JPG or PNG, known by the
 * file name's extension and confirmed by the first bytes, so a renamed file of another kind is refused. Each caller
 * words its own refusal (its field and message).
 */
public final class ImageFiles {

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 0x50, 0x4E, 0x47}; // \x89PNG

    private ImageFiles() {
    }

    /** {@code image/jpeg} for .jpg and .jpeg, {@code image/png} for .png (any case); empty for anything else. */
    public static Optional<String> typeByName(String fileName) {
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".jpg") || lower.endsWith(".jpeg")) {
            return Optional.of("image/jpeg");
        }
        return lower.endsWith(".png") ? Optional.of("image/png") : Optional.empty();
    }

    /** Whether the content starts as a file of {@code contentType} (from {@link #typeByName}) does. */
    public static boolean contentIs(String contentType, byte[] content) {
        byte[] magic = "image/png".equals(contentType) ? PNG : JPEG;
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    /** The first bytes of a file of the type, for a table of kinds such as {@link UploadedFiles}'. */
    static byte[] magic(String contentType) {
        return ("image/png".equals(contentType) ? PNG : JPEG).clone();
    }
}
