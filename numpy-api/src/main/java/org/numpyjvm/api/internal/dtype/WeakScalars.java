package org.numpyjvm.api.internal.dtype;

import java.math.BigInteger;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.OverflowError;

/**
 * The value checks NumPy 2 makes when a Python int meets an array operand as a weak scalar
 * (NEP 50): the int is converted to the operand's dtype and must fit.
 * <ul>
 *   <li>Integers: first converted to a C {@code long} (int64; for uint32 and uint64 an
 *       {@code unsigned long long} is also accepted), else {@code Python int too large to convert
 *       to C long}; then {@code Python integer V out of bounds for DTYPE} when out of the
 *       dtype's range.
 *   <li>bool: the result is int64, so only the C {@code long} conversion applies.
 *   <li>Floats and complex: {@code int too large to convert to float} when the int rounds beyond
 *       float64's range; any smaller value is accepted (it may become inf in float16/float32).
 * </ul>
 */
public final class WeakScalars {
    private WeakScalars() {
    }

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final BigInteger ULONG_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    public static boolean fits(DType dtype, BigInteger v) {
        return problem(dtype, v) == null;
    }

    public static void check(DType dtype, BigInteger v) {
        String p = problem(dtype, v);
        if (p != null) {
            throw new OverflowError(p);
        }
    }

    private static String problem(DType dtype, BigInteger v) {
        if (dtype.isFloat() || dtype.isComplex()) {
            return Double.isInfinite(v.doubleValue()) ? "int too large to convert to float" : null;
        }
        if (!dtype.isInteger() && !dtype.isBool()) {
            return null;
        }
        boolean wide = dtype.code() == DType.Code.UINT32 || dtype.code() == DType.Code.UINT64;
        BigInteger max = wide ? ULONG_MAX : LONG_MAX;
        if (v.compareTo(LONG_MIN) < 0 || v.compareTo(max) > 0) {
            return "Python int too large to convert to C long";
        }
        if (dtype.isBool()) {
            return null;
        }
        BigInteger lo;
        BigInteger hi;
        int bits = 8 * dtype.itemsize();
        if (dtype.isUnsigned()) {
            lo = BigInteger.ZERO;
            hi = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
        } else {
            lo = BigInteger.ONE.shiftLeft(bits - 1).negate();
            hi = BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE);
        }
        if (v.compareTo(lo) < 0 || v.compareTo(hi) > 0) {
            return "Python integer " + v + " out of bounds for " + dtype.name();
        }
        return null;
    }
}
