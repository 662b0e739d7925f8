package org.numpyjvm.api.internal.manipulation;

import org.numpyjvm.api.DType;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.TypeError;
import org.numpyjvm.api.ValueError;
import org.numpyjvm.api.internal.core.Internals;
import org.numpyjvm.api.internal.core.Shapes;
import org.numpyjvm.api.internal.creation.FromObject;

/**
 * Index arithmetic: unravel_index, ravel_multi_index, tril/triu_indices(_from). Results are
 * int64 (NumPy's intp on 64-bit platforms).
 */
public final class IndexArithmetic {
    private IndexArithmetic() {
    }

    private static void checkOrder(char order) {
        if (order == 'A' || order == 'K') {
            throw new ValueError("only 'C' or 'F' order is permitted");
        }
        if (order != 'C' && order != 'F') {
            throw new ValueError("order must be one of 'C', 'F', 'A', or 'K' (got '" + order + "')");
        }
    }

    private static NDArray intIndices(Object indices) {
        NDArray a = FromObject.asarray(indices, null);
        if (a.size() == 0 && !(indices instanceof NDArray) && a.dtype().isFloat()) {
            throw new TypeError("indices must be integral: the provided empty sequence was inferred as float. "
                    + "Wrap it with 'np.array(indices, dtype=np.intp)'");
        }
        if (!a.dtype().isInteger()) {
            throw new TypeError("only int indices permitted");
        }
        return a;
    }

    /** {@code np.unravel_index(indices, shape, order)}: one int64 array per dimension, shaped like indices. */
    public static NDArray[] unravelIndex(Object indices, int[] shape, char order) {
        checkOrder(order);
        NDArray ind = intIndices(indices);
        long size = 1;
        for (int d : shape) {
            size *= d;
        }
        long[] flat = ind.toLongArray();
        int nd = shape.length;
        // NumPy fills one (indices.shape + (ndim,)) buffer and returns its columns (strided views)
        long[] out = new long[flat.length * nd];
        for (int k = 0; k < flat.length; k++) {
            long v = flat[k];
            if (v < 0 || v >= size) {
                throw new ValueError("index " + v + " is out of bounds for array with size " + size);
            }
            if (order == 'C') {
                for (int d = nd - 1; d >= 0; d--) {
                    out[k * nd + d] = v % shape[d];
                    v /= shape[d];
                }
            } else {
                for (int d = 0; d < nd; d++) {
                    out[k * nd + d] = v % shape[d];
                    v /= shape[d];
                }
            }
        }
        int[] ishape = ind.shape();
        int[] full = java.util.Arrays.copyOf(ishape, ishape.length + 1);
        full[ishape.length] = nd;
        NDArray all = Internals.wrap(DType.INT64, out, full);
        int[] st = java.util.Arrays.copyOf(Internals.strides(all), ishape.length);
        NDArray[] res = new NDArray[nd];
        for (int d = 0; d < nd; d++) {
            res[d] = Internals.create(DType.INT64, out, ishape.clone(), st.clone(), d, all, true);
        }
        return res;
    }

    /**
     * {@code np.ravel_multi_index(multi_index, dims, mode, order)}: {@code modes} holds one mode
     * ("raise", "wrap", "clip") or one per dimension. A 0-d result stands for NumPy's scalar.
     */
    public static NDArray ravelMultiIndex(Object[] multiIndex, int[] dims, String[] modes, char order) {
        checkOrder(order);
        int nd = dims.length;
        if (multiIndex.length != nd) {
            throw new ValueError("parameter multi_index must be a sequence of length " + nd);
        }
        if (modes.length != 1 && modes.length != nd) {
            throw new ValueError("mode sequence must have the same length as dims");
        }
        for (String m : modes) {
            if (!m.equals("raise") && !m.equals("wrap") && !m.equals("clip")) {
                throw new ValueError("clipmode must be one of 'clip', 'raise', or 'wrap' (got '" + m + "')");
            }
        }
        NDArray[] idx = new NDArray[nd];
        int[][] shapes = new int[nd][];
        for (int d = 0; d < nd; d++) {
            idx[d] = intIndices(multiIndex[d]);
            shapes[d] = idx[d].shape();
        }
        int[] shape = nd == 0 ? new int[0] : broadcastForOperands(shapes);
        long[] stride = new long[nd];
        long s = 1;
        for (int i = 0; i < nd; i++) {
            int d = order == 'C' ? nd - 1 - i : i;
            stride[d] = s;
            s *= dims[d];
        }
        int n = (int) Shapes.size(shape);
        long[] out = new long[n];
        for (int d = 0; d < nd; d++) {
            long[] v = idx[d].broadcastTo(shape).toLongArray();
            String m = modes[modes.length == 1 ? 0 : d];
            long dim = dims[d];
            for (int k = 0; k < n; k++) {
                long j = v[k];
                if (j < 0 || j >= dim) {
                    if (m.equals("raise") || dim <= 0) {
                        throw new ValueError("invalid entry in coordinates array");
                    }
                    j = m.equals("wrap") ? Views.pyMod(j, dim) : j < 0 ? 0 : dim - 1;
                }
                out[k] += j * stride[d];
            }
        }
        return Internals.wrap(DType.INT64, out, shape);
    }

    /** NumPy's ufunc-style broadcast message: {@code operands could not be broadcast together with shapes (2,) (3,) }. */
    private static int[] broadcastForOperands(int[][] shapes) {
        try {
            return Shapes.broadcastShapes(shapes);
        } catch (ValueError e) {
            StringBuilder sb = new StringBuilder("operands could not be broadcast together with shapes ");
            for (int[] sh : shapes) {
                sb.append(Shapes.tupleString(sh)).append(' ');
            }
            throw new ValueError(sb.toString());
        }
    }

    /** {@code np.tril_indices(n, k, m)} (lower: j - i &lt;= k) or {@code np.triu_indices} (upper: j - i &gt;= k). */
    public static NDArray[] triIndices(int n, int k, int m, boolean lower) {
        if (n < 0 || m < 0) {
            throw new ValueError("negative dimensions are not allowed");
        }
        long count = 0;
        for (int i = 0; i < n; i++) {
            count += rowCount(i, k, m, lower);
        }
        if (count > Integer.MAX_VALUE - 8) {
            throw new org.numpyjvm.api.MemoryError("Unable to allocate " + count + " int64 indices for tri_indices("
                    + n + ", " + k + ", " + m + ")");
        }
        long[] rows = new long[(int) count];
        long[] cols = new long[(int) count];
        int p = 0;
        for (int i = 0; i < n; i++) {
            int from = lower ? 0 : (int) Math.max(0, Math.min((long) m, (long) i + k));
            int to = lower ? (int) Math.max(0, Math.min((long) m, (long) i + k + 1)) : m;
            for (int j = from; j < to; j++, p++) {
                rows[p] = i;
                cols[p] = j;
            }
        }
        return new NDArray[] {Internals.wrap(DType.INT64, rows, new int[] {p}), Internals.wrap(DType.INT64, cols, new int[] {p})};
    }

    private static long rowCount(int i, int k, int m, boolean lower) {
        long lim = Math.max(0, Math.min((long) m, (long) i + k + (lower ? 1 : 0)));
        return lower ? lim : m - lim;
    }

    /** {@code np.tril_indices_from(arr, k)} / {@code np.triu_indices_from}. */
    public static NDArray[] triIndicesFrom(NDArray arr, int k, boolean lower) {
        if (arr.ndim() != 2) {
            throw new ValueError("input array must be 2-d");
        }
        int[] s = arr.shape();
        return triIndices(s[0], k, s[1], lower);
    }
}
