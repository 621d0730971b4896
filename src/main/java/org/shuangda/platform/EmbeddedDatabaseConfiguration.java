package org.shuangda.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.FileSystemUtils;

/**
 * The embedded default: when no {@code spring.datasource.url} is given, start a real PostgreSQL 17 (zonky)
 * whose cluster lives in {@code ./data/postgres} and survives restarts. The {@code prod} profile refuses it.
 * The server is usually already starting: {@link EmbeddedDatabaseEarlyStart} begins before the beans are built.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

    static final String DATABASE = "shuangda";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(EmbeddedDatabaseProperties properties, Environment environment,
            ObjectProvider<EmbeddedDatabaseEarlyStart.Startup> earlyStart) throws IOException, SQLException {
        if (Arrays.asList(environment.getActiveProfiles()).contains("prod")) {
            throw new IllegalStateException("The prod profile runs only on an external PostgreSQL: set "
                    + "SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD. "
                    + "生产环境必须配置外部 PostgreSQL 数据源。");
        }
        EmbeddedDatabaseEarlyStart.Startup startup = earlyStart.getIfAvailable();
        return startup != null ? startup.take(properties) : start(properties);
    }

    /** Locks the data folder, stops an orphan left by a kill -9, then initialises (once) and starts the cluster. */
    static EmbeddedDatabase start(EmbeddedDatabaseProperties properties) throws IOException, SQLException {
        Path root = properties.ephemeral()
                ? properties.dataDir().resolve("run-" + UUID.randomUUID())
                : properties.dataDir();
        DataDirectoryLock lock = DataDirectoryLock.acquire(root);
        try {
            Path cluster = root.resolve("postgres");
            Files.createDirectories(cluster);
            OrphanedPostgres.stopIfRunning(cluster);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    // Spring closes it after everything that uses the database; zonky's own JVM hook would race that
                    .setRegisterShutdownHook(false)
                    .setDataDirectory(cluster)
                    .setCleanDataDirectory(false)
                    .setPort(properties.port())
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setLocaleConfig("encoding", "UTF8")
                    .setServerConfig("max_connections", "100")
                    // zonky turns durability off for throwaway test databases; ./data must survive a power cut
                    .setServerConfig("fsync", properties.ephemeral() ? "off" : "on")
                    .setServerConfig("synchronous_commit", properties.ephemeral() ? "off" : "on")
                    .setServerConfig("full_page_writes", properties.ephemeral() ? "off" : "on")
                    .start();
            createDatabase(postgres);
            log.info("Embedded PostgreSQL is running on port {} with data in {}", postgres.getPort(),
                    cluster.toAbsolutePath());
            return new EmbeddedDatabase(postgres, lock, properties.ephemeral() ? root : null);
        } catch (IOException | SQLException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    @Bean
    DataSource dataSource(EmbeddedDatabase database,
            @org.springframework.beans.factory.annotation.Value("${shuangda.time-zone:Asia/Shanghai}") String zone) {
        HikariConfig config = new HikariConfig();
        // the session's zone is the platform's, not the host JVM's: now() into a timestamp column and ::date casts
        // of instants give the wall time and day people read (shared.web.Times)
        config.setConnectionInitSql("set time zone '" + java.time.ZoneId.of(zone).getId() + "'");
        config.setJdbcUrl(database.postgres().getJdbcUrl("postgres", DATABASE));
        config.setUsername("postgres");
        config.setMaximumPoolSize(20);
        config.setPoolName("shuangda-embedded");
        // a request waits at most 5 s for a connection, then answers 503 (shared.web.DatabaseUnavailable)
        config.setConnectionTimeout(5_000);
        return new HikariDataSource(config);
    }

    private static void createDatabase(EmbeddedPostgres postgres) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery(
                    "select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            statement.execute("create database " + DATABASE
                    + " with encoding 'UTF8' lc_collate 'C.UTF-8' lc_ctype 'C.UTF-8' template template0");
        }
    }

    /** The running server plus the lock that keeps a second instance away; closed in reverse order. */
    record EmbeddedDatabase(EmbeddedPostgres postgres, DataDirectoryLock lock, Path deleteOnClose)
            implements AutoCloseable {

        @Override
        public void close() throws IOException {
            try {
                postgres.close();
            } finally {
                lock.close();
                if (deleteOnClose != null) {
                    FileSystemUtils.deleteRecursively(deleteOnClose);
                }
            }
        }
    }
}
