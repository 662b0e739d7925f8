package org.numpyjvm.api.internal.core;

import org.numpyjvm.api.DType;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.ValueError;

/**
 * {@code ndarray.tobytes(order)}: the raw bytes NumPy's memory would hold for the elements in the
 * requested order. Numbers are written in the dtype's byte order (little-endian for native
 * dtypes; a {@code '>'} dtype writes big-endian), complex as (real, imag); {@code <U n} as
 * UTF-32 code units padded with NULs to n; {@code S n} as the bytes padded with NULs to n.
 */
public final class ToBytes {
    private ToBytes() {
    }

    public static byte[] toBytes(NDArray a, char order) {
        char o;
        switch (order) {
            case 'C':
            case 'F':
                o = order;
                break;
            case 'A':
            case 'K':
                o = a.isFContiguous() && !a.isCContiguous() ? 'F' : 'C';
                break;
            default:
                throw new ValueError("order must be one of 'C', 'F', 'A', or 'K' (got '" + order + "')");
        }
        DType dt = a.dtype();
        NDArray c = a.copy(o); // contiguous, offset 0, storage exactly the elements
        Object data = Internals.data(c);
        int n = c.size();
        int size = dt.itemsize();
        byte[] out = new byte[Math.multiplyExact(n, size)];
        boolean big = dt.byteorder() == '>';
        if (dt.isString()) {
            Object[] s = (Object[]) data;
            for (int i = 0; i < n; i++) {
                if (dt.code() == DType.Code.BYTES) {
                    byte[] b = (byte[]) s[i];
                    System.arraycopy(b, 0, out, i * size, Math.min(b.length, size));
                } else {
                    String str = (String) s[i];
                    int p = i * size;
                    for (int k = 0; k < str.length() && p < (i + 1) * size; ) {
                        int cp = str.codePointAt(k);
                        k += Character.charCount(cp);
                        put(out, p, cp, 4, big);
                        p += 4;
                    }
                }
            }
            return out;
        }
        int slots = n * dt.slots();
        int w = dt.storage().slotBytes;
        switch (dt.storage()) {
            case BYTE:
                System.arraycopy((byte[]) data, 0, out, 0, slots);
                break;
            case SHORT: {
                short[] d = (short[]) data;
                for (int i = 0; i < slots; i++) {
                    put(out, i * w, d[i], w, big);
                }
                break;
            }
            case INT: {
                int[] d = (int[]) data;
                for (int i = 0; i < slots; i++) {
                    put(out, i * w, d[i], w, big);
                }
                break;
            }
            case LONG: {
                long[] d = (long[]) data;
                for (int i = 0; i < slots; i++) {
                    put(out, i * w, d[i], w, big);
                }
                break;
            }
            case FLOAT: {
                float[] d = (float[]) data;
                for (int i = 0; i < slots; i++) {
                    put(out, i * w, Float.floatToRawIntBits(d[i]), w, big);
                }
                break;
            }
            case DOUBLE: {
                double[] d = (double[]) data;
                for (int i = 0; i < slots; i++) {
                    put(out, i * w, Double.doubleToRawLongBits(d[i]), w, big);
                }
                break;
            }
            default:
                throw new IllegalStateException(dt.toString());
        }
        return out;
    }

    private static void put(byte[] out, int p, long v, int w, boolean big) {
        for (int k = 0; k < w; k++) {
            out[p + (big ? w - 1 - k : k)] = (byte) (v >>> (8 * k));
        }
    }

}
