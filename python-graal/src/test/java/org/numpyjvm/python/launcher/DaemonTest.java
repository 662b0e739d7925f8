package org.numpyjvm.python.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

/**
 * The launcher daemon in-process: a server on a temporary socket, runs through the client's
 * {@link DaemonClient#run}: streams, exit statuses, sys.argv, the current directory and the
 * environment per run, runs that do not see each other, concurrent runs, stop, idle timeout.
 */
class DaemonTest {

    record Result(int status, String out, String err) {
    }

    private static Result run(Path socket, Path cwd, Map<String, String> env, String stdin, String... argv)
            throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        InputStream in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        int status = DaemonClient.run(socket, argv, env, cwd.toString(), in, out, err, false);
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Result run(Path socket, Path cwd, String... argv) throws Exception {
        return run(socket, cwd, Map.of(), "", argv);
    }

    @Test
    void runsProgramsInFreshContexts() throws Exception {
        Path dir = Files.createTempDirectory("njd");
        Path socket = dir.resolve("d/s");
        DaemonServer server = new DaemonServer(socket, 60_000, Path.of("src/main/python").toAbsolutePath().toString(),
                dir.resolve("pycache").toString(), "/usr/local/bin/launcher");
        assertTrue(server.start());
        try {
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(socket.getParent())));

            Result r = run(socket, dir, "-c", "import sys; print('out', sys.argv, sys.executable);"
                    + " print('err', file=sys.stderr); raise SystemExit(3)", "a", "b");
            assertEquals(new Result(3, "out ['-c', 'a', 'b'] /usr/local/bin/launcher\n", "err\n"), r);
            r = run(socket, dir, "-c", "def f():\n    raise ValueError('boom')\nf()");
            assertEquals(1, r.status());
            assertTrue(r.err().startsWith("Traceback (most recent call last):\n"), r.err());
            assertTrue(r.err().endsWith("ValueError: boom\n"), r.err());
            assertEquals("", r.out());

            // a script, relative to the run's current directory, which also serves open() and os.getcwd();
            // the environment, stdin, a subprocess's inherited output; then state that must not carry over
            Files.writeString(dir.resolve("data.txt"), "content");
            Files.writeString(dir.resolve("prog.py"), """
                    import os, sys, subprocess
                    import numpy as np
                    print(__name__, sys.argv[0].endswith('prog.py'), open('data.txt').read(), os.getcwd() == sys.argv[1],
                          os.environ.get('NJD_VAR'), sys.stdin.read().upper(), flush=True)
                    subprocess.run(['/bin/sh', '-c', 'echo sub $NJD_VAR'])
                    print(np.array([1.23456]), 'x' in globals())
                    np.set_printoptions(precision=2)
                    x = 1
                    os.chdir('/')
                    print(np.array([1.23456]), os.getcwd())
                    """);
            String real = dir.toRealPath().toString();
            r = run(socket, dir, Map.of("NJD_VAR", "v1"), "abc", "prog.py", real);
            assertEquals(new Result(0, "__main__ True content True v1 ABC\nsub v1\n[1.23456] False\n[1.23] /\n", ""), r);
            // -m (sys.path[0] is the current directory): globals, numpy's print options and the current
            // directory start fresh
            r = run(socket, dir, Map.of("NJD_VAR", "v2"), "", "-m", "prog", real);
            assertEquals(new Result(0, "__main__ True content True v2 \nsub v2\n[1.23456] False\n[1.23] /\n", ""), r);

            // two at once, each in its own context
            CompletableFuture<Result> a = CompletableFuture.supplyAsync(() -> call(socket, dir, "-c",
                    "import time; x = 'a'; time.sleep(0.3); print(x, 'y' in globals())"));
            CompletableFuture<Result> b = CompletableFuture.supplyAsync(() -> call(socket, dir, "-c",
                    "import time; y = 'b'; time.sleep(0.3); print(y, 'x' in globals())"));
            assertEquals(new Result(0, "a False\n", ""), a.get());
            assertEquals(new Result(0, "b False\n", ""), b.get());

            assertTrue(DaemonClient.stop(socket));
            server.awaitClose();
            assertFalse(Files.exists(socket));
            assertEquals(DaemonClient.NO_DAEMON, run(socket, dir, "-c", "pass").status());
        } finally {
            server.close();
        }
    }

    private static Result call(Path socket, Path cwd, String... argv) {
        try {
            return run(socket, cwd, argv);
        } catch (Exception e) {
            throw new RuntimeException(e);
        }
    }

    @Test
    void replacesAStaleSocketAndStopsWhenIdle() throws Exception {
        Path dir = Files.createTempDirectory("njd");
        Path socket = dir.resolve("s");
        try (ServerSocketChannel dead = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            dead.bind(UnixDomainSocketAddress.of(socket)); // closed without removing its file: stale
        }
        assertTrue(Files.exists(socket));
        DaemonServer server = new DaemonServer(socket, 200, null, null, null);
        try {
            assertTrue(server.start());
            DaemonServer second = new DaemonServer(socket, 200, null, null, null);
            assertFalse(second.start()); // a live daemon answers there
            second.close();
            server.awaitClose(); // the idle timeout
            assertFalse(Files.exists(socket));
        } finally {
            server.close();
        }
    }
}
