package org.numpyjvm.api.internal.dynamic;

import org.numpyjvm.api.DType;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.TypeError;
import org.numpyjvm.api.ValueError;
import org.numpyjvm.api.dynamic.Args;
import org.numpyjvm.api.dynamic.Conversions;
import org.numpyjvm.api.dynamic.Registry;
import org.numpyjvm.api.internal.creation.Filled;
import org.numpyjvm.api.internal.creation.FromObject;
import org.numpyjvm.api.internal.creation.Ranges;

/**
 * Creation routines in the dynamic layer, delegating to {@code internal.creation}: from data
 * (array, asarray, asanyarray, ascontiguousarray, asfortranarray, astype, copy), filled (zeros,
 * ones, empty, full and their {@code *_like}) and arange here; spaces, matrices, grids and
 * buffers in {@link CreationMoreFunctions}. {@code like=} (other than None), {@code device=}
 * (other than None or "cpu"), {@code ndmax=} and {@code subok=True} of array/copy are refused;
 * {@code subok} of the {@code *_like} functions is accepted either way (no ndarray subclasses).
 */
final class CreationFunctions {
    private CreationFunctions() {
    }

    static void register(Registry.Builder r) {
        r.def("array", "(object, dtype=None, *, copy=True, order='K', subok=False, ndmin=0, ndmax=0, like=None)", a -> {
            a.unsupported("subok", "ndmax", "like");
            Boolean copy = copyFlag(a.raw("copy"));
            char order = a.order("order", 'K');
            int ndmin = Conversions.cInt(a.raw("ndmin"));
            if (ndmin > 64) {
                throw new ValueError("ndmin must be <= ndmax (64)");
            }
            return FromObject.array(a.raw("object"), a.dtype("dtype"), copy, order, Math.max(0, ndmin));
        });
        for (String name : new String[] {"asarray", "asanyarray"}) {
            r.def(name, "(a, dtype=None, order=None, *, device=None, copy=None, like=None)", a -> {
                a.unsupported("like");
                device(a);
                return FromObject.array(a.raw("a"), a.dtype("dtype"), copyFlag(a.raw("copy")), a.order("order", 'K'), 0);
            });
        }
        r.def("ascontiguousarray", "(a, dtype=None, *, like=None)", a -> {
            a.unsupported("like");
            return FromObject.array(a.raw("a"), a.dtype("dtype"), null, 'C', 1);
        });
        r.def("asfortranarray", "(a, dtype=None, *, like=None)", a -> {
            a.unsupported("like");
            return FromObject.array(a.raw("a"), a.dtype("dtype"), null, 'F', 1);
        });
        r.def("astype", "(x, dtype, /, *, copy=True, device=None)", a -> {
            device(a);
            Object x = a.raw("x");
            if (!(x instanceof NDArray)) {
                throw new TypeError("Input should be a NumPy array or scalar. It is a <class '" + Conversions.typeName(x)
                        + "'> instead.");
            }
            return FromObject.astype((NDArray) x, a.dtype("dtype"), a.bool("copy"));
        });
        r.def("copy", "(a, order='K', subok=False)", a -> {
            a.unsupported("subok");
            return FromObject.array(a.raw("a"), null, Boolean.TRUE, a.order("order", 'K'), 0);
        });
        r.def("zeros", "(shape, dtype=None, order='C', *, device=None, like=None)", a -> filled(a, null));
        r.def("empty", "(shape, dtype=None, order='C', *, device=None, like=None)", a -> filled(a, null));
        r.def("ones", "(shape, dtype=None, order='C', *, device=None, like=None)", a -> filled(a, 1L));
        r.def("full", "(shape, fill_value, dtype=None, order='C', *, device=None, like=None)", a -> {
            a.unsupported("like");
            device(a);
            int[] shape = a.shape("shape");
            return Filled.full(shape, a.raw("fill_value"), a.dtype("dtype"), a.order("order", 'C'));
        });
        r.def("zeros_like", "(a, dtype=None, order='K', subok=True, shape=None, *, device=None)", a -> like(a, "a", null));
        r.def("ones_like", "(a, dtype=None, order='K', subok=True, shape=None, *, device=None)", a -> like(a, "a", 1L));
        r.def("empty_like", "(prototype, /, dtype=None, order='K', subok=True, shape=None, *, device=None)",
            a -> like(a, "prototype", null));
        r.def("full_like", "(a, fill_value, dtype=None, order='K', subok=True, shape=None, *, device=None)",
            a -> like(a, "a", a.raw("fill_value")));
        r.def("arange", "(start_or_stop, /, stop=None, step=1, *, dtype=None, device=None, like=None)", a -> {
            a.unsupported("like");
            device(a);
            Object start = a.raw("start_or_stop");
            Object stop = a.raw("stop");
            Object step = a.raw("step");
            if (start instanceof String || stop instanceof String || step instanceof String) {
                throw new TypeError("arange() not supported for inputs with DType <class 'numpy.dtypes.StrDType'>.");
            }
            if (start == null) {
                throw new TypeError("unsupported operand type(s) for -: " + (stop == null ? "'NoneType' and 'int'"
                        : "'" + Conversions.typeName(stop) + "' and 'NoneType'"));
            }
            if (stop == null) {
                requireNumber(start, start, "int");
            } else {
                requireNumber(start, stop, start);
                requireNumber(stop, stop, start);
                requireNumber(step, step, "int");
            }
            return Ranges.arange(start, stop, step, a.dtype("dtype"));
        });
        CreationMoreFunctions.register(r);
    }

