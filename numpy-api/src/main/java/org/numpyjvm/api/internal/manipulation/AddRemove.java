package org.numpyjvm.api.internal.manipulation;

import org.numpyjvm.api.DType;
import org.numpyjvm.api.IndexError;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.Slice;
import org.numpyjvm.api.TypeError;
import org.numpyjvm.api.ValueError;
import org.numpyjvm.api.internal.core.Internals;
import org.numpyjvm.api.internal.core.Shapes;
import org.numpyjvm.api.internal.creation.FromObject;
import org.numpyjvm.api.internal.loops.Assign;

/**
 * Adding and removing elements: append, insert, delete (new arrays, C-ordered, filled by block
 * copies of contiguous runs along the axis).
 *
 * <p>{@code obj} (insert/delete) accepts what NumPy does, as Java values: an Integer/Long (one
 * index), a {@link Slice}, an {@code int[]}/{@code long[]}/List/integer NDArray (several
 * indices), a {@code boolean[]}/boolean NDArray (a mask).
 */
public final class AddRemove {
    private AddRemove() {
    }

    /** {@code np.append(arr, values, axis)}; null axis flattens both. */
    public static NDArray append(NDArray arr, Object values, Integer axis) {
        NDArray v = FromObject.asarray(values, null);
        if (axis == null) {
            return Joining.concatenate(new NDArray[] {arr.ndim() != 1 ? arr.reshape(-1) : arr, v.reshape(-1)}, 0);
        }
        return Joining.concatenate(new NDArray[] {arr, v}, axis);
    }

    /** Indices given as obj, after NumPy's conversions. */
    private static final class Obj {
        Long single;
        NDArray array;
        Slice slice;
    }

    private static Obj parse(Object obj, boolean forInsert) {
        Obj o = new Obj();
        if (obj instanceof Slice) {
            o.slice = (Slice) obj;
            return o;
        }
        if (obj instanceof Integer || obj instanceof Long || obj instanceof Short || obj instanceof Byte) {
            o.single = ((Number) obj).longValue();
            return o;
        }
        if (obj instanceof Double || obj instanceof Float) {
            if (forInsert) {
                throw new TypeError("slice indices must be integers or None or have an __index__ method");
            }
            throw new IndexError("arrays used as indices must be of integer (or boolean) type");
        }
        NDArray a = FromObject.asarray(obj, null);
        if (a.size() == 0 && !(obj instanceof NDArray)) {
            a = a.astype(DType.INT64);
        }
        if (!a.dtype().isBool() && !a.dtype().isInteger()) {
            throw new IndexError("arrays used as indices must be of integer (or boolean) type");
        }
        o.array = a;
        return o;
    }

    private static long[] longs(NDArray a) {
        return a.toLongArray();
    }

