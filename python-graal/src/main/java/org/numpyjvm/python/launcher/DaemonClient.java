package org.numpyjvm.python.launcher;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
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
        Path marker = Path.of(args[1]);
        SocketChannel ch;
        try {
            ch = SocketChannel.open(UnixDomainSocketAddress.of(args[0]));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(Path.of(args[0])); // stale: nobody listens
            Files.write(marker, new byte[0]);
            System.exit(0);
            return;
        }
        String[] argv = Arrays.copyOfRange(args, 2, args.length);
        DataInputStream in = new DataInputStream(Frames.in(ch));
        DataOutputStream out = new DataOutputStream(Frames.out(ch));
        out.writeInt(Frames.MAGIC);
        if (argv.length == 1 && argv[0].equals("--stop")) {
            out.writeInt(Frames.STOP);
            out.flush();
            Frames.readType(in);
            System.exit(0);
        }
        out.writeInt(Frames.RUN);
        Frames.writeStrings(out, argv);
        Map<String, String> env = System.getenv();
        String[] envList = new String[env.size()];
        int i = 0;
        for (Map.Entry<String, String> e : env.entrySet()) {
            envList[i++] = e.getKey() + "=" + e.getValue();
        }
        Frames.writeStrings(out, envList);
        Frames.writeString(out, System.getProperty("user.dir"));
        out.flush();
        onInterrupt(() -> {
            try {
                Frames.writeFrame(out, Frames.INTERRUPT, 0, null, 0);
            } catch (IOException e) {
                Runtime.getRuntime().halt(130);
            }
        });
        SynchronousQueue<Integer> reads = new SynchronousQueue<>();
        Thread stdin = new Thread(() -> forwardStdin(reads, out), "stdin");
        stdin.setDaemon(true);
        stdin.start();
        FileOutputStream stdout = new FileOutputStream(FileDescriptor.out);
        FileOutputStream stderr = new FileOutputStream(FileDescriptor.err);
        byte[] buf = new byte[1 << 16];
        while (true) {
            int type = Frames.readType(in);
            if (type < 0) {
                System.err.println("numpy-jvm-python: the daemon closed the connection");
                System.exit(1);
            }
            int n = in.readInt();
            if (type == Frames.EXIT) {
                System.exit(n);
            } else if (type == Frames.READ) {
                reads.put(n);
            } else if (type == Frames.OUT || type == Frames.ERR) {
                in.readFully(buf, 0, n);
                try {
                    (type == Frames.OUT ? stdout : stderr).write(buf, 0, n);
                } catch (IOException e) { // e.g. a closed pipe: stop the program
                    System.exit(type == Frames.OUT ? 141 : 1);
                }
            } else {
                System.err.println("numpy-jvm-python: bad frame from the daemon");
                System.exit(1);
            }
        }
    }

    /** Reads stdin only when the program asks (what it does not read stays for the next reader). */
    private static void forwardStdin(SynchronousQueue<Integer> reads, DataOutputStream out) {
        FileInputStream stdin = new FileInputStream(FileDescriptor.in);
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

    /** SIGINT handler through sun.misc.Signal (by reflection: the module does not require jdk.unsupported). */
    private static void onInterrupt(Runnable r) {
        try {
            Class<?> signal = Class.forName("sun.misc.Signal");
            Class<?> handler = Class.forName("sun.misc.SignalHandler");
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
