package org.numpyjvm.api.internal.dynamic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.IndexFunction;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.NotImplementedError;
import org.numpyjvm.api.TypeError;
import org.numpyjvm.api.dynamic.Args;
import org.numpyjvm.api.dynamic.Conversions;
import org.numpyjvm.api.dynamic.Registry;
import org.numpyjvm.api.internal.creation.FromBuffer;
import org.numpyjvm.api.internal.creation.FromText;
import org.numpyjvm.api.internal.creation.Grids;
import org.numpyjvm.api.internal.creation.Matrices;
import org.numpyjvm.api.internal.creation.Spaces;

/**
 * Creation routines in the dynamic layer, part two: linspace, logspace, geomspace, eye,
 * identity, tri, tril, triu, diag, diagflat, vander, meshgrid, indices, fromfunction,
 * frombuffer, fromiter, fromstring. Python tuples come back as a {@code List} (meshgrid,
 * {@code indices(sparse=True)}, {@code linspace(retstep=True)} → {@code [samples, step]}).
 *
 * <p>Values the dynamic layer accepts beyond the usual ones:
 * <ul>
 * <li>fromfunction's {@code function}: an {@link IndexFunction} or a
 * {@code java.util.function.Function<NDArray[], Object>} (its result is returned as is, as
 * NumPy returns whatever the function returns); keyword arguments for the function
 * ({@code **kwargs}) are not supported;</li>
 * <li>frombuffer's {@code buffer}: a {@code byte[]} (Python bytes);</li>
 * <li>fromiter's {@code iter}: an {@link Iterable} (List...), an {@link Iterator}, an
 * {@code Object[]} or a primitive array, or an NDArray (iterated along its first axis).</li>
 * </ul>
 * {@code np.mgrid} and {@code np.ogrid} are objects indexed with slices, not functions: they are
 * not registered here ({@code Np.mgrid}/{@code Np.ogrid} with {@code GridSlice}s).
 * {@code fromstring}'s {@code sep} is keyword-only with default {@code ''} (NumPy's C default:
 * the removed binary mode's ValueError), where NumPy's docstring writes {@code *, sep}.
 */
final class CreationMoreFunctions {
    private CreationMoreFunctions() {
    }

