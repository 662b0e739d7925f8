package org.numpyjvm.api.internal.ufunc;

import org.numpyjvm.api.DType;
import org.numpyjvm.api.FloatErrors;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.internal.core.Internals;
import org.numpyjvm.api.internal.creation.PyValues;

/**
 * The common ufunc call without the general machinery of {@link UfuncExec#callAll}: one output,
 * no {@code out=}/{@code where=}/{@code dtype=}, default casting, C-contiguous array operands of
 * the loop dtypes (no input cast) with equal shapes, or one of them 0-d (a weak Python scalar
 * becomes a 0-d array of the loop dtype, as in callAll). The steps are callAll's, in its order
 * (type resolution, scalar conversion and its overflow check, the loop, the FP error check), so
 * results and errors are the same; anything else returns null before doing work that callAll
 * would do differently, and callAll runs.
 */
final class UfuncFast {
    private UfuncFast() {
    }

    /**
     * Elements per kernel call when the result is scanned for NaN/inf (FP error checks on): each
     * chunk is scanned right after it is computed, while it is still in the cache.
     */
    private static final int CHUNK = 4096;

    /** f(inputs...) or null when the call is not the common case. */
    static NDArray tryCall(UfuncDef f, Object[] inputs) {
        if (f.general || f.exactLoopsOnly || f.nout != 1 || f.signature != null || inputs.length != f.nin) {
            return null;
        }
        if (f.nin == 2) {
            return binary(f, inputs);
        }
        if (f.nin == 1 && inputs[0] instanceof NDArray) {
            return unary(f, (NDArray) inputs[0]);
        }
        return null;
    }

    private static NDArray unary(UfuncDef f, NDArray x) {
        DType dx = x.dtype();
        if (!(dx.isNumeric() || dx.isBool()) || !x.isCContiguous()) {
            return null;
        }
        DType[] loop = TypeResolution.resolveCached(f, new DType[] {dx}, "same_kind");
        if (!loop[0].equals(dx)) {
            return null;
        }
        Kernels.Unary k = Kernels.unary(f, dx.code());
        if (k == null) {
            return null;
        }
        DType lout = loop[1];
        NDArray r = Internals.allocate(lout, x.shape());
        int n = x.size();
        Object ad = Internals.data(x);
        int ao = Internals.offset(x);
        int as = dx.slots();
        Object od = Internals.data(r);
        int os = lout.slots();
        if (!FloatErrors.checking()) {
            k.run(ad, ao, as, od, 0, os, n);
            return r;
        }
        boolean scan = lout.isFloat() || lout.isComplex();
        boolean finite = true;
        if (scan) {
            // in chunks, each scanned for NaN/inf while it is in the cache
            for (int s = 0; s < n; s += CHUNK) {
                int m = Math.min(CHUNK, n - s);
                k.run(ad, ao + s * as, as, od, s * os, os, m);
                finite = finite && !FpChecks.nonFiniteRun(od, s * os, os, m, os);
            }
        } else {
            k.run(ad, ao, as, od, 0, os, n);
        }
        FpChecks.afterLoop(f, new NDArray[] {x}, r, null, scan && finite);
        return r;
    }

    private static boolean simpleScalar(Object o) {
        return o instanceof Double || o instanceof Long || o instanceof Integer;
    }

    private static boolean plainArray(Object o) {
        if (!(o instanceof NDArray)) {
            return false;
        }
        NDArray a = (NDArray) o;
        DType d = a.dtype();
        return (d.isNumeric() || d.isBool()) && a.isCContiguous();
    }

