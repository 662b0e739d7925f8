package org.numpyjvm.api.internal.dynamic;

import java.util.Arrays;
import java.util.List;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.Np;
import org.numpyjvm.api.TypeError;
import org.numpyjvm.api.ValueError;
import org.numpyjvm.api.dynamic.Conversions;
import org.numpyjvm.api.dynamic.Registry;

/**
 * Indexing routines in the dynamic layer: take, put, take_along_axis, put_along_axis, putmask,
 * place, compress, extract, choose, select, where, nonzero, flatnonzero, argwhere, ix_,
 * diag_indices, diag_indices_from, fill_diagonal. Tuples of arrays are returned as a
 * {@code List<NDArray>}; in-place routines return null (None). {@code out=} is not supported.
 */
final class IndexingFunctions {
    private IndexingFunctions() {
    }

    static void register(Registry.Builder r) {
        r.def("take", "(a, indices, axis=None, out=None, mode='raise')", a -> {
            a.unsupported("out");
            return Np.take(a.raw("a"), a.raw("indices"), a.integerOrNull("axis"), a.clipmode("mode"));
        });
        r.def("put", "(a, ind, v, mode='raise')", a -> {
            Object arr = a.raw("a");
            if (!(arr instanceof NDArray)) {
                throw new TypeError("argument 1 must be numpy.ndarray, not <class '" + Conversions.typeName(arr) + "'>");
            }
            Np.put((NDArray) arr, a.raw("ind"), a.raw("v"), a.clipmode("mode"));
            return null;
        });
        r.def("take_along_axis", "(arr, indices, axis=-1)", a -> {
            NDArray arr = AttributeError.requireArray(a.raw("arr"), "ndim");
            Integer axis = a.integerOrNull("axis");
            return Np.takeAlongAxis(arr, AttributeError.requireArray(a.raw("indices"), "dtype"), axis);
        });
        r.def("put_along_axis", "(arr, indices, values, axis)", a -> {
            NDArray arr = AttributeError.requireArray(a.raw("arr"), "ndim");
            Integer axis = a.integerOrNull("axis");
            Np.putAlongAxis(arr, AttributeError.requireArray(a.raw("indices"), "dtype"), a.raw("values"), axis);
            return null;
        });
        r.def("putmask", "(a, /, mask, values)", a -> {
            if (!(a.raw("a") instanceof NDArray)) {
                throw new TypeError("putmask: first argument must be an array");
            }
            Np.putmask((NDArray) a.raw("a"), a.raw("mask"), a.raw("values"));
            return null;
        });
        r.def("place", "(arr, mask, vals)", a -> {
            Object arr = a.raw("arr");
            if (!(arr instanceof NDArray)) {
                throw new TypeError("place() argument 1 must be numpy.ndarray, not "
                        + (arr == null ? "None" : Conversions.typeName(arr)));
            }
            Np.place((NDArray) arr, a.raw("mask"), a.raw("vals"));
            return null;
        });
        r.def("compress", "(condition, a, axis=None, out=None)", a -> {
            a.unsupported("out");
            return Np.compress(a.raw("condition"), a.raw("a"), a.integerOrNull("axis"));
        });
        r.def("extract", "(condition, arr)", a -> Np.extract(a.raw("condition"), a.raw("arr")));
        r.def("choose", "(a, choices, out=None, mode='raise')", a -> {
            a.unsupported("out");
            return Np.choose(a.raw("a"), a.raw("choices"), a.clipmode("mode"));
        });
        r.def("select", "(condlist, choicelist, default=0)",
            a -> Np.select(a.raw("condlist"), a.raw("choicelist"), a.raw("default")));
        r.def("where", "(condition, x=None, y=None, /)", a -> {
            boolean hasX = a.raw("x") != null;
            boolean hasY = a.raw("y") != null;
            if (!hasX && !hasY) {
                return tuple(Np.where(a.raw("condition")));
            }
            if (hasX != hasY) {
                throw new ValueError("either both or neither of x and y should be given");
            }
            return Np.where(a.raw("condition"), a.raw("x"), a.raw("y"));
        });
        r.def("nonzero", "(a)", a -> tuple(Np.nonzero(a.raw("a"))));
        r.def("flatnonzero", "(a)", a -> Np.flatnonzero(a.raw("a")));
        r.def("argwhere", "(a)", a -> Np.argwhere(a.raw("a")));
        r.def("ix_", "(*args)", a -> tuple(Np.ix(a.varargs("args").toArray())));
        r.def("diag_indices", "(n, ndim=2)", a -> {
            // NumPy: idx = np.arange(n); return (idx,) * ndim
            Object n = a.number("n");
            if (n instanceof Boolean) {
                n = ((Boolean) n) ? 1L : 0L;
            } else if (!(n instanceof Number)) {
                throw new TypeError("unsupported operand type(s) for -: '" + Conversions.typeName(n) + "' and 'int'");
            }
            NDArray idx = Np.arange(0L, (Number) n, 1L, null);
            Object ndim = a.raw("ndim");
            if (!Conversions.isInteger(ndim) && !(ndim instanceof Boolean)) {
                throw new TypeError("can't multiply sequence by non-int of type '" + Conversions.typeName(ndim) + "'");
            }
            NDArray[] out = new NDArray[Math.max(0, a.integer("ndim"))];
            Arrays.fill(out, idx);
            return tuple(out);
        });
        r.def("diag_indices_from", "(arr)", a -> tuple(Np.diagIndicesFrom(AttributeError.requireArray(a.raw("arr"), "ndim"))));
        r.def("fill_diagonal", "(a, val, wrap=False)", a -> {
            Np.fillDiagonal(AttributeError.requireArray(a.raw("a"), "ndim"), a.raw("val"), a.bool("wrap"));
            return null;
        });
    }

    /** A Python tuple of arrays as the dynamic layer returns it. */
    static List<NDArray> tuple(NDArray[] arrays) {
        return Arrays.asList(arrays);
    }
}
