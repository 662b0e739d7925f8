package org.numpyjvm.api.internal.ufunc;

import org.numpyjvm.api.DType;
import org.numpyjvm.api.FloatErrors;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.NotImplementedError;
import org.numpyjvm.api.TypeError;
import org.numpyjvm.api.Np;
import org.numpyjvm.api.ValueError;
import org.numpyjvm.api.internal.core.Elements;
import org.numpyjvm.api.internal.core.Internals;
import org.numpyjvm.api.internal.core.Shapes;
import org.numpyjvm.api.internal.loops.Assign;
import org.numpyjvm.api.internal.loops.StridedLoop;

/**
 * {@code ufunc.reduce}: the reduced axes are moved last and flattened (a copy only when they
 * cannot be viewed flat); the result starts as {@code initial}, or the first element along the
 * reduced axes, and the binary loop runs with the result's stride 0 on the reduced axis (as
 * NumPy's reduction loops). Runs along a reduced axis keep the accumulator in a local; float
 * add uses NumPy's pairwise summation, so float sums match NumPy's bits for the same runs.
 */
public final class Reductions {
    private Reductions() {
    }

    /**
     * {@code f.reduce(a, axis, dtype, keepdims=keepdims, initial=initial, where=where)}.
     *
     * @param axes null for all axes ({@code axis=None})
     * @param initial null for no value
     * @param where null for True
     */
    public static NDArray reduce(UfuncDef f, Object array, int[] axes, DType dtype, boolean keepdims, Object initial,
            Object where) {
        if (f.nin != 2 || f.nout != 1) {
            throw new ValueError("reduce only supported for binary functions");
        }
        NDArray a = Np.asarray(array);
        if (a.dtype().isString()) {
            StringUfuncs.checkReduction(f, a.dtype(), "reduce");
        }
        if (where == null && dtype == null && initial == null && !keepdims && a.isCContiguous() && a.ndim() > 0
                && (axes == null || a.ndim() == 1 && axes.length == 1 && (axes[0] == 0 || axes[0] == -1))) {
            NDArray r = reduceContiguous(f, a);
            if (r != null) {
                return r;
            }
        }
        if (where != null && !Boolean.TRUE.equals(where)) {
            // masked-out elements become the identity (or, without one, the initial value:
            // maximum/minimum are idempotent), then reduce as usual starting from initial
            NDArray m = UfuncExec.mask(where);
            if (Shapes.broadcastStrides(m.shape(), Internals.strides(m), a.shape()) == null) {
                throw new ValueError("operands could not be broadcast together with remapped shapes [original->remapped]: "
                        + Shapes.tupleStringCompact(a.shape()) + " " + Shapes.tupleStringCompact(m.shape()) + " ");
            }
            Object init = initial != null ? initial : f.identity;
            if (init == null) {
                throw new ValueError("reduction operation '" + f.name + "' does not have an identity, so to use a where "
                        + "mask one has to specify 'initial'");
            }
            Object fillValue = f.identity != null ? f.identity : init;
            DType lt = loopType(f, a, dtype);
            NDArray b = Internals.allocate(lt, a.shape());
            Assign.fill(b, fillValue);
            UfuncExec.maskedCopy(b, a.dtype().equals(lt) ? a : a.astype(lt), m);
            return reduce(f, b, axes, lt, keepdims, init, null);
        }
        int nd = a.ndim();
        int[] ax;
        if (axes == null) {
            ax = new int[nd];
            for (int i = 0; i < nd; i++) {
                ax[i] = i;
            }
        } else if (nd == 0 && zeroDimAxes(axes)) {
            ax = new int[0]; // NumPy lets a 0-d reduction name axis 0 or -1
        } else {
            ax = Shapes.normalizeAxes(axes, nd, null, "duplicate value in 'axis'");
        }
        boolean[] red = new boolean[nd];
        for (int x : ax) {
            red[x] = true;
        }
        DType lt = loopType(f, a, dtype);
        // kept axes first, reduced last, reduced flattened
        int[] perm = new int[nd];
        int k = 0;
        int nk = nd - ax.length;
        int[] kept = new int[nk];
        int[] keepShape = new int[nd];
        long rsize = 1;
        for (int i = 0; i < nd; i++) {
            if (!red[i]) {
                kept[k] = a.shape()[i];
                perm[k++] = i;
                keepShape[i] = a.shape()[i];
            } else {
                keepShape[i] = 1;
                rsize *= a.shape()[i];
            }
        }
        for (int i = 0; i < nd; i++) {
            if (red[i]) {
                perm[k++] = i;
            }
        }
        NDArray r = Internals.allocate(lt, kept);
        Object init = initial != null ? initial : f.identity;
        if (init == null && rsize == 0 && r.size() != 0) {
            throw new ValueError("zero-size array to reduction operation " + f.name + " which has no identity");
        }
        if (init != null && r.size() != 0) {
            Assign.fill(r, init);
        }
        if (rsize == 0 || r.size() == 0) {
            return finish(r, keepShape, keepdims);
        }
        int[] flatShape = new int[nk + 1];
        System.arraycopy(kept, 0, flatShape, 0, nk);
        flatShape[nk] = (int) rsize;
        NDArray t = (nd == 0 ? a : a.transpose(perm)).reshape(flatShape);
        if (!t.dtype().equals(lt)) {
            t = castIn(t, lt, "reduce");
        }
        int start = 0;
        if (init == null) {
            Assign.copyInto(r, sliceLast(t, 0, 1).reshape(kept));
            start = 1;
        }
        if (start < rsize) {
            NDArray rest = sliceLast(t, start, (int) rsize);
            int[] rs = new int[nk + 1];
            System.arraycopy(Internals.strides(r), 0, rs, 0, nk);
            int[] shape = rest.shape();
            // the input is operand 0: StridedLoop walks its memory order; runs along a reduced
            // axis (result stride 0) use the accumulator-in-a-local reduction loop
            int[] offsets = {Internals.offset(rest), Internals.offset(r), Internals.offset(r)};
            int[][] strides = {Internals.strides(rest), rs, rs};
            final Object od = Internals.data(r);
            final Object td = Internals.data(rest);
            final Kernels.Binary kb = Kernels.binary(f, lt.code());
            if (kb == null) {
                throw new NotImplementedError("ufunc '" + f.name + "' has no " + lt.name() + " loop in numpy-jvm yet");
            }
            final Kernels.ReduceRun kr = Kernels.reduceRun(f, lt.code());
            StridedLoop.forEach(shape, offsets, strides, (n, off, st) -> {
                if (st[1] == 0 && kr != null) {
                    kr.run(od, off[1], td, off[0], st[0], n);
                } else {
                    kb.run(od, off[1], st[1], td, off[0], st[0], od, off[2], st[2], n);
                }
            });
            if (FloatErrors.checking()) {
                FpChecks.afterReduce(f.name, t, rest, r, "reduce");
            }
        }
        return finish(r, keepShape, keepdims);
    }

