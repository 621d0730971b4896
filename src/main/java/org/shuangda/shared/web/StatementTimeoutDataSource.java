package org.shuangda.shared.web;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * PostgreSQL's {@code statement_timeout} by kind of work, at the one place every connection passes: each
 * connection handed out is set to the timeout of what the current thread serves ({@link RequestKind}: 10 s
 * for a page or an API call, 120 s for a download, none for jobs, listeners, start-up and migrations; see
 * {@link RequestLimits}). Why here and not per query: a request that costs too much (a search the indexes
 * cannot serve, a lock waited on) must end before it holds a connection and a core for minutes, whichever
 * store it runs in; and a job must never be cut by a limit meant for people waiting on a page.
 *
 * <p>Connections are taken before a transaction begins (auto-commit still on), so the {@code SET} is the
 * session's and stays when the transaction rolls back; the value last set on each physical connection is
 * remembered, so a pooled connection used again for the same kind costs no extra round trip. A statement
 * cancelled by the timeout (SQLState 57014) reaches the caller as Spring's {@code QueryTimeoutException}:
 * 503 with a message on the API ({@code ApiErrorHandler}) and on pages.
 */
final class StatementTimeoutDataSource extends DelegatingDataSource implements AutoCloseable {

    private final ObjectProvider<RequestLimits> limits;
    /** statement_timeout in ms last set on each physical connection (weak: the pool may close them). */
    private final Map<Connection, Long> lastSet = Collections.synchronizedMap(new WeakHashMap<>());

    StatementTimeoutDataSource(DataSource target, ObjectProvider<RequestLimits> limits) {
        super(target);
        this.limits = limits;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return withTimeout(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return withTimeout(super.getConnection(username, password));
    }

    /** Closes the pool it wraps (the container infers {@code close} as the bean's destroy method). */
    @Override
    public void close() throws Exception {
        if (getTargetDataSource() instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    private Connection withTimeout(Connection connection) throws SQLException {
        long ms = timeoutMillis();
        Connection physical = connection.isWrapperFor(Connection.class) ? connection.unwrap(Connection.class)
                : connection;
        Long previous = lastSet.get(physical);
        if (previous == null || previous != ms) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("set statement_timeout = " + ms); // a number we computed: nothing to bind
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
            if (connection.getAutoCommit()) { // else a rollback would undo the SET: do not trust it next time
                lastSet.put(physical, ms);
            } else {
                lastSet.remove(physical);
            }
        }
        return connection;
    }

    private long timeoutMillis() {
        RequestLimits.StatementTimeout t = limits.getIfAvailable(RequestLimits::defaults).statementTimeout();
        Duration d = RequestKind.current().map(k -> k == RequestKind.EXPORT ? t.export() : t.web()).orElse(t.jobs());
        return Math.max(0, d.toMillis());
    }

    /** Wraps the application's data source(s). */
    static final class Wrapper implements BeanPostProcessor {

        private final ObjectProvider<RequestLimits> limits;

        Wrapper(ObjectProvider<RequestLimits> limits) {
            this.limits = limits;
        }

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            return bean instanceof DataSource ds && !(bean instanceof StatementTimeoutDataSource)
                    ? new StatementTimeoutDataSource(ds, limits) : bean;
        }
    }
}
