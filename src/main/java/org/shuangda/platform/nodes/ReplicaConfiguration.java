package org.shuangda.platform.nodes;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * An optional streaming replica ({@code shuangda.datasource.replica-url}, with an external primary): read-only
 * transactions ({@code @Transactional(readOnly = true)}: lists, roll-ups, exports, the public portal) read from
 * it, writes and a user's reads right after their own write from the primary. Without the setting nothing
 * here exists and the application has one pool, as before.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${shuangda.datasource.replica-url:}'.isEmpty() && !'${spring.datasource.url:}'.isEmpty()")
class ReplicaConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ReplicaConfiguration.class);

    @Bean
    ReplicaState replica(Environment environment,
            @Value("${shuangda.datasource.replica-max-lag:30s}") Duration maxLag) {
        return new ReplicaState(replicaPool(environment), maxLag);
    }

    @Bean
    @Primary
    ReplicaRoutingDataSource dataSource(DataSourceProperties properties, Environment environment, ReplicaState state) {
        HikariDataSource primary = properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        Binder.get(environment).bind("spring.datasource.hikari", Bindable.ofInstance(primary));
        primary.setPoolName("shuangda-primary");
        state.check(); // logs at once if the URL names a primary or the replica cannot be reached
        log.info("Read replica configured: read-only transactions go to {} while it is usable",
                environment.getProperty("shuangda.datasource.replica-url", "").replaceAll("\\?.*", "")); // no password from the query
        return new ReplicaRoutingDataSource(primary, state.replica(), state);
    }

    /**
     * Both pools on {@code /actuator/prometheus} ({@code hikaricp_*} with {@code pool="shuangda-primary"} and
     * {@code pool="shuangda-replica"}). Spring Boot's pool metrics look at the {@code DataSource} beans only: the
     * routing data source unwraps to the pool it would route to outside a transaction, the primary, and the
     * replica's pool, which is no bean, went unreported. A pool already bound (by Spring Boot, or before) is left
     * as it is: Hikari takes one metrics tracker per pool.
     */
    @Bean
    MeterBinder replicaPoolMetrics(DataSource dataSource) {
        return registry -> {
            // the bean is wrapped (shared.web.StatementTimeoutDataSource): unwrap finds the routing data source
            for (DataSource pool : unwrap(dataSource, ReplicaRoutingDataSource.class).pools()) {
                HikariDataSource hikari = unwrap(pool, HikariDataSource.class);
                if (hikari != null && hikari.getMetricRegistry() == null && hikari.getMetricsTrackerFactory() == null) {
                    hikari.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
                }
            }
        };
    }

    private static <T> T unwrap(DataSource dataSource, Class<T> type) {
        try {
            return dataSource.unwrap(type);
        } catch (SQLException e) {
            throw new IllegalStateException("no " + type.getSimpleName() + " behind the data source", e);
        }
    }

    @Bean
    PlatformTransactionManager transactionManager(DataSource dataSource) {
        return new ReplicaAwareTransactionManager(dataSource);
    }

    @Bean
    FilterRegistrationBean<ReadYourWrites> readYourWrites(Clock clock,
            @Value("${shuangda.datasource.read-your-writes:10s}") Duration window) {
        FilterRegistrationBean<ReadYourWrites> registration = new FilterRegistrationBean<>(new ReadYourWrites(clock, window));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    ReplicaChecks replicaChecks(ReplicaState state) {
        return new ReplicaChecks(state);
    }

    /** Every node checks its own view of the replica (no lock: each node routes its own reads). */
    static final class ReplicaChecks {

        private final ReplicaState state;

        ReplicaChecks(ReplicaState state) {
            this.state = state;
        }

        @Scheduled(fixedDelayString = "${shuangda.datasource.replica-check:5s}",
                initialDelayString = "${shuangda.datasource.replica-check:5s}")
        void check() {
            state.check();
        }
    }

    /** Its own pool, read-only, with the primary's pool settings and the replica's URL and account. */
    private static HikariDataSource replicaPool(Environment environment) {
        HikariDataSource replica = new HikariDataSource();
        Binder.get(environment).bind("spring.datasource.hikari", Bindable.ofInstance(replica));
        replica.setJdbcUrl(environment.getRequiredProperty("shuangda.datasource.replica-url"));
        replica.setUsername(environment.getProperty("shuangda.datasource.replica-username",
                environment.getProperty("spring.datasource.username", "")));
        replica.setPassword(environment.getProperty("shuangda.datasource.replica-password",
                environment.getProperty("spring.datasource.password", "")));
        replica.setReadOnly(true);
        replica.setPoolName("shuangda-replica");
        replica.addDataSourceProperty("ApplicationName", "shuangda-replica");
        // a replica that is down must not hold a reader for long: it falls back to the primary at the next check
        replica.setConnectionTimeout(Math.min(replica.getConnectionTimeout(), 2_000));
        // no connection at start: a replica that is down must not stop the node from starting
        replica.setInitializationFailTimeout(-1);
        replica.setMinimumIdle(0);
        return replica;
    }
}
