package org.numpyjvm.api.internal.ufunc;

import org.numpyjvm.api.DType;
import org.numpyjvm.api.FloatErrors;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.NotImplementedError;
import org.numpyjvm.api.Np;
import org.numpyjvm.api.TypeError;
import org.numpyjvm.api.ValueError;
import org.numpyjvm.api.internal.core.Elements;
import org.numpyjvm.api.internal.core.Internals;
import org.numpyjvm.api.internal.core.Overlap;
import org.numpyjvm.api.internal.core.Shapes;
import org.numpyjvm.api.internal.loops.Assign;
import org.numpyjvm.api.internal.loops.StridedLoop;

/**
 * Executes a ufunc call: resolve the loop ({@link TypeResolution}), cast inputs to the loop
 * dtypes, broadcast, run the generated typed loop ({@link UfuncLoops}) over the runs of
 * {@link StridedLoop}, then cast/mask into {@code out=}. Floating-point errors are detected
 * after the loop ({@link FpChecks}) when {@link FloatErrors#checking()}.
 */
public final class UfuncExec {
    private UfuncExec() {
    }

    /** Arrays stay arrays, weak Java scalars stay as they are, the rest becomes an array. */
    static Object operand(Object o) {
        if (o instanceof NDArray || TypeResolution.isWeak(o)) {
            return o;
        }
        return Np.asarray(o);
    }

    /**
     * {@code ufunc(*inputs, out=out, where=where, dtype=dtype, casting=casting)}.
     *
     * @param where null for {@code True}, else an array-like of bools
     */
    public static NDArray call(UfuncDef f, Object[] inputs, NDArray out, Object where, DType dtype, String casting) {
        if (inputs.length != f.nin) {
            throw new TypeError(f.name + "() takes from " + f.nin + " to " + (f.nin + f.nout) + " positional arguments but "
                    + inputs.length + " were given");
        }
        if (casting == null) {
            casting = "same_kind";
        }
        Object[] ops = new Object[f.nin];
        for (int i = 0; i < ops.length; i++) {
            ops[i] = operand(inputs[i]);
        }
        DType[] in = TypeResolution.operandTypes(f, ops);
        DType[] loop = TypeResolution.resolve(f, in, dtype, casting);
        DType lout = loop[f.nin];
        if (out != null) {
            TypeResolution.checkOutput(f, lout, out.dtype(), casting);
        }
        NDArray[] arrs = new NDArray[f.nin];
        int[][] shapes = new int[f.nin][];
        for (int i = 0; i < ops.length; i++) {
            NDArray a = ops[i] instanceof NDArray ? (NDArray) ops[i] : Np.array(ops[i], loop[i]);
            if (!a.dtype().equals(loop[i])) {
                a = a.astype(loop[i]);
            }
            arrs[i] = a;
            shapes[i] = a.shape();
        }
        for (int i = 0; i < ops.length; i++) {
            if (TypeResolution.isWeakInt(ops[i]) && loop[i].isInteger() && !TypeResolution.isComparison(f.name)) {
                Object o = ops[i];
                DType.checkWeakInt(loop[i], o instanceof java.math.BigInteger ? (java.math.BigInteger) o
                        : java.math.BigInteger.valueOf(((Number) o).longValue()));
            }
        }
        NDArray mask = null;
        if (where != null && !Boolean.TRUE.equals(where)) {
            mask = mask(where);
        }
        int[][] all = java.util.Arrays.copyOf(shapes, f.nin + (mask != null ? 1 : 0) + (out != null ? 1 : 0));
        if (mask != null) {
            all[f.nin] = mask.shape();
        }
        if (out != null) {
            all[all.length - 1] = out.shape();
        }
        broadcastAll(all);
        int[] shape = broadcastAll(mask == null ? shapes : java.util.Arrays.copyOf(all, f.nin + 1));
        if (out != null) {
            int[] b = Shapes.broadcastStrides(shape, new int[shape.length], out.shape());
            if (b == null || out.ndim() < shape.length) {
                throw new ValueError("non-broadcastable output operand with shape " + Shapes.tupleString(out.shape())
                        + " doesn't match the broadcast shape " + Shapes.tupleString(Shapes.broadcastShapes(shape, out.shape())));
            }
            shape = out.shape();
            if (!out.isWriteable()) {
                throw new ValueError("output array is read-only");
            }
        }
        NDArray r;
        if (out != null && mask == null && out.dtype().equals(lout) && !badOverlap(out, arrs)) {
            r = out;
        } else {
            r = Internals.allocate(lout, shape);
        }
        run(f, loop, arrs, r);
        if (FloatErrors.checking()) {
            FpChecks.afterLoop(f.name, arrs, r, mask);
        }
        if (out == null) {
            return r;
        }
        // a cast into out= is part of the ufunc: NumPy names the ufunc in its FP error messages
        String castName = FpChecks.castName;
        FpChecks.castName = FpChecks.shownName(f.name);
        try {
            if (mask != null) {
                maskedCopy(out, r.dtype().equals(out.dtype()) ? r : r.astype(out.dtype()), mask);
            } else if (r != out) {
                Assign.copyInto(out, r);
            }
        } finally {
            FpChecks.castName = castName;
        }
        return out;
    }