    /** {@code np.delete(arr, obj, axis)}; null axis flattens. */
    public static NDArray delete(NDArray arr, Object obj, Integer axis) {
        int ax;
        if (axis == null) {
            if (arr.ndim() != 1) {
                arr = arr.reshape(-1);
            }
            ax = 0;
        } else {
            ax = Shapes.normalizeAxis(axis, arr.ndim());
        }
        int n = arr.shape()[ax];
        Obj o = parse(obj, false);
        boolean[] keep = new boolean[n];
        java.util.Arrays.fill(keep, true);
        if (o.slice != null) {
            int[] ix = o.slice.indices(n);
            for (int k = 0, i = ix[0]; k < ix[3]; k++, i += ix[2]) {
                keep[i] = false;
            }
        } else if (o.array != null && o.array.dtype().isBool()) {
            NDArray m = o.array;
            if (m.ndim() != 1 || m.shape()[0] != n) {
                throw new ValueError("boolean array argument obj to delete must be one dimensional and match the axis length of " + n);
            }
            long[] mv = longs(m);
            for (int i = 0; i < n; i++) {
                keep[i] = mv[i] == 0;
            }
        } else {
            long[] idx = o.single != null ? new long[] {o.single} : longs(o.array);
            for (long v : idx) {
                if (v < -n || v >= n) {
                    throw new IndexError("index " + v + " is out of bounds for axis " + ax + " with size " + n);
                }
                keep[(int) (v < 0 ? v + n : v)] = false;
            }
        }
        int count = 0;
        for (boolean k : keep) {
            count += k ? 1 : 0;
        }
        int[] shape = arr.shape();
        shape[ax] = count;
        boolean fancy = o.array != null && !(o.array.size() == 1 && o.array.dtype().isInteger());
        NDArray out;
        if (fancy) {
            // arr[..., keep, ...] (advanced indexing): the indexed axis outermost, the rest in arr's 'K' order
            int[] k = Views.strideOrder(arr);
            int[] order = new int[k.length];
            order[0] = ax;
            for (int i = 0, j = 1; i < k.length; i++) {
                if (k[i] != ax) {
                    order[j++] = k[i];
                }
            }
            out = Views.allocate(arr.dtype(), shape, order);
        } else {
            out = Views.allocateLike(arr.dtype(), shape, arr);
        }
        int[] srcIdx = new int[count];
        int[] dstIdx = new int[count];
        for (int i = 0, k = 0; i < n; i++) {
            if (keep[i]) {
                srcIdx[k] = i;
                dstIdx[k] = k++;
            }
        }
        AxisCopy.copy(out, arr, ax, dstIdx, srcIdx, count);
        return out;
    }

