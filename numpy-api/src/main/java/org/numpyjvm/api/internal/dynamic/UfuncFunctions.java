package org.numpyjvm.api.internal.dynamic;

import java.util.List;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.NotImplementedError;
import org.numpyjvm.api.TypeError;
import org.numpyjvm.api.Ufunc;
import org.numpyjvm.api.dynamic.Args;
import org.numpyjvm.api.dynamic.Conversions;
import org.numpyjvm.api.dynamic.Registry;
import org.numpyjvm.api.dynamic.Signature;
import org.numpyjvm.api.internal.ufunc.UfuncDef;

/**
 * Ufuncs in the dynamic layer: every ufunc of the table under its NumPy name (and the aliases
 * divide, mod, abs, bitwise_not) with NumPy's call signature, plus the reductions sum, prod,
 * max/amax, min/amin ({@code np._NoValue} defaults are {@link Signature#NO_VALUE}).
 */
final class UfuncFunctions {
    private UfuncFunctions() {
    }

    private static final String BINARY = "(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', "
            + "dtype=None, subok=True, signature=None)";
    private static final String UNARY = "(x, /, out=None, *, where=True, casting='same_kind', order='K', "
            + "dtype=None, subok=True, signature=None)";

    static void register(Registry.Builder r) {
        for (String name : UfuncDef.names()) {
            final Ufunc u = Ufunc.of(name);
            def(r, name, u);
            switch (name) {
                case "true_divide": def(r, "divide", u); break;
                case "remainder": def(r, "mod", u); break;
                case "absolute": def(r, "abs", u); break;
                case "invert": def(r, "bitwise_not", u); break;
                default: break;
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
        if (o instanceof List && ((List<?>) o).size() == 1) {
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
            if (a.raw("out") != null) {
                throw new NotImplementedError("The 'out' argument to numpy." + name + " is not supported.");
            }
            Object w = a.raw("where");
            if (w == Signature.NO_VALUE || Boolean.TRUE.equals(w)) {
                w = null;
            }
            Object ax = a.raw("axis");
            int[] axes = ax == null ? null : ax instanceof List ? Conversions.intSequence(ax) : new int[] {Conversions.index(ax)};
            Object kd = a.raw("keepdims");
            boolean keepdims = kd != Signature.NO_VALUE && Conversions.truthy(kd);
            Object init = a.raw("initial");
            if (init == Signature.NO_VALUE) {
                init = null; // initial=None is also "no initial value" in NumPy
            }
            DType dtype = hasDtype ? a.dtype("dtype") : null;
            return u.reduce(a.raw("a"), axes, dtype, keepdims, init, w);
        });
    }
}
