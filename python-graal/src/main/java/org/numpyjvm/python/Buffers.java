package org.numpyjvm.python;

import java.nio.ByteBuffer;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.Np;
import org.numpyjvm.api.TypeError;

/** Bulk conversions between little-endian bytes and NDArrays (no per-element polyglot calls). */
final class Buffers {
    private Buffers() {
    }

    /** {@code n} elements of {@code dt} read from {@code b} (little-endian). */
    static NDArray toArray(DType dt, ByteBuffer b, int n) {
        switch (dt.code()) {
            case BOOL:
            case INT8:
            case UINT8: {
                byte[] a = new byte[n];
                b.get(a);
                return signedView(Np.array(a, DType.INT8), dt);
            }
            case INT16:
            case UINT16:
            case FLOAT16: {
                short[] a = new short[n];
                b.asShortBuffer().get(a);
                return signedView(Np.array(a, DType.INT16), dt);
            }
            case INT32:
            case UINT32: {
                int[] a = new int[n];
                b.asIntBuffer().get(a);
                return signedView(Np.array(a, DType.INT32), dt);
            }
            case INT64:
            case UINT64: {
                long[] a = new long[n];
                b.asLongBuffer().get(a);
                return signedView(Np.array(a, DType.INT64), dt);
            }
            case FLOAT32: {
                float[] a = new float[n];
                b.asFloatBuffer().get(a);
                return Np.array(a, DType.FLOAT32);
            }
            case FLOAT64: {
                double[] a = new double[n];
                b.asDoubleBuffer().get(a);
                return Np.array(a, DType.FLOAT64);
            }
            default:
                throw new TypeError("numpy-jvm: buffers of dtype " + dt.name() + " are not supported");
        }
    }

    private static NDArray signedView(NDArray a, DType dt) {
        return a.dtype().equals(dt) ? a : a.view(dt);
    }
}
