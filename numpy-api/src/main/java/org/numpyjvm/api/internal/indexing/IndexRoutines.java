package org.numpyjvm.api.internal.indexing;

import java.util.ArrayList;
import java.util.List;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.IndexError;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.Np;
import org.numpyjvm.api.Slice;
import org.numpyjvm.api.ValueError;
import org.numpyjvm.api.internal.core.Internals;
import org.numpyjvm.api.internal.core.Shapes;

/**
 * NumPy's indexing routines that take or put along flat positions or an axis: {@code take},
 * {@code put}, {@code take_along_axis}, {@code put_along_axis}, {@code putmask}, {@code place},
 * {@code compress}, {@code extract}, {@code fill_diagonal}. They reuse the index plan and the
 * generated gather/scatter loops of {@code a[...]}.
 */
public final class IndexRoutines {
    private IndexRoutines() {
    }

    static final int RAISE = 0;
    static final int WRAP = 1;
    static final int CLIP = 2;

    /** NumPy's clipmode argument. */
    static int mode(String mode) {
        if (mode == null || mode.equals("raise")) {
            return RAISE;
        }
        if (mode.equals("wrap")) {
            return WRAP;
        }
        if (mode.equals("clip")) {
            return CLIP;
        }
        throw new ValueError("clipmode must be one of 'clip', 'raise', or 'wrap' (got '" + mode + "')");
    }

    /** Index values as int64 (NumPy casts take's indices to intp unsafely), C order. */
    static long[] indexValues(NDArray idx) {
        return idx.toLongArray();
    }

    /** Python's {@code i % n} for n &gt; 0 (mode 'wrap'). */
    static long wrap(long i, long n) {
        long r = i % n;
        return r < 0 ? r + n : r;
    }

