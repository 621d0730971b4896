package org.shuangda.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The texts users see, read from the application's own message bundles so tests follow wording changes
 * instead of repeating them. {@code Messages.zh("messages")} is Chinese (the default bundle),
 * {@code Messages.en("messages")} English.
 */
public final class Messages {

    private final Properties texts = new Properties();
    private final String bundle;
    private final Locale locale;

    private Messages(String bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
        String file = "messages/" + bundle + (locale.getLanguage().equals("en") ? "_en" : "") + ".properties";
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalArgumentException("no message bundle " + file + " on the classpath");
            }
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Messages zh(String bundle) {
        return new Messages(bundle, Locale.SIMPLIFIED_CHINESE);
    }

    public static Messages en(String bundle) {
        return new Messages(bundle, Locale.ENGLISH);
    }

    /** The text for {@code key} with {@code {0}}-style arguments filled in, as Spring's MessageSource does. */
    public String get(String key, Object... args) {
        String text = texts.getProperty(key);
        if (text == null) {
            throw new IllegalArgumentException("no key " + key + " in messages/" + bundle + " (" + locale + ")");
        }
        return args.length == 0 ? text : new MessageFormat(text, locale).format(args);
    }

    /** The text for {@code key} as a whole-text pattern whose {@code {0}}-style arguments match anything. */
    public Pattern pattern(String key) {
        String[] literals = get(key).split("\\{\\d+}", -1);
        // escaped by hand: Playwright hands the pattern to JavaScript, which knows no \\Q...\\E quoting
        return Pattern.compile("^" + Arrays.stream(literals).map(literal -> literal.replaceAll(
                "[\\\\^$.|?*+()\\[\\]{}/-]", "\\\\$0")).collect(Collectors.joining(".+")) + "$");
    }
}
