package org.numpyjvm.api.internal.ufunc;

import org.numpyjvm.api.DType;
import org.numpyjvm.api.IndexError;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.NotImplementedError;
import org.numpyjvm.api.Np;
import org.numpyjvm.api.TypeError;
import org.numpyjvm.api.ValueError;
import org.numpyjvm.api.internal.core.Elements;
import org.numpyjvm.api.internal.core.Internals;
import org.numpyjvm.api.internal.core.Shapes;
import org.numpyjvm.api.internal.loops.Assign;

/**
 * {@code ufunc.at} and {@code ufunc.reduceat}.
 *
 * <p>{@code at} is unbuffered as NumPy's: the selected elements are updated one after the
 * other in index order, so a repeated index accumulates ({@code add.at(a, [0, 0], 1)} adds 2).
 * Each update is one call of the typed loop on one element (as NumPy's generic {@code at} path).
 * {@code reduceat} reduces each segment {@code [indices[i], indices[i+1])} along the axis with
 * {@link Reductions#reduce} (where {@code indices[i] >= indices[i+1]} the segment is the one
 * element {@code indices[i]}), with {@code reduce}'s loop dtype.
 */
public final class UfuncMethods {
    private UfuncMethods() {
    }

    /**
     * {@code f.at(a, indices, b)} with {@code indices} already resolved to C-order flat positions
     * in {@code a} (any integer array; {@code b} broadcasts to its shape; {@code b} null for a
     * unary ufunc).
     */
    public static void at(UfuncDef f, NDArray a, NDArray flat, Object b) {
        if (f.signature() != null) {
            throw new TypeError(f.name + ".at does not support ufunc with non-trivial signature: " + f.name
                    + " has signature " + f.signature() + ".");
        }
        if (f.nout != 1) {
            throw new ValueError("Only single output ufuncs supported at this time");
        }
        if (f.nin == 1 && b != null) {
            throw new ValueError("second operand provided when ufunc is unary");
        }
        if (f.nin == 2 && b == null) {
            throw new ValueError("second operand needed for ufunc");
        }
        if (f.nin > 2) {
            throw new NotImplementedError("numpy-jvm: " + f.name + ".at with " + f.nin + " inputs is not supported");
        }
        if (!a.isWriteable()) {
            throw new ValueError("output array is read-only");
        }
        NDArray pos = flat.dtype().equals(DType.INT64) ? flat : flat.astype(DType.INT64);
        int n = (int) pos.size();
        // b is an array as NumPy's at makes it (np.asarray: a Python float is float64, not weak)
        Object[] ops = f.nin == 2 ? new Object[] {a, Np.asarray(b)} : new Object[] {a};
        if (f.nin == 2 && (a.dtype().isString() || ((NDArray) ops[1]).dtype().isString())) {
            atStrings(f, a, pos, (NDArray) ops[1]);
            return;
        }
        DType[] loop = TypeResolution.resolve(f, TypeResolution.operandTypes(f, ops), null, "unsafe");
        if (loop[0].isString()) {
            atStrings(f, a, pos, (NDArray) ops[1]);
            return;
        }
        if (f.nin == 2 && !loop[0].equals(loop[1])) {
            throw new NotImplementedError("numpy-jvm: " + f.name + ".at with a mixed " + loop[0].name() + "/"
                    + loop[1].name() + " loop is not supported");
        }
        DType lt = loop[0];
        DType lout = loop[f.nin];
        if (!lout.equals(lt)) {
            throw new NotImplementedError("numpy-jvm: " + f.name + ".at with a " + lt.name() + "->" + lout.name()
                    + " loop is not supported");
        }
        // the operand b as one contiguous run of the loop dtype in the order of the positions
        NDArray bb = null;
        if (f.nin == 2) {
            NDArray b0 = (NDArray) ops[1];
            if (Shapes.broadcastStrides(b0.shape(), Internals.strides(b0), pos.shape()) == null) {
                throw new ValueError("array is not broadcastable to correct shape");
            }
            bb = Internals.allocate(lt, new int[] {n});
            Assign.copyInto(bb.reshape(pos.shape()), b0.dtype().equals(lt) ? b0 : b0.astype(lt));
        }
        long[] p = positions(pos);
        int[] shape = a.shape();
        int[] st = Internals.strides(a);
        int base = Internals.offset(a);
        long size = a.size();
        final DType.Code c = lt.code();
        final Kernels.Binary kb = f.nin == 2 ? Kernels.binary(f, c) : null;
        final Kernels.Unary ku = f.nin == 2 ? null : Kernels.unary(f, c);
        Object bd = bb == null ? null : Internals.data(bb);
        int bo = bb == null ? 0 : Internals.offset(bb);
        int bs = bb != null && n > 1 ? Internals.strides(bb)[0] : 0;
        if (kb == null && ku == null) {
            throw UfuncExec.missing(f, loop);
        }
        int[] slots = new int[n];
        for (int k = 0; k < n; k++) {
            slots[k] = slot(p[k], size, shape, st, base);
        }
        if (n >= 64 && atRounds(f, lt, a, slots, bb)) {
            return;
        }
        if (a.dtype().equals(lt)) {
            final Object td = Internals.data(a);
            for (int k = 0; k < n; k++) {
                int o = slots[k];
                if (kb != null) {
                    kb.run(td, o, 0, bd, bo + k * bs, 0, td, o, 0, 1);
                } else {
                    ku.run(td, o, 0, td, o, 0, 1);
                }
            }
            return;
        }
        // a of another dtype than the loop's: each element is cast to the loop dtype and back
        // (unsafe, as NumPy) one at a time, so repeated indices see the cast values
        NDArray one = Internals.allocate(lt, new int[0]);
        final Object od = Internals.data(one);
        int oo = Internals.offset(one);
        Object ad = Internals.data(a);
        for (int k = 0; k < n; k++) {
            int o = slots[k];
            NDArray el = Internals.create(a.dtype(), ad, new int[0], new int[0], o, a, true);
            Assign.copyInto(one, el);
            if (kb != null) {
                kb.run(od, oo, 0, bd, bo + k * bs, 0, od, oo, 0, 1);
            } else {
                ku.run(od, oo, 0, od, oo, 0, 1);
            }
            Assign.copyInto(el, one);
        }
    }