    /** NumPy's ufunc broadcasting, with its message. */
    private static int[] broadcastAll(int[][] shapes) {
        try {
            return Shapes.broadcastShapes(shapes);
        } catch (ValueError e) {
            StringBuilder sb = new StringBuilder("operands could not be broadcast together with shapes ");
            for (int[] s : shapes) {
                sb.append(Shapes.tupleStringCompact(s)).append(' ');
            }
            throw new ValueError(sb.toString());
        }
    }

    /** {@code f.outer(a, b)}: every pair, result shape {@code a.shape + b.shape}. */
    public static NDArray outer(UfuncDef f, Object a, Object b) {
        if (f.nin != 2) {
            throw new ValueError("outer product only supported for binary functions");
        }
        NDArray x = Np.asarray(a);
        NDArray y = Np.asarray(b);
        int[] shape = java.util.Arrays.copyOf(x.shape(), x.ndim() + y.ndim());
        for (int i = x.ndim(); i < shape.length; i++) {
            shape[i] = 1;
        }
        return call(f, new Object[] {x.reshape(shape), y}, null, null, null, null);
    }

    private static boolean badOverlap(NDArray out, NDArray[] ins) {
        for (NDArray a : ins) {
            if (Overlap.shares(out, a, true)) {
                boolean same = Internals.offset(a) == Internals.offset(out)
                        && java.util.Arrays.equals(Internals.strides(a), Internals.strides(out))
                        && java.util.Arrays.equals(a.shape(), out.shape());
                if (!same) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Runs the loop for r = f(arrs...) with arrs already of the loop dtypes; r has the full shape. */
    static void run(UfuncDef f, DType[] loop, NDArray[] arrs, NDArray r) {
        final DType.Code c = loop[0].code();
        final String name = f.name;
        final Object od = Internals.data(r);
        int[] shape = r.shape();
        int nop = arrs.length + 1;
        int[] offsets = new int[nop];
        int[][] strides = new int[nop][];
        offsets[0] = Internals.offset(r);
        strides[0] = Internals.strides(r);
        Object[] data = new Object[arrs.length];
        for (int i = 0; i < arrs.length; i++) {
            data[i] = Internals.data(arrs[i]);
            offsets[i + 1] = Internals.offset(arrs[i]);
            strides[i + 1] = Shapes.broadcastStrides(arrs[i].shape(), Internals.strides(arrs[i]), shape);
        }
        final Object a = data[0];
        if (arrs.length == 2 && !loop[0].equals(loop[1])) {
            final Object b = data[1];
            final boolean signedFirst = loop[0].code() == DType.Code.INT64;
            StridedLoop.forEach(shape, offsets, strides,
                (n, off, st) -> UfuncLoops.mixed(name, signedFirst, a, off[1], st[1], b, off[2], st[2], od, off[0], st[0], n));
        } else if (arrs.length == 2) {
            final Object b = data[1];
            if (!UfuncLoops.binary(name, c, a, 0, 0, b, 0, 0, od, 0, 0, 0)) {
                throw missing(f, loop);
            }
            StridedLoop.forEach(shape, offsets, strides,
                (n, off, st) -> UfuncLoops.binary(name, c, a, off[1], st[1], b, off[2], st[2], od, off[0], st[0], n));
        } else {
            if (!UfuncLoops.unary(name, c, a, 0, 0, od, 0, 0, 0)) {
                throw missing(f, loop);
            }
            StridedLoop.forEach(shape, offsets, strides,
                (n, off, st) -> UfuncLoops.unary(name, c, a, off[1], st[1], od, off[0], st[0], n));
        }
    }

    private static NotImplementedError missing(UfuncDef f, DType[] loop) {
        return new NotImplementedError("ufunc '" + f.name + "' has no " + loop[0].name() + " loop in numpy-jvm yet");
    }

    /** A {@code where=} argument as a bool array (NumPy: safe cast to bool). */
    static NDArray mask(Object where) {
        NDArray mask = Np.asarray(where);
        if (!mask.dtype().isBool()) {
            if (!DType.canCast(mask.dtype(), DType.BOOL, "safe")) {
                throw new TypeError("Cannot cast array data from " + mask.dtype().repr()
                        + " to dtype('bool') according to the rule 'safe'");
            }
            mask = mask.astype(DType.BOOL);
        }
        return mask;
    }

    /** out[mask] = r[mask] (same dtypes), all broadcast to out's shape. */
    static void maskedCopy(NDArray out, NDArray r, NDArray mask) {
        int[] shape = out.shape();
        final DType dt = out.dtype();
        final Object od = Internals.data(out);
        final Object rd = Internals.data(r);
        final byte[] md = (byte[]) Internals.data(mask);
        int[] offsets = {Internals.offset(out), Internals.offset(r), Internals.offset(mask)};
        int[][] strides = {Internals.strides(out), Shapes.broadcastStrides(r.shape(), Internals.strides(r), shape),
            Shapes.broadcastStrides(mask.shape(), Internals.strides(mask), shape)};
        StridedLoop.forEach(shape, offsets, strides, (n, off, st) -> {
            for (int k = 0, po = off[0], pr = off[1], pm = off[2]; k < n; k++, po += st[0], pr += st[1], pm += st[2]) {
                if (md[pm] != 0) {
                    Elements.copySame(dt, rd, pr, od, po);
                }
            }
        });
    }
}