    /** {@code np.insert(arr, obj, values, axis)}; null axis flattens. */
    public static NDArray insert(NDArray arr, Object obj, Object values, Integer axis) {
        int ax;
        if (axis == null) {
            if (arr.ndim() != 1) {
                arr = arr.reshape(-1);
            }
            ax = 0;
        } else {
            ax = Shapes.normalizeAxis(axis, arr.ndim());
        }
        int n = arr.shape()[ax];
        Obj o = parse(obj, true);
        long[] idx;
        boolean scalarIndex = o.single != null;
        if (o.slice != null) {
            int[] ix = o.slice.indices(n);
            idx = new long[ix[3]];
            for (int k = 0, i = ix[0]; k < ix[3]; k++, i += ix[2]) {
                idx[k] = i;
            }
        } else if (o.single != null) {
            idx = new long[] {o.single};
        } else if (o.array.dtype().isBool()) {
            if (o.array.ndim() != 1) {
                throw new ValueError("boolean array argument obj to insert must be one dimensional");
            }
            long[] m = longs(o.array);
            int c = 0;
            for (long v : m) {
                c += v != 0 ? 1 : 0;
            }
            idx = new long[c];
            for (int i = 0, k = 0; i < m.length; i++) {
                if (m[i] != 0) {
                    idx[k++] = i;
                }
            }
        } else {
            if (o.array.ndim() > 1) {
                throw new ValueError("index array argument obj to insert must be one dimensional or scalar");
            }
            scalarIndex = o.array.ndim() == 0;
            idx = longs(o.array);
        }
        int[] shape = arr.shape();
        if (idx.length == 1) {
            long index = idx[0];
            if (index < -n || index > n) {
                throw new IndexError("index " + objRepr(obj) + " is out of bounds for axis " + ax + " with size " + n);
            }
            int at = (int) (index < 0 ? index + n : index);
            NDArray v = values instanceof NDArray ? Views.cast((NDArray) values, arr.dtype()) : FromObject.array(values, arr.dtype());
            if (v.ndim() < arr.ndim()) {
                int[] vs = new int[arr.ndim()];
                java.util.Arrays.fill(vs, 1);
                int[] old = v.shape();
                System.arraycopy(old, 0, vs, vs.length - old.length, old.length);
                v = v.reshape(vs);
            }
            if (scalarIndex && v.ndim() > 0) {
                v = v.moveaxis(0, ax);
            }
            int numnew = v.ndim() == 0 ? 1 : v.shape()[ax];
            int[] slot = shape.clone();
            slot[ax] = numnew;
            if (Shapes.broadcastStrides(v.shape(), Internals.strides(v), slot) == null) {
                // NumPy's setitem text (Assign's message puts spaces in the shapes)
                throw new ValueError("could not broadcast input array from shape " + Shapes.tupleString(v.shape()).replace(" ", "")
                        + " into shape " + Shapes.tupleString(slot).replace(" ", ""));
            }
            shape[ax] += numnew;
            NDArray out = Views.allocateLike(arr.dtype(), shape, arr);
            Assign.copyInto(Views.slice(out, ax, 0, at), Views.slice(arr, ax, 0, at));
            Assign.copyInto(Views.slice(out, ax, at, at + numnew), v);
            Assign.copyInto(Views.slice(out, ax, at + numnew, n + numnew), Views.slice(arr, ax, at, n));
            return out;
        }
        int numnew = idx.length;
        int newN = n + numnew;
        // indices[indices < 0] += N; stable order; indices[order] += arange(numnew)
        long[] pos = new long[numnew];
        int[] order = new int[numnew];
        for (int i = 0; i < numnew; i++) {
            pos[i] = idx[i] < 0 ? idx[i] + n : idx[i];
        }
        stableRank(pos, order);
        boolean[] old = new boolean[newN];
        java.util.Arrays.fill(old, true);
        for (int i = 0; i < numnew; i++) {
            if (pos[i] < -newN || pos[i] >= newN) {
                throw new IndexError("index " + pos[i] + " is out of bounds for axis " + ax + " with size " + newN);
            }
            if (pos[i] < 0) {
                pos[i] += newN;
            }
            old[(int) pos[i]] = false;
        }
        shape[ax] = newN;
        NDArray out = Views.allocateLike(arr.dtype(), shape, arr);
        int[] target = shape.clone();
        target[ax] = numnew;
        NDArray v = FromObject.asarray(values, null);
        if (Shapes.broadcastStrides(v.shape(), Internals.strides(v), target) == null) {
            throw new ValueError("shape mismatch: value array of shape " + Shapes.tupleString(v.shape())
                    + " could not be broadcast to indexing result of shape " + Shapes.tupleString(target));
        }
        v = Views.cast(v, arr.dtype()).broadcastTo(target);
        int[] src = new int[Math.max(numnew, n)];
        int[] dst = new int[Math.max(numnew, n)];
        for (int i = 0; i < numnew; i++) {
            src[i] = i;
            dst[i] = (int) pos[i];
        }
        AxisCopy.copy(out, v, ax, dst, src, numnew);
        for (int i = 0, k = 0; i < newN && k < n; i++) {
            if (old[i]) {
                src[k] = k;
                dst[k++] = i;
            }
        }
        AxisCopy.copy(out, arr, ax, dst, src, Math.min(n, newN - numnew));
        return out;
    }

    /**
     * {@code indices[argsort(indices, kind='stable')] += arange(n)}: each index moves up by the
     * number of indices sorted before it. Sorts (key, position) pairs packed into longs when the
     * keys fit in 32 bits (no boxing), else falls back to a boxed stable sort.
     */
    private static void stableRank(long[] pos, int[] order) {
        int m = pos.length;
        boolean small = true;
        for (long p : pos) {
            small &= p >= Integer.MIN_VALUE && p <= Integer.MAX_VALUE;
        }
        if (small) {
            long[] packed = new long[m];
            for (int i = 0; i < m; i++) {
                packed[i] = (pos[i] << 32) | i;
            }
            java.util.Arrays.sort(packed);
            for (int r = 0; r < m; r++) {
                order[r] = (int) (packed[r] & 0xffffffffL);
            }
        } else {
            Integer[] boxed = new Integer[m];
            for (int i = 0; i < m; i++) {
                boxed[i] = i;
            }
            final long[] key = pos.clone();
            java.util.Arrays.sort(boxed, (p, q) -> Long.compare(key[p], key[q]));
            for (int r = 0; r < m; r++) {
                order[r] = boxed[r];
            }
        }
        for (int r = 0; r < m; r++) {
            pos[order[r]] += r;
        }
    }

