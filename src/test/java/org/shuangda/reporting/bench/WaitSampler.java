package org.shuangda.reporting.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

/**
 * Samples, every 2 s while the writes run, what the app's active backends wait on ({@code pg_stat_activity}
 * wait events: row locks, the audit chain's advisory lock, WAL flushes, or none = on CPU), and prints the
 * counts summed over the samples. Where the write path queues shows here, not in the latencies.
 */
final class WaitSampler extends Thread {

    private final String url;
    private final Map<String, Integer> counts = new TreeMap<>();
    private volatile boolean running = true;
    private int samples;

    WaitSampler(String url) {
        this.url = url;
        setDaemon(true);
    }

    @Override
    public void run() {
        try (Connection db = DriverManager.getConnection(url, "postgres", ""); Statement s = db.createStatement()) {
            while (running) {
                try (ResultSet rs = s.executeQuery("""
                        select coalesce(wait_event_type || ':' || wait_event, 'CPU (no wait)'), count(*)
                          from pg_stat_activity where state = 'active' and backend_type = 'client backend'
                           and pid <> pg_backend_pid() group by 1""")) {
                    synchronized (counts) {
                        samples++;
                        while (rs.next()) {
                            counts.merge(rs.getString(1), rs.getInt(2), Integer::sum);
                        }
                    }
                }
                Thread.sleep(2000);
            }
        } catch (Exception e) {
            System.err.println("wait sampler stopped: " + e.getMessage());
        }
    }

    void stopAndReport() throws InterruptedException {
        running = false;
        join(5000);
        synchronized (counts) {
            System.out.printf("waits of active backends over %d samples (2 s apart), mean per sample:%n", samples);
            counts.forEach((k, v) -> System.out.printf("  %-32s %.1f%n", k, v / (double) Math.max(1, samples)));
        }
    }
}