    private static NDArray binary(UfuncDef f, Object[] ops) {
        Object x = ops[0];
        Object y = ops[1];
        boolean ax = plainArray(x);
        boolean ay = plainArray(y);
        if (!(ax && ay || ax && simpleScalar(y) || ay && simpleScalar(x))) {
            return null;
        }
        int[] shape;
        if (ax && ay) {
            NDArray a = (NDArray) x;
            NDArray b = (NDArray) y;
            if (b.ndim() == 0) {
                shape = a.shape();
            } else if (a.ndim() == 0) {
                shape = b.shape();
            } else {
                shape = a.shape();
                if (!java.util.Arrays.equals(shape, b.shape())) {
                    return null;
                }
            }
        } else {
            shape = (ax ? (NDArray) x : (NDArray) y).shape();
        }
        DType[] in = ax && ay ? new DType[] {((NDArray) x).dtype(), ((NDArray) y).dtype()}
                : f.comparison && !((ax ? y : x) instanceof Double) ? TypeResolution.operandTypes(f, ops)
                : withWeak(ops, ax);
        DType[] loop = TypeResolution.resolveCached(f, in, "same_kind");
        if ((ax && !loop[0].equals(((NDArray) x).dtype())) || (ay && !loop[1].equals(((NDArray) y).dtype()))
                || !loop[0].equals(loop[1])) {
            return null;
        }
        Kernels.Binary k = Kernels.binary(f, loop[0].code());
        if (k == null) {
            return null;
        }
        // callAll's order: the scalar becomes an array of its loop dtype, then its range is checked
        boolean checking = FloatErrors.checking();
        NDArray a = ax ? (NDArray) x : scalarArray(x, loop[0], checking);
        NDArray b = ay ? (NDArray) y : scalarArray(y, loop[1], checking);
        if (!ax) {
            checkWeak(f, x, loop[0]);
        }
        if (!ay) {
            checkWeak(f, y, loop[1]);
        }
        DType lout = loop[2];
        NDArray r = Internals.allocate(lout, shape);
        int n = r.size();
        int slots = loop[0].slots();
        Object ad = Internals.data(a);
        int ao = Internals.offset(a);
        int as = a.ndim() == 0 ? 0 : slots;
        Object bd = Internals.data(b);
        int bo = Internals.offset(b);
        int bs = b.ndim() == 0 ? 0 : slots;
        Object od = Internals.data(r);
        int os = lout.slots();
        if (!checking) {
            k.run(ad, ao, as, bd, bo, bs, od, 0, os, n);
            return r;
        }
        boolean scan = lout.isFloat() || lout.isComplex();
        boolean finite = true;
        if (scan) {
            for (int s = 0; s < n; s += CHUNK) {
                int m = Math.min(CHUNK, n - s);
                k.run(ad, ao + s * as, as, bd, bo + s * bs, bs, od, s * os, os, m);
                finite = finite && !FpChecks.nonFiniteRun(od, s * os, os, m, os);
            }
        } else {
            k.run(ad, ao, as, bd, bo, bs, od, 0, os, n);
        }
        FpChecks.afterLoop(f, new NDArray[] {a, b}, r, null, scan && finite);
        return r;
    }

    /** NEP 50's dtype of a weak scalar next to an array of dtype {@code d}: the last answer is remembered. */
    private static final class WeakMemo {
        final DType array;
        final boolean isFloat;
        final DType common;

        WeakMemo(DType array, boolean isFloat, DType common) {
            this.array = array;
            this.isFloat = isFloat;
            this.common = common;
        }
    }

    private static WeakMemo weakMemo;

    /**
     * {@link TypeResolution#operandTypes} of a numeric array and a weak Java Double/Long/Integer
     * (not a comparison with an int: its dtype depends on the value): the scalar takes
     * {@code result_type(array, scalar)}, which depends on the array's dtype and the scalar's kind only.
     */
    private static DType[] withWeak(Object[] ops, boolean arrayFirst) {
        DType d = ((NDArray) ops[arrayFirst ? 0 : 1]).dtype();
        boolean isFloat = ops[arrayFirst ? 1 : 0] instanceof Double;
        WeakMemo m = weakMemo;
        DType common;
        if (m != null && m.array == d && m.isFloat == isFloat) {
            common = m.common;
        } else {
            common = DType.resultType(ops);
            weakMemo = new WeakMemo(d, isFloat, common);
        }
        return arrayFirst ? new DType[] {d, common} : new DType[] {common, d};
    }

    /** {@code np.array(s, dt)} of a Python scalar (FromObject's scalar case): a 0-d array, NumPy's cast overflow check. */
    private static NDArray scalarArray(Object s, DType dt, boolean checking) {
        NDArray out = Internals.allocate(dt, new int[0]);
        Object data = Internals.data(out);
        PyValues.store(dt, data, 0, s);
        if (checking) {
            FpChecks.afterStores(dt, data, java.util.Collections.singletonList(s));
        }
        return out;
    }

    private static void checkWeak(UfuncDef f, Object o, DType lt) {
        if ((o instanceof Long || o instanceof Integer) && lt.isInteger() && !f.comparison) {
            DType.checkWeakInt(lt, ((Number) o).longValue());
        }
    }
}
