package org.shuangda.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** One clock face: the same instant reads the same whatever type carries it and whatever the host's zone. */
class TimesTest {

    static final Instant EVENT = Instant.parse("2026-11-23T01:36:00Z"); // 09:36 in Beijing

    @Test
    void anInstantReadsInBeijingWhateverTheJvmZone() {
        TimeZone before = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
            Times times = new Times("Asia/Shanghai");
            assertThat(times.dateTime(EVENT)).isEqualTo("2026-11-23 09:36");
            // what PostgreSQL's driver gives for a timestamptz: an OffsetDateTime at UTC
            assertThat(times.dateTime(EVENT.atOffset(ZoneOffset.UTC))).isEqualTo("2026-11-23 09:36");
            assertThat(times.dateTime(EVENT.atZone(java.time.ZoneId.of("Europe/Berlin")))).isEqualTo("2026-11-23 09:36");
            assertThat(times.dateTime(java.util.Date.from(EVENT))).isEqualTo("2026-11-23 09:36");
            // a LocalDateTime is the platform's wall time already
            assertThat(times.dateTime(LocalDateTime.of(2026, 11, 23, 9, 36))).isEqualTo("2026-11-23 09:36");
            assertThat(times.seconds(EVENT)).isEqualTo("2026-11-23 09:36:00");
        } finally {
            TimeZone.setDefault(before);
        }
    }

    @Test
    void theDayIsTheDayInTheZoneAndNullIsEmpty() {
        Times times = Times.shanghai();
        assertThat(times.date(Instant.parse("2026-11-23T17:00:00Z"))).isEqualTo("2026-11-24");
        assertThat(times.date(OffsetDateTime.parse("2026-11-23T15:59:00Z"))).isEqualTo("2026-11-23");
        assertThat(times.date(LocalDate.of(2026, 1, 5))).isEqualTo("2026-01-05");
        assertThat(times.dateTime(LocalDate.of(2026, 1, 5))).isEqualTo("2026-01-05");
        assertThat(times.dateTime(null)).isEmpty();
        assertThat(times.local(EVENT)).isEqualTo(LocalDateTime.of(2026, 11, 23, 9, 36));
    }

    @Test
    void anotherZoneIsConfigurable() {
        assertThat(new Times("Asia/Urumqi").dateTime(EVENT)).isEqualTo("2026-11-23 07:36");
    }

    /** Templates format times only through {@code @times}: no {@code #temporals.format} with a pattern of its own. */
    @Test
    void noTemplateFormatsATimeByHand() throws IOException {
        Pattern own = Pattern.compile("#temporals\\.(format|listFormat)\\([^,]*, '|#dates\\.");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                List<String> lines = Files.readAllLines(p);
                for (int i = 0; i < lines.size(); i++) {
                    if (own.matcher(lines.get(i)).find()) {
                        found.add(p + ":" + (i + 1));
                    }
                }
            }
        }
        assertThat(found).as("use ${@times.dateTime(x)} / ${@times.date(x)}").isEmpty();
    }
}
