package org.shuangda.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Chinese text uses full-width punctuation (（）：，；): a half-width {@code ( ) : , ;} beside a Chinese character in
 * a Chinese message file ({@code messages/*.properties}, not {@code _en}) fails with the file and key.
 */
class ChinesePunctuationTest {

    /** Half-width punctuation next to (possibly across spaces) a CJK character or full-width punctuation. */
    static final Pattern HALF_WIDTH = Pattern.compile(
            "[\\p{IsHan}\\u3000-\\u303f\\uff01-\\uff5e]\\s*[(),:;]|[(),:;]\\s*[\\p{IsHan}\\u3000-\\u303f\\uff01-\\uff5e]");

    /** Keys whose value is a list split by code at a half-width comma, not a text people read as is. */
    static final Set<String> SPLIT_LISTS = Set.of("calendar.weekdays");

    @Test
    void chineseMessagesUseFullWidthPunctuation() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/messages"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".properties")
                    && !f.getFileName().toString().contains("_")).sorted().toList()) {
                Properties p = new Properties();
                try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    p.load(r);
                }
                for (String key : p.stringPropertyNames()) {
                    String value = p.getProperty(key);
                    if (!SPLIT_LISTS.contains(key) && HALF_WIDTH.matcher(value).find()) {
                        found.add(file.getFileName() + " " + key + "=" + value);
                    }
                }
            }
        }
        assertThat(found).as("half-width punctuation in Chinese text (use （）：，；)").isEmpty();
    }

    @Test
    void thePatternCatchesWhatItShould() {
        assertThat(HALF_WIDTH.matcher("请说明:原因").find()).isTrue();
        assertThat(HALF_WIDTH.matcher("移送(涉嫌)").find()).isTrue();
        assertThat(HALF_WIDTH.matcher("还剩 {0} 个工作日").find()).isFalse();
        assertThat(HALF_WIDTH.matcher("Cases (opened)").find()).isFalse();
        assertThat(HALF_WIDTH.matcher("规则 (a <= b)").find()).isTrue();
    }
}
