package org.numpyjvm.api.internal.manipulation;

import org.numpyjvm.api.DType;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.ValueError;
import org.numpyjvm.api.internal.core.Internals;
import org.numpyjvm.api.internal.core.Shapes;
import org.numpyjvm.api.internal.loops.Assign;

/**
 * Repeating data: tile, repeat, resize. Each result is new (C-ordered) storage; tile is one
 * broadcast {@link Assign#copyInto}, repeat and resize move contiguous blocks with
 * {@link System#arraycopy} (which works on every storage array type).
 */
public final class Tiling {
    private Tiling() {
    }

    /** {@code np.tile(A, reps)}. */
    public static NDArray tile(NDArray a, int[] reps) {
        int d = Math.max(reps.length, a.ndim());
        int[] t = new int[d];
        java.util.Arrays.fill(t, 1);
        System.arraycopy(reps, 0, t, d - reps.length, reps.length);
        int[] s = new int[d];
        java.util.Arrays.fill(s, 1);
        int[] ash = a.shape();
        System.arraycopy(ash, 0, s, d - ash.length, ash.length);
        int[] st = new int[d];
        int[] ast = Internals.strides(a);
        System.arraycopy(ast, 0, st, d - ast.length, ast.length);
        int[] outShape = new int[d];
        boolean allOnes = true;
        for (int i = 0; i < d; i++) {
            if (t[i] < 0) {
                throw new ValueError("negative dimensions are not allowed");
            }
            long n = (long) s[i] * t[i];
            if (n > Integer.MAX_VALUE) {
                throw new ValueError("array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.");
            }
            outShape[i] = (int) n;
            allOnes &= t[i] == 1;
        }
        if (allOnes) {
            // np.array(A, copy=True, ndmin=d): a 'K'-order copy, ones prepended to the shape
            NDArray c = Views.allocate(a.dtype(), a.shape(), Views.strideOrder(a));
            Assign.copyInto(c, a);
            return Dims.expandDims(c, leading(d - a.ndim()));
        }
        NDArray out = Internals.allocate(a.dtype(), outShape);
        if (out.size() == 0) {
            return out;
        }
        // out viewed as (t0, s0, t1, s1, ...); the source as (1, s0, 1, s1, ...) broadcast over it
        int[] ost = Internals.strides(out);
        int[] vShape = new int[2 * d];
        int[] vStr = new int[2 * d];
        int[] sShape = new int[2 * d];
        int[] sStr = new int[2 * d];
        for (int i = 0; i < d; i++) {
            vShape[2 * i] = t[i];
            vStr[2 * i] = s[i] * ost[i];
            vShape[2 * i + 1] = s[i];
            vStr[2 * i + 1] = ost[i];
            sShape[2 * i] = 1;
            sStr[2 * i] = 0;
            sShape[2 * i + 1] = s[i];
            sStr[2 * i + 1] = st[i];
        }
        Assign.copyInto(Views.view(out, vShape, vStr, 0), Views.view(a, sShape, sStr, Internals.offset(a)));
        return out;
    }

