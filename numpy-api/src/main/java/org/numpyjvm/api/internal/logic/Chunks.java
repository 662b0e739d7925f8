package org.numpyjvm.api.internal.logic;

import java.util.Arrays;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.internal.core.Elements;
import org.numpyjvm.api.internal.core.Half;

/**
 * Bulk reads of a strided run of numeric elements into small double buffers, so that the logic
 * loops dispatch on the dtype once per chunk instead of once per element (as NumPy's casting
 * buffers do). Values are those of a cast to float64 (uint64 unsigned; the real part and the
 * imaginary part of complex elements).
 */
final class Chunks {
    private Chunks() {
    }

    /** Elements per chunk. */
    static final int SIZE = 256;

    /**
     * Reads {@code m} elements of {@code dt} from {@code data}, the first at slot {@code off}, then
     * every {@code stride} slots: real parts into {@code re}, imaginary parts (0 for real dtypes)
     * into {@code im}.
     */
    static void load(DType dt, Object data, int off, int stride, int m, double[] re, double[] im) {
        switch (dt.code()) {
            case FLOAT64: {
                double[] d = (double[]) data;
                for (int j = 0, i = off; j < m; j++, i += stride) {
                    re[j] = d[i];
                }
                break;
            }
            case COMPLEX128: {
                double[] d = (double[]) data;
                for (int j = 0, i = off; j < m; j++, i += stride) {
                    re[j] = d[i];
                    im[j] = d[i + 1];
                }
                return;
            }
            case FLOAT32: {
                float[] d = (float[]) data;
                for (int j = 0, i = off; j < m; j++, i += stride) {
                    re[j] = d[i];
                }
                break;
            }
            case COMPLEX64: {
                float[] d = (float[]) data;
                for (int j = 0, i = off; j < m; j++, i += stride) {
                    re[j] = d[i];
                    im[j] = d[i + 1];
                }
                return;
            }
            case INT64: {
                long[] d = (long[]) data;
                for (int j = 0, i = off; j < m; j++, i += stride) {
                    re[j] = d[i];
                }
                break;
            }
            case INT32: {
                int[] d = (int[]) data;
                for (int j = 0, i = off; j < m; j++, i += stride) {
                    re[j] = d[i];
                }
                break;
            }
            case INT16: {
                short[] d = (short[]) data;
                for (int j = 0, i = off; j < m; j++, i += stride) {
                    re[j] = d[i];
                }
                break;
            }
            case BOOL:
            case INT8: {
                byte[] d = (byte[]) data;
                for (int j = 0, i = off; j < m; j++, i += stride) {
                    re[j] = d[i];
                }
                break;
            }
            case UINT8: {
                byte[] d = (byte[]) data;
                for (int j = 0, i = off; j < m; j++, i += stride) {
                    re[j] = d[i] & 0xFF;
                }
                break;
            }
            case FLOAT16: {
                short[] d = (short[]) data;
                for (int j = 0, i = off; j < m; j++, i += stride) {
                    re[j] = Half.toDouble(d[i]);
                }
                break;
            }
            default: // uint16, uint32, uint64
                for (int j = 0, i = off; j < m; j++, i += stride) {
                    re[j] = Elements.getDouble(dt, data, i);
                }
        }
        Arrays.fill(im, 0, m, 0.0);
    }
}
