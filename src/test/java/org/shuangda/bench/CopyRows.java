package org.shuangda.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * For the benchmark data generators: a PostgreSQL {@code COPY ... FROM STDIN} fed in 1 MB chunks of text rows.
 * Not a test; compiled by bench/java-bench.sh with each benchmark's own classes.
 */
public final class CopyRows implements AutoCloseable {

    private static final int CHUNK = 1 << 20;

    private final CopyIn in;
    private final StringBuilder buffer = new StringBuilder(CHUNK);

    public CopyRows(Connection db, String sql) throws SQLException {
        this.in = db.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
    }

    public void row(CharSequence row) throws SQLException {
        buffer.append(row);
        if (buffer.length() >= CHUNK - 512) {
            flush();
        }
    }

    private void flush() throws SQLException {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }

    @Override
    public void close() throws SQLException {
        flush();
        in.endCopy();
    }
}