    /**
     * {@code at} with a string loop (add, the comparisons): one element at a time, in order; each
     * result is cast back into {@code a} (add truncates to a's width, a comparison stores 'True').
     */
    private static void atStrings(UfuncDef f, NDArray a, NDArray pos, NDArray b) {
        if (Shapes.broadcastStrides(b.shape(), Internals.strides(b), pos.shape()) == null) {
            throw new ValueError("array is not broadcastable to correct shape");
        }
        NDArray bb = Np.ascontiguousarray(Np.broadcastTo(b, pos.shape())).reshape(-1);
        long[] p = positions(pos);
        int[] shape = a.shape();
        int[] st = Internals.strides(a);
        int base = Internals.offset(a);
        Object ad = Internals.data(a);
        Object bd = Internals.data(bb);
        int bo = Internals.offset(bb);
        for (int k = 0; k < p.length; k++) {
            int o = slot(p[k], a.size(), shape, st, base);
            NDArray el = Internals.create(a.dtype(), ad, new int[0], new int[0], o, a, true);
            NDArray bk = Internals.create(bb.dtype(), bd, new int[0], new int[0], bo + k, bb, false);
            // into el itself: string multiply needs out=, the others' results are cast into it
            UfuncExec.call(f, new Object[] {el, bk}, el, null, null, "unsafe");
        }
    }

