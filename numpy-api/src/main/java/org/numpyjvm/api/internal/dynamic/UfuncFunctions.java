package org.numpyjvm.api.internal.dynamic;

import java.util.Arrays;
import java.util.List;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.NotImplementedError;
import org.numpyjvm.api.TypeError;
import org.numpyjvm.api.ValueError;
import org.numpyjvm.api.Ufunc;
import org.numpyjvm.api.dynamic.Args;
import org.numpyjvm.api.dynamic.Conversions;
import org.numpyjvm.api.dynamic.Registry;
import org.numpyjvm.api.dynamic.Signature;
import org.numpyjvm.api.internal.ufunc.UfuncDef;

/**
 * Ufuncs in the dynamic layer: every ufunc of the table under its NumPy name (and its aliases,
 * {@code UfuncDef.aliases}) with NumPy's call signature, plus the reductions sum, prod,
 * max/amax, min/amin ({@code np._NoValue} defaults are {@link Signature#NO_VALUE}).
 */
final class UfuncFunctions {
    private UfuncFunctions() {
    }

    private static final String BINARY = "(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', "
            + "dtype=None, subok=True, signature=None)";
    private static final String UNARY = "(x, /, out=None, *, where=True, casting='same_kind', order='K', "
            + "dtype=None, subok=True, signature=None)";

    private static final String GUFUNC = "(x1, x2, /, out=None, *, casting='same_kind', order='K', dtype=None, "
            + "subok=True, signature=None, axes=None, axis=None)";

    static void register(Registry.Builder r) {
        for (String name : UfuncDef.names()) {
            final Ufunc u = Ufunc.of(name);
            if (u.signature() != null) {
                gufunc(r, name, u);
                continue;
            }
            if (u.nout() == 2) {
                def2(r, name, u);
                continue;
            }
            def(r, name, u);
            for (String alias : UfuncDef.aliases(name)) {
                def(r, alias, u);
            }
        }
        accumulation(r, "cumsum", Ufunc.ADD);
        accumulation(r, "cumprod", Ufunc.MULTIPLY);
        reduction(r, "sum", Ufunc.ADD, true);
        reduction(r, "prod", Ufunc.MULTIPLY, true);
        reduction(r, "max", Ufunc.MAXIMUM, false);
        reduction(r, "amax", Ufunc.MAXIMUM, false);
        reduction(r, "min", Ufunc.MINIMUM, false);
        reduction(r, "amin", Ufunc.MINIMUM, false);
        logicalReduction(r, "all", Ufunc.of("logical_and"));
        logicalReduction(r, "any", Ufunc.of("logical_or"));
    }

    private static void def(Registry.Builder r, String name, Ufunc u) {
        final boolean binary = u.nin() == 2;
        r.def(name, binary ? BINARY : UNARY, a -> {
            a.unsupported("order", "subok", "signature");
            Object[] in = binary ? new Object[] {scalarOrArray(a.raw("x1")), scalarOrArray(a.raw("x2"))}
                    : new Object[] {scalarOrArray(a.raw("x"))};
            return u.call(in, out(a, name), where(a.raw("where")), a.dtype("dtype"), a.string("casting"));
        });
    }

    /** A ufunc with two outputs: returns a list (Python: tuple) of both; out1/out2 positionally or {@code out=(o1, o2)}. */
    private static void def2(Registry.Builder r, String name, Ufunc u) {
        final boolean binary = u.nin() == 2;
        String sig = (binary ? "(x1, x2, " : "(x, ") + "out1=None, out2=None, /, out=None, *, where=True, casting='same_kind', "
                + "order='K', dtype=None, subok=True, signature=None)";
        r.def(name, sig, a -> {
            a.unsupported("order", "subok", "signature");
            Object[] in = binary ? new Object[] {scalarOrArray(a.raw("x1")), scalarOrArray(a.raw("x2"))}
                    : new Object[] {scalarOrArray(a.raw("x"))};
            NDArray[] outs = null;
            Object o = a.raw("out");
            if (a.raw("out1") != null || a.raw("out2") != null) {
                if (o != null) {
                    throw new TypeError("cannot specify 'out' as both a positional and keyword argument");
                }
                outs = new NDArray[] {outArray(a.raw("out1")), outArray(a.raw("out2"))};
            } else if (o instanceof List) {
                List<?> l = (List<?>) o;
                if (l.size() != 2) {
                    throw new ValueError("The 'out' tuple must have exactly one entry per ufunc output");
                }
                outs = new NDArray[] {outArray(l.get(0)), outArray(l.get(1))};
            } else if (o != null) {
                throw new TypeError("'out' must be a tuple of arrays");
            }
            return Arrays.asList(u.callAll(in, outs, where(a.raw("where")), a.dtype("dtype"), a.string("casting")));
        });
    }

