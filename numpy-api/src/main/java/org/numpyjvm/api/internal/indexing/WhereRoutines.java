package org.numpyjvm.api.internal.indexing;

import java.util.List;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.Np;
import org.numpyjvm.api.TypeError;
import org.numpyjvm.api.ValueError;
import org.numpyjvm.api.internal.core.Internals;
import org.numpyjvm.api.internal.core.Shapes;
import org.numpyjvm.api.internal.loops.Assign;

/**
 * NumPy's selection routines: {@code where}, {@code nonzero}, {@code flatnonzero},
 * {@code argwhere}, {@code choose}, {@code select}, {@code ix_}. Elementwise selection is a
 * broadcast copy of the fallback followed by a typed masked copy ({@link GatherLoops#copyPairs}).
 */
public final class WhereRoutines {
    private WhereRoutines() {
    }

    /**
     * NumPy's result dtype of the values ({@link DType#resultType}): arrays and sequences are
     * strong; Java Number/Boolean/Complex scalars are Python scalars (weak, NEP 50).
     */
    static DType resultType(Object... values) {
        Object[] args = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            args[i] = v instanceof Number || v instanceof Boolean || v instanceof org.numpyjvm.api.Complex ? v : Np.asarray(v);
        }
        return DType.resultType(args);
    }

    /** {@code np.nonzero(a)}. */
    public static NDArray[] nonzero(Object a) {
        NDArray arr = Np.asarray(a);
        if (arr.ndim() == 0) {
            throw new ValueError("Calling nonzero on 0d arrays is not allowed. Use np.atleast_1d(scalar).nonzero() instead.");
        }
        return Masks.nonzero(arr);
    }

    /** {@code np.flatnonzero(a)}. */
    public static NDArray flatnonzero(Object a) {
        return Masks.nonzero(Np.asarray(a).ravel())[0];
    }

    /** {@code np.argwhere(a)}: shape (N, a.ndim), int64. */
    public static NDArray argwhere(Object a) {
        NDArray arr = Np.asarray(a);
        if (arr.ndim() == 0) {
            int n = Masks.nonzero(arr.reshape(1))[0].size();
            return Np.zeros(DType.INT64, n, 0);
        }
        NDArray[] nz = Masks.nonzero(arr);
        int nd = nz.length;
        int n = nz[0].size();
        long[] out = new long[n * nd];
        for (int d = 0; d < nd; d++) {
            long[] c = (long[]) Internals.data(nz[d]);
            for (int i = 0; i < n; i++) {
                out[i * nd + d] = c[i];
            }
        }
        return Internals.wrap(DType.INT64, out, new int[] {n, nd});
    }

    /** {@code np.where(condition, x, y)}: dtype is the promotion of x and y. */
    public static NDArray where(Object condition, Object x, Object y) {
        NDArray c = Np.asarray(condition);
        NDArray xa = Np.asarray(x);
        NDArray ya = Np.asarray(y);
        int[] shape = broadcastOperands(c, xa, ya);
        DType dt = resultType(x, y);
        NDArray out = Internals.allocate(dt, shape);
        Assign.copyInto(out, ya);
        copyWhere(out, c, xa);
        return out;
    }

    /** NumPy's nditer message for operands that do not broadcast. */
    private static int[] broadcastOperands(NDArray... ops) {
        int[][] shapes = new int[ops.length][];
        for (int i = 0; i < ops.length; i++) {
            shapes[i] = ops[i].shape();
        }
        try {
            return Shapes.broadcastShapes(shapes);
        } catch (ValueError e) {
            StringBuilder sb = new StringBuilder("operands could not be broadcast together with shapes ");
            for (int[] s : shapes) {
                sb.append(Indexing.tuple(s)).append(' ');
            }
            throw new ValueError(sb.toString());
        }
    }

    /** out[cond] = x[cond], cond and x broadcast to out's shape, x cast to out's dtype. */
    static void copyWhere(NDArray out, NDArray cond, NDArray x) {
        int[] shape = out.shape();
        NDArray mask = Masks.bools(cond.broadcastTo(shape));
        DType dt = out.dtype();
        NDArray xc = x.dtype().equals(dt) ? x : x.astype(dt);
        NDArray xb = xc.broadcastTo(shape);
        int[] dst = Masks.trueOffsets(out, mask);
        if (dst.length == 0) {
            return;
        }
        int[] src = Masks.trueOffsets(xb, mask);
        GatherLoops.copyPairs(Internals.data(xc), src, Internals.data(out), dst, dst.length, dt.slots());
    }

    /** {@code np.choose(a, choices, mode)}; choices is a sequence of arrays (or an array: its first axis). */
    public static NDArray choose(Object a, Object choices, String mode) {
        int m = IndexRoutines.mode(mode);
        NDArray idx = Np.asarray(a);
        Object[] ch = sequence(choices);
        int n = ch.length;
        NDArray[] arrs = new NDArray[n + 1];
        for (int i = 0; i < n; i++) {
            arrs[i] = Np.asarray(ch[i]);
        }
        arrs[n] = idx;
        int[] shape = Shapes.broadcastShapes(shapes(arrs));
        DType dt = n == 0 ? idx.dtype() : resultType(ch);
        long[] iv = idx.broadcastTo(shape).toLongArray();
        byte[][] masks = new byte[n][iv.length];
        for (int k = 0; k < iv.length; k++) {
            long i = iv[k];
            if (i < 0 || i >= n) {
                if (m == IndexRoutines.RAISE) {
                    throw new ValueError("invalid entry in choice array");
                }
                i = m == IndexRoutines.WRAP ? IndexRoutines.wrap(i, n) : i < 0 ? 0 : n - 1;
            }
            masks[(int) i][k] = 1;
        }
        NDArray out = Internals.allocate(dt, shape);
        for (int i = 0; i < n; i++) {
            copyWhere(out, Internals.wrap(DType.BOOL, masks[i], shape), arrs[i]);
        }
        return out;
    }

    private static int[][] shapes(NDArray[] arrs) {
        int[][] s = new int[arrs.length][];
        for (int i = 0; i < arrs.length; i++) {
            s[i] = arrs[i].shape();
        }
        return s;
    }

    /** The elements of a Java sequence (List, Object[]) or the sub-arrays along an NDArray's first axis. */
    static Object[] sequence(Object o) {
        if (o instanceof List) {
            return ((List<?>) o).toArray();
        }
        if (o instanceof Object[]) {
            return (Object[]) o;
        }
        NDArray arr = Np.asarray(o);
        Object[] out = new Object[arr.len()];
        for (int i = 0; i < out.length; i++) {
            out[i] = arr.get((long) i);
        }
        return out;
    }

    /** {@code np.select(condlist, choicelist, default)}: the first true condition's choice wins. */
    public static NDArray select(Object condlist, Object choicelist, Object dflt) {
        Object[] conds = sequence(condlist);
        Object[] choices = sequence(choicelist);
        if (conds.length != choices.length) {
            throw new ValueError("list of cases must be same length as list of conditions");
        }
        if (conds.length == 0) {
            throw new ValueError("select with an empty condition list is not possible");
        }
        int n = conds.length;
        NDArray[] all = new NDArray[2 * n + 1];
        Object[] typed = new Object[n + 1];
        for (int i = 0; i < n; i++) {
            all[i] = Np.asarray(conds[i]);
            if (!all[i].dtype().isBool()) {
                throw new TypeError("invalid entry " + i + " in condlist: should be boolean ndarray");
            }
            all[n + i] = Np.asarray(choices[i]);
            typed[i] = choices[i];
        }
        all[2 * n] = Np.asarray(dflt);
        typed[n] = dflt;
        DType dt = resultType(typed);
        int[] shape = Shapes.broadcastShapes(shapes(all));
        NDArray out = Internals.allocate(dt, shape);
        Assign.copyInto(out, all[2 * n]);
        for (int i = n - 1; i >= 0; i--) {
            copyWhere(out, all[i], all[n + i]);
        }
        return out;
    }

    /** {@code np.ix_(*args)}: open-mesh index arrays (bool args become their nonzero positions). */
    public static NDArray[] ix(Object... args) {
        int nd = args.length;
        NDArray[] out = new NDArray[nd];
        for (int k = 0; k < nd; k++) {
            NDArray a = Np.asarray(args[k]);
            if (!(args[k] instanceof NDArray) && a.size() == 0) {
                a = a.astype(DType.INT64);
            }
            if (a.ndim() != 1) {
                throw new ValueError("Cross index must be 1 dimensional");
            }
            if (a.dtype().isBool()) {
                a = Masks.nonzero(a)[0];
            }
            int[] s = new int[nd];
            java.util.Arrays.fill(s, 1);
            s[k] = a.size();
            out[k] = a.reshape(s);
        }
        return out;
    }
}
