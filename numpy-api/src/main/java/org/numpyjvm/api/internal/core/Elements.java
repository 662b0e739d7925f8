package org.numpyjvm.api.internal.core;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.numpyjvm.api.Complex;
import org.numpyjvm.api.DType;

/**
 * Reading and writing one element at a storage slot index, for any dtype. This is the slow,
 * general path (one switch per element) for printing, {@code item}, {@code tolist} and other
 * per-element work; bulk work goes through the typed loops in {@code internal.loops}.
 *
 * <p>Values are exchanged as: bool → {@code boolean}; integers → {@code long} (uint64 as its
 * two's-complement bits); floats → {@code double}; complex → two doubles; str → {@code String};
 * bytes → {@code byte[]}.
 */
public final class Elements {
    private Elements() {
    }

    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    /** The element as a long (integers and bool exactly; floats truncated as C casts do). */
    public static long getLong(DType dt, Object data, int i) {
        switch (dt.code()) {
            case BOOL:
            case INT8: return ((byte[]) data)[i];
            case UINT8: return ((byte[]) data)[i] & 0xFF;
            case INT16: return ((short[]) data)[i];
            case UINT16: return ((short[]) data)[i] & 0xFFFF;
            case FLOAT16: return (long) Half.toDouble(((short[]) data)[i]);
            case INT32: return ((int[]) data)[i];
            case UINT32: return ((int[]) data)[i] & 0xFFFFFFFFL;
            case INT64:
            case UINT64: return ((long[]) data)[i];
            case FLOAT32:
            case COMPLEX64: return (long) ((float[]) data)[i];
            case FLOAT64:
            case COMPLEX128: return (long) ((double[]) data)[i];
            default: throw new IllegalStateException("not numeric: " + dt);
        }
    }

    /** The element (the real part for complex) as a double; uint64 converts unsigned. */
    public static double getDouble(DType dt, Object data, int i) {
        switch (dt.code()) {
            case BOOL:
            case INT8: return ((byte[]) data)[i];
            case UINT8: return ((byte[]) data)[i] & 0xFF;
            case INT16: return ((short[]) data)[i];
            case UINT16: return ((short[]) data)[i] & 0xFFFF;
            case FLOAT16: return Half.toDouble(((short[]) data)[i]);
            case INT32: return ((int[]) data)[i];
            case UINT32: return ((int[]) data)[i] & 0xFFFFFFFFL;
            case INT64: return ((long[]) data)[i];
            case UINT64: return unsignedToDouble(((long[]) data)[i]);
            case FLOAT32:
            case COMPLEX64: return ((float[]) data)[i];
            case FLOAT64:
            case COMPLEX128: return ((double[]) data)[i];
            default: throw new IllegalStateException("not numeric: " + dt);
        }
    }

    /** The imaginary part (0 for non-complex dtypes). */
    public static double getImag(DType dt, Object data, int i) {
        if (dt.code() == DType.Code.COMPLEX64) {
            return ((float[]) data)[i + 1];
        }
        if (dt.code() == DType.Code.COMPLEX128) {
            return ((double[]) data)[i + 1];
        }
        return 0;
    }

    public static boolean getBool(DType dt, Object data, int i) {
        if (dt.isComplex()) {
            return getDouble(dt, data, i) != 0 || getImag(dt, data, i) != 0;
        }
        if (dt.isFloat()) {
            return getDouble(dt, data, i) != 0;
        }
        if (dt.isString()) {
            Object o = ((Object[]) data)[i];
            return o instanceof String ? !((String) o).isEmpty() : ((byte[]) o).length > 0;
        }
        return getLong(dt, data, i) != 0;
    }

    /**
     * The element as the Java value of Python's {@code item()}: Boolean, Long (BigInteger for
     * uint64 values from 2^63), Double (for every float width), Complex, String, byte[].
     */
    public static Object getItem(DType dt, Object data, int i) {
        switch (dt.code()) {
            case BOOL: return ((byte[]) data)[i] != 0;
            case UINT64: {
                long v = ((long[]) data)[i];
                return v >= 0 ? (Object) v : BigInteger.valueOf(v).add(TWO_64);
            }
            case FLOAT16:
            case FLOAT32:
            case FLOAT64: return getDouble(dt, data, i);
            case COMPLEX64:
            case COMPLEX128: return new Complex(getDouble(dt, data, i), getImag(dt, data, i));
            case STR:
            case BYTES: return ((Object[]) data)[i];
            default: return getLong(dt, data, i);
        }
    }

