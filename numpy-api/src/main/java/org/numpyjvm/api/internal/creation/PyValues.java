package org.numpyjvm.api.internal.creation;

import java.math.BigInteger;
import org.numpyjvm.api.Complex;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.OverflowError;
import org.numpyjvm.api.TypeError;
import org.numpyjvm.api.ValueError;
import org.numpyjvm.api.internal.core.Elements;

/**
 * Storing Java values that stand for Python scalars into arrays, with the checks NumPy 2 makes
 * when it converts Python objects ({@code np.array([300], dtype=np.int8)} raises
 * {@code OverflowError: Python integer 300 out of bounds for int8}; a float goes through
 * {@code int()}; a complex into a real dtype is a TypeError). Array-to-array casts stay unsafe
 * and do not come here.
 */
public final class PyValues {
    private PyValues() {
    }

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger UINT64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    /** True for the Java types that stand for a Python {@code int}. */
    public static boolean isPyInt(Object v) {
        return v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte
                || v instanceof BigInteger;
    }

    /** True for Java scalars that stand for Python numbers (bool, int, float, complex). */
    public static boolean isPyNumber(Object v) {
        return v instanceof Boolean || v instanceof Number || v instanceof Complex;
    }

    /** The dtype NumPy's array coercion gives a Python scalar ({@code int} → int64, ...). */
    public static DType dtypeOf(Object v) {
        if (v instanceof Boolean) {
            return DType.BOOL;
        }
        if (v instanceof BigInteger) {
            BigInteger b = (BigInteger) v;
            if (b.bitLength() <= 63) {
                return DType.INT64;
            }
            if (b.signum() > 0 && b.bitLength() <= 64) {
                return DType.UINT64;
            }
            // NumPy makes an object array here; numpy-jvm has no object dtype
            throw new OverflowError("Python int too large to convert to C long");
        }
        if (isPyInt(v)) {
            return DType.INT64;
        }
        if (v instanceof Double || v instanceof Float) {
            return DType.FLOAT64;
        }
        if (v instanceof Complex) {
            return DType.COMPLEX128;
        }
        if (v instanceof String) {
            String s = (String) v;
            return DType.str(s.codePointCount(0, s.length()));
        }
        if (v instanceof org.numpyjvm.api.Bytes) {
            return DType.bytes(((org.numpyjvm.api.Bytes) v).length());
        }
        if (v == null) {
            throw new TypeError("numpy-jvm has no object dtype: None cannot be stored in an array");
        }
        throw new TypeError("cannot convert " + v.getClass().getSimpleName() + " to an array element");
    }

    private static BigInteger big(Object v) {
        return v instanceof BigInteger ? (BigInteger) v : BigInteger.valueOf(((Number) v).longValue());
    }

    /** NumPy 2's check of a Python int against an integer dtype (NEP 50). */
    public static void checkIntFits(BigInteger b, DType dt) {
        if (b.bitLength() > 64 || b.compareTo(LONG_MIN) < 0 || b.compareTo(UINT64_MAX) > 0) {
            throw new OverflowError("Python int too large to convert to C long");
        }
        BigInteger lo;
        BigInteger hi;
        int bits = dt.itemsize() * 8;
        if (dt.isUnsigned()) {
            lo = BigInteger.ZERO;
            hi = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
        } else {
            lo = BigInteger.ONE.shiftLeft(bits - 1).negate();
            hi = BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE);
        }
        if (b.compareTo(lo) < 0 || b.compareTo(hi) > 0) {
            throw new OverflowError("Python integer " + b + " out of bounds for " + dt.name());
        }
    }

    /** As {@link #checkIntFits(BigInteger, DType)} for a Python int held in a long (no BigInteger made). */
    public static void checkIntFits(long x, DType dt) {
        int bits = dt.itemsize() * 8;
        boolean fits;
        if (dt.isUnsigned()) {
            fits = x >= 0 && (bits == 64 || x >>> bits == 0);
        } else {
            fits = bits == 64 || x >> (bits - 1) == x >> 63;
        }
        if (!fits) {
            throw new OverflowError("Python integer " + x + " out of bounds for " + dt.name());
        }
    }

    /** Checks a Python int value against {@code dt} when it is an integer dtype. */
    public static void checkIntFits(Object v, DType dt) {
        if (isPyInt(v) && dt.isInteger()) {
            if (v instanceof BigInteger) {
                checkIntFits((BigInteger) v, dt);
            } else {
                checkIntFits(((Number) v).longValue(), dt);
            }
        }
    }

    /**
     * Stores a Python-like value as {@code np.array(v, dtype=dt)} does: Python ints must fit,
     * floats go through {@code int()} for integer dtypes, complex into a real dtype is a TypeError,
     * strings are parsed.
     */
    public static void store(DType dt, Object data, int slot, Object v) {
        if (dt.isInteger()) {
            if (v instanceof Long) {
                long x = (Long) v;
                checkIntFits(x, dt);
                Elements.setLong(dt, data, slot, x);
                return;
            }
            if (isPyInt(v)) {
                BigInteger b = big(v);
                checkIntFits(b, dt);
                Elements.setLong(dt, data, slot, b.longValue());
                return;
            }
            if (v instanceof Double || v instanceof Float) {
                double d = ((Number) v).doubleValue();
                if (Double.isNaN(d)) {
                    throw new ValueError("cannot convert float NaN to integer");
                }
                if (Double.isInfinite(d)) {
                    throw new OverflowError("cannot convert float infinity to integer");
                }
                if (d > -0x1p63 && d < 0x1p63) { // int(d) fits a long: truncation, as toBigInteger
                    long x = (long) d;
                    checkIntFits(x, dt);
                    Elements.setLong(dt, data, slot, x);
                    return;
                }
                BigInteger b = new java.math.BigDecimal(d).toBigInteger();
                checkIntFits(b, dt);
                Elements.setLong(dt, data, slot, b.longValue());
                return;
            }
            if (v instanceof Complex) {
                throw new TypeError("int() argument must be a string, a bytes-like object or a real number, not 'complex'");
            }
        } else if ((dt.isFloat()) && v instanceof Complex) {
            throw new TypeError("float() argument must be a string or a real number, not 'complex'");
        } else if (v instanceof BigInteger && !dt.isString() && !dt.isBool()) {
            BigInteger b = (BigInteger) v;
            Elements.setDouble(dt, data, slot, b.doubleValue());
            return;
        }
        if (v == null) {
            throw new TypeError("int() argument must be a string, a bytes-like object or a real number, not 'NoneType'");
        }
        Elements.setItem(dt, data, slot, v);
    }

    /**
     * Stores a fill value as {@code np.copyto(a, v, casting='unsafe')} does: Python ints are
     * checked against integer dtypes (NEP 50), everything else casts unsafely.
     */
    public static void storeUnsafe(DType dt, Object data, int slot, Object v) {
        if (v instanceof Long && dt.isInteger()) {
            long x = (Long) v;
            checkIntFits(x, dt);
            Elements.setLong(dt, data, slot, x);
            return;
        }
        if (isPyInt(v) && dt.isInteger()) {
            BigInteger b = big(v);
            checkIntFits(b, dt);
            Elements.setLong(dt, data, slot, b.longValue());
            return;
        }
        if (v == null) {
            throw new TypeError("numpy-jvm has no object dtype: None cannot be stored in an array");
        }
        Elements.setItem(dt, data, slot, v);
    }
}
