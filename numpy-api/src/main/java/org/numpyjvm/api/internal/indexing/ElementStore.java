package org.numpyjvm.api.internal.indexing;

import org.numpyjvm.api.DType;

/**
 * The direct store behind {@code a[i] = v} for one element and a Python int, float or bool v
 * ({@link Indexing#setInt}): only where NumPy's conversion of v to the dtype is exact or a plain
 * cast that can neither fail nor raise a floating-point event (an int in the dtype's range, a
 * float into float64, a float into float32 that stays normal and finite...). Everything else
 * (out-of-range ints, float16, complex, float into int, strings...) is left to the general
 * assignment, which has NumPy's checks, messages and events.
 */
final class ElementStore {
    private static final long EXACT_FLOAT64 = 1L << 53;
    private static final long EXACT_FLOAT32 = 1L << 24;

    private ElementStore() {
    }

    /** Stores v at slot of data (dtype dt) and returns true, or returns false having done nothing. */
    static boolean store(DType dt, Object data, int slot, Object v) {
        if (v instanceof Boolean && dt.code() != DType.Code.BOOL) {
            v = (Boolean) v ? 1L : 0L; // a bool into a number: 1 or 0, as the int
        }
        switch (dt.code()) {
            case INT64:
                if (v instanceof Long) {
                    ((long[]) data)[slot] = (Long) v;
                    return true;
                }
                if (v instanceof Double) { // truncated as C casts, when in range
                    double d = (Double) v;
                    if (d > -0x1p63 && d < 0x1p63) {
                        ((long[]) data)[slot] = (long) d;
                        return true;
                    }
                }
                break;
            case FLOAT64:
                if (v instanceof Double) {
                    ((double[]) data)[slot] = (Double) v;
                    return true;
                }
                if (v instanceof Long) {
                    long x = (Long) v;
                    if (x >= -EXACT_FLOAT64 && x <= EXACT_FLOAT64) {
                        ((double[]) data)[slot] = (double) x;
                        return true;
                    }
                }
                break;
            case FLOAT32:
                if (v instanceof Double) {
                    double d = (Double) v;
                    float f = (float) d;
                    float m = Math.abs(f);
                    // normal and finite (or as the input: 0, inf, nan): no overflow or underflow event
                    if (m >= Float.MIN_NORMAL && m <= Float.MAX_VALUE || d == 0 || d != d || Double.isInfinite(d)) {
                        ((float[]) data)[slot] = f;
                        return true;
                    }
                } else if (v instanceof Long) {
                    long x = (Long) v;
                    if (x >= -EXACT_FLOAT32 && x <= EXACT_FLOAT32) {
                        ((float[]) data)[slot] = (float) x;
                        return true;
                    }
                }
                break;
            case INT32:
                if (v instanceof Long) {
                    long x = (Long) v;
                    if (x >= Integer.MIN_VALUE && x <= Integer.MAX_VALUE) {
                        ((int[]) data)[slot] = (int) x;
                        return true;
                    }
                } else if (v instanceof Double) {
                    double d = (Double) v;
                    if (d > Integer.MIN_VALUE - 1.0 && d < Integer.MAX_VALUE + 1.0) {
                        ((int[]) data)[slot] = (int) d;
                        return true;
                    }
                }
                break;
            case INT16:
                if (v instanceof Long) {
                    long x = (Long) v;
                    if (x >= Short.MIN_VALUE && x <= Short.MAX_VALUE) {
                        ((short[]) data)[slot] = (short) x;
                        return true;
                    }
                }
                break;
            case INT8:
                if (v instanceof Long) {
                    long x = (Long) v;
                    if (x >= Byte.MIN_VALUE && x <= Byte.MAX_VALUE) {
                        ((byte[]) data)[slot] = (byte) x;
                        return true;
                    }
                }
                break;
            case UINT8:
                if (v instanceof Long) {
                    long x = (Long) v;
                    if (x >= 0 && x <= 0xFF) {
                        ((byte[]) data)[slot] = (byte) x;
                        return true;
                    }
                }
                break;
            case BOOL:
                if (v instanceof Boolean) {
                    ((byte[]) data)[slot] = (byte) ((Boolean) v ? 1 : 0);
                    return true;
                }
                break;
            default:
                break;
        }
        return false;
    }
}