    /** Maps indices into [0, len) for wrap/clip (raise: unchanged, checked later). */
    static long[] applyMode(long[] v, int len, int mode) {
        if (mode == RAISE) {
            return v;
        }
        long[] out = new long[v.length];
        for (int k = 0; k < v.length; k++) {
            long i = v[k];
            if (mode == WRAP) {
                out[k] = wrap(i, len);
            } else {
                out[k] = i < 0 ? 0 : i >= len ? len - 1 : i;
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ take / put

    /** {@code np.take(a, indices, axis=None|axis, mode=mode)}. */
    public static NDArray take(Object a, Object indices, Integer axis, String mode) {
        int m = mode(mode);
        NDArray arr = Np.asarray(a);
        NDArray idx = Np.asarray(indices);
        if (axis == null) {
            arr = arr.ravel();
        }
        int ax = Shapes.normalizeAxis(axis == null ? 0 : axis, arr.ndim());
        int len = arr.shape()[ax];
        if (m != RAISE || !idx.dtype().isInteger()) {
            if (m != RAISE && len == 0 && idx.size() > 0) {
                throw new IndexError("cannot do a non-empty take from an empty axes.");
            }
            long[] v = applyMode(indexValues(idx), len, m);
            idx = Internals.wrap(DType.INT64, v, idx.shape());
        }
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < ax; i++) {
            items.add(Slice.all());
        }
        items.add(idx);
        return Indexing.get(arr, items);
    }

    /** {@code np.put(a, ind, v, mode=mode)}: a.flat[ind] = v, v repeated as needed. */
    public static void put(NDArray a, Object ind, Object v, String mode) {
        int m = mode(mode);
        checkWriteable(a, "put: output array is read-only");
        NDArray idx = Np.asarray(ind);
        int n = a.size();
        if (n == 0 && idx.size() > 0) {
            throw new IndexError("cannot replace elements of an empty array");
        }
        NDArray vals = flatValues(v, a);
        if (vals.size() == 0 || idx.size() == 0) {
            return;
        }
        long[] iv = applyMode(indexValues(idx), n, m);
        int[] flat = new int[iv.length];
        for (int k = 0; k < iv.length; k++) {
            long i = iv[k];
            if (i < -n || i >= n) {
                throw AdvancedIndexing.outOfBounds(i, 0, n);
            }
            flat[k] = (int) (i < 0 ? i + n : i);
        }
        storeFlat(a, flat, vals);
    }

    /** Writes vals[k % len(vals)] at the flat (C order) position pos[k] of a. */
    static void storeFlat(NDArray a, int[] pos, NDArray vals) {
        int w = a.dtype().slots();
        int nv = vals.size();
        int[] table = Masks.flatSlots(a);
        int off = Internals.offset(a);
        int[] dst = new int[pos.length];
        int[] src = new int[pos.length];
        int voff = Internals.offset(vals);
        for (int k = 0; k < pos.length; k++) {
            dst[k] = table == null ? off + pos[k] * w : table[pos[k]];
            src[k] = voff + (k % nv) * w;
        }
        GatherLoops.copyPairs(Internals.data(vals), src, Internals.data(a), dst, pos.length, w);
    }

    /** v converted to a's dtype, flattened, C-contiguous, not sharing a's storage. */
    static NDArray flatValues(Object v, NDArray a) {
        NDArray vals = Values.toArray(v, a.dtype());
        return AdvancedIndexing.contiguous(vals, a.dtype(), a).reshape(-1);
    }

    /** NumPy's read-only refusal (each routine has its own message). */
    static void checkWriteable(NDArray a, String message) {
        if (!a.isWriteable()) {
            throw new ValueError(message);
        }
    }

    // ------------------------------------------------------------------ along an axis

    /** {@code np.take_along_axis(arr, indices, axis)}; axis null is NumPy's None (flattened). */
    public static NDArray takeAlongAxis(NDArray arr, Object indices, Integer axis) {
        NDArray idx = Np.asarray(indices);
        if (axis == null) {
            if (idx.ndim() != 1) {
                throw new ValueError("when axis=None, `indices` must have a single dimension.");
            }
            arr = arr.ravel();
        }
        return Indexing.get(arr, alongAxisIndex(arr, idx, axis == null ? 0 : axis));
    }

    /** {@code np.put_along_axis(arr, indices, values, axis)} (in place). */
    public static void putAlongAxis(NDArray arr, Object indices, Object values, Integer axis) {
        checkWriteable(arr, "assignment destination is read-only");
        NDArray idx = Np.asarray(indices);
        NDArray target = arr;
        if (axis == null) {
            if (idx.ndim() != 1) {
                throw new ValueError("when axis=None, `indices` must have a single dimension.");
            }
            target = arr.ravel();
            if (Internals.data(target) != Internals.data(arr)) {
                throw new ValueError("assignment destination is read-only"); // NumPy: ravel() copied, read-only
            }
        }
        Indexing.set(target, alongAxisIndex(target, idx, axis == null ? 0 : axis), values);
    }

    /** NumPy's {@code _make_along_axis_idx}: aranges broadcast against the indices on the other axes. */
    private static List<Object> alongAxisIndex(NDArray arr, NDArray idx, int axis) {
        if (!idx.dtype().isInteger()) {
            throw new IndexError("`indices` must be an integer array");
        }
        int nd = arr.ndim();
        if (idx.ndim() != nd) {
            throw new ValueError("`indices` and `arr` must have the same number of dimensions");
        }
        int ax = Shapes.normalizeAxis(axis, nd);
        int[] shape = arr.shape();
        List<Object> items = new ArrayList<>();
        for (int d = 0; d < nd; d++) {
            if (d == ax) {
                items.add(idx);
            } else {
                int[] s = new int[nd];
                java.util.Arrays.fill(s, 1);
                s[d] = shape[d];
                items.add(Np.arange(shape[d]).reshape(s));
            }
        }
        return items;
    }

    // ------------------------------------------------------------------ masks

    /** {@code np.putmask(a, mask, values)}: a.flat[i] = values[i % len(values)] where mask.flat[i]. */
    public static void putmask(NDArray a, Object mask, Object values) {
        checkWriteable(a, "putmask: output array is read-only");
        NDArray mk = Masks.bools(Np.asarray(mask));
        if (mk.size() != a.size()) {
            throw new ValueError("putmask: mask and data must be the same size");
        }
        NDArray vals = flatValues(values, a);
        if (vals.size() == 0) {
            return;
        }
        int[] pos = Masks.truePositions(mk);
        int w = a.dtype().slots();
        int nv = vals.size();
        int[] table = Masks.flatSlots(a);
        int off = Internals.offset(a);
        int voff = Internals.offset(vals);
        int[] dst = new int[pos.length];
        int[] src = new int[pos.length];
        for (int k = 0; k < pos.length; k++) {
            dst[k] = table == null ? off + pos[k] * w : table[pos[k]];
            src[k] = voff + (pos[k] % nv) * w;
        }
        GatherLoops.copyPairs(Internals.data(vals), src, Internals.data(a), dst, pos.length, w);
    }

    /** {@code np.place(arr, mask, vals)}: the true positions get vals in turn, repeated. */
    public static void place(NDArray arr, Object mask, Object vals) {
        checkWriteable(arr, "WRITEBACKIFCOPY base is read-only"); // sic: NumPy's text
        NDArray mk = Masks.bools(Np.asarray(mask));
        if (mk.size() != arr.size()) {
            throw new ValueError("place: mask and data must be the same size");
        }
        NDArray v = flatValues(vals, arr);
        int[] pos = Masks.truePositions(mk);
        if (pos.length == 0) {
            return;
        }
        if (v.size() == 0) {
            throw new ValueError("Cannot insert from an empty array!");
        }
        storeFlat(arr, pos, v);
    }

    /** {@code np.compress(condition, a, axis)}; axis null flattens. */
    public static NDArray compress(Object condition, Object a, Integer axis) {
        NDArray c = Np.asarray(condition);
        if (c.ndim() != 1) {
            throw new ValueError("condition must be a 1-d array");
        }
        return take(a, Masks.nonzero(c)[0], axis, "raise");
    }

    /** {@code np.extract(condition, arr)}. */
    public static NDArray extract(Object condition, Object arr) {
        NDArray c = Np.asarray(condition).ravel();
        return take(Np.asarray(arr).ravel(), Masks.nonzero(c)[0], null, "raise");
    }

    // ------------------------------------------------------------------ diagonals

    /** {@code np.diag_indices(n, ndim)}: the same arange(n) ndim times. */
    public static NDArray[] diagIndices(int n, int ndim) {
        NDArray idx = Np.arange(n);
        NDArray[] out = new NDArray[ndim];
        java.util.Arrays.fill(out, idx);
        return out;
    }

    /** {@code np.diag_indices_from(arr)}. */
    public static NDArray[] diagIndicesFrom(NDArray arr) {
        if (arr.ndim() < 2) {
            throw new ValueError("input array must be at least 2-d");
        }
        checkEqualDims(arr.shape(), "All dimensions of input must be of equal length");
        return diagIndices(arr.shape()[0], arr.ndim());
    }

    private static void checkEqualDims(int[] s, String msg) {
        for (int d : s) {
            if (d != s[0]) {
                throw new ValueError(msg);
            }
        }
    }

    /** {@code np.fill_diagonal(a, val, wrap)} (in place; val repeated along the diagonal). */
    public static void fillDiagonal(NDArray a, Object val, boolean wrap) {
        if (a.ndim() < 2) {
            throw new ValueError("array must be at least 2-d");
        }
        int[] s = a.shape();
        long end;
        long step;
        if (a.ndim() == 2) {
            step = (long) s[1] + 1;
            end = wrap ? a.size() : (long) s[1] * s[1];
        } else {
            checkEqualDims(s, "All dimensions of input must be of equal length");
            step = 1;
            long acc = 1;
            for (int i = 0; i < s.length - 1; i++) {
                acc *= s[i];
                step += acc;
            }
            end = a.size();
        }
        checkWriteable(a, "underlying array is read-only");
        end = Math.min(end, a.size());
        int count = end <= 0 ? 0 : (int) ((end - 1) / step + 1);
        int[] pos = new int[count];
        for (int k = 0; k < count; k++) {
            pos[k] = (int) (k * step);
        }
        NDArray v = flatValues(val, a);
        if (v.size() == 0 || count == 0) {
            return;
        }
        storeFlat(a, pos, v);
    }
}
