package org.shuangda.platform.nodes;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Under {@code prod}, {@code SHUANGDA_DB_URL}, {@code SHUANGDA_DB_USER} and {@code SHUANGDA_DB_PASSWORD} name the
 * database (the same as {@code SPRING_DATASOURCE_URL}, {@code _USERNAME}, {@code _PASSWORD}, which win where both
 * are set). Only the variables that are set are passed on: an empty user would override one given in the URL.
 * Registered in {@code META-INF/spring.factories}.
 */
public class DatabaseVariables implements EnvironmentPostProcessor {

    private static final Map<String, String> NAMES = Map.of(
            "SHUANGDA_DB_URL", "spring.datasource.url",
            "SHUANGDA_DB_USER", "spring.datasource.username",
            "SHUANGDA_DB_PASSWORD", "spring.datasource.password");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!Arrays.asList(environment.getActiveProfiles()).contains("prod")) {
            return;
        }
        Map<String, Object> mapped = new LinkedHashMap<>();
        NAMES.forEach((variable, property) -> {
            String value = environment.getProperty(variable);
            if (value != null && !value.isEmpty()) {
                mapped.put(property, value);
            }
        });
        if (mapped.isEmpty()) {
            return;
        }
        MapPropertySource source = new MapPropertySource("shuangdaDatabaseVariables", mapped);
        // after the process environment (SPRING_DATASOURCE_* win), before every configuration file
        if (environment.getPropertySources().contains(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME)) {
            environment.getPropertySources().addAfter(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, source);
        } else {
            environment.getPropertySources().addLast(source);
        }
    }
}
