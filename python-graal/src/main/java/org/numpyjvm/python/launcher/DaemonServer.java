package org.numpyjvm.python.launcher;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.EnvironmentAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;

/**
 * The opt-in launcher daemon of {@code bin/numpy-jvm-python} ({@code NUMPY_JVM_DAEMON=1}): one JVM
 * and one polyglot {@link Engine} that stay alive, so a run gets the engine's warm compiler and its
 * compiled Python code; every run gets a new {@link Context} (nothing is shared between runs but the
 * engine's code). Requests come over a Unix domain socket (see {@link Frames}); the client is
 * {@link DaemonClient}. Not part of the module's API (the package is not exported) and not reachable
 * from the sandboxed embedding: it has no {@code HostAccess.Export} members and the sandbox looks up
 * no host classes.
 *
 * <p>Options: {@code --socket PATH} (its folder must be the user's only: it is made 0700),
 * {@code --idle-seconds N} (exits after N seconds without a run, default 600), {@code --python-path},
 * {@code --pycache-prefix}, {@code --executable} (sys.executable), {@code --wait-pid} (starts once that
 * process has ended), {@code --lock} (a folder to delete once the socket is bound).
 */
public final class DaemonServer implements AutoCloseable {
    private final Path socket;
    private final long idleMillis;
    private final String pythonPath;
    private final String pycachePrefix;
    private final String executable;
    private final Engine engine;
    private final AtomicInteger active = new AtomicInteger();
    private volatile long lastActive = System.currentTimeMillis();
    private long collectedAt;
    private volatile boolean closed;
    private boolean finished;
    private ServerSocketChannel server;
    private final Object done = new Object();