    /** Stores an integer value (wrapping to the dtype's width, as NumPy's C casts). */
    public static void setLong(DType dt, Object data, int i, long v) {
        switch (dt.code()) {
            case BOOL: ((byte[]) data)[i] = (byte) (v != 0 ? 1 : 0); break;
            case INT8:
            case UINT8: ((byte[]) data)[i] = (byte) v; break;
            case INT16:
            case UINT16: ((short[]) data)[i] = (short) v; break;
            case FLOAT16: ((short[]) data)[i] = Half.fromDouble((double) v); break;
            case INT32:
            case UINT32: ((int[]) data)[i] = (int) v; break;
            case INT64:
            case UINT64: ((long[]) data)[i] = v; break;
            case FLOAT32: ((float[]) data)[i] = (float) v; break;
            case COMPLEX64: ((float[]) data)[i] = (float) v; ((float[]) data)[i + 1] = 0; break;
            case FLOAT64: ((double[]) data)[i] = (double) v; break;
            case COMPLEX128: ((double[]) data)[i] = (double) v; ((double[]) data)[i + 1] = 0; break;
            case STR: ((Object[]) data)[i] = truncate(Long.toString(v), dt); break;
            case BYTES: ((Object[]) data)[i] = truncate(Long.toString(v).getBytes(StandardCharsets.US_ASCII), dt); break;
            default: throw new IllegalStateException(dt.toString());
        }
    }

    /** Stores a double (complex: real part, imaginary 0), with NumPy's float-to-int cast. */
    public static void setDouble(DType dt, Object data, int i, double v) {
        switch (dt.code()) {
            case BOOL: ((byte[]) data)[i] = (byte) (v != 0 ? 1 : 0); break;
            case FLOAT16: ((short[]) data)[i] = Half.fromDouble(v); break;
            case FLOAT32: ((float[]) data)[i] = (float) v; break;
            case FLOAT64: ((double[]) data)[i] = v; break;
            case COMPLEX64: ((float[]) data)[i] = (float) v; ((float[]) data)[i + 1] = 0; break;
            case COMPLEX128: ((double[]) data)[i] = v; ((double[]) data)[i + 1] = 0; break;
            case UINT64: ((long[]) data)[i] = Casts.doubleToUint64(v); break;
            case STR:
            case BYTES: setItem(dt, data, i, v); break;
            default: setLong(dt, data, i, Casts.doubleToInt64(v)); break;
        }
    }

    public static void setComplex(DType dt, Object data, int i, double re, double im) {
        if (dt.code() == DType.Code.COMPLEX64) {
            ((float[]) data)[i] = (float) re;
            ((float[]) data)[i + 1] = (float) im;
        } else if (dt.code() == DType.Code.COMPLEX128) {
            ((double[]) data)[i] = re;
            ((double[]) data)[i + 1] = im;
        } else if (dt.isBool()) {
            setLong(dt, data, i, re != 0 || im != 0 ? 1 : 0);
        } else if (dt.isString()) {
            setItem(dt, data, i, new Complex(re, im));
        } else {
            setDouble(dt, data, i, re); // NumPy discards the imaginary part (ComplexWarning)
        }
    }

