package org.numpyjvm.api.internal.dynamic;

import org.numpyjvm.api.Complex;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.Np;
import org.numpyjvm.api.TypeError;
import org.numpyjvm.api.ValueError;
import org.numpyjvm.api.dynamic.Conversions;
import org.numpyjvm.api.dynamic.Registry;

/** Data type routines in the dynamic layer: promote_types, result_type, can_cast, iinfo, finfo. */
final class DTypeFunctions {
    private DTypeFunctions() {
    }

    static void register(Registry.Builder r) {
        r.def("promote_types", "(type1, type2, /)", a -> Np.promoteTypes(a.dtype("type1"), a.dtype("type2")));
        r.def("result_type", "(*arrays_and_dtypes)", a -> Np.resultType(a.varargs("arrays_and_dtypes").toArray()));
        r.def("can_cast", "(from_, to, casting='safe')", a -> {
            Object from = a.raw("from_");
            return Np.canCast(from instanceof String ? DType.of((String) from) : from, a.dtype("to"), a.string("casting"));
        });
        r.def("iinfo", "(int_type)", a -> {
            DType dt = typeOf(a.raw("int_type"));
            if (dt == OBJECT) {
                throw new ValueError("Invalid integer data type 'O'.");
            }
            return Np.iinfo(dt);
        });
        r.def("finfo", "(dtype)", a -> {
            DType dt = typeOf(a.raw("dtype"));
            if (dt == OBJECT) {
                throw new ValueError("data type <class 'numpy.object_'> not inexact");
            }
            return Np.finfo(dt);
        });
    }

    /** Marks NumPy's object dtype, which numpy-jvm does not have. */
    private static final DType OBJECT = null;

    /**
     * {@code np.dtype(x)}, falling back to {@code np.dtype(type(x))} as iinfo and finfo do: a
     * Python int is int64, a float float64, a str that is no dtype spelling is str, a list or
     * an array is object ({@link #OBJECT}). None is float64.
     */
    static DType typeOf(Object v) {
        if (v == null) {
            return DType.FLOAT64;
        }
        if (v instanceof DType) {
            return (DType) v;
        }
        if (v instanceof String) {
            try {
                return DType.of((String) v);
            } catch (TypeError e) {
                return DType.str(0);
            }
        }
        if (v instanceof Boolean) {
            return DType.BOOL;
        }
        if (Conversions.isInteger(v)) {
            return DType.INT64;
        }
        if (v instanceof Double || v instanceof Float) {
            return DType.FLOAT64;
        }
        if (v instanceof Complex) {
            return DType.COMPLEX128;
        }
        return OBJECT;
    }
}
