package org.shuangda.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Every environment variable the README and {@code docs/scaling.md} name reaches the setting it is documented
 * for, read the way the application reads it: {@code @Value} and {@code Environment.getProperty} (placeholders,
 * {@code @ConditionalOnProperty}), or Spring Boot's binder ({@code @ConfigurationProperties}, maps of keys by
 * id). Spring Boot maps a variable to a setting by dropping the dashes ({@code SHUANGDA_SECURITY_TOTPKEYS_CURRENT}
 * for {@code shuangda.security.totp-keys.current}); a name that turns the dashes into underscores as well
 * ({@code SHUANGDA_SECURITY_TOKEN_FAILURES_MAX_FAILURES}) is found for a single value, but never as a key of a
 * map ({@code ..._TOTP_KEYS_SECRETS_<ID>} bound nothing). A variable the documents name and this test does not
 * know fails the test, so a new one is checked when it is written down.
 */
class ReadmeVariablesTest {

    private enum Read { VALUE, BIND, MAP_KEY, OWN }

    private record Setting(String property, Read read) {
    }

    /** Variable → the setting and how the application reads it; shorthands (`..._X`) written out. */
    private static final Map<String, Setting> DOCUMENTED = new LinkedHashMap<>();

    static {
        bind("SPRING_DATASOURCE_URL", "spring.datasource.url");
        bind("SPRING_DATASOURCE_USERNAME", "spring.datasource.username");
        bind("SPRING_DATASOURCE_PASSWORD", "spring.datasource.password");
        bind("SHUANGDA_EMBEDDED_DATA_DIR", "shuangda.embedded.data-dir");
        bind("SHUANGDA_EMBEDDED_PORT", "shuangda.embedded.port");
        value("SHUANGDA_DEMO_ENABLED", "shuangda.demo.enabled");
        value("SHUANGDA_CREDIT_EXPIRY_CRON", "shuangda.credit.expiry-cron");
        value("SHUANGDA_CREDIT_EXPIRY_BATCH", "shuangda.credit.expiry-batch");
        value("SHUANGDA_SECURITY_MAX_FAILED_LOGINS", "shuangda.security.max-failed-logins");
        value("SHUANGDA_SECURITY_LOCKOUT_MINUTES", "shuangda.security.lockout-minutes");
        value("SHUANGDA_SECURITY_PASSWORD_MIN_LENGTH", "shuangda.security.password-min-length");
        value("SHUANGDA_SECURITY_TOTP_REQUIRED_FOR_ADMINS", "shuangda.security.totp-required-for-admins");
        bind("SHUANGDA_SECURITY_TOTPKEYS_CURRENT", "shuangda.security.totp-keys.current");
        DOCUMENTED.put("SHUANGDA_SECURITY_TOTPKEYS_SECRETS_<ID>",
                new Setting("shuangda.security.totp-keys.secrets", Read.MAP_KEY));
        value("SHUANGDA_SECURITY_TOKEN_FAILURES_MAX_FAILURES", "shuangda.security.token-failures.max-failures");
        value("SHUANGDA_SECURITY_TOKEN_FAILURES_WINDOW_MINUTES", "shuangda.security.token-failures.window-minutes");
        value("SHUANGDA_SECURITY_TOKEN_FAILURES_BLOCK_MINUTES", "shuangda.security.token-failures.block-minutes");
        value("SHUANGDA_API_DOCS_PUBLIC", "shuangda.api-docs.public");
        bind("SERVER_SERVLET_SESSION_TIMEOUT", "server.servlet.session.timeout");
        value("PORT", "PORT"); // application.yml: server.port: ${PORT:8080} (portIsReadThroughItsPlaceholder)
        value("SHUANGDA_TIME_ZONE", "shuangda.time-zone");
        bind("SHUANGDA_PRIVACY_KEYS_CURRENT", "shuangda.privacy.keys.current");
        DOCUMENTED.put("SHUANGDA_PRIVACY_KEYS_SECRETS_<ID>", new Setting("shuangda.privacy.keys.secrets", Read.MAP_KEY));
        bind("SHUANGDA_COMPLAINTS_KEYS_CURRENT", "shuangda.complaints.keys.current");
        DOCUMENTED.put("SHUANGDA_COMPLAINTS_KEYS_SECRETS_<ID>",
                new Setting("shuangda.complaints.keys.secrets", Read.MAP_KEY));
        bind("SHUANGDA_COMPLAINTS_PUBLIC_FILINGS_PER_MINUTE", "shuangda.complaints.public.filings-per-minute");
        bind("SHUANGDA_COMPLAINTS_PUBLIC_FILINGS_PER_DAY", "shuangda.complaints.public.filings-per-day");
        bind("SHUANGDA_COMPLAINTS_PUBLIC_LOOKUPS_PER_MINUTE", "shuangda.complaints.public.lookups-per-minute");
        value("SHUANGDA_CREDIT_PUBLIC_APPLICATIONS_PER_MINUTE", "shuangda.credit.public.applications-per-minute");
        value("SHUANGDA_CREDIT_PUBLIC_APPLICATIONS_PER_DAY", "shuangda.credit.public.applications-per-day");
        value("SHUANGDA_CREDIT_PUBLIC_LOOKUPS_PER_MINUTE", "shuangda.credit.public.lookups-per-minute");
        bind("SHUANGDA_SECURITY_TRUSTED_PROXIES", "shuangda.security.trusted-proxies");
        value("SHUANGDA_COMPLAINTS_PUBLIC_REGION_ROOT", "shuangda.complaints.public.region-root");
        value("SHUANGDA_AUDIT_ANCHOR_FILE", "shuangda.audit.anchor-file");
        value("SHUANGDA_AUDIT_ANCHOR_EVERY_ENTRIES", "shuangda.audit.anchor-every-entries");
        value("SHUANGDA_AUDIT_ANCHOR_INTERVAL", "shuangda.audit.anchor-interval");
        bind("SHUANGDA_PORTAL_PAGES_PER_MINUTE", "shuangda.portal.pages-per-minute");
        bind("SHUANGDA_PORTAL_LOOKUPS_PER_MINUTE", "shuangda.portal.lookups-per-minute");
        bind("SHUANGDA_PORTAL_CACHE_SECONDS", "shuangda.portal.cache-seconds");
        value("SHUANGDA_CREDIT_WARNINGS_CRON", "shuangda.credit.warnings.cron");
        bind("SHUANGDA_LIMITS_PAGE_SIZE", "shuangda.limits.page-size");
        bind("SHUANGDA_LIMITS_IMPORT_ROWS", "shuangda.limits.import-rows");
        bind("SHUANGDA_LIMITS_INDICATORS_PER_TEMPLATE", "shuangda.limits.indicators-per-template");
        bind("SHUANGDA_LIMITS_ITEMS_PER_LIST", "shuangda.limits.items-per-list");
        bind("SHUANGDA_LIMITS_JSON_BODY", "shuangda.limits.json-body");
        bind("SERVER_TOMCAT_MAX_HTTP_FORM_POST_SIZE", "server.tomcat.max-http-form-post-size");
        bind("SPRING_SERVLET_MULTIPART_MAX_REQUEST_SIZE", "spring.servlet.multipart.max-request-size");
        bind("SPRING_SERVLET_MULTIPART_MAX_FILE_SIZE", "spring.servlet.multipart.max-file-size");
        bind("SHUANGDA_LIMITS_STATEMENT_TIMEOUT_WEB", "shuangda.limits.statement-timeout.web");
        bind("SHUANGDA_LIMITS_STATEMENT_TIMEOUT_EXPORT", "shuangda.limits.statement-timeout.export");
        bind("SHUANGDA_LIMITS_STATEMENT_TIMEOUT_JOBS", "shuangda.limits.statement-timeout.jobs");
        value("SHUANGDA_CREDIT_GRADES_CRON", "shuangda.credit.grades.cron");
        value("SHUANGDA_CALENDAR_REVISION_CHECK_MS", "shuangda.calendar.revision-check-ms");
        // read from the environment itself under prod (platform.nodes.DatabaseVariables, DatabaseVariablesTest)
        DOCUMENTED.put("SHUANGDA_DB_URL", new Setting("spring.datasource.url", Read.OWN));
        DOCUMENTED.put("SHUANGDA_DB_USER", new Setting("spring.datasource.username", Read.OWN));
        DOCUMENTED.put("SHUANGDA_DB_PASSWORD", new Setting("spring.datasource.password", Read.OWN));
        value("SHUANGDA_DATASOURCE_REPLICA_URL", "shuangda.datasource.replica-url");
        value("SHUANGDA_DATASOURCE_REPLICA_USERNAME", "shuangda.datasource.replica-username");
        value("SHUANGDA_DATASOURCE_REPLICA_PASSWORD", "shuangda.datasource.replica-password");
        value("SHUANGDA_DATASOURCE_READ_YOUR_WRITES", "shuangda.datasource.read-your-writes");
        value("SHUANGDA_DATASOURCE_REPLICA_MAX_LAG", "shuangda.datasource.replica-max-lag");
        value("SHUANGDA_DATASOURCE_REPLICA_CHECK", "shuangda.datasource.replica-check");
        value("SHUANGDA_METRICS_ALLOWED_ADDRESSES", "shuangda.metrics.allowed-addresses");
        bind("SPRING_DATASOURCE_HIKARI_CONNECTION_TIMEOUT", "spring.datasource.hikari.connection-timeout");
        value("LOGGING_STRUCTURED_FORMAT_CONSOLE", "logging.structured.format.console");
        value("SPRING_PROFILES_ACTIVE", "spring.profiles.active");
    }