    /**
     * The common case of {@link #reduce}: all axes of a non-empty C-contiguous array of the loop
     * dtype, no dtype/initial/where/keepdims: the same steps as the general path (the result
     * starts as the identity or the first element, one reduction run over the rest, the same FP
     * check) without the transposes and the strided walk; null when not applicable.
     */
    private static NDArray reduceContiguous(UfuncDef f, NDArray a) {
        int n = a.size();
        if (n == 0) {
            return null;
        }
        DType lt = loopType(f, a, null);
        if (!lt.equals(a.dtype())) {
            return null;
        }
        Kernels.ReduceRun kr = Kernels.reduceRun(f, lt.code());
        if (kr == null) {
            return null;
        }
        int w = lt.slots();
        Object ad = Internals.data(a);
        int ao = Internals.offset(a);
        NDArray r = Internals.allocate(lt, new int[0]);
        Object rd = Internals.data(r);
        int start = 0;
        if (f.identity != null) {
            Assign.fill(r, f.identity);
        } else {
            Elements.copySame(lt, ad, ao, rd, 0);
            start = 1;
        }
        if (start < n) {
            kr.run(rd, 0, ad, ao + start * w, w, n - start);
            if (FloatErrors.checking()) {
                NDArray t = a.ndim() == 1 ? a : Internals.create(lt, ad, new int[] {n}, new int[] {w}, ao, a, false);
                NDArray rest = start == 0 ? t
                        : Internals.create(lt, ad, new int[] {n - start}, new int[] {w}, ao + start * w, a, false);
                FpChecks.afterReduce(f.name, t, rest, r, "reduce");
            }
        }
        return r;
    }

    /** The input cast to the loop dtype: NumPy names the reduction in the cast's FP errors. */
    private static NDArray castIn(NDArray a, DType lt, String where) {
        String saved = FpChecks.castName;
        FpChecks.castName = where;
        try {
            return a.astype(lt);
        } finally {
            FpChecks.castName = saved;
        }
    }

    private static boolean zeroDimAxes(int[] axes) {
        for (int x : axes) {
            if (x != 0 && x != -1) {
                return false;
            }
        }
        return true;
    }