    /**
     * {@code np.trim_zeros(filt, trim, axis)}: a view without the leading ('f') and/or trailing
     * ('b') all-zero hyperplanes along the given axes (null: all axes).
     */
    public static NDArray trimZeros(NDArray filt, String trim, int[] axis) {
        StringBuilder lower = new StringBuilder(trim.length());
        for (int i = 0; i < trim.length(); i++) {
            char ch = trim.charAt(i);
            lower.append(ch >= 'A' && ch <= 'Z' ? (char) (ch + 32) : ch);
        }
        String t = lower.toString();
        if (!t.equals("fb") && !t.equals("bf") && !t.equals("f") && !t.equals("b")) {
            throw new ValueError("unexpected character(s) in `trim`: '" + t + "'");
        }
        int nd = filt.ndim();
        boolean[] use = new boolean[nd];
        if (axis == null) {
            java.util.Arrays.fill(use, true);
        } else {
            for (int a0 : axis) {
                if (a0 >= nd || a0 < -nd) {
                    throw new org.numpyjvm.api.AxisError("axis: axis " + a0 + " is out of bounds for array of dimension " + nd);
                }
                int a = a0 < 0 ? a0 + nd : a0;
                if (use[a]) {
                    throw new ValueError("repeated axis in `axis` argument");
                }
                use[a] = true;
            }
        }
        if (axis != null && axis.length == 0 || nd == 0) {
            return filt;
        }
        int[] shape = filt.shape();
        int[] lo = new int[nd];
        int[] hi = new int[nd];
        java.util.Arrays.fill(lo, Integer.MAX_VALUE);
        java.util.Arrays.fill(hi, -1);
        byte[] mask = nonzeroMask(filt);
        int size = mask.length;
        boolean any = false;
        if (nd == 1) {
            int f = 0;
            while (f < size && mask[f] == 0) {
                f++;
            }
            int b = size - 1;
            while (b > f && mask[b] == 0) {
                b--;
            }
            any = f < size;
            lo[0] = f;
            hi[0] = b;
        } else {
            int[] idx = new int[nd];
            for (int f = 0; f < size; f++) {
                if (mask[f] != 0) {
                    any = true;
                    for (int d = 0; d < nd; d++) {
                        lo[d] = Math.min(lo[d], idx[d]);
                        hi[d] = Math.max(hi[d], idx[d]);
                    }
                }
                for (int d = nd - 1; d >= 0; d--) {
                    if (++idx[d] < shape[d]) {
                        break;
                    }
                    idx[d] = 0;
                }
            }
        }
        NDArray out = filt;
        for (int d = 0; d < nd; d++) {
            if (!use[d]) {
                continue;
            }
            int start = !any ? 0 : t.indexOf('f') >= 0 ? lo[d] : 0;
            int stop = !any ? 0 : t.indexOf('b') >= 0 ? hi[d] + 1 : shape[d];
            out = Views.slice(out, d, start, Math.max(start, stop));
        }
        return out;
    }

    /** The truth value of every element in C order, one byte each (a bulk cast to bool, strings by emptiness). */
    private static byte[] nonzeroMask(NDArray a) {
        if (!a.dtype().isString()) {
            return (byte[]) Internals.data(a.astype(DType.BOOL, 'C'));
        }
        NDArray c = Views.contiguous(a);
        Object data = Internals.data(c);
        byte[] m = new byte[c.size()];
        for (int i = 0, p = Internals.offset(c); i < m.length; i++, p++) {
            m[i] = (byte) (org.numpyjvm.api.internal.core.Elements.getBool(c.dtype(), data, p) ? 1 : 0);
        }
        return m;
    }

    private static String objRepr(Object obj) {
        if (obj instanceof int[]) {
            return java.util.Arrays.toString((int[]) obj).replace(" ", "").replace(",", ", ");
        }
        if (obj instanceof long[]) {
            return java.util.Arrays.toString((long[]) obj).replace(" ", "").replace(",", ", ");
        }
        if (obj instanceof java.util.List) {
            return obj.toString();
        }
        return String.valueOf(obj);
    }
}
