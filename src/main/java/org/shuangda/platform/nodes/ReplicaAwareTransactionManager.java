package org.shuangda.platform.nodes;

import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Spring's JDBC transaction manager, telling {@link ReplicaRoutingDataSource} whether the transaction whose
 * connection it takes is read-only. Spring exposes that flag only after the connection is taken, and a
 * {@code LazyConnectionDataSourceProxy} would not help here: the statement timeout set on every connection
 * handed out ({@code shared.web.StatementTimeoutDataSource}) would fetch the real connection at once.
 */
final class ReplicaAwareTransactionManager extends JdbcTransactionManager {

    private static final ThreadLocal<Boolean> READ_ONLY_BEGINNING = new ThreadLocal<>();

    ReplicaAwareTransactionManager(DataSource dataSource) {
        super(dataSource);
    }

    static boolean readOnlyBeginning() {
        return Boolean.TRUE.equals(READ_ONLY_BEGINNING.get());
    }

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {
        Boolean outer = READ_ONLY_BEGINNING.get();
        READ_ONLY_BEGINNING.set(definition.isReadOnly());
        try {
            super.doBegin(transaction, definition);
        } finally {
            if (outer == null) {
                READ_ONLY_BEGINNING.remove();
            } else {
                READ_ONLY_BEGINNING.set(outer);
            }
        }
    }
}
