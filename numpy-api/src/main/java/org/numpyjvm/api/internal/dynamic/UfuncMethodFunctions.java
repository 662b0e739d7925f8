package org.numpyjvm.api.internal.dynamic;

import java.util.ArrayList;
import java.util.List;
import org.numpyjvm.api.KeyError;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.Np;
import org.numpyjvm.api.TypeError;
import org.numpyjvm.api.Ufunc;
import org.numpyjvm.api.ValueError;
import org.numpyjvm.api.dynamic.Args;
import org.numpyjvm.api.dynamic.Conversions;
import org.numpyjvm.api.dynamic.Registry;
import org.numpyjvm.api.dynamic.Signature;

/**
 * The methods and attributes of ufunc objects for the Python package's {@code numpy.ufunc}, as
 * private registry functions (names starting with {@code _}: not NumPy names, left out of the
 * coverage table) that take the ufunc's name first:
 * {@code _ufunc_info(name)} ({@code [__name__, nin, nout, identity, types, signature]}, or None when name
 * is not a ufunc), {@code _ufunc_reduce}, {@code _ufunc_accumulate}, {@code _ufunc_reduceat}
 * with NumPy's parameters after the name, and {@code _ufunc_at(name, a, flat, b=None)} where
 * {@code flat} are the C-order flat positions of the selected elements of {@code a}.
 */
final class UfuncMethodFunctions {
    private UfuncMethodFunctions() {
    }

    static void register(Registry.Builder r) {
        r.def("_ufunc_info", "(name)", a -> {
            Ufunc u;
            try {
                u = Ufunc.of(a.string("name"));
            } catch (KeyError e) {
                return null;
            }
            List<Object> info = new ArrayList<>();
            info.add(u.name());
            info.add((long) u.nin());
            info.add((long) u.nout());
            info.add(u.identity());
            info.add(new ArrayList<Object>(u.types()));
            info.add(u.signature());
            return info;
        });
        r.def("_ufunc_reduce", "(ufunc, array, axis=0, dtype=None, out=None, keepdims=False, initial=<no value>, where=True)",
            a -> {
                Object ax = a.raw("axis");
                int[] axes = ax == null ? null
                        : ax instanceof List ? Conversions.intSequence(ax) : new int[] {Conversions.index(ax)};
                Object w = a.raw("where");
                return ufunc(a).reduce(a.raw("array"), axes, a.dtype("dtype"), out(a), Conversions.truthy(a.raw("keepdims")),
                        initial(a.raw("initial")), Boolean.TRUE.equals(w) ? null : w);
            });
        r.def("_ufunc_accumulate", "(ufunc, array, axis=0, dtype=None, out=None)", a -> {
            NDArray arr = Np.asarray(a.raw("array"));
            return ufunc(a).accumulate(arr, axis(a, arr, "accumulate"), a.dtype("dtype"), out(a));
        });
        r.def("_ufunc_reduceat", "(ufunc, array, indices, axis=0, dtype=None, out=None)", a -> {
            NDArray arr = Np.asarray(a.raw("array"));
            return ufunc(a).reduceat(arr, a.raw("indices"), axis(a, arr, "reduceat"), a.dtype("dtype"), out(a));
        });
        r.def("_ufunc_at", "(ufunc, a, flat, b=None)", a -> {
            ufunc(a).atFlat(a.array("a"), a.raw("flat"), a.raw("b"));
            return null;
        });
    }

    /** {@code initial}: no value is the identity (null), None is no identity. */
    private static Object initial(Object v) {
        return v == Signature.NO_VALUE ? null : v == null ? Ufunc.INITIAL_NONE : v;
    }

    private static Ufunc ufunc(Args a) {
        return Ufunc.of(a.string("ufunc"));
    }

    /** The one axis of accumulate/reduceat: an int, a 1-tuple, or None for a 1-d array (NumPy). */
    private static int axis(Args a, NDArray arr, String method) {
        Object ax = a.raw("axis");
        if (ax instanceof List && ((List<?>) ax).size() == 1) {
            ax = ((List<?>) ax).get(0);
        } else if (ax instanceof List || ax == null && arr.ndim() > 1) {
            throw new ValueError(method + " does not allow multiple axes");
        } else if (ax == null) {
            return 0;
        }
        return Conversions.index(ax);
    }

    /** {@code out=}: an array, a 1-tuple of one, or None. */
    private static NDArray out(Args a) {
        Object o = a.raw("out");
        if (o instanceof List && ((List<?>) o).size() == 1) {
            o = ((List<?>) o).get(0);
        }
        if (o == null || o instanceof NDArray) {
            return (NDArray) o;
        }
        throw new TypeError("return arrays must be of ArrayType");
    }
}