    /** Upper-case words in back-quotes that are no variable (a report template's code). */
    private static final List<String> NOT_VARIABLES = List.of("SHUANGDA_COMPLAINTS");

    private static void value(String variable, String property) {
        DOCUMENTED.put(variable, new Setting(property, Read.VALUE));
    }

    private static void bind(String variable, String property) {
        DOCUMENTED.put(variable, new Setting(property, Read.BIND));
    }

    @Test
    void everyDocumentedVariableReachesItsSetting() {
        List<String> missed = new ArrayList<>();
        DOCUMENTED.forEach((variable, setting) -> {
            if (setting.read() != Read.OWN && !reaches(variable, setting)) {
                missed.add(variable + " → " + setting.property());
            }
        });
        assertThat(missed).as("variables that do not reach their setting").isEmpty();
    }

    @Test
    void everyVariableTheDocumentsNameIsKnownHere() throws IOException {
        TreeSet<String> unknown = new TreeSet<>();
        Pattern name = Pattern.compile("`((?:SHUANGDA|SPRING|SERVER|LOGGING)_[A-Z0-9_]+(?:_<ID>)?|PORT)`");
        for (Path document : List.of(Path.of("README.md"), Path.of("docs/scaling.md"))) {
            Matcher m = name.matcher(Files.readString(document));
            while (m.find()) {
                if (!DOCUMENTED.containsKey(m.group(1)) && !NOT_VARIABLES.contains(m.group(1))) {
                    unknown.add(document + ": " + m.group(1));
                }
            }
        }
        assertThat(unknown).as("variables named in the documents that this test does not check").isEmpty();
    }

