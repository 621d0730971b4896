package org.shuangda.platform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.aot.AotDetector;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;

/**
 * The run command's ahead-of-time mode (issue 20): the build ({@code spring-boot:process-aot}, pom.xml) works out
 * the beans once, and {@code mvn spring-boot:run} starts with {@code -Dspring.aot.enabled=true} from that plan
 * instead of scanning classes and evaluating conditions on every start (about a second and a half of each start).
 * The plan holds for one configuration only, the embedded default, because every condition was decided at build
 * time. So this class, registered in {@code META-INF/spring.factories}:
 * <ul>
 * <li>while the build works out the plan ({@code spring.aot.processing}), pins the settings that decide which beans
 * exist to {@link #BUILT} and clears the active profiles, whatever the build machine's environment holds;</li>
 * <li>at a start with the plan, checks the same settings; when one differs (a profile, an external database, demo
 * data off, a notification channel on), the start goes on without the plan ({@code spring.aot.enabled=false}) and
 * says why, so a setting is never silently ignored. Only the speed differs.</li>
 * </ul>
 * Runs after the configuration files are read, so a profile's file or {@code ./config} counts too.
 */
public class AheadOfTimeDefault implements EnvironmentPostProcessor, Ordered {

    /** The settings the plan was built with: every one that a condition of Shuangda's or Boot's reads here. */
    static final Map<String, String> BUILT = built();

    private static final String AOT_ENABLED = "spring.aot.enabled";
    private static final String INITIALIZER = "org.shuangda.ShuangdaApplication__ApplicationContextInitializer";

    private final Log log;

    public AheadOfTimeDefault(DeferredLogFactory logs) {
        this.log = logs.getLog(AheadOfTimeDefault.class);
    }

    private static Map<String, String> built() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("spring.datasource.url", ""); // EmbeddedDatabaseConfiguration, ReplicaDataSourceConfiguration
        settings.put("shuangda.datasource.replica-url", "");
        settings.put("shuangda.demo.enabled", "true");
        settings.put("shuangda.notifications.sms.enabled", "false");
        settings.put("shuangda.notifications.smtp.enabled", "false");
        settings.put("spring.mail.host", ""); // Boot's mail sender
        settings.put("management.server.port", ""); // Boot's separate management server
        return Map.copyOf(settings);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (Boolean.getBoolean("spring.aot.processing")) {
            environment.setActiveProfiles();
            environment.getPropertySources().addFirst(new MapPropertySource("shuangdaAheadOfTimeBuild",
                    new LinkedHashMap<>(BUILT)));
        } else if (AotDetector.useGeneratedArtifacts()) {
            List<String> differences = new ArrayList<>();
            if (!ClassUtils.isPresent(INITIALIZER, AheadOfTimeDefault.class.getClassLoader())) {
                differences.add("no plan on the class path: run `mvn process-classes`");
            }
            differences.addAll(differences(environment));
            if (!differences.isEmpty()) {
                System.setProperty(AOT_ENABLED, "false");
                log.info("Starting without the ahead-of-time plan (" + String.join("; ", differences)
                        + "): it was built for the embedded default. 按常规方式启动（启动稍慢）。");
            }
        }
    }

    /** The settings of this start that differ from the plan's, in words; empty when it may use the plan. */
    static List<String> differences(ConfigurableEnvironment environment) {
        List<String> differences = new ArrayList<>();
        if (environment.getActiveProfiles().length > 0) {
            differences.add("profile " + Arrays.toString(environment.getActiveProfiles()));
        }
        BUILT.forEach((key, built) -> {
            String value = environment.getProperty(key, "").trim();
            boolean isSwitch = built.equals("true") || built.equals("false");
            if (isSwitch && Boolean.parseBoolean(built) != Boolean.parseBoolean(value)) {
                differences.add(key + "=" + value);
            } else if (!isSwitch && !built.equals(value)) {
                differences.add(key + " is set"); // not shown: a database URL may carry a password
            }
        });
        return differences;
    }

    @Override
    public int getOrder() {
        // after ConfigDataEnvironmentPostProcessor has read application.yml, the profiles' files and ./config
        return Ordered.LOWEST_PRECEDENCE;
    }
}
