package org.numpyjvm.api.internal.creation;

import org.numpyjvm.api.DType;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.TypeError;
import org.numpyjvm.api.ValueError;
import org.numpyjvm.api.internal.core.Buffers;
import org.numpyjvm.api.internal.core.Elements;
import org.numpyjvm.api.internal.core.Internals;

/**
 * Building matrices: {@code np.eye}, {@code identity}, {@code tri}, {@code tril}, {@code triu},
 * {@code diag}, {@code diagflat}, {@code vander}. As in NumPy, {@code tril}/{@code triu} take
 * arrays of any ndim (the last two axes; a 1-d input broadcasts to a square), keep the dtype and
 * return C-ordered copies; {@code diag} of a 2-d array is NumPy's read-only diagonal view.
 */
public final class Matrices {
    private Matrices() {
    }

    /** {@code np.eye(N, M, k, dtype, order)}; M null means N. */
    public static NDArray eye(int n, Integer m, int k, DType dtype, char order) {
        int cols = m == null ? n : m;
        NDArray out = Filled.zeros(new int[] {n, cols}, dtype, order);
        if (k >= cols || -k >= n) {
            return out;
        }
        Object one = Buffers.allocate(dtype, new int[] {1});
        Elements.setLong(dtype, one, 0, 1);
        Object data = Internals.data(out);
        int[] st = Internals.strides(out);
        for (int i = Math.max(0, -k); i < n && i + k < cols; i++) {
            Elements.copySame(dtype, one, 0, data, i * st[0] + (i + k) * st[1]);
        }
        return out;
    }

    /** {@code np.tri(N, M, k, dtype)}: ones at and below the k-th diagonal. */
    public static NDArray tri(int n, Integer m, int k, DType dtype) {
        if (dtype.isString()) {
            return tri(n, m, k, DType.BOOL).astype(dtype); // NumPy casts the boolean mask: 'True' → 'Tru'
        }
        int cols = Math.max(0, m == null ? n : m); // NumPy builds it from aranges: negative sizes are empty
        n = Math.max(0, n);
        NDArray out = Filled.zeros(new int[] {n, cols}, dtype, 'C');
        Object one = Buffers.allocate(dtype, new int[] {1});
        Elements.setLong(dtype, one, 0, 1);
        Object data = Internals.data(out);
        int w = dtype.slots();
        for (int i = 0; i < n; i++) {
            int upto = (int) Math.min(cols, Math.max(0L, (long) i + k + 1));
            for (int j = 0; j < upto; j++) {
                Elements.copySame(dtype, one, 0, data, (i * cols + j) * w);
            }
        }
        return out;
    }

    /** {@code np.tril(m, k)}: zeros above the k-th diagonal of the last two axes. */
    public static NDArray tril(Object m, int k) {
        return triangle(m, k, true);
    }

    /** {@code np.triu(m, k)}: zeros below the k-th diagonal of the last two axes. */
    public static NDArray triu(Object m, int k) {
        return triangle(m, k, false);
    }