    /**
     * Stores a Java value (Boolean, any Number, BigInteger, Complex, String, byte[]) with
     * NumPy's unsafe-cast semantics (the caller checks casting rules where they apply).
     */
    public static void setItem(DType dt, Object data, int i, Object v) {
        if (v instanceof org.numpyjvm.api.Bytes) {
            v = ((org.numpyjvm.api.Bytes) v).toByteArray();
        }
        if (dt.isString()) {
            Object s;
            if (dt.code() == DType.Code.STR) {
                s = v instanceof byte[] ? new String((byte[]) v, StandardCharsets.US_ASCII) : Casts.toPythonString(v);
                ((Object[]) data)[i] = truncate((String) s, dt);
            } else {
                byte[] b = v instanceof byte[] ? (byte[]) v : Casts.toPythonString(v).getBytes(StandardCharsets.UTF_8);
                ((Object[]) data)[i] = truncate(b, dt);
            }
            return;
        }
        if (v instanceof Boolean) {
            setLong(dt, data, i, ((Boolean) v) ? 1 : 0);
        } else if (v instanceof Double || v instanceof Float) {
            setDouble(dt, data, i, ((Number) v).doubleValue());
        } else if (v instanceof BigInteger) {
            BigInteger b = (BigInteger) v;
            if (dt.isFloat() || dt.isComplex()) {
                setDouble(dt, data, i, b.doubleValue());
            } else {
                setLong(dt, data, i, b.longValue());
            }
        } else if (v instanceof Number) {
            setLong(dt, data, i, ((Number) v).longValue());
        } else if (v instanceof Complex) {
            setComplex(dt, data, i, ((Complex) v).re(), ((Complex) v).im());
        } else if (v instanceof String || v instanceof byte[]) {
            String s = v instanceof String ? (String) v : new String((byte[]) v, StandardCharsets.ISO_8859_1);
            Casts.parseInto(dt, data, i, s, v instanceof byte[], false);
        } else {
            throw new org.numpyjvm.api.TypeError("cannot store " + (v == null ? "None" : v.getClass().getSimpleName())
                    + " in an array of dtype " + dt.name());
        }
    }

    /** NumPy stores at most n characters in {@code <U n}; n = 0 means unlimited (flexible). */
    public static String truncate(String s, DType dt) {
        int n = dt.stringLength();
        if (n == 0 || s.codePointCount(0, s.length()) <= n) {
            return stripTrailingNuls(s);
        }
        return stripTrailingNuls(s.substring(0, s.offsetByCodePoints(0, n)));
    }

    public static byte[] truncate(byte[] b, DType dt) {
        int n = dt.stringLength();
        int len = n == 0 ? b.length : Math.min(n, b.length);
        while (len > 0 && b[len - 1] == 0) {
            len--;
        }
        return len == b.length ? b : java.util.Arrays.copyOf(b, len);
    }

    private static String stripTrailingNuls(String s) {
        int len = s.length();
        while (len > 0 && s.charAt(len - 1) == 0) {
            len--;
        }
        return len == s.length() ? s : s.substring(0, len);
    }

    /** uint64 bits to the nearest double. */
    public static double unsignedToDouble(long v) {
        if (v >= 0) {
            return v;
        }
        // halve keeping the sticky bit, convert, double: rounds once, correctly
        return ((double) ((v >>> 1) | (v & 1))) * 2.0;
    }

    /** uint64 bits to the nearest float, rounding once (as C's {@code (float) uint64}). */
    public static float unsignedToFloat(long v) {
        if (v >= 0) {
            return (float) v;
        }
        return ((float) ((v >>> 1) | (v & 1))) * 2.0f;
    }

    /** Copies one element between two storages of the same dtype. */
    public static void copySame(DType dt, Object src, int si, Object dst, int di) {
        switch (dt.storage()) {
            case BYTE: ((byte[]) dst)[di] = ((byte[]) src)[si]; break;
            case SHORT: ((short[]) dst)[di] = ((short[]) src)[si]; break;
            case INT: ((int[]) dst)[di] = ((int[]) src)[si]; break;
            case LONG: ((long[]) dst)[di] = ((long[]) src)[si]; break;
            case FLOAT:
                ((float[]) dst)[di] = ((float[]) src)[si];
                if (dt.isComplex()) {
                    ((float[]) dst)[di + 1] = ((float[]) src)[si + 1];
                }
                break;
            case DOUBLE:
                ((double[]) dst)[di] = ((double[]) src)[si];
                if (dt.isComplex()) {
                    ((double[]) dst)[di + 1] = ((double[]) src)[si + 1];
                }
                break;
            default: ((Object[]) dst)[di] = ((Object[]) src)[si]; break;
        }
    }
}
