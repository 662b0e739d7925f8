package org.numpyjvm.api.internal.creation;

import org.numpyjvm.api.DType;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.ValueError;
import org.numpyjvm.api.ZeroDivisionError;
import org.numpyjvm.api.internal.core.Internals;

/** {@code np.arange} and friends. */
public final class Ranges {
    private Ranges() {
    }

    /**
     * {@code np.arange(start, stop, step, dtype)}: length {@code ceil((stop - start) / step)};
     * element i is {@code start + i * delta} where {@code delta = (start + step) - start}
     * computed in the result type, as NumPy fills it. Integers only give int64 (or dtype).
     */
    public static NDArray arange(Number start, Number stop, Number step, DType dtype) {
        boolean integral = isIntegral(start) && isIntegral(stop) && isIntegral(step);
        if (integral && (dtype == null || dtype.isInteger() || dtype.isBool())) {
            long s = start.longValue();
            long e = stop.longValue();
            long d = step.longValue();
            if (d == 0) {
                throw new ZeroDivisionError("division by zero");
            }
            long n = d > 0 ? (e > s ? (e - s + d - 1) / d : 0) : (s > e ? (s - e + (-d) - 1) / (-d) : 0);
            checkLength(n);
            long[] out = new long[(int) n];
            for (int i = 0; i < out.length; i++) {
                out[i] = s + i * d;
            }
            NDArray a = Internals.wrap(DType.INT64, out, new int[] {(int) n});
            return dtype == null || dtype.equals(DType.INT64) ? a : a.astype(dtype);
        }
        double s = start.doubleValue();
        double e = stop.doubleValue();
        double d = step.doubleValue();
        if (d == 0) {
            throw new ZeroDivisionError("division by zero");
        }
        double len = Math.ceil((e - s) / d);
        if (Double.isNaN(len)) {
            throw new ValueError("arange: cannot compute length");
        }
        long n = len <= 0 ? 0 : (long) len;
        checkLength(n);
        double delta = (s + d) - s;
        double[] out = new double[(int) n];
        for (int i = 0; i < out.length; i++) {
            out[i] = s + i * delta;
        }
        NDArray a = Internals.wrap(DType.FLOAT64, out, new int[] {(int) n});
        return dtype == null || dtype.equals(DType.FLOAT64) ? a : a.astype(dtype);
    }

    private static void checkLength(long n) {
        if (n > Integer.MAX_VALUE - 8) {
            throw new org.numpyjvm.api.MemoryError("Maximum allowed size exceeded");
        }
    }

    private static boolean isIntegral(Number n) {
        return n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte
                || n instanceof java.math.BigInteger;
    }
}
