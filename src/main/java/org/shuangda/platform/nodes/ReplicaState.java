package org.shuangda.platform.nodes;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Whether this node may read from the replica now, checked every few seconds on the replica itself: reachable,
 * in recovery (a standby), and no further behind than {@code shuangda.datasource.replica-max-lag}. While it is
 * not usable, read-only transactions go to the primary (slower, never staler). A URL that points at a primary
 * is named in the log at once: reads then still work, but nothing is taken off the primary. Shown as the
 * health component {@code replica} (not part of readiness: a node serves from the primary alone).
 */
final class ReplicaState implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(ReplicaState.class);

    private final DataSource replica;
    private final Duration maxLag;
    private volatile boolean usable;
    private volatile Map<String, Object> details = Map.of("checked", false);
    private volatile String lastProblem = "";

    ReplicaState(DataSource replica, Duration maxLag) {
        this.replica = replica;
        this.maxLag = maxLag;
    }

    DataSource replica() {
        return replica;
    }

    boolean usable() {
        return usable;
    }

    /** Run by {@link ReplicaConfiguration} every {@code shuangda.datasource.replica-check}, on every node. */
    void check() {
        Map<String, Object> now = new LinkedHashMap<>();
        String problem;
        try (Connection connection = replica.getConnection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("""
                        select pg_is_in_recovery(),
                               case when pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() then 0
                                    else extract(epoch from now() - pg_last_xact_replay_timestamp()) end""")) {
            rs.next();
            boolean standby = rs.getBoolean(1);
            double lag = rs.getDouble(2);
            boolean lagKnown = !rs.wasNull();
            now.put("standby", standby);
            if (lagKnown) {
                now.put("lagSeconds", lag);
            }
            if (!standby) {
                problem = "shuangda.datasource.replica-url points at a PRIMARY (pg_is_in_recovery() = false), not a "
                        + "streaming replica: reads are sent there, but nothing is taken off the primary; check the URL";
            } else if (lagKnown && lag > maxLag.toSeconds()) {
                problem = "the replica lags " + Math.round(lag) + " s (more than " + maxLag.toSeconds()
                        + " s): reads go to the primary until it catches up";
            } else {
                problem = "";
            }
            usable = standby ? problem.isEmpty() : true;
        } catch (SQLException e) {
            problem = "the replica cannot be reached (" + e.getMessage() + "): reads go to the primary";
            usable = false;
        }
        now.put("usable", usable);
        details = now;
        if (!problem.equals(lastProblem)) {
            if (problem.isEmpty()) {
                log.info("Read replica usable again: read-only transactions go to it");
            } else {
                log.warn("Read replica: {}", problem);
            }
            lastProblem = problem;
        }
    }

    @Override
    public Health health() {
        // UP either way: without the replica the node reads from the primary; "usable" says which
        return Health.up().withDetails(details).build();
    }
}