    /** The reduction's loop dtype: add/multiply accumulate small ints and bool in int64/uint64 (NumPy). */
    static DType loopType(UfuncDef f, NDArray a, DType dtype) {
        DType[] memo = f.reduceLoopMemo;
        if (dtype == null && memo != null && memo[0] == a.dtype()) {
            return memo[1];
        }
        DType lt = searchLoopType(f, a, dtype);
        if (dtype == null) {
            f.reduceLoopMemo = new DType[] {a.dtype(), lt};
        }
        return lt;
    }

    private static DType searchLoopType(UfuncDef f, NDArray a, DType dtype) {
        DType in = dtype;
        if (in == null) {
            in = a.dtype();
            if ((f.name.equals("add") || f.name.equals("multiply")) && (in.isBool() || in.isInteger()) && in.itemsize() < 8) {
                in = in.isUnsigned() ? DType.UINT64 : DType.INT64;
            }
        }
        DType[] loop = TypeResolution.resolve(f, new DType[] {in, in}, dtype, "unsafe");
        if (!loop[2].equals(loop[0])) {
            if (!f.name.startsWith("logical_")) {
                // a reduction needs out == in; NumPy's logical promoter retries with bool, nothing else does
                throw new TypeError("No loop matching the specified signature and casting was found for ufunc " + FpChecks.shownName(f.name));
            }
            loop = TypeResolution.resolve(f, new DType[] {loop[2], loop[2]}, null, "unsafe");
        }
        return loop[2];
    }

    /** {@code f.accumulate(a, axis, dtype)}: r[i] = f(r[i-1], a[i]) along the axis, in place in the result. */
    public static NDArray accumulate(UfuncDef f, Object array, int axis, DType dtype) {
        if (f.nin != 2 || f.nout != 1) {
            throw new ValueError("accumulate only supported for binary functions");
        }
        NDArray a = Np.asarray(array);
        if (a.ndim() == 0) {
            throw new TypeError("cannot accumulate on a scalar");
        }
        if (a.dtype().isString()) {
            StringUfuncs.checkReduction(f, a.dtype(), "accumulate");
        }
        int ax = Shapes.normalizeAxis(axis, a.ndim());
        DType lt = loopType(f, a, dtype);
        NDArray r = castIn(a, lt, "accumulate");
        int n = a.shape()[ax];
        if (n <= 1 || r.size() == 0) {
            return r;
        }
        NDArray prev = sliceAxis(r, ax, 0, n - 1);
        NDArray cur = sliceAxis(r, ax, 1, n);
        final Object d = Internals.data(r);
        final Kernels.Binary k = Kernels.binary(f, lt.code());
        if (k == null) {
            throw new NotImplementedError("ufunc '" + f.name + "' has no " + lt.name() + " loop in numpy-jvm yet");
        }
        int[] offsets = {Internals.offset(cur), Internals.offset(prev), Internals.offset(cur)};
        int[][] strides = {Internals.strides(cur), Internals.strides(prev), Internals.strides(cur)};
        StridedLoop.forEach(cur.shape(), offsets, strides,
            (m, off, st) -> k.run(d, off[1], st[1], d, off[2], st[2], d, off[0], st[0], m));
        if (FloatErrors.checking()) {
            FpChecks.afterReduce(f.name, a, sliceAxis(a, ax, 1, n), r, "accumulate");
        }
        return r;
    }

    static NDArray sliceAxis(NDArray t, int ax, int from, int to) {
        int[] shape = t.shape().clone();
        shape[ax] = to - from;
        int[] st = Internals.strides(t);
        return Internals.create(t.dtype(), Internals.data(t), shape, st.clone(), Internals.offset(t) + from * st[ax], t,
                true);
    }

    private static NDArray sliceLast(NDArray t, int from, int to) {
        int nd = t.ndim();
        int[] shape = t.shape().clone();
        shape[nd - 1] = to - from;
        int[] st = Internals.strides(t);
        return Internals.create(t.dtype(), Internals.data(t), shape, st.clone(), Internals.offset(t) + from * st[nd - 1], t,
                false);
    }

    private static NDArray finish(NDArray r, int[] keepShape, boolean keepdims) {
        return keepdims ? r.reshape(keepShape) : r;
    }

    /** {@code np.sum}/{@code np.prod}'s dtype: {@code add.reduce}'s (small ints promote to int64/uint64). */
    public static NDArray sum(String name, Object a, int[] axes, DType dtype, boolean keepdims, Object initial) {
        return reduce(UfuncDef.find(name), a, axes, dtype, keepdims, initial, null);
    }
}
