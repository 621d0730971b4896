package org.shuangda.platform;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.shuangda.platform.EmbeddedDatabaseConfiguration.EmbeddedDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Starts the embedded PostgreSQL on its own thread as soon as the configuration is known, before Spring scans
 * and builds the beans, so that {@code initdb} and the server's start (about 1.5 s on a first start) overlap the
 * context's own start instead of following it: the first start has a 10-second bar.
 * {@link EmbeddedDatabaseConfiguration} takes the started server; if the context fails before that, closing
 * the context stops it. Registered in {@code META-INF/spring.factories}; does nothing when an external
 * datasource is configured or under the {@code prod} profile (whose refusal the configuration reports).
 */
class EmbeddedDatabaseEarlyStart implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String BEAN_NAME = "embeddedDatabaseEarlyStart";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        // spring.aot.processing: the build's ahead-of-time analysis refreshes the context without running it
        if (Boolean.getBoolean("spring.aot.processing")
                || !environment.getProperty("spring.datasource.url", "").isEmpty()
                || Arrays.asList(environment.getActiveProfiles()).contains("prod")
                || !(context.getBeanFactory() instanceof DefaultSingletonBeanRegistry registry)) {
            return;
        }
        EmbeddedDatabaseProperties properties = Binder.get(environment)
                .bind("shuangda.embedded", EmbeddedDatabaseProperties.class)
                .orElseGet(() -> new EmbeddedDatabaseProperties(null, 0, false));
        Startup startup = new Startup(properties);
        context.getBeanFactory().registerSingleton(BEAN_NAME, startup);
        registry.registerDisposableBean(BEAN_NAME, startup);
    }

    /** The server being started; handed to the configuration once, or stopped when the context closes first. */
    static final class Startup implements DisposableBean {

        private static final Logger log = LoggerFactory.getLogger(Startup.class);

        private final EmbeddedDatabaseProperties properties;
        private final CompletableFuture<EmbeddedDatabase> server = new CompletableFuture<>();
        private volatile boolean taken;

        Startup(EmbeddedDatabaseProperties properties) {
            this.properties = properties;
            Thread starter = new Thread(() -> {
                try {
                    server.complete(EmbeddedDatabaseConfiguration.start(properties));
                } catch (Throwable e) {
                    server.completeExceptionally(e);
                }
            }, "embedded-postgres-start");
            starter.setDaemon(true);
            starter.start();
        }

        /** Waits for the server; a failure (a second instance on the folder, say) is thrown as it was. */
        EmbeddedDatabase take(EmbeddedDatabaseProperties current) throws IOException, SQLException {
            EmbeddedDatabase database;
            try {
                database = server.join();
            } catch (CompletionException e) {
                throw rethrow(e.getCause());
            }
            taken = true;
            if (current.equals(properties)) {
                return database;
            }
            // the settings changed after the early start (a test's own properties): start again with them
            database.close();
            return EmbeddedDatabaseConfiguration.start(current);
        }

        @Override
        public void destroy() {
            if (taken) {
                return; // the configuration's bean owns it and closes it after everything that uses it
            }
            server.thenAccept(database -> {
                try {
                    database.close();
                } catch (IOException e) {
                    log.warn("Could not stop the embedded PostgreSQL that was started early", e);
                }
            }).exceptionally(e -> null).join();
        }

        private static IOException rethrow(Throwable cause) throws SQLException {
            if (cause instanceof IOException io) {
                return io;
            }
            if (cause instanceof SQLException sql) {
                throw sql;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }
}
