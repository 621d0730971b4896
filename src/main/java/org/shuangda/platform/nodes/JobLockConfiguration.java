package org.shuangda.platform.nodes;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled jobs that must run once per period across nodes carry {@code @SchedulerLock}: the first node to
 * take the row in {@code shedlock} (V163) runs the job, the others skip that firing. Times are the database's
 * ({@code usingDbTime}), so nodes whose clocks differ agree on when a lock ends. A node that dies holding a lock
 * delays the job by at most its {@code lockAtMostFor}; each daily job's {@code lockAtLeastFor} outlasts any
 * clock skew between nodes, so a node firing a few seconds late does not run the same day's job again.
 * Why ShedLock and not db-scheduler: docs/scaling.md.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class JobLockConfiguration {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("shedlock")
                .usingDbTime()
                .build());
    }
}
