package org.shuangda.inspections.draw;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command-line verifier ({@code tools/verifier/Verifier.java}, its own SM3, no library) run as a user runs it,
 * {@code java Verifier.java inputs.json}, agrees with the server on a fixture and refuses a tampered result.
 */
class DrawVerifierAgreementTests {

    static final Path VERIFIER = Path.of("tools/verifier/Verifier.java");

    record Run(int exit, String out) {
    }

    static Run run(String... args) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        String[] cmd = new String[args.length + 2];
        cmd[0] = java;
        cmd[1] = VERIFIER.toAbsolutePath().toString();
        System.arraycopy(args, 0, cmd, 2, args.length);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), out);
    }

    @Test
    void theVerifiersOwnSm3PassesTheStandardsVectors() throws Exception {
        Run r = run("--self-test");
        assertThat(r.out()).contains("SM3 test vectors: ok");
        assertThat(r.exit()).isZero();
    }

    @Test
    void theVerifierReproducesTheServersDrawAndRefusesATamperedOne(@TempDir Path dir) throws Exception {
        long[] ids = DrawMathTests.IDS;
        String grades = DrawMathTests.GRADES;
        String pool = DrawMath.poolHash(ids, grades);
        Map<Long, Set<Long>> exclusions = Map.of(ids[0], Set.of(11L, 12L), ids[999], Set.of(13L));
        var out = DrawMath.draw(pool, 42, DrawMathTests.ENTROPY, ids, grades, DrawMathTests.DEFAULT,
                DrawMathTests.OFFICERS, exclusions, 2);
        DrawInputs inputs = new DrawInputs(42, DrawMathTests.ENTROPY, ids, grades, DrawMathTests.DEFAULT,
                DrawMathTests.OFFICERS, exclusions, 2, pool, out.seed(), out.resultHash());
        Path file = dir.resolve("inputs.json");
        Files.writeString(file, inputs.toJson());
        Run ok = run(file.toString());
        assertThat(ok.out()).contains("VERIFIED").contains(out.resultHash()).contains(out.seed())
                .contains("target " + out.targets().get(0).entityId() + " (A): inspectors "
                        + out.inspectors().get(out.targets().get(0).entityId()).get(0));
        assertThat(ok.exit()).isZero();

        // a different result published with the same inputs: one digit of entropy changed after the fact
        var other = DrawMath.draw(pool, 42, "12345678901234567899", ids, grades, DrawMathTests.DEFAULT,
                DrawMathTests.OFFICERS, exclusions, 2);
        Files.writeString(file, new DrawInputs(42, DrawMathTests.ENTROPY, ids, grades, DrawMathTests.DEFAULT,
                DrawMathTests.OFFICERS, exclusions, 2, pool, out.seed(), other.resultHash()).toJson());
        Run bad = run(file.toString());
        assertThat(bad.out()).contains("MISMATCH");
        assertThat(bad.exit()).isEqualTo(1);
    }

    /** A pool large enough for both sides to hash it in slices on several cores: they still agree. */
    @Test
    void theVerifierAgreesOnAPoolLargeEnoughToBeSliced(@TempDir Path dir) throws Exception {
        int n = 120_000;
        long[] ids = new long[n];
        StringBuilder g = new StringBuilder();
        for (int i = 0; i < n; i++) {
            ids[i] = 2_000_000 + i * 5L;
            g.append("ABCD".charAt(i % 20 < 12 ? 0 : i % 20 < 17 ? 1 : i % 20 < 19 ? 2 : 3));
        }
        String grades = g.toString();
        String pool = DrawMath.poolHash(ids, grades);
        long[] officers = {21, 22, 23, 24, 25, 26};
        Map<Long, Set<Long>> exclusions = Map.of(ids[19], Set.of(21L, 22L));
        var out = DrawMath.draw(pool, 7, DrawMathTests.ENTROPY, ids, grades, DrawMathTests.DEFAULT, officers,
                exclusions, 2);
        Path file = dir.resolve("inputs.json");
        Files.writeString(file, new DrawInputs(7, DrawMathTests.ENTROPY, ids, grades, DrawMathTests.DEFAULT, officers,
                exclusions, 2, pool, out.seed(), out.resultHash()).toJson());
        Run ok = run(file.toString());
        assertThat(ok.out()).contains("VERIFIED").contains("result hash: " + out.resultHash() + " (matches)");
        assertThat(ok.exit()).isZero();
    }
}
