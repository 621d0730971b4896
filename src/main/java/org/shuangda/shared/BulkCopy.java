package org.shuangda.shared;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Rows streamed into a table with PostgreSQL's {@code COPY … FROM STDIN} (text format) on the current transaction's
 * connection: for the writes of tens of thousands of rows at once (an entity import, a province draw), where one
 * statement of giant array literals costs several times more. Each {@link #row()} hands out the buffer to append one
 * line to (fields separated by tabs, ending in a newline, values free of tabs, newlines and backslashes); it is sent
 * as it grows. {@link #finish()} ends the copy; closing without it cancels, so nothing half-written stays.
 */
public final class BulkCopy implements AutoCloseable {

    private static final int CHUNK = 1 << 19;

    private final DataSource dataSource;
    private final Connection connection;
    private final CopyIn copy;
    private final StringBuilder chunk = new StringBuilder(CHUNK + 4096);

    private BulkCopy(DataSource dataSource, Connection connection, CopyIn copy) {
        this.dataSource = dataSource;
        this.connection = connection;
        this.copy = copy;
    }

    /** Starts {@code copySql} ({@code copy <table> (<columns>) from stdin}) inside the running transaction. */
    public static BulkCopy open(DataSource dataSource, String copySql) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return new BulkCopy(dataSource, connection, connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn(copySql));
        } catch (SQLException e) {
            DataSourceUtils.releaseConnection(connection, dataSource);
            throw new IllegalStateException("COPY could not start: " + copySql, e);
        }
    }

    /** The buffer to append the next line to. */
    public StringBuilder row() {
        if (chunk.length() > CHUNK) {
            send();
        }
        return chunk;
    }

    /** Sends what is left and ends the copy; the number of rows the database took. */
    public long finish() {
        send();
        try {
            return copy.endCopy();
        } catch (SQLException e) {
            throw new IllegalStateException("COPY failed", e);
        }
    }

    private void send() {
        byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
        } catch (SQLException e) {
            throw new IllegalStateException("COPY failed", e);
        }
        chunk.setLength(0);
    }

    @Override
    public void close() {
        try {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("COPY could not be cancelled", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
