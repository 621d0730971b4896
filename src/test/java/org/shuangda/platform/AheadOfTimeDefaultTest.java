package org.shuangda.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** Which settings keep a start from the build's ahead-of-time plan, and the build pinning them to the plan's. */
class AheadOfTimeDefaultTest {

    @Test
    void thePackagedDefaultsAreThePlans() {
        StandardEnvironment environment = environment(Map.of("shuangda.demo.enabled", "true",
                "server.port", "8081", "shuangda.embedded.data-dir", "/tmp/elsewhere"));
        assertThat(AheadOfTimeDefault.differences(environment)).isEmpty();
    }

    @Test
    void aProfileAnExternalDatabaseOrAnotherSwitchIsNamed() {
        StandardEnvironment environment = environment(Map.of("shuangda.demo.enabled", "false",
                "spring.datasource.url", "jdbc:postgresql://db/shuangda?password=secret",
                "shuangda.notifications.smtp.enabled", "TRUE"));
        environment.setActiveProfiles("prod");
        assertThat(AheadOfTimeDefault.differences(environment)).containsExactlyInAnyOrder("profile [prod]",
                "shuangda.demo.enabled=false", "shuangda.notifications.smtp.enabled=TRUE",
                "spring.datasource.url is set");
        assertThat(String.join(" ", AheadOfTimeDefault.differences(environment))).doesNotContain("secret");
    }

    @Test
    void theBuildWorksOutThePlanWithThePlansSettingsWhateverItsMachineHolds() {
        StandardEnvironment environment = environment(Map.of("spring.datasource.url", "jdbc:postgresql://db/x",
                "shuangda.demo.enabled", "false"));
        environment.setActiveProfiles("prod");
        String before = System.getProperty("spring.aot.processing");
        System.setProperty("spring.aot.processing", "true");
        try {
            new AheadOfTimeDefault(new DeferredLogs()).postProcessEnvironment(environment, null);
        } finally {
            if (before == null) {
                System.clearProperty("spring.aot.processing");
            } else {
                System.setProperty("spring.aot.processing", before);
            }
        }
        assertThat(environment.getActiveProfiles()).isEmpty();
        assertThat(AheadOfTimeDefault.differences(environment)).isEmpty();
    }

    /** A new property condition in Shuangda's code is one more setting the plan must be checked against. */
    @Test
    void everySettingAConditionOfShuangdasReadsIsWatched() throws IOException {
        Pattern condition = Pattern.compile("@ConditionalOn(?:Property|Expression)\\((.*?)\\)\\s*\\n", Pattern.DOTALL);
        Pattern key = Pattern.compile("name = \"([a-z0-9.\\-]+)\"|\\$\\{([a-z0-9.\\-]+):");
        Set<String> read = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher c = condition.matcher(Files.readString(file));
                while (c.find()) {
                    Matcher k = key.matcher(c.group(1));
                    while (k.find()) {
                        read.add(k.group(1) != null ? k.group(1) : k.group(2));
                    }
                }
            }
        }
        assertThat(read).as("the settings Shuangda's conditions read").hasSizeGreaterThanOrEqualTo(5);
        assertThat(AheadOfTimeDefault.BUILT.keySet()).containsAll(read);
    }

    private static StandardEnvironment environment(Map<String, Object> settings) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", settings));
        return environment;
    }
}
