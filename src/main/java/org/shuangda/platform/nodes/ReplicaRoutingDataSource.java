package org.shuangda.platform.nodes;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.lookup.AbstractRoutingDataSource;

/**
 * The primary and the streaming replica behind one {@code DataSource}: a connection taken while a read-only
 * transaction begins ({@link ReplicaAwareTransactionManager}) comes from the replica, unless the replica is not
 * usable just now ({@link ReplicaState}: unreachable or lagging), or the request may write, or its client
 * wrote a moment ago ({@link ReadYourWrites}). Everything else (writes, statements outside a transaction, the session store, the
 * job locks, Flyway) uses the primary.
 */
final class ReplicaRoutingDataSource extends AbstractRoutingDataSource implements AutoCloseable {

    enum Target { PRIMARY, REPLICA }

    private final DataSource primary;
    private final DataSource replica;
    private final ReplicaState state;

    ReplicaRoutingDataSource(DataSource primary, DataSource replica, ReplicaState state) {
        this.primary = primary;
        this.replica = replica;
        this.state = state;
        setTargetDataSources(Map.of(Target.PRIMARY, primary, Target.REPLICA, replica));
        setDefaultTargetDataSource(primary);
        afterPropertiesSet();
    }

    /** The two pools, the primary first (for their metrics: {@code ReplicaConfiguration}). */
    List<DataSource> pools() {
        return List.of(primary, replica);
    }

    @Override
    protected Object determineCurrentLookupKey() {
        return ReplicaAwareTransactionManager.readOnlyBeginning() && state.usable() && !ReadYourWrites.primaryRequired()
                ? Target.REPLICA : Target.PRIMARY;
    }

    @Override
    public void close() throws Exception {
        try {
            if (replica instanceof AutoCloseable closeable) {
                closeable.close();
            }
        } finally {
            if (primary instanceof AutoCloseable closeable) {
                closeable.close();
            }
        }
    }
}