    /** Names that look right and bind nothing, written down (the README named the first two once). */
    private static final Map<String, Setting> WRONG = Map.of(
            "SHUANGDA_SECURITY_TOTP_KEYS_SECRETS_<ID>", new Setting("shuangda.security.totp-keys.secrets", Read.MAP_KEY),
            "SHUANGDA_SECURITY_TOTP_KEYS_CURRENT", new Setting("shuangda.security.totp-keys.current", Read.BIND));

    @Test
    void aMapKeyBehindADashedNameNeedsTheDashDropped() {
        // the current key alone would be found under the legacy name, the secrets are not: the key ring is empty
        assertThat(reaches("SHUANGDA_SECURITY_TOTP_KEYS_SECRETS_<ID>", WRONG.get("SHUANGDA_SECURITY_TOTP_KEYS_SECRETS_<ID>")))
                .isFalse();
        assertThat(reaches("SHUANGDA_SECURITY_TOTPKEYS_SECRETS_<ID>", DOCUMENTED.get("SHUANGDA_SECURITY_TOTPKEYS_SECRETS_<ID>")))
                .isTrue();
    }

    @Test
    void theSettingsRecordsBindTheDocumentedNames() {
        Binder binder = Binder.get(environment(Map.of("SHUANGDA_LIMITS_PAGE_SIZE", "77",
                "SHUANGDA_LIMITS_STATEMENT_TIMEOUT_EXPORT", "3s", "SHUANGDA_COMPLAINTS_PUBLIC_FILINGS_PER_DAY", "9",
                "SHUANGDA_EMBEDDED_DATA_DIR", "/srv/shuangda")));
        org.shuangda.shared.web.RequestLimits limits = binder.bind("shuangda.limits",
                org.shuangda.shared.web.RequestLimits.class).get();
        assertThat(limits.pageSize()).isEqualTo(77);
        assertThat(limits.statementTimeout().export()).hasSeconds(3);
        assertThat(limits.statementTimeout().web()).as("the default stays").hasSeconds(10);
        assertThat(binder.bind("shuangda.complaints.public", org.shuangda.complaints.PublicLimits.class).get()
                .filingsPerDay()).isEqualTo(9);
        assertThat(binder.bind("shuangda.embedded", EmbeddedDatabaseProperties.class).get().dataDir())
                .isEqualTo(Path.of("/srv/shuangda"));
    }

    @Test
    void portIsReadThroughItsPlaceholder() throws IOException {
        assertThat(Files.readString(Path.of("src/main/resources/application.yml"))).contains("port: ${PORT:8080}");
    }

    private static boolean reaches(String variable, Setting setting) {
        String value = setting.read() == Read.MAP_KEY ? "c2VjcmV0LWtleS0xMjM0NQ==" : "5";
        StandardEnvironment environment = environment(Map.of(variable.replace("<ID>", "K7"), value));
        Binder binder = Binder.get(environment);
        return switch (setting.read()) {
            case VALUE -> value.equals(environment.getProperty(setting.property()))
                    || value.equals(environment.resolvePlaceholders("${" + setting.property() + ":}"));
            case BIND -> binder.bind(setting.property(), String.class).map(value::equals).orElse(false);
            case MAP_KEY -> value.equals(binder.bind(setting.property(), Bindable.mapOf(String.class, String.class))
                    .orElse(Map.of()).get("k7"));
            case OWN -> true;
        };
    }

    /** An environment with these variables only, attached as Spring Boot attaches its own. */
    private static StandardEnvironment environment(Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        variables));
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        ConfigurationPropertySources.attach(environment);
        return environment;
    }
}