    static void register(Registry.Builder r) {
        r.def("linspace", "(start, stop, num=50, endpoint=True, retstep=False, dtype=None, axis=0, *, device=None)", a -> {
            CreationFunctions.device(a);
            Object[] out = Spaces.linspaceWithStep(a.raw("start"), a.raw("stop"), a.integer("num"), a.bool("endpoint"),
                    a.dtype("dtype"), a.integer("axis"));
            return a.bool("retstep") ? Arrays.asList(out[0], out[1]) : out[0];
        });
        r.def("logspace", "(start, stop, num=50, endpoint=True, base=10.0, dtype=None, axis=0)",
            a -> Spaces.logspace(a.raw("start"), a.raw("stop"), a.integer("num"), a.bool("endpoint"), a.raw("base"),
                    a.dtype("dtype"), a.integer("axis")));
        r.def("geomspace", "(start, stop, num=50, endpoint=True, dtype=None, axis=0)",
            a -> Spaces.geomspace(a.raw("start"), a.raw("stop"), a.integer("num"), a.bool("endpoint"), a.dtype("dtype"),
                    a.integer("axis")));
        r.def("eye", "(N, M=None, k=0, dtype=<class 'float'>, order='C', *, device=None, like=None)", a -> {
            a.unsupported("like");
            CreationFunctions.device(a);
            return Matrices.eye(a.integer("N"), a.integerOrNull("M"), a.integer("k"), dtype(a, DType.FLOAT64),
                    a.order("order", 'C'));
        });
        r.def("identity", "(n, dtype=None, *, like=None)", a -> {
            a.unsupported("like");
            return Matrices.eye(a.integer("n"), null, 0, dtype(a, DType.FLOAT64), 'C');
        });
        r.def("tri", "(N, M=None, k=0, dtype=<class 'float'>, *, like=None)", a -> {
            a.unsupported("like");
            return Matrices.tri(a.integer("N"), a.integerOrNull("M"), a.integer("k"), dtype(a, DType.FLOAT64));
        });
        r.def("tril", "(m, k=0)", a -> Matrices.tril(a.raw("m"), a.integer("k")));
        r.def("triu", "(m, k=0)", a -> Matrices.triu(a.raw("m"), a.integer("k")));
        r.def("diag", "(v, k=0)", a -> Matrices.diag(a.raw("v"), a.integer("k")));
        r.def("diagflat", "(v, k=0)", a -> Matrices.diagflat(a.raw("v"), a.integer("k")));
        r.def("vander", "(x, N=None, increasing=False)",
            a -> Matrices.vander(a.raw("x"), a.integerOrNull("N"), a.bool("increasing")));
        r.def("meshgrid", "(*xi, copy=True, sparse=False, indexing='xy')", a -> {
            Object indexing = a.raw("indexing");
            return Arrays.asList(Grids.meshgrid(a.varargs("xi").toArray(), indexing instanceof String ? (String) indexing
                    : Conversions.repr(indexing), a.bool("sparse"), a.bool("copy")));
        });
        r.def("indices", "(dimensions, dtype=<class 'int'>, sparse=False)", a -> {
            Object dims = a.raw("dimensions");
            if (Conversions.isInteger(dims) || dims instanceof Boolean || dims == null || dims instanceof Number) {
                throw new TypeError("'" + Conversions.typeName(dims) + "' object is not iterable");
            }
            int[] shape = a.shape("dimensions");
            DType dt = dtype(a, DType.FLOAT64);
            return a.bool("sparse") ? Arrays.asList(Grids.indicesSparse(shape, dt)) : Grids.indices(shape, dt);
        });
        r.def("fromfunction", "(function, shape, *, dtype=<class 'float'>, like=None, **kwargs)", a -> {
            a.unsupported("like");
            if (!((Map<?, ?>) a.raw("kwargs")).isEmpty()) {
                throw new NotImplementedError("Keyword arguments for the function given to numpy.fromfunction are not supported.");
            }
            return fromfunction(a.raw("function"), a.shape("shape"), dtype(a, DType.FLOAT64));
        });
        r.def("frombuffer", "(buffer, dtype=None, count=-1, offset=0, *, like=None)", a -> {
            a.unsupported("like");
            Object buffer = a.raw("buffer");
            if (buffer instanceof org.numpyjvm.api.Bytes) {
                buffer = ((org.numpyjvm.api.Bytes) buffer).toByteArray();
            }
            if (!(buffer instanceof byte[])) {
                throw new TypeError("a bytes-like object is required, not '" + Conversions.typeName(buffer) + "'");
            }
            return FromBuffer.frombuffer((byte[]) buffer, dtype(a, DType.FLOAT64), a.integer("count"), a.integer("offset"));
        });
        r.def("fromiter", "(iter, dtype, count=-1, *, like=None)", a -> {
            a.unsupported("like");
            return FromBuffer.fromiter(iterator(a.raw("iter")), a.dtype("dtype"), a.integer("count"));
        });
        r.def("fromstring", "(string, dtype=<class 'float'>, count=-1, *, sep='', like=None)", a -> {
            a.unsupported("like");
            Object s = a.raw("string");
            if (s instanceof org.numpyjvm.api.Bytes) {
                s = ((org.numpyjvm.api.Bytes) s).toByteArray();
            }
            if (s instanceof byte[]) {
                s = new String((byte[]) s, java.nio.charset.StandardCharsets.ISO_8859_1);
            }
            if (!(s instanceof String)) {
                throw new TypeError("a bytes-like object is required, not '" + Conversions.typeName(s) + "'");
            }
            Object sep = a.raw("sep");
            if (!(sep instanceof String)) {
                throw new TypeError("fromstring() argument 4 must be str, not " + Conversions.typeName(sep));
            }
            return FromText.fromstring((String) s, dtype(a, DType.FLOAT64), a.integer("count"), (String) sep);
        });
    }

    /** A dtype argument whose None means {@code dflt} ({@code np.dtype(None)} is float64). */
    private static DType dtype(Args a, DType dflt) {
        DType dt = a.dtype("dtype");
        return dt == null ? dflt : dt;
    }

    @SuppressWarnings("unchecked")
    private static Object fromfunction(Object f, int[] shape, DType dtype) {
        if (f instanceof IndexFunction) {
            return Grids.fromfunction((IndexFunction) f, shape, dtype);
        }
        if (f instanceof java.util.function.Function) {
            java.util.function.Function<NDArray[], Object> fn = (java.util.function.Function<NDArray[], Object>) f;
            Object[] result = new Object[1];
            Grids.fromfunction(coords -> {
                result[0] = fn.apply(coords);
                return null;
            }, shape, dtype);
            return result[0];
        }
        throw new TypeError("'" + Conversions.typeName(f) + "' object is not callable");
    }

    /** fromiter's iterable as an iterator; Python's TypeError for anything else. */
    private static Iterator<?> iterator(Object v) {
        if (v instanceof Iterator) {
            return (Iterator<?>) v;
        }
        if (v instanceof Iterable) {
            return ((Iterable<?>) v).iterator();
        }
        if (v instanceof NDArray && ((NDArray) v).ndim() == 0) {
            throw new TypeError("iteration over a 0-d array");
        }
        if (v instanceof Object[] || v instanceof int[] || v instanceof long[] || v instanceof double[] || v instanceof NDArray) {
            return new ArrayList<>(Conversions.sequence(v, "fromiter", "iter")).iterator();
        }
        throw new TypeError("'" + Conversions.typeName(v) + "' object is not iterable");
    }
}