    /** {@code np.repeat(a, repeats, axis)}: repeats is one count or one per element along axis; null axis flattens. */
    public static NDArray repeat(NDArray a, long[] repeats, Integer axis) {
        NDArray src = a;
        int ax;
        if (axis == null) {
            src = a.reshape(-1);
            ax = 0;
        } else {
            if (src.ndim() == 0) {
                src = src.reshape(1);
            }
            ax = Shapes.normalizeAxis(axis, src.ndim());
        }
        int[] shape = src.shape();
        int n = shape[ax];
        long[] counts;
        if (repeats.length == 1) {
            if (repeats[0] < 0) {
                throw new ValueError("negative dimensions are not allowed");
            }
            counts = new long[n];
            java.util.Arrays.fill(counts, repeats[0]);
        } else {
            if (repeats.length != n) {
                throw new ValueError("operands could not be broadcast together with shape (" + n + ",) ("
                        + repeats.length + ",)");
            }
            counts = repeats;
            for (long c : counts) {
                if (c < 0) {
                    throw new ValueError("repeats may not contain negative values.");
                }
            }
        }
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        if (total > Integer.MAX_VALUE) {
            throw new org.numpyjvm.api.MemoryError("Unable to allocate array with " + total + " elements along axis " + ax);
        }
        int[] outShape = shape.clone();
        outShape[ax] = (int) total;
        NDArray out = Internals.allocate(a.dtype(), outShape);
        if (out.size() == 0) {
            return out;
        }
        boolean uniform = true;
        for (long c : counts) {
            uniform &= c == counts[0];
        }
        if (uniform && counts[0] * 16 <= src.size()) {
            // one bulk strided copy per repetition (few repetitions of much data): out viewed with
            // the axis stride scaled by the count
            int r = (int) counts[0];
            int[] st = Internals.strides(out).clone();
            int axStride = st[ax];
            st[ax] = axStride * r;
            for (int j = 0; j < r; j++) {
                Assign.copyInto(Views.view(out, shape.clone(), st.clone(), j * axStride), src);
            }
            return out;
        }
        NDArray c = Views.contiguous(src);
        int w = a.dtype().slots();
        int outer = Views.prod(shape, 0, ax);
        int block = Views.prod(shape, ax + 1, shape.length) * w;
        Object sd = Internals.data(c);
        Object dd = Internals.data(out);
        int sp = Internals.offset(c);
        int dp = 0;
        for (int o = 0; o < outer; o++) {
            for (int i = 0; i < n; i++, sp += block) {
                // the repeats of one slab are adjacent in out: copy it once, then double the copied run
                int run = (int) counts[i] * block;
                if (run == 0) {
                    continue;
                }
                System.arraycopy(sd, sp, dd, dp, block);
                for (int filled = block; filled < run;) {
                    int len = Math.min(filled, run - filled);
                    System.arraycopy(dd, dp, dd, dp + filled, len);
                    filled += len;
                }
                dp += run;
            }
        }
        return out;
    }

    /** {@code np.resize(a, new_shape)}: the flattened data repeated (or cut) to fill the new shape. */
    public static NDArray resize(NDArray a, int[] newShape) {
        long size = 1;
        for (int d : newShape) {
            size *= d;
            if (d < 0) {
                throw new ValueError("all elements of `new_shape` must be non-negative");
            }
        }
        NDArray out = Internals.allocate(a.dtype(), newShape);
        int n = a.size();
        if (n == 0 || size == 0) {
            return out;
        }
        NDArray c = Views.contiguous(a);
        int w = a.dtype().slots();
        Object sd = Internals.data(c);
        Object dd = Internals.data(out);
        int total = (int) size * w;
        int chunk = n * w;
        for (int p = 0; p < total; p += chunk) {
            System.arraycopy(sd, Internals.offset(c), dd, p, Math.min(chunk, total - p));
        }
        return out;
    }

    /** Repeat counts from a Number, {@code int[]}, {@code long[]}, List or integer NDArray. */
    public static long[] counts(Object repeats) {
        if (repeats instanceof Integer || repeats instanceof Long || repeats instanceof Short || repeats instanceof Byte) {
            return new long[] {((Number) repeats).longValue()};
        }
        NDArray r = org.numpyjvm.api.internal.creation.FromObject.asarray(repeats, null);
        if (r.dtype().isFloat()) {
            r = r.astype(DType.INT64);
        }
        if (!r.dtype().isInteger() && !r.dtype().isBool()) {
            throw new org.numpyjvm.api.TypeError("Cannot cast array data from dtype('" + r.dtype().name()
                    + "') to dtype('int64') according to the rule 'safe'");
        }
        if (r.ndim() > 1) {
            throw new ValueError("setting an array element with a sequence. The requested array would exceed the maximum"
                    + " number of dimension of 1.");
        }
        return r.toLongArray();
    }

    private static int[] leading(int k) {
        int[] ax = new int[k];
        for (int i = 0; i < k; i++) {
            ax[i] = i;
        }
        return ax;
    }
}