    public DaemonServer(Path socket, long idleMillis, String pythonPath, String pycachePrefix, String executable) {
        this.socket = socket.toAbsolutePath();
        this.idleMillis = idleMillis;
        this.pythonPath = pythonPath;
        this.pycachePrefix = pycachePrefix;
        this.executable = executable;
        this.engine = Engine.newBuilder("python").option("engine.WarnInterpreterOnly", "false")
                .logHandler(System.err).build(); // the daemon's log
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i], args[i + 1]);
        }
        String socket = o.get("--socket");
        if (socket == null) {
            System.err.println("usage: DaemonServer --socket PATH [--idle-seconds N] [--python-path P] [--pycache-prefix P] [--executable P]");
            System.exit(2);
        }
        if (o.containsKey("--wait-pid")) {
            // the run that started this daemon first: the warm-up must not compete with it for the CPU
            ProcessHandle.of(Long.parseLong(o.get("--wait-pid"))).ifPresent(p -> p.onExit().join());
        }
        long idle = Long.parseLong(o.getOrDefault("--idle-seconds", "600")) * 1000;
        DaemonServer d = new DaemonServer(Path.of(socket), idle, o.get("--python-path"), o.get("--pycache-prefix"),
                o.get("--executable"));
        // warm the engine first (the first context's start-up, the compiler's own warm-up, numpy's modules);
        // until the socket is bound the launcher runs programs itself
        try (Context c = d.newContext(new String[] {"-c", ""}, Map.of(), Path.of(System.getProperty("user.dir")),
                InputStream.nullInputStream(), OutputStream.nullOutputStream(), OutputStream.nullOutputStream(), null)) {
            c.eval("python", "import numpy");
        } catch (RuntimeException e) {
            e.printStackTrace();
        }
        boolean started;
        try {
            started = d.start();
        } finally {
            if (o.containsKey("--lock")) {
                Files.deleteIfExists(Path.of(o.get("--lock")));
            }
        }
        if (!started) {
            System.err.println("numpy-jvm daemon: another daemon answers on " + socket);
            System.exit(0);
        }
        System.err.println("numpy-jvm daemon: ready on " + socket);
        d.awaitClose();
        System.exit(0);
    }

    /** Binds the socket and starts serving; false when another live daemon already answers there. */
    public boolean start() throws IOException {
        Path dir = socket.getParent();
        Files.createDirectories(dir);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        UnixDomainSocketAddress address = UnixDomainSocketAddress.of(socket);
        if (Files.exists(socket)) {
            try (SocketChannel probe = SocketChannel.open(address)) {
                return false;
            } catch (IOException stale) {
                Files.deleteIfExists(socket);
            }
        }
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(address);
        Files.writeString(pidFile(), Long.toString(ProcessHandle.current().pid()));
        Thread accept = new Thread(this::acceptLoop, "numpy-jvm-daemon-accept");
        accept.setDaemon(true);
        accept.start();
        Thread idle = new Thread(this::idleLoop, "numpy-jvm-daemon-idle");
        idle.setDaemon(true);
        idle.start();
        return true;
    }

    /** The daemon's process id, next to its socket (for the launcher's stop when the socket fails). */
    private Path pidFile() {
        return socket.resolveSibling(socket.getFileName() + ".pid");
    }

    /** Waits until the daemon stops (idle timeout, a stop request or {@link #close()}). */
    public void awaitClose() throws InterruptedException {
        synchronized (done) {
            while (!finished) {
                done.wait();
            }
        }
    }

    @Override
    public void close() {
        synchronized (done) {
            if (closed) {
                return;
            }
            closed = true;
        }
        if (server != null) { // only the socket this daemon bound
            try {
                server.close();
            } catch (IOException | RuntimeException ignored) {
                // closing anyway
            }
            try {
                Files.deleteIfExists(socket);
                Files.deleteIfExists(pidFile());
            } catch (IOException ignored) {
                // a stale file is replaced by the next daemon
            }
        }
        try {
            engine.close(true); // cancels runs still going
        } catch (RuntimeException ignored) {
            // closing anyway
        }
        synchronized (done) {
            finished = true;
            done.notifyAll();
        }
    }

    private void idleLoop() {
        while (!closed) {
            try {
                Thread.sleep(Math.max(50, Math.min(1000, idleMillis / 4)));
            } catch (InterruptedException e) {
                return;
            }
            long idleFor = System.currentTimeMillis() - lastActive;
            if (active.get() == 0 && idleFor > idleMillis) {
                close();
            } else if (active.get() == 0 && idleFor > 10_000 && collectedAt != lastActive) {
                // idle: a full collection gives the heap grown by the runs back to the system
                // (RSS 1.4-2.0 GB after runs, ~0.9 GB after it)
                collectedAt = lastActive;
                System.gc();
            } else if (!Files.exists(socket) || jarChanged()) {
                // the socket file removed: nobody can reach this daemon any more; its jar rebuilt: classes
                // it has not loaded yet are gone (and the launcher's key for it has changed)
                close();
            }
        }
    }

    private static final Path JAR = jar();
    private static final long JAR_STAMP = stamp(JAR);

    private static Path jar() {
        try {
            Path p = Path.of(DaemonServer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(p) ? p : null;
        } catch (Exception e) {
            return null;
        }
    }

    private static long stamp(Path p) {
        try {
            return p == null ? 0 : Files.getLastModifiedTime(p).toMillis() ^ Files.size(p);
        } catch (IOException e) {
            return -1;
        }
    }

    private static boolean jarChanged() {
        return JAR != null && stamp(JAR) != JAR_STAMP;
    }

    private void acceptLoop() {
        while (!closed) {
            SocketChannel ch;
            try {
                ch = server.accept();
            } catch (IOException e) {
                if (!closed) {
                    e.printStackTrace();
                    close();
                }
                return;
            }
            active.incrementAndGet();
            // GraalPy needs deep stacks (the launcher runs with -Xss16m)
            Thread t = new Thread(null, () -> serve(ch), "numpy-jvm-daemon-run", 16L << 20);
            t.setDaemon(true);
            t.start();
        }
    }

    private void serve(SocketChannel ch) {
        try (ch) {
            DataInputStream in = new DataInputStream(Frames.in(ch));
            DataOutputStream out = new DataOutputStream(Frames.out(ch));
            if (in.readInt() != Frames.MAGIC) {
                return;
            }
            int kind = in.readInt();
            if (kind == Frames.STOP) {
                Frames.writeFrame(out, Frames.EXIT, 0, null, 0);
                close();
                return;
            }
            String[] argv = Frames.readStrings(in);
            String[] envList = Frames.readStrings(in);
            String cwd = Frames.readString(in);
            Map<String, String> env = new HashMap<>();
            for (String kv : envList) {
                int eq = kv.indexOf('=');
                if (eq > 0) {
                    env.put(kv.substring(0, eq), kv.substring(eq + 1));
                }
            }
            new Run(in, out).run(argv, env, Path.of(cwd));
        } catch (java.io.EOFException probe) { // a connection to see whether a daemon answers
            return;
        } catch (IOException | RuntimeException e) {
            if (!closed) {
                e.printStackTrace();
            }
        } finally {
            lastActive = System.currentTimeMillis();
            active.decrementAndGet();
        }
    }

    /**
     * A context for one run, set up as GraalPythonMain sets up its own for the same command line
     * ({@code argv} = what follows the launcher's name: {@code -c CODE args}, {@code -m MOD args} or
     * {@code script args}), except: the posix module's Java backend (the current directory and the
     * environment are the context's, not the process's), sys.executable = the launcher.
     */
    Context newContext(String[] argv, Map<String, String> env, Path cwd, InputStream stdin, OutputStream stdout,
            OutputStream stderr, String inputFile) {
        Context.Builder b = Context.newBuilder("python")
                .engine(engine)
                .allowAllAccess(true)
                .allowExperimentalOptions(true)
                .allowEnvironmentAccess(EnvironmentAccess.NONE)
                .environment(env)
                .currentWorkingDirectory(cwd)
                .in(stdin)
                .out(stdout)
                .err(stderr)
                .processHandler(new RunProcesses(stdout, stderr))
                .arguments("python", programArgs(argv))
                .option("python.PosixModuleBackend", "java")
                .option("python.DontWriteBytecodeFlag", "false")
                .option("python.AlwaysRunExcepthook", "true")
                .option("python.ForceImportSite", "true")
                .option("python.RunViaLauncher", "true")
                .option("python.TerminalIsInteractive", "false")
                // Truffle's log (e.g. GraalPy's warning that it could not stop a run cancelled in time.sleep)
                .logHandler(System.err);
        if (pythonPath != null) {
            b.option("python.PythonPath", pythonPath);
        }
        if (pycachePrefix != null) {
            b.option("python.PyCachePrefix", pycachePrefix);
        }
        if (executable != null) {
            b.option("python.Executable", executable);
        }
        if (inputFile != null) {
            b.option("python.InputFilePath", inputFile);
        }
        // the environment variables GraalPythonMain turns into options
        if (!env.getOrDefault("PYTHONUNBUFFERED", "").isEmpty()) {
            b.option("python.UnbufferedIO", "true");
        }
        if (!env.getOrDefault("PYTHONSAFEPATH", "").isEmpty()) {
            b.option("python.SafePathFlag", "true");
        }
        if (!env.getOrDefault("PYTHONWARNINGS", "").isEmpty()) {
            b.option("python.WarnOptions", env.get("PYTHONWARNINGS"));
        }
        if (!env.getOrDefault("PYTHONIOENCODING", "").isEmpty()) {
            b.option("python.StandardStreamEncoding", env.get("PYTHONIOENCODING"));
        }
        return b.build();
    }

    /** sys.argv as GraalPythonMain makes it: {@code ['-c', args...]}, {@code ['-m', args...]}, {@code [script, args...]}. */
    static String[] programArgs(String[] argv) {
        if (argv[0].equals("-c") || argv[0].equals("-m")) {
            String[] r = new String[argv.length - 1];
            r[0] = argv[0];
            System.arraycopy(argv, 2, r, 1, argv.length - 2);
            return r;
        }
        return argv.clone();
    }

    /** What GraalPythonMain evaluates for the same command line. */
    static Source source(String[] argv) {
        if (argv[0].equals("-c")) {
            return Source.newBuilder("python", argv[1], "<string>").buildLiteral();
        }
        if (argv[0].equals("-m")) {
            String mod = argv[1].replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n");
            return Source.newBuilder("python", "import runpy; runpy._run_module_as_main('" + mod + "')", "<string>")
                    .buildLiteral();
        }
        return Source.newBuilder("python", "__graalpython__.run_path()", "<internal>").internal(true).buildLiteral();
    }

    /** One run: its streams over the socket, its context, its exit status. */
    private final class Run {
        private final DataInputStream in;
        private final DataOutputStream out;
        private final BlockingQueue<byte[]> stdin = new ArrayBlockingQueue<>(4);
        private volatile Context context;
        private volatile boolean interrupted;

        Run(DataInputStream in, DataOutputStream out) {
            this.in = in;
            this.out = out;
        }

        void run(String[] argv, Map<String, String> env, Path cwd) throws IOException {
            boolean valid = argv.length > 0 && (!argv[0].equals("-c") && !argv[0].equals("-m") || argv.length > 1);
            if (!valid) {
                writeErr("numpy-jvm daemon: expected script.py, -c CODE or -m MODULE\n");
                Frames.writeFrame(out, Frames.EXIT, 2, null, 0);
                return;
            }
            Thread reader = new Thread(this::readClient, "numpy-jvm-daemon-client");
            reader.setDaemon(true);
            reader.start();
            boolean script = !argv[0].equals("-c") && !argv[0].equals("-m");
            int status;
            Context c = null;
            try {
                c = newContext(argv, env, cwd, new StdinStream(), new FrameStream(Frames.OUT), new FrameStream(Frames.ERR),
                        script ? argv[0] : null);
                context = c;
                if (interrupted) {
                    throw new InterruptedRun();
                }
                c.eval(source(argv));
                status = 0;
            } catch (PolyglotException e) {
                status = status(e);
            } catch (InterruptedRun e) {
                status = 130;
            }
            if (c != null) {
                try {
                    c.close(interrupted);
                } catch (PolyglotException e) {
                    status = status == 0 ? status(e) : status;
                } catch (IllegalStateException e) {
                    // cancelled meanwhile
                }
            }
            Thread.interrupted(); // a cancelled run's interrupt status must not close the channel
            if (interrupted) {
                writeErr("KeyboardInterrupt\n");
                status = 130;
            }
            Frames.writeFrame(out, Frames.EXIT, status, null, 0);
        }

        private int status(PolyglotException e) {
            if (e.isExit()) {
                return e.getExitStatus();
            }
            if (interrupted || e.isCancelled() || e.isInterrupted()) {
                return 130;
            }
            if (!e.isGuestException() || e.isInternalError()) {
                // the guest's own errors were printed by sys.excepthook (python.AlwaysRunExcepthook)
                PrintStream p = new PrintStream(new FrameStream(Frames.ERR), true, StandardCharsets.UTF_8);
                e.printStackTrace(p);
                p.flush();
            }
            return 1;
        }

        private void writeErr(String s) throws IOException {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            Frames.writeFrame(out, Frames.ERR, b.length, b, 0);
        }

        /** Stdin data and Ctrl-C from the client; the client gone = Ctrl-C. */
        private void readClient() {
            try {
                while (true) {
                    int type = Frames.readType(in);
                    if (type == Frames.IN) {
                        byte[] b = new byte[in.readInt()];
                        in.readFully(b);
                        stdin.put(b);
                    } else {
                        interrupt();
                        if (type < 0 || type != Frames.INTERRUPT) {
                            return;
                        }
                    }
                }
            } catch (IOException | InterruptedException e) {
                interrupt();
            }
        }

        private void interrupt() {
            interrupted = true;
            stdin.offer(new byte[0]);
            Context c = context;
            if (c != null) {
                try {
                    c.close(true);
                } catch (RuntimeException ignored) {
                    // already closed
                }
            }
        }

        /** The program's stdin: asks the client for at most what the program asked for. */
        private final class StdinStream extends InputStream {
            private boolean eof;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public synchronized int read(byte[] b, int off, int len) throws IOException {
                if (len == 0) {
                    return 0;
                }
                if (eof || interrupted) {
                    return -1;
                }
                Frames.writeFrame(out, Frames.READ, Math.min(len, 1 << 16), null, 0);
                byte[] got;
                try {
                    got = stdin.take();
                } catch (InterruptedException e) {
                    throw new IOException(e);
                }
                if (got.length == 0) {
                    eof = true;
                    return -1;
                }
                System.arraycopy(got, 0, b, off, got.length);
                return got.length;
            }
        }

        private final class FrameStream extends OutputStream {
            private final byte type;

            FrameStream(byte type) {
                this.type = type;
            }

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                for (int done = 0; done < len;) {
                    int n = Math.min(len - done, 1 << 16);
                    Frames.writeFrame(out, type, n, b, off + done);
                    done += n;
                }
            }
        }
    }

    private static final class InterruptedRun extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InterruptedRun() {
            super(null, null, false, false);
        }
    }

    @Override
    public String toString() {
        return "DaemonServer" + Arrays.asList(socket, idleMillis);
    }
}