    private static NDArray outArray(Object o) {
        if (o == null || o instanceof NDArray) {
            return (NDArray) o;
        }
        throw new TypeError("return arrays must be of ArrayType");
    }

    /** A generalized ufunc (matmul, vecdot, matvec, vecmat); no where=, axes=, axis=. */
    private static void gufunc(Registry.Builder r, String name, Ufunc u) {
        r.def(name, GUFUNC, a -> {
            a.unsupported("order", "subok", "signature", "axes", "axis");
            Object[] in = {scalarOrArray(a.raw("x1")), scalarOrArray(a.raw("x2"))};
            return u.call(in, out(a, name), null, a.dtype("dtype"), a.string("casting"));
        });
    }

    /** Python scalars stay weak Java scalars (Integer becomes Long); everything else is array-like. */
    private static Object scalarOrArray(Object v) {
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        return v;
    }

    private static Object where(Object w) {
        return Boolean.TRUE.equals(w) ? null : w;
    }

    private static NDArray out(Args a, String name) {
        Object o = a.raw("out");
        if (o instanceof List) {
            if (((List<?>) o).size() != 1) {
                throw new ValueError("The 'out' tuple must have exactly one entry per ufunc output");
            }
            o = ((List<?>) o).get(0);
        }
        if (o == null || o instanceof NDArray) {
            return (NDArray) o;
        }
        throw new TypeError("return arrays must be of ArrayType");
    }

    private static void accumulation(Registry.Builder r, String name, Ufunc u) {
        r.def(name, "(a, axis=None, dtype=None, out=None)", a -> {
            if (a.raw("out") != null) {
                throw new NotImplementedError("The 'out' argument to numpy." + name + " is not supported.");
            }
            Integer axis = a.integerOrNull("axis");
            NDArray arr = a.array("a");
            return axis == null ? u.accumulate(arr.ravel(), 0, a.dtype("dtype")) : u.accumulate(arr, axis, a.dtype("dtype"));
        });
    }

    private static void reduction(Registry.Builder r, String name, Ufunc u, boolean hasDtype) {
        String sig = hasDtype
                ? "(a, axis=None, dtype=None, out=None, keepdims=<no value>, initial=<no value>, where=<no value>)"
                : "(a, axis=None, out=None, keepdims=<no value>, initial=<no value>, where=<no value>)";
        r.def(name, sig, a -> {
            Object init = a.raw("initial");
            if (init == Signature.NO_VALUE) {
                init = null; // initial=None is also "no initial value" in NumPy
            }
            return reduce(a, u, hasDtype ? a.dtype("dtype") : null, init);
        });
    }

    /** {@code np.all} / {@code np.any}: {@code logical_and.reduce} / {@code logical_or.reduce} (bool results). */
    private static void logicalReduction(Registry.Builder r, String name, Ufunc u) {
        r.def(name, "(a, axis=None, out=None, keepdims=<no value>, *, where=<no value>)", a -> reduce(a, u, null, null));
    }

    /** {@code u.reduce} with a reduction function's {@code axis}, {@code out}, {@code keepdims}, {@code where}. */
    private static Object reduce(Args a, Ufunc u, DType dtype, Object init) {
        Object w = a.raw("where");
        if (w == Signature.NO_VALUE || Boolean.TRUE.equals(w)) {
            w = null;
        }
        Object ax = a.raw("axis");
        int[] axes = ax == null ? null : ax instanceof List ? Conversions.intSequence(ax) : new int[] {Conversions.index(ax)};
        Object kd = a.raw("keepdims");
        boolean keepdims = kd != Signature.NO_VALUE && Conversions.truthy(kd);
        Object out = a.raw("out");
        if (out == null) {
            return u.reduce(a.raw("a"), axes, dtype, keepdims, init, w);
        }
        if (out instanceof List && ((List<?>) out).size() == 1) {
            out = ((List<?>) out).get(0);
        }
        if (!(out instanceof NDArray)) {
            throw new TypeError("return arrays must be of ArrayType");
        }
        return u.reduce(a.raw("a"), axes, dtype, (NDArray) out, keepdims, init, w);
    }
}
