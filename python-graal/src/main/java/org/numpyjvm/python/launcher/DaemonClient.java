package org.numpyjvm.python.launcher;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Proxy;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.SynchronousQueue;

/**
 * The launcher daemon's client: {@code DaemonClient SOCKET MARKER argv...} runs {@code argv} (as the
 * launcher got it) in the daemon listening on SOCKET, with this process's environment, current
 * directory and standard streams, and exits with the run's status. When no daemon answers it creates
 * the file MARKER and exits at once (the launcher then runs the program itself).
 * {@code DaemonClient SOCKET MARKER --stop} stops the daemon. Runs on the plain JDK: no Truffle.
 */
public final class DaemonClient {
    private DaemonClient() {
    }

    public static void main(String[] args) throws Exception {
        String[] argv = Arrays.copyOfRange(args, 2, args.length);
        if (argv.length == 1 && argv[0].equals("--stop")) {
            System.exit(stop(Path.of(args[0])) ? 0 : 1);
        }
        int status = run(Path.of(args[0]), argv, System.getenv(), System.getProperty("user.dir"),
                new FileInputStream(FileDescriptor.in), new FileOutputStream(FileDescriptor.out),
                new FileOutputStream(FileDescriptor.err), true);
        if (status == NO_DAEMON) {
            Files.deleteIfExists(Path.of(args[0])); // stale: nobody listens
            Files.write(Path.of(args[1]), new byte[0]);
            status = 0;
        }
        System.exit(status);
    }

    /** {@link #run}'s result when no daemon answers. */
    public static final int NO_DAEMON = -1;

    /** Asks the daemon on {@code socket} to stop; false when none answers. */
    public static boolean stop(Path socket) throws IOException {
        try (SocketChannel ch = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            DataOutputStream out = new DataOutputStream(Frames.out(ch));
            out.writeInt(Frames.MAGIC);
            out.writeInt(Frames.STOP);
            out.flush();
            Frames.readType(new DataInputStream(Frames.in(ch)));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Runs {@code argv} in the daemon on {@code socket}: the run's exit status, or {@link #NO_DAEMON}.
     * {@code interruptible}: Ctrl-C (SIGINT) interrupts the run.
     */
    public static int run(Path socket, String[] argv, Map<String, String> env, String cwd, InputStream stdin,
            OutputStream stdout, OutputStream stderr, boolean interruptible) throws IOException, InterruptedException {
        SocketChannel ch;
        try {
            ch = SocketChannel.open(UnixDomainSocketAddress.of(socket));
        } catch (IOException | RuntimeException e) {
            return NO_DAEMON;
        }
        try (ch) {
            DataInputStream in = new DataInputStream(Frames.in(ch));
            DataOutputStream out = new DataOutputStream(Frames.out(ch));
            out.writeInt(Frames.MAGIC);
            out.writeInt(Frames.RUN);
            Frames.writeStrings(out, argv);
            String[] envList = new String[env.size()];
            int i = 0;
            for (Map.Entry<String, String> e : env.entrySet()) {
                envList[i++] = e.getKey() + "=" + e.getValue();
            }
            Frames.writeStrings(out, envList);
            Frames.writeString(out, cwd);
            out.flush();
            SynchronousQueue<Integer> reads = new SynchronousQueue<>();
            Thread reader = new Thread(() -> {
                if (interruptible) {
                    onInterrupt(() -> {
                        try {
                            Frames.writeFrame(out, Frames.INTERRUPT, 0, null, 0);
                        } catch (IOException e) {
                            Runtime.getRuntime().halt(130);
                        }
                    });
                }
                forwardStdin(stdin, reads, out);
            }, "stdin");
            reader.setDaemon(true);
            reader.start();
            byte[] buf = new byte[1 << 16];
            while (true) {
                int type = Frames.readType(in);
                if (type < 0) {
                    stderr.write("numpy-jvm-python: the daemon closed the connection\n".getBytes(StandardCharsets.UTF_8));
                    return 1;
                }
                int n = in.readInt();
                if (type == Frames.EXIT) {
                    reader.interrupt();
                    return n;
                } else if (type == Frames.READ) {
                    reads.put(n);
                } else if (type == Frames.OUT || type == Frames.ERR) {
                    in.readFully(buf, 0, n);
                    try {
                        (type == Frames.OUT ? stdout : stderr).write(buf, 0, n);
                    } catch (IOException e) { // e.g. a closed pipe: the run ends (the daemon cancels it)
                        return type == Frames.OUT ? 141 : 1;
                    }
                } else {
                    stderr.write("numpy-jvm-python: bad frame from the daemon\n".getBytes(StandardCharsets.UTF_8));
                    return 1;
                }
            }
        }
    }

    /** Reads stdin only when the program asks (what it does not read stays for the next reader). */
    private static void forwardStdin(InputStream stdin, SynchronousQueue<Integer> reads, DataOutputStream out) {
        byte[] buf = new byte[1 << 16];
        try {
            while (true) {
                int want = reads.take();
                int n = stdin.read(buf, 0, Math.min(want, buf.length));
                Frames.writeFrame(out, Frames.IN, Math.max(n, 0), buf, 0);
            }
        } catch (IOException | InterruptedException e) {
            try {
                Frames.writeFrame(out, Frames.IN, 0, null, 0);
            } catch (IOException ignored) {
                // the run ends anyway
            }
        }
    }

    /**
     * SIGINT handler through sun.misc.Signal, by reflection: the module does not require jdk.unsupported,
     * and the names are not literals, which bnd would turn into an OSGi Import-Package of sun.misc.
     */
    private static void onInterrupt(Runnable r) {
        try {
            String pkg = String.join(".", "sun", "misc", "");
            Class<?> signal = Class.forName(pkg + "Signal");
            Class<?> handler = Class.forName(pkg + "SignalHandler");
            Object h = Proxy.newProxyInstance(DaemonClient.class.getClassLoader(), new Class<?>[] {handler},
                    (proxy, m, a) -> {
                        if (m.getName().equals("handle")) {
                            r.run();
                        }
                        return null;
                    });
            signal.getMethod("handle", signal, handler).invoke(null,
                    signal.getConstructor(String.class).newInstance("INT"), h);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // no handler: Ctrl-C ends the client, the daemon sees it gone and cancels the run
        }
    }
}
