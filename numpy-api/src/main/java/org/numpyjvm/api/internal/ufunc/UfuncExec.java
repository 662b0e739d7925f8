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
     * {@code ufunc(*inputs, out=out, where=where, dtype=dtype, casting=casting)} of a ufunc with one output.
     *
     * @param where null for {@code True}, else an array-like of bools
     */
    public static NDArray call(UfuncDef f, Object[] inputs, NDArray out, Object where, DType dtype, String casting) {
        if (f.nout != 1) {
            throw new TypeError("ufunc '" + f.name + "' has " + f.nout + " outputs: use Ufunc.callAll");
        }
        if (f.signature != null) {
            return Gufuncs.call(f, inputs, out, where, dtype, casting);
        }
        if (out == null && (where == null || Boolean.TRUE.equals(where)) && dtype == null && (casting == null || casting.equals("same_kind"))) {
            NDArray r = UfuncFast.tryCall(f, inputs);
            if (r != null) {
                return r;
            }
        }
        return callAll(f, inputs, out == null ? null : new NDArray[] {out}, where, dtype, casting)[0];
    }

    /**
     * {@code ufunc(*inputs, out=outs, ...)} for any number of outputs: {@code outs} null or one
     * entry (possibly null) per output; returns all outputs.
     */
    public static NDArray[] callAll(UfuncDef f, Object[] inputs, NDArray[] outs, Object where, DType dtype, String casting) {
        if (inputs.length != f.nin) {
            throw new TypeError(f.name + "() takes from " + f.nin + " to " + (f.nin + f.nout) + " positional arguments but "
                    + inputs.length + " were given");
        }
        if (f.signature != null) {
            return new NDArray[] {Gufuncs.call(f, inputs, outs == null ? null : outs[0], where, dtype, casting)};
        }
        if (outs != null && outs.length != f.nout) {
            throw new ValueError("The 'out' tuple must have exactly one entry per ufunc output");
        }
        if (casting == null) {
            casting = "same_kind";
        }
        if (dtype != null && dtype.isString() && dtype.stringLength() > 0) {
            throw new TypeError("The `dtype` and `signature` arguments to ufuncs only select the general DType and not "
                    + "details such as the byte order or time unit. You can avoid this error by using the scalar types "
                    + "`np.float64` or the dtype string notation.");
        }
        Object[] ops = new Object[f.nin];
        for (int i = 0; i < ops.length; i++) {
            ops[i] = operand(inputs[i]);
        }
        DType[] in = TypeResolution.operandTypes(f, ops);
        DType[] loop = StringUfuncs.hasString(in)
                ? StringUfuncs.resolve(f, ops, in, dtype, outs != null && outs[0] != null ? outs[0].dtype() : null, casting) : null;
        loop = loop != null ? loop
                : dtype != null ? TypeResolution.resolve(f, in, dtype, casting)
                : f.exactLoopsOnly ? TypeResolution.resolveExact(f, ops, in)
                : TypeResolution.resolveCached(f, in, casting);
        NDArray[] out = outs == null ? new NDArray[f.nout] : outs;
        for (int j = 0; j < f.nout; j++) {
            if (out[j] != null) {
                TypeResolution.checkOutput(f, f.nout > 1 ? f.nin + j : -1, loop[f.nin + j], out[j].dtype(), casting);
            }
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
            if (TypeResolution.isWeakInt(ops[i]) && loop[i].isInteger() && !f.comparison) {
                Object o = ops[i];
                DType.checkWeakInt(loop[i], o instanceof java.math.BigInteger ? (java.math.BigInteger) o
                        : java.math.BigInteger.valueOf(((Number) o).longValue()));
            }
        }
        NDArray mask = null;
        if (where != null && !Boolean.TRUE.equals(where)) {
            mask = mask(where);
        }
        int nGiven = 0;
        for (NDArray o : out) {
            nGiven += o != null ? 1 : 0;
        }
        int[][] all = java.util.Arrays.copyOf(shapes, f.nin + (mask != null ? 1 : 0) + nGiven);
        int k = f.nin;
        if (mask != null) {
            all[k++] = mask.shape();
        }
        for (NDArray o : out) {
            if (o != null) {
                all[k++] = o.shape();
            }
        }
        broadcastAll(all);
        int[] shape = broadcastAll(mask == null ? shapes : java.util.Arrays.copyOf(all, f.nin + 1));
        for (NDArray o : out) {
            if (o != null) {
                int[] b = Shapes.broadcastStrides(shape, new int[shape.length], o.shape());
                if (b == null || o.ndim() < shape.length) {
                    throw new ValueError("non-broadcastable output operand with shape " + Shapes.tupleString(o.shape())
                            + " doesn't match the broadcast shape " + Shapes.tupleString(Shapes.broadcastShapes(shape, o.shape())));
                }
                if (!o.isWriteable()) {
                    throw new ValueError("output array is read-only");
                }
            }
        }
        for (NDArray o : out) {
            if (o != null) {
                shape = o.shape();
            }
        }
        NDArray[] rs = new NDArray[f.nout];
        for (int j = 0; j < f.nout; j++) {
            DType lout = loop[f.nin + j];
            NDArray o = out[j];
            if (o != null && mask == null && o.dtype().equals(lout) && !badOverlap(o, arrs)) {
                rs[j] = o;
            } else {
                rs[j] = Internals.allocate(lout, shape);
            }
        }
        run(f, loop, arrs, rs);
        if (FloatErrors.checking()) {
            FpChecks.afterLoop(f, arrs, rs[0], mask);   // the first output (divmod's quotient)
        }
        NDArray[] result = new NDArray[f.nout];
        // a cast into out= is part of the ufunc: NumPy names the ufunc in its FP error messages
        String castName = FpChecks.castName;
        FpChecks.castName = FpChecks.shownName(f.name);
        try {
            for (int j = 0; j < f.nout; j++) {
                NDArray o = out[j];
                NDArray r = rs[j];
                if (o == null) {
                    result[j] = r;
                    continue;
                }
                if (mask != null) {
                    maskedCopy(o, r.dtype().equals(o.dtype()) ? r : r.astype(o.dtype()), mask);
                } else if (r != o) {
                    Assign.copyInto(o, r);
                }
                result[j] = o;
            }
        } finally {
            FpChecks.castName = castName;
        }
        return result;
    }

    /** NumPy's ufunc broadcasting, with its message. */
    public static int[] broadcastAll(int[][] shapes) {
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

    /** Runs the loop for rs = f(arrs...) with arrs already of the loop dtypes; the outputs have the full shape. */
    static void run(UfuncDef f, DType[] loop, NDArray[] arrs, NDArray[] rs) {
        if (f.general) {
            runGeneral(f, loop, arrs, rs);
            return;
        }
        NDArray r = rs[0];
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
        if (arrs.length == 2) {
            final Object b = data[1];
            Kernels.Binary sk = StringUfuncs.kernel(f, loop);
            final Kernels.Binary k = sk != null ? sk
                    : loop[0].code() != loop[1].code() ? Kernels.mixed(f, loop[0].code() == DType.Code.INT64)
                    : Kernels.binary(f, loop[0].code());
            if (k == null) {
                throw missing(f, loop);
            }
            StridedLoop.forEach(shape, offsets, strides, (n, off, st) -> k.run(a, off[1], st[1], b, off[2], st[2], od, off[0], st[0], n));
        } else {
            final Kernels.Unary k = Kernels.unary(f, loop[0].code());
            if (k == null) {
                throw missing(f, loop);
            }
            StridedLoop.forEach(shape, offsets, strides, (n, off, st) -> k.run(a, off[1], st[1], od, off[0], st[0], n));
        }
    }

    /** Loops with several outputs or mixed input dtypes ({@link UfuncLoops#general}): operands inputs then outputs. */
    private static void runGeneral(UfuncDef f, DType[] loop, NDArray[] arrs, NDArray[] rs) {
        final Kernels.General k = Kernels.general(f, loop);
        if (k == null) {
            throw missing(f, loop);
        }
        int[] shape = rs[0].shape();
        int nop = arrs.length + rs.length;
        final Object[] data = new Object[nop];
        int[] offsets = new int[nop];
        int[][] strides = new int[nop][];
        for (int i = 0; i < nop; i++) {
            NDArray x = i < arrs.length ? arrs[i] : rs[i - arrs.length];
            data[i] = Internals.data(x);
            offsets[i] = Internals.offset(x);
            strides[i] = Shapes.broadcastStrides(x.shape(), Internals.strides(x), shape);
        }
        StridedLoop.forEach(shape, offsets, strides, (n, off, st) -> k.run(data, off, st, n));
    }

    static NotImplementedError missing(UfuncDef f, DType[] loop) {
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
