package org.numpyjvm.wasm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The WASI guard rail: {@code numpy-jvm.wasm} (built by TeaVM in {@code process-classes}) runs in
 * Node's {@code node:wasi} with only {@code wasi_snapshot_preview1} offered, imports nothing
 * else, prints exactly what the same demo prints on the JVM, and reports failures through its
 * exit code.
 */
class WasiModuleIT {
    private static final String WASI = "wasi_snapshot_preview1";
    private static final int RUNS = 5;
    private static Path wasm;
    private static Path runner;
    private static String node;

    @BeforeAll
    static void locate() {
        wasm = Path.of(System.getProperty("wasm.file", "target/wasm/numpy-jvm.wasm"));
        runner = Path.of(System.getProperty("wasm.runner", "src/test/node/run-wasi.mjs"));
        node = System.getProperty("node.executable", "node");
        assertTrue(Files.isRegularFile(wasm), "TeaVM output missing: " + wasm);
        assertTrue(Files.isRegularFile(runner), "runner missing: " + runner);
    }

    /** The result of one Node run. */
    record Run(int exitCode, String stdout, String stderr) {
    }

    private static Run node(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(node, "--no-concurrent-marking", "--no-warnings", runner.toString()));
        cmd.addAll(Arrays.asList(args));
        Process p = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("node did not finish in 120 s: " + cmd);
        }
        return new Run(p.exitValue(), out.get(), err.get());
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void importsOnlyWasiPreview1() throws Exception {
        Run run = node("--imports", wasm.toString());
        assertEquals(0, run.exitCode(), run.stderr());
        List<String> imports = run.stdout().lines().toList();
        assertFalse(imports.isEmpty(), "no imports listed");
        for (String imp : imports) {
            assertTrue(imp.startsWith(WASI + "."), "import from outside " + WASI + ": " + imp + "\nall: " + imports);
        }
        System.out.println("numpy-jvm.wasm imports: " + imports);
        System.out.println("numpy-jvm.wasm size: " + Files.size(wasm) + " bytes");
    }

    @Test
    void demoPrintsWhatTheJvmPrints() throws Exception {
        ByteArrayOutputStream jvmOut = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        try (PrintStream capture = new PrintStream(jvmOut, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            GuardRailDemo.main(new String[0]);
        } finally {
            System.setOut(saved);
        }
        String expected = jvmOut.toString(StandardCharsets.UTF_8);
        assertTrue(expected.endsWith("done\n"), "the JVM run did not finish:\n" + expected);

        // several runs: a runtime that crashes now and then (as Node's WASI fast calls did) shows up
        for (int i = 1; i <= RUNS; i++) {
            long t0 = System.nanoTime();
            Run run = node(wasm.toString());
            long ms = (System.nanoTime() - t0) / 1_000_000;
            System.out.println("node run " + i + " of numpy-jvm.wasm: " + ms + " ms (with node start-up)");
            assertEquals(0, run.exitCode(), "exit code of run " + i + "; stderr:\n" + run.stderr());
            assertEquals(expected, run.stdout(), "stdout of numpy-jvm.wasm differs from the JVM's (run " + i + ")");
            assertEquals("", run.stderr(), "stderr of a clean run");
        }
    }

    @Test
    void uncaughtExceptionExitsOneWithMessageOnStderr() throws Exception {
        Run run = node(wasm.toString(), "--throw", "deliberately uncaught (guard rail test)");
        assertEquals(1, run.exitCode(), "exit code; stderr:\n" + run.stderr());
        assertTrue(run.stderr().contains("org.numpyjvm.api.ValueError: deliberately uncaught (guard rail test)"),
                "stderr:\n" + run.stderr());
        assertFalse(run.stderr().contains("wasm trap"), "a trap instead of a clean exit:\n" + run.stderr());
    }

    @Test
    void systemExitIsProcExit() throws Exception {
        Run run = node(wasm.toString(), "--exit", "7");
        assertEquals(7, run.exitCode(), "exit code; stderr:\n" + run.stderr());
        assertEquals("exiting with 7\n", run.stdout());
    }
}