    /**
     * {@code at} in rounds, when the updates are many and an element is rarely updated often:
     * round r holds the r-th update of every element it touches (distinct elements), gathered into
     * a contiguous run, cast to the loop dtype, computed with one loop call, cast back and
     * scattered; rounds run in order, so the result is the sequential one. False (nothing done)
     * when the rounds would be short (few distinct elements, many repeats).
     */
    private static boolean atRounds(UfuncDef f, DType lt, NDArray a, int[] slots, NDArray bb) {
        int n = slots.length;
        long[] key = new long[n];
        for (int k = 0; k < n; k++) {
            key[k] = ((long) slots[k] << 32) | k;
        }
        java.util.Arrays.sort(key);
        int[] rank = new int[n];
        int rounds = 0;
        for (int i = 0; i < n; i++) {
            int r = i > 0 && (key[i] >>> 32) == (key[i - 1] >>> 32) ? rank[(int) key[i - 1]] + 1 : 0;
            rank[(int) key[i]] = r;
            rounds = Math.max(rounds, r + 1);
        }
        if ((long) rounds * 16 > n) {
            return false;
        }
        int[] start = new int[rounds + 1];
        for (int k = 0; k < n; k++) {
            start[rank[k] + 1]++;
        }
        for (int r = 0; r < rounds; r++) {
            start[r + 1] += start[r];
        }
        int[] order = new int[n];
        int[] fill = java.util.Arrays.copyOf(start, rounds);
        for (int k = 0; k < n; k++) {
            order[fill[rank[k]]++] = k;
        }
        DType at = a.dtype();
        Object ad = Internals.data(a);
        Object bd = bb == null ? null : Internals.data(bb);
        int bo = bb == null ? 0 : Internals.offset(bb);
        int bs = bb != null && n > 1 ? Internals.strides(bb)[0] : 0;
        DType.Code c = lt.code();
        for (int r = 0; r < rounds; r++) {
            int s0 = start[r];
            int m = start[r + 1] - s0;
            NDArray g = Internals.allocate(at, new int[] {m});
            Object gd = Internals.data(g);
            int go = Internals.offset(g);
            int gs = m > 1 ? Internals.strides(g)[0] : 0;
            for (int j = 0; j < m; j++) {
                Elements.copySame(at, ad, slots[order[s0 + j]], gd, go + j * gs);
            }
            NDArray t = at.equals(lt) ? g : g.astype(lt);
            Object td = Internals.data(t);
            int to = Internals.offset(t);
            int ts = m > 1 ? Internals.strides(t)[0] : 0;
            if (bb != null) {
                NDArray h = Internals.allocate(lt, new int[] {m});
                Object hd = Internals.data(h);
                int ho = Internals.offset(h);
                int hs = m > 1 ? Internals.strides(h)[0] : 0;
                for (int j = 0; j < m; j++) {
                    Elements.copySame(lt, bd, bo + order[s0 + j] * bs, hd, ho + j * hs);
                }
                Kernels.binary(f, c).run(td, to, ts, hd, ho, hs, td, to, ts, m);
            } else {
                Kernels.unary(f, c).run(td, to, ts, td, to, ts, m);
            }
            NDArray back = t == g ? g : t.astype(at);
            Object kd = Internals.data(back);
            int ko = Internals.offset(back);
            int ks = m > 1 ? Internals.strides(back)[0] : 0;
            for (int j = 0; j < m; j++) {
                Elements.copySame(at, kd, ko + j * ks, ad, slots[order[s0 + j]]);
            }
        }
        return true;
    }

    private static long[] positions(NDArray pos) {
        NDArray c = Internals.allocate(DType.INT64, pos.shape());
        Assign.copyInto(c, pos);
        long[] d = (long[]) Internals.data(c);
        int off = Internals.offset(c);
        long[] out = new long[(int) c.size()];
        System.arraycopy(d, off, out, 0, out.length);
        return out;
    }

    /** The data slot of C-order flat position p of an array of the given shape and strides. */
    private static int slot(long p, long size, int[] shape, int[] strides, int base) {
        if (p < 0 || p >= size) {
            throw new IndexError("index " + p + " is out of bounds for size " + size);
        }
        int o = base;
        for (int d = shape.length - 1; d >= 0; d--) {
            int s = shape[d];
            o += (int) (p % s) * strides[d];
            p /= s;
        }
        return o;
    }

    /** {@code f.reduceat(array, indices, axis, dtype)}; dtype null is None. */
    public static NDArray reduceat(UfuncDef f, Object array, Object indices, int axis, DType dtype) {
        if (f.nin != 2 || f.nout != 1) {
            throw new ValueError("reduceat only supported for binary functions");
        }
        NDArray a = Np.asarray(array);
        if (a.ndim() == 0) {
            throw new TypeError("cannot reduceat on a scalar");
        }
        if (a.dtype().isString()) {
            StringUfuncs.checkReduction(f, a.dtype(), "reduceat");
        }
        NDArray ind = Np.asarray(indices);
        if (ind.ndim() > 1) {
            throw new ValueError("setting an array element with a sequence. The requested array would exceed the "
                    + "maximum number of dimension of 1.");
        }
        if (!ind.dtype().equals(DType.INT64)) {
            ind = ind.astype(DType.INT64);
        }
        long[] idx = positions(ind.ndim() == 0 ? ind.reshape(1) : ind);
        int ax = Shapes.normalizeAxis(axis, a.ndim());
        int len = a.shape()[ax];
        for (long i : idx) {
            if (i < 0 || i >= len) {
                throw new IndexError("index " + i + " out-of-bounds in " + f.name + ".reduceat [0, " + len + ")");
            }
        }
        DType lt = Reductions.loopType(f, a, dtype);
        int[] rshape = a.shape().clone();
        rshape[ax] = idx.length;
        NDArray r = Internals.allocate(lt, rshape);
        for (int i = 0; i < idx.length; i++) {
            int from = (int) idx[i];
            int to = i + 1 < idx.length ? (int) idx[i + 1] : len;
            NDArray dst = Reductions.sliceAxis(r, ax, i, i + 1);
            if (to <= from) {
                Assign.copyInto(dst, Reductions.sliceAxis(a, ax, from, from + 1));
            } else {
                Assign.copyInto(dst, Reductions.reduce(f, Reductions.sliceAxis(a, ax, from, to), new int[] {ax}, lt, true,
                        null, null));
            }
        }
        return r;
    }

