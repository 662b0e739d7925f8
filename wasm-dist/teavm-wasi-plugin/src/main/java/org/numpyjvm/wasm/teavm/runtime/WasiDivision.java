package org.numpyjvm.wasm.teavm.runtime;

/**
 * Java's integer division and remainder, for a wasm module: the wasm instructions
 * ({@code i32.div_s}, {@code i64.rem_s}, ...) trap on a zero divisor, and {@code div_s} also on
 * {@code MIN_VALUE / -1}, where Java throws {@code ArithmeticException("/ by zero")} and
 * wraps around. The plugin ({@code IntegerDivisionTransformer}) replaces {@code int}/{@code long}
 * {@code /} and {@code %} in application code by calls to these; this class itself is left
 * alone, so its own {@code /} and {@code %} are the plain instructions, reached only with a
 * divisor that neither is 0 nor -1.
 */
public final class WasiDivision {
    private WasiDivision() {
    }

    public static int div(int a, int b) {
        if (b == 0) {
            throw new ArithmeticException("/ by zero");
        }
        if (b == -1) {
            return -a; // MIN_VALUE / -1 == MIN_VALUE, as on the JVM
        }
        return a / b;
    }

    public static int rem(int a, int b) {
        if (b == 0) {
            throw new ArithmeticException("/ by zero");
        }
        if (b == -1) {
            return 0;
        }
        return a % b;
    }

    public static long div(long a, long b) {
        if (b == 0) {
            throw new ArithmeticException("/ by zero");
        }
        if (b == -1) {
            return -a;
        }
        return a / b;
    }

    public static long rem(long a, long b) {
        if (b == 0) {
            throw new ArithmeticException("/ by zero");
        }
        if (b == -1) {
            return 0;
        }
        return a % b;
    }
}