    /** zeros/ones/empty: dtype None is float64; only 'C' and 'F' orders. */
    private static NDArray filled(Args a, Object value) {
        a.unsupported("like");
        device(a);
        int[] shape = a.shape("shape");
        DType dt = a.dtype("dtype");
        char order = a.order("order", 'C');
        if (dt == null) {
            dt = DType.FLOAT64;
        }
        return value == null ? Filled.zeros(shape, dt, order) : Filled.ones(shape, dt, order);
    }

    /** The {@code *_like} functions; {@code fill} null is zeros (and empty, zero-filled). */
    private static NDArray like(Args a, String proto, Object fill) {
        device(a);
        DType dt = a.dtype("dtype");
        char order = a.order("order", 'K');
        int[] shape = a.isNone("shape") ? null : a.shape("shape");
        return fill == null ? Filled.like(a.raw(proto), dt, order, shape) : Filled.fullLike(a.raw(proto), fill, dt, order, shape);
    }

    /**
     * NumPy's {@code copy=} keyword ({@code PyArray_CopyConverter}): None copies only when
     * needed, strings are refused, anything else by truthiness.
     */
    static Boolean copyFlag(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof String) {
            throw new ValueError("strings are not allowed for 'copy' keyword. Use True/False/None instead.");
        }
        return Conversions.truthy(v);
    }

    /** The array API's {@code device=}: None or "cpu", as NumPy. */
    static void device(Args a) {
        Object v = a.raw("device");
        if (v != null && !"cpu".equals(v)) {
            throw new ValueError("Device not understood. Only \"cpu\" is allowed, but received: "
                    + (v instanceof String ? (String) v : Conversions.repr(v)));
        }
    }

    /**
     * arange's arguments must be numbers (or None for step): else Python's subtraction error naming
     * the types of the operands x and y (y a String: that type name).
     */
    private static void requireNumber(Object v, Object x, Object y) {
        if (v != null && !(v instanceof Number || v instanceof Boolean || v instanceof org.numpyjvm.api.Complex
                || v instanceof NDArray && ((NDArray) v).ndim() == 0)) {
            throw new TypeError("unsupported operand type(s) for -: '" + Conversions.typeName(x) + "' and '"
                    + (y instanceof String ? (String) y : Conversions.typeName(y)) + "'");
        }
    }
}
