package org.numpyjvm.wasm.teavm.runtime;

import org.teavm.backend.wasm.runtime.WasiBuffer;
import org.teavm.backend.wasm.wasi.LongResult;
import org.teavm.backend.wasm.wasi.Wasi;
import org.teavm.interop.Import;

/**
 * Class-library pieces TeaVM 0.13.1 lacks on WASI, compiled into the module. The plugin
 * ({@code WasiGuardPlugin}) rewrites JDK methods to call these.
 *
 * <p>Only {@code wasi_snapshot_preview1} is imported: {@code proc_exit} here,
 * {@code clock_time_get} through TeaVM's own {@link Wasi} binding.
 */
public final class WasiRuntime {
    /** WASI {@code clockid::monotonic}. */
    private static final int CLOCK_MONOTONIC = 1;

    private WasiRuntime() {
    }

    @Import(module = "wasi_snapshot_preview1", name = "proc_exit")
    private static native void procExit(int code);

    /** {@code System.exit}, {@code Runtime.exit}, {@code Runtime.halt}: flush, then WASI {@code proc_exit}. */
    public static void exit(int status) {
        System.out.flush();
        System.err.flush();
        procExit(status);
    }

    /** {@code System.nanoTime}: WASI {@code clock_time_get} on the monotonic clock, in ns. */
    public static long nanoTime() {
        LongResult result = WasiBuffer.getBuffer().toStructure();
        short errno = Wasi.clockTimeGet(CLOCK_MONOTONIC, 1L, result);
        if (errno != 0) {
            return 0L;
        }
        return result.value;
    }

    /** {@code Runtime.availableProcessors}: a WASI module runs on one thread. */
    public static int availableProcessors() {
        return 1;
    }

    /**
     * What the JVM's default handler does for an uncaught throwable in {@code main}, minus the
     * stack trace (a wasm module has none): print it and its causes to stderr, exit with 1.
     */
    public static void uncaught(Throwable t) {
        try {
            System.out.flush();
            System.err.print("Exception in thread \"main\" ");
            System.err.println(describe(t));
            Throwable cause = t.getCause();
            int depth = 0;
            while (cause != null && cause != t && depth++ < 16) {
                System.err.println("Caused by: " + describe(cause));
                cause = cause.getCause();
            }
        } catch (Throwable ignored) {
            // nothing more can be reported; still exit with 1
        }
        exit(1);
    }

    private static String describe(Throwable t) {
        String name = t.getClass().getName();
        String message = t.getLocalizedMessage();
        return message != null ? name + ": " + message : name;
    }
}