    /**
     * The loop dtype of a reduction into {@code out} without {@code dtype=}: NumPy resolves the
     * loop for {@code (out.dtype, a.dtype)} ({@code add.reduce} of uint8 into a uint8 out adds in uint8).
     */
    private static DType intoType(UfuncDef f, NDArray a, NDArray out, DType dtype) {
        if (dtype != null || out == null) {
            return dtype;
        }
        return TypeResolution.resolve(f, new DType[] {out.dtype(), a.dtype()}, null, "unsafe")[f.nin];
    }

    /** Copies a reduction's result r into out (unsafe cast) after NumPy's shape checks. */
    private static NDArray into(UfuncDef f, NDArray r, NDArray out, String method) {
        if (out == null) {
            return r;
        }
        if (!out.isWriteable()) {
            throw new ValueError("output array is read-only");
        }
        if (out.ndim() != r.ndim()) {
            throw new ValueError("output parameter for " + method + " operation " + f.name
                    + " has the wrong number of dimensions: Found " + out.ndim() + " but expected " + r.ndim());
        }
        if (!java.util.Arrays.equals(out.shape(), r.shape())) {
            throw new ValueError("numpy-jvm: output parameter for " + method + " operation " + f.name + " has shape "
                    + Shapes.tupleString(out.shape()) + " but the result has shape " + Shapes.tupleString(r.shape()));
        }
        Assign.copyInto(out, r);
        return out;
    }

    /** {@code initial=None}: reduce without the identity (an empty reduction is an error, as without one). */
    public static final Object NO_IDENTITY = new Object() {
        @Override
        public String toString() {
            return "None";
        }
    };

    /** {@code f.reduce(..., out=out)}: the loop dtype follows out's ({@link #intoType}); out null is None. */
    public static NDArray reduce(UfuncDef f, Object array, int[] axes, DType dtype, NDArray out, boolean keepdims,
            Object initial, Object where) {
        NDArray a = Np.asarray(array);
        boolean noIdentity = initial == NO_IDENTITY;
        if (noIdentity && where != null && !Boolean.TRUE.equals(where)) {
            throw new ValueError("reduction operation '" + f.name + "' does not have an identity, so to use a where mask "
                    + "one has to specify 'initial'");
        }
        NDArray r = Reductions.reduce(f, a, axes, intoType(f, a, out, dtype), keepdims, noIdentity ? null : initial,
                where);
        if (noIdentity && a.size() == 0 && r.size() != 0) {
            throw new ValueError("zero-size array to reduction operation " + f.name + " which has no identity");
        }
        return into(f, r, out, "reduction");
    }

    /** {@code f.accumulate(array, axis, dtype, out)}; out null is None. */
    public static NDArray accumulate(UfuncDef f, Object array, int axis, DType dtype, NDArray out) {
        NDArray a = Np.asarray(array);
        return into(f, Reductions.accumulate(f, a, axis, intoType(f, a, out, dtype)), out, "accumulate");
    }

    /** {@code f.reduceat(array, indices, axis, dtype, out)}; out null is None. */
    public static NDArray reduceat(UfuncDef f, Object array, Object indices, int axis, DType dtype, NDArray out) {
        NDArray a = Np.asarray(array);
        return into(f, reduceat(f, a, indices, axis, intoType(f, a, out, dtype)), out, "reduceat");
    }
}
