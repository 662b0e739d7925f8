package org.numpyjvm.python.launcher;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.graalvm.polyglot.io.ProcessHandler;

/**
 * A run's subprocesses: started like Truffle's default handler does, except that output a program
 * leaves to its child ("inherited" stdout/stderr: {@code subprocess.run(cmd)}) goes to the run's
 * client, not to the daemon's own stdout (its log). An inherited stdin is the daemon's
 * ({@code /dev/null}).
 */
final class RunProcesses implements ProcessHandler {
    private final OutputStream out;
    private final OutputStream err;

    RunProcesses(OutputStream out, OutputStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Process start(ProcessCommand command) throws IOException {
        ProcessBuilder b = new ProcessBuilder(command.getCommand());
        if (command.getDirectory() != null) {
            b.directory(new File(command.getDirectory()));
        }
        b.environment().clear();
        b.environment().putAll(command.getEnvironment());
        b.redirectErrorStream(command.isRedirectErrorStream());
        b.redirectInput(command.getInputRedirect() == Redirect.PIPE ? ProcessBuilder.Redirect.PIPE
                : ProcessBuilder.Redirect.INHERIT);
        OutputStream toOut = target(command.getOutputRedirect(), out);
        OutputStream toErr = command.isRedirectErrorStream() ? null : target(command.getErrorRedirect(), err);
        b.redirectOutput(ProcessBuilder.Redirect.PIPE);
        b.redirectError(ProcessBuilder.Redirect.PIPE);
        Process p = b.start();
        List<Thread> pumps = new ArrayList<>(2);
        if (toOut != null) {
            pumps.add(pump(p.getInputStream(), toOut));
        }
        if (toErr != null) {
            pumps.add(pump(p.getErrorStream(), toErr));
        }
        return pumps.isEmpty() ? p : new Pumped(p, pumps);
    }

    /** Where a redirect's output goes when this handler copies it; null: the caller reads the pipe. */
    private static OutputStream target(Redirect r, OutputStream inherited) {
        if (r == Redirect.INHERIT) {
            return inherited;
        }
        return r.getOutputStream(); // a stream redirect, or null for PIPE
    }

    private static Thread pump(InputStream from, OutputStream to) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[8192];
            try (from) {
                for (int n; (n = from.read(buf)) > 0;) {
                    to.write(buf, 0, n);
                }
                to.flush();
            } catch (IOException ignored) {
                // the run is over
            }
        }, "numpy-jvm-daemon-subprocess-output");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** The process; waiting for it also waits until its output has been copied. */
    private static final class Pumped extends Process {
        private final Process p;
        private final List<Thread> pumps;

        Pumped(Process p, List<Thread> pumps) {
            this.p = p;
            this.pumps = pumps;
        }

        @Override
        public OutputStream getOutputStream() {
            return p.getOutputStream();
        }

        @Override
        public InputStream getInputStream() {
            return p.getInputStream();
        }

        @Override
        public InputStream getErrorStream() {
            return p.getErrorStream();
        }

        /**
         * Once the process has ended: waits a little for the rest of its output (GraalPy polls
         * {@link #isAlive} and {@link #exitValue}); a background child that keeps the pipe open does
         * not hold the program up longer than that.
         */
        private void drain() {
            try {
                for (Thread t : pumps) {
                    t.join(2000);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public int waitFor() throws InterruptedException {
            int status = p.waitFor();
            drain();
            return status;
        }

        @Override
        public boolean waitFor(long timeout, TimeUnit unit) throws InterruptedException {
            if (!p.waitFor(timeout, unit)) {
                return false;
            }
            drain();
            return true;
        }

        @Override
        public int exitValue() {
            int status = p.exitValue(); // throws while it runs
            drain();
            return status;
        }

        @Override
        public void destroy() {
            p.destroy();
        }

        @Override
        public Process destroyForcibly() {
            p.destroyForcibly();
            return this;
        }

        @Override
        public boolean isAlive() {
            if (p.isAlive()) {
                return true;
            }
            drain();
            return false;
        }

        @Override
        public long pid() {
            return p.pid();
        }
    }
}