    private static NDArray triangle(Object m, int k, boolean lower) {
        NDArray a = FromObject.asarray(m, null);
        if (a.ndim() == 0) {
            throw new TypeError("tri() missing 1 required positional argument: 'N'");
        }
        int[] shape = a.shape();
        if (a.ndim() == 1) {
            shape = new int[] {shape[0], shape[0]};
        }
        DType dt = a.dtype().isNative() ? a.dtype() : a.dtype().withByteOrder('=');
        NDArray out = FromObject.castCopy(a.broadcastTo(shape), dt);
        int rows = shape[shape.length - 2];
        int cols = shape[shape.length - 1];
        Object data = Internals.data(out);
        Object zero = Buffers.allocate(dt, new int[] {1});
        int w = dt.slots();
        int batches = rows * cols == 0 ? 0 : out.size() / (rows * cols);
        for (int b = 0; b < batches; b++) {
            int base = b * rows * cols;
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                    boolean keep = lower ? (long) j <= (long) i + k : (long) j >= (long) i + k;
                    if (!keep) {
                        Elements.copySame(dt, zero, 0, data, (base + i * cols + j) * w);
                    }
                }
            }
        }
        return out;
    }

    /** {@code np.diag(v, k)}: 1-d → a 2-d array with v on the k-th diagonal; 2-d → its diagonal (a view). */
    public static NDArray diag(Object v, int k) {
        NDArray a = FromObject.asarray(v, null);
        if (a.ndim() == 1) {
            return onDiagonal(a, k);
        }
        if (a.ndim() == 2) {
            return a.diagonal(k, 0, 1);
        }
        throw new ValueError("Input must be 1- or 2-d.");
    }

    /** {@code np.diagflat(v, k)}: the flattened input on the k-th diagonal. */
    public static NDArray diagflat(Object v, int k) {
        return onDiagonal(FromObject.asarray(v, null).ravel(), k);
    }

    private static NDArray onDiagonal(NDArray a, int k) {
        int n = a.size() + Math.abs(k);
        DType dt = a.dtype().isNative() ? a.dtype() : a.dtype().withByteOrder('=');
        NDArray out = Filled.zeros(new int[] {n, n}, dt, 'C');
        NDArray src = a.dtype().equals(dt) && a.isCContiguous() ? a : FromObject.castCopy(a, dt);
        Object sd = Internals.data(src);
        int so = Internals.offset(src);
        Object data = Internals.data(out);
        int w = dt.slots();
        int r0 = k >= 0 ? 0 : -k;
        int c0 = k >= 0 ? k : 0;
        for (int i = 0; i < a.size(); i++) {
            Elements.copySame(dt, sd, so + i * w, data, ((r0 + i) * n + c0 + i) * w);
        }
        return out;
    }

    /** {@code np.vander(x, N, increasing)}: columns are powers of x (decreasing unless increasing); N null = len(x). */
    public static NDArray vander(Object x, Integer n, boolean increasing) {
        NDArray a = FromObject.asarray(x, null);
        if (a.ndim() != 1) {
            throw new ValueError("x must be a one-dimensional array or sequence.");
        }
        int rows = a.len();
        int cols = n == null ? rows : n;
        DType dt = Promote.types(a.dtype(), DType.INT64);
        NDArray out = Filled.zeros(new int[] {rows, cols}, dt, 'C');
        NDArray xs = FromObject.castCopy(a, dt);
        Object xd = Internals.data(xs);
        Object data = Internals.data(out);
        for (int i = 0; i < rows; i++) {
            for (int p = 0; p < cols; p++) {
                int j = increasing ? p : cols - 1 - p;
                int slot = i * cols + j;
                if (p == 0) {
                    Elements.setLong(dt, data, slot * dt.slots(), 1);
                } else if (p == 1) {
                    Elements.copySame(dt, xd, i * dt.slots(), data, slot * dt.slots());
                } else {
                    int prev = i * cols + (increasing ? j - 1 : j + 1);
                    multiply(dt, data, prev, xd, i, slot);
                }
            }
        }
        return out;
    }

    /** data[dst] = data[prev] * x[xi] in the dtype's arithmetic (element indices). */
    private static void multiply(DType dt, Object data, int prev, Object xd, int xi, int dst) {
        switch (dt.code()) {
            case INT64:
            case UINT64:
                ((long[]) data)[dst] = ((long[]) data)[prev] * ((long[]) xd)[xi];
                return;
            case FLOAT64:
                ((double[]) data)[dst] = ((double[]) data)[prev] * ((double[]) xd)[xi];
                return;
            case COMPLEX128: {
                double[] d = (double[]) data;
                double[] x = (double[]) xd;
                double ar = d[2 * prev];
                double ai = d[2 * prev + 1];
                double br = x[2 * xi];
                double bi = x[2 * xi + 1];
                d[2 * dst] = ar * br - ai * bi;
                d[2 * dst + 1] = ar * bi + ai * br;
                return;
            }
            default:
                throw new TypeError("vander: unsupported dtype " + dt.name());
        }
    }
}
