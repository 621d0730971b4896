package org.shuangda.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.shuangda.shared.InvalidInput;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The one password policy: every password a person chooses or an administrator sets passes here (the user
 * form, the API, the own-password page). Each failed rule is one problem on the field, in words:
 * <ul>
 *   <li>at least {@code shuangda.security.password-min-length} characters (default 10);</li>
 *   <li>at least three of the four kinds: lower-case letters, upper-case letters, digits, other signs;</li>
 *   <li>not one of the common passwords in {@code identity/common-passwords.txt} (the 10,000 most frequent
 *       worldwide plus the ones typical of Chinese users, pinyin words with digits; made by
 *       {@code tools/passwords}), compared case-insensitively and also with the signs taken out, so
 *       {@code Woaini@1314} is refused as {@code woaini1314} is;</li>
 *   <li>not containing the username;</li>
 *   <li>none of the holder's last {@value #HISTORY} passwords (their hashes, {@code password_history}).</li>
 * </ul>
 * Why these and not a strength score: each rule can be told to the person in one sentence, and the list is
 * where guessing starts. The demo password {@code Shuangda@2026} passes: 13 characters, four kinds, in no
 * list; it is known to everyone who read the README, which is why the demo is refused under {@code prod}.
 */
@Component
public class PasswordPolicy {

    /** How many of the latest passwords (the current one included) may not be chosen again. */
    static final int HISTORY = 5;
    static final String FIELD = "password";

    private final int minLength;
    private final Set<String> common;
    private final PasswordEncoder encoder;

    PasswordPolicy(@Value("${shuangda.security.password-min-length:10}") int minLength, PasswordEncoder encoder) {
        this.minLength = minLength;
        this.encoder = encoder;
        this.common = load();
    }

    public int minLength() {
        return minLength;
    }

    /**
     * Adds one problem per rule the password fails to {@code problems}, under {@code field}.
     *
     * @param previousHashes the holder's latest password hashes, newest first (empty for a new account)
     */
    void check(InvalidInput.Collector problems, String field, String password, String username,
            List<String> previousHashes) {
        if (password.length() < minLength) {
            problems.add(field, "password.rule.length", minLength);
        }
        if (kinds(password) < 3) {
            problems.add(field, "password.rule.kinds");
        }
        if (isCommon(password)) {
            problems.add(field, "password.rule.common");
        }
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (name.length() >= 3 && password.toLowerCase(Locale.ROOT).contains(name)) {
            problems.add(field, "password.rule.username");
        }
        if (previousHashes.stream().limit(HISTORY).anyMatch(hash -> encoder.matches(password, hash))) {
            problems.add(field, "password.rule.reused", HISTORY);
        }
    }

    boolean isCommon(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        return common.contains(lower) || common.contains(lower.replaceAll("[^\\p{L}\\p{N}]", ""));
    }

    private static int kinds(String password) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < password.length(); ) {
            int c = password.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isDigit(c)) {
                digit = true;
            } else if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isLowerCase(c)) {
                lower = true;
            } else {
                other = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>(40_000);
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/identity/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("identity/common-passwords.txt is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
