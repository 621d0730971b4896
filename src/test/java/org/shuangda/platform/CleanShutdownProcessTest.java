package org.shuangda.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuangda.ShuangdaApplication;

/**
 * Stopping the run command ends cleanly: the application, started as a real process the way
 * {@code mvn spring-boot:run} starts it ({@code java -cp … ShuangdaApplication}, here with the test class path), is
 * sent SIGTERM (what the Maven plugin sends its child, and what a service manager sends) and, on a second start
 * over the same data folder, SIGINT (Ctrl-C). Each time it exits with 0 after logging {@link CleanExit#STOPPED},
 * and the embedded PostgreSQL was shut down (no {@code postmaster.pid} left, the folder's lock released for the
 * next start).
 */
class CleanShutdownProcessTest {

    private static final Duration START = Duration.ofMinutes(4);
    private static final Duration STOP = Duration.ofMinutes(1);

    @Test
    void sigtermAndSigintEndTheApplicationWithExitCodeZero(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        stopsCleanly(data, dir.resolve("term.log"), "TERM");
        stopsCleanly(data, dir.resolve("int.log"), "INT");
    }

    private void stopsCleanly(Path data, Path log, String signal) throws Exception {
        Process app = start(data, log);
        try {
            awaitLine(app, log, "is ready: http://localhost:");
            new ProcessBuilder("kill", "-" + signal, Long.toString(app.pid())).inheritIO().start().waitFor();
            assertThat(app.waitFor(STOP.toSeconds(), TimeUnit.SECONDS)).as("stopped within " + STOP).isTrue();
            String output = Files.readString(log, StandardCharsets.UTF_8);
            assertThat(app.exitValue()).as("exit code after SIG" + signal + "\n" + tail(output)).isZero();
            assertThat(output).contains("SIG" + signal + " received: shutting down").contains(CleanExit.STOPPED)
                    .doesNotContain("Exception");
            assertThat(data.resolve("postgres/postmaster.pid")).as("the database was shut down").doesNotExist();
        } finally {
            if (app.isAlive()) {
                app.destroyForcibly().waitFor();
            }
        }
    }

    private static Process start(Path data, Path log) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-XX:+UseSerialGC", "-Xmx256m", "-XX:TieredStopAtLevel=1"));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ShuangdaApplication.class.getName()));
        command.addAll(List.of("--server.port=0", "--shuangda.demo.enabled=false",
                "--shuangda.embedded.ephemeral=false", "--shuangda.embedded.data-dir=" + data,
                "--shuangda.audit.anchor-file=" + data.resolveSibling("anchors.txt")));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void awaitLine(Process app, Path log, String line) throws Exception {
        long end = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < end) {
            String output = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
            if (output.contains(line)) {
                return;
            }
            assertThat(app.isAlive()).as("the application died while starting:\n" + tail(output)).isTrue();
            Thread.sleep(250);
        }
        throw new AssertionError("not started within " + START + ":\n" + tail(Files.readString(log)));
    }

    private static String tail(String output) {
        return output.length() <= 6000 ? output : output.substring(output.length() - 6000);
    }
}
