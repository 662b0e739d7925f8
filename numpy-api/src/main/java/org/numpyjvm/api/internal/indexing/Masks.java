package org.numpyjvm.api.internal.indexing;

import org.numpyjvm.api.DType;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.internal.core.Internals;

/** Truth masks: nonzero coordinates and the offsets of true elements, in C order. */
final class Masks {
    private Masks() {
    }

    /** The array's truth values as a C-contiguous bool array (itself when it already is one). */
    static NDArray bools(NDArray a) {
        if (a.dtype().isBool() && a.isCContiguous()) {
            return a;
        }
        return a.astype(DType.BOOL, 'C');
    }

    static int count(byte[] m, int off, int n) {
        int c = 0;
        for (int i = 0; i < n; i++) {
            if (m[off + i] != 0) {
                c++;
            }
        }
        return c;
    }

    /** {@code np.nonzero(a)} for a of at least one dim: one int64 array of coordinates per dim. */
    static NDArray[] nonzero(NDArray a) {
        NDArray b = bools(a);
        byte[] m = (byte[]) Internals.data(b);
        int off = Internals.offset(b);
        int n = b.size();
        int nd = b.ndim();
        int nnz = count(m, off, n);
        long[][] coords = new long[nd][nnz];
        int[] shape = b.shape();
        if (nd == 1) {
            for (int i = 0, q = 0; i < n; i++) {
                if (m[off + i] != 0) {
                    coords[0][q++] = i;
                }
            }
        } else if (nnz > 0) {
            int[] idx = new int[nd];
            for (int i = 0, q = 0; i < n; i++) {
                if (m[off + i] != 0) {
                    for (int d = 0; d < nd; d++) {
                        coords[d][q] = idx[d];
                    }
                    q++;
                }
                for (int d = nd - 1; d >= 0; d--) {
                    if (++idx[d] < shape[d]) {
                        break;
                    }
                    idx[d] = 0;
                }
            }
        }
        NDArray[] out = new NDArray[nd];
        for (int d = 0; d < nd; d++) {
            out[d] = Internals.wrap(DType.INT64, coords[d], new int[] {nnz});
        }
        return out;
    }

    /** Storage offsets of a's elements where mask (a's shape) is true, in C order. */
    static int[] trueOffsets(NDArray a, NDArray mask) {
        NDArray b = bools(mask);
        byte[] m = (byte[]) Internals.data(b);
        int moff = Internals.offset(b);
        int n = b.size();
        int[] out = new int[count(m, moff, n)];
        if (out.length == 0) {
            return out;
        }
        int[] shape = a.shape();
        int[] str = Internals.strides(a);
        int nd = shape.length;
        int base = Internals.offset(a);
        if (nd == 0) {
            out[0] = base;
            return out;
        }
        int last = nd - 1;
        int inner = shape[last];
        int is = str[last];
        int[] idx = new int[nd];
        int pos = base;
        int q = 0;
        int f = moff;
        while (true) {
            for (int j = 0, p = pos; j < inner; j++, p += is) {
                if (m[f++] != 0) {
                    out[q++] = p;
                }
            }
            int d = last - 1;
            while (d >= 0) {
                idx[d]++;
                pos += str[d];
                if (idx[d] < shape[d]) {
                    break;
                }
                pos -= str[d] * shape[d];
                idx[d] = 0;
                d--;
            }
            if (d < 0 || q == out.length) {
                return out;
            }
        }
    }

    /** Flat (C order) positions of the true elements of a C-contiguous bool array. */
    static int[] truePositions(NDArray b) {
        byte[] m = (byte[]) Internals.data(b);
        int off = Internals.offset(b);
        int n = b.size();
        int[] out = new int[count(m, off, n)];
        for (int i = 0, q = 0; q < out.length; i++) {
            if (m[off + i] != 0) {
                out[q++] = i;
            }
        }
        return out;
    }

    /** Null when a is C-contiguous (flat i is at offset + i * slots), else the slot of every flat position. */
    static int[] flatSlots(NDArray a) {
        if (a.isCContiguous()) {
            return null;
        }
        return AdvancedIndexing.cOrderOffsets(a.shape(), Internals.strides(a), Internals.offset(a));
    }
}
