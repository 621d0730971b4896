package org.shuangda.platform;

import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import sun.misc.Signal;

/**
 * Stopping the run command is a normal end, not a failure: on SIGTERM or SIGINT (Ctrl-C) the application closes its
 * context (graceful shutdown of the web server, the scheduled work, then the embedded PostgreSQL), logs
 * {@link #STOPPED} and exits with 0. Without this the JVM ends with 128 + the signal (143 for SIGTERM), which
 * {@code mvn spring-boot:run} reports as {@code BUILD FAILURE … exit code 143}.
 * <p>
 * Installed only by {@code ShuangdaApplication.main}, so tests that start contexts inside their own JVM are not
 * affected. A signal during start-up exits 0 too (Spring's own shutdown hook closes what was started).
 */
public final class CleanExit {

    /** The last line of a clean stop. */
    public static final String STOPPED = "Shuangda 双打协同平台 stopped cleanly";

    private static final Logger log = LoggerFactory.getLogger(CleanExit.class);
    private static final AtomicBoolean STOPPING = new AtomicBoolean();
    private static volatile ConfigurableApplicationContext context;

    private CleanExit() {
    }

    /** Handles SIGTERM and SIGINT from now on (call before the application starts). */
    public static void onSignals() {
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                Signal.handle(new Signal(name), signal -> stop("SIG" + signal.getName()));
            } catch (IllegalArgumentException unavailable) {
                log.debug("Signal {} cannot be handled here: the JVM's default applies", name);
            }
        }
    }

    /** The started application, closed on a signal. */
    public static void started(ConfigurableApplicationContext started) {
        context = started;
    }

    private static void stop(String signal) {
        if (!STOPPING.compareAndSet(false, true)) {
            return; // a second Ctrl-C while closing: the first one finishes the job
        }
        // not on the signal thread: closing takes seconds and may itself wait for threads
        Thread stopper = new Thread(() -> {
            log.info("{} received: shutting down", signal);
            int code = 0;
            ConfigurableApplicationContext running = context;
            if (running != null) {
                try {
                    code = SpringApplication.exit(running);
                } catch (RuntimeException e) {
                    log.error("Shutdown failed", e);
                    code = 1;
                }
            }
            if (code == 0) {
                log.info(STOPPED);
            }
            System.exit(code);
        }, "clean-exit");
        stopper.setDaemon(false);
        stopper.start();
    }
}
