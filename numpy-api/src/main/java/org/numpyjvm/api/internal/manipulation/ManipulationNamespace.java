package org.numpyjvm.api.internal.manipulation;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.NotImplementedError;
import org.numpyjvm.api.Np;
import org.numpyjvm.api.dynamic.Args;
import org.numpyjvm.api.dynamic.Conversions;
import org.numpyjvm.api.dynamic.NamespaceProvider;
import org.numpyjvm.api.dynamic.Registry;

/**
 * The manipulation routines in the dynamic layer, with NumPy 2's signatures
 * ({@code inspect.signature}); arguments numpy-jvm does not support ({@code out}, {@code dtype},
 * {@code casting}, a callable pad mode) fail loudly. Tuple results are Java lists.
 */
public final class ManipulationNamespace implements NamespaceProvider {

    @Override
    public String id() {
        return "numpy-api-manipulation";
    }

    @Override
    public void register(Registry.Builder r) {
        dims(r);
        joining(r);
        splitting(r);
        tiling(r);
        rearranging(r);
        addRemove(r);
        r.def("pad", "(array, pad_width, mode='constant', **kwargs)", a -> {
            Object mode = a.raw("mode");
            if (!(mode instanceof String)) {
                throw new NotImplementedError("The callable 'mode' argument to numpy.pad is not supported.");
            }
            @SuppressWarnings("unchecked")
            Map<String, ?> kw = (Map<String, ?>) a.raw("kwargs");
            return Np.pad(a.array("array"), a.raw("pad_width"), (String) mode, kw);
        });
        indices(r);
        r.def("concat", "(arrays, /, axis=0, out=None, *, dtype=None, casting='same_kind')", a -> {
            noOutDtypeCasting(a, true);
            return Joining.concatenate(arrays(a, "arrays"), a.integerOrNull("axis"));
        });
        r.def("unstack", "(x, /, *, axis=0)", a -> tuple(AxisOrder.unstack(a.array("x"), a.integer("axis"))));
        r.def("rollaxis", "(a, axis, start=0)", a -> AxisOrder.rollaxis(a.array("a"), a.integer("axis"), a.integer("start")));
        r.def("permute_dims", "(a, axes=None)", a -> AxisOrder.permuteDims(a.array("a"), a.axes("axes")));
        r.def("matrix_transpose", "(x, /)", a -> AxisOrder.matrixTranspose(a.array("x")));
        r.def("copyto", "(dst, src, casting='same_kind', where=True)", a -> {
            Object dst = a.raw("dst");
            if (!(dst instanceof NDArray)) {
                throw new org.numpyjvm.api.TypeError("copyto() argument 1 must be numpy.ndarray, not "
                        + Conversions.typeName(dst));
            }
            CopyTo.copyto((NDArray) dst, a.raw("src"), a.string("casting"), a.raw("where"));
            return null;
        });
        r.def("ndim", "(a)", a -> (long) a.array("a").ndim());
        r.def("shape", "(a)", a -> {
            java.util.List<Long> t = new java.util.ArrayList<>();
            for (int d : a.array("a").shape()) {
                t.add((long) d);
            }
            return t;
        });
        r.def("size", "(a, axis=None)", a -> {
            NDArray x = a.array("a");
            int[] axes = a.axes("axis");
            long n = 1;
            if (axes == null) {
                return (long) x.size();
            }
            for (int ax : axes) {
                n *= x.shape()[org.numpyjvm.api.internal.core.Shapes.normalizeAxis(ax, x.ndim())];
            }
            return n;
        });
    }

    // ------------------------------------------------------------------ argument helpers

    /** A sequence of array-likes; one array stands for the sequence of its sub-arrays along axis 0. */
    private static NDArray[] arrays(Args a, String name) {
        Object v = a.raw(name);
        if (v instanceof NDArray) {
            return Joining.rows((NDArray) v);
        }
        List<?> items = Conversions.sequence(v, a.function(), name);
        NDArray[] out = new NDArray[items.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Np.asarray(items.get(i));
        }
        return out;
    }

    /** A Python int, or a NumPy integer scalar (a 0-d integer array). */
    private static boolean isInt(Object v) {
        return Conversions.isInteger(Conversions.indexValue(v));
    }

    private static int[] ints(Object v) {
        if (v instanceof NDArray) {
            long[] l = ((NDArray) v).toLongArray();
            int[] out = new int[l.length];
            for (int i = 0; i < l.length; i++) {
                out[i] = (int) l[i];
            }
            return out;
        }
        return isInt(v) ? new int[] {Conversions.index(v)} : Conversions.intSequence(v);
    }

    private static char order(Args a) {
        return a.isNone("order") ? 'C' : a.order("order", 'C');
    }

    private static List<NDArray> tuple(NDArray[] arrays) {
        return Arrays.asList(arrays);
    }

    private static void noOutDtypeCasting(Args a, boolean hasOut) {
        if (hasOut) {
            a.unsupported("out");
        }
        a.unsupported("dtype", "casting");
    }

    // ------------------------------------------------------------------ families

    private static void dims(Registry.Builder r) {
        r.def("squeeze", "(a, axis=None)", a -> {
            int[] axis = a.axes("axis");
            return axis == null ? Np.squeeze(a.array("a")) : Np.squeeze(a.array("a"), axis);
        });
        r.def("expand_dims", "(a, axis)", a -> Np.expandDims(a.array("a"), a.axes("axis")));
        r.def("atleast_1d", "(*arys)", a -> atleast(a, 1));
        r.def("atleast_2d", "(*arys)", a -> atleast(a, 2));
        r.def("atleast_3d", "(*arys)", a -> atleast(a, 3));
    }

    private static Object atleast(Args a, int n) {
        List<Object> arys = a.varargs("arys");
        NDArray[] out = new NDArray[arys.size()];
        for (int i = 0; i < out.length; i++) {
            NDArray x = Np.asarray(arys.get(i));
            out[i] = n == 1 ? Dims.atleast1d(x) : n == 2 ? Dims.atleast2d(x) : Dims.atleast3d(x);
        }
        return out.length == 1 ? out[0] : tuple(out);
    }

    private static void joining(Registry.Builder r) {
        r.def("concatenate", "(arrays, /, axis=0, out=None, *, dtype=None, casting='same_kind')", a -> {
            noOutDtypeCasting(a, true);
            if (a.raw("arrays") instanceof NDArray && ((NDArray) a.raw("arrays")).ndim() == 0) {
                throw new org.numpyjvm.api.TypeError("dispatcher for __array_function__ did not return an iterable");
            }
            return Joining.concatenate(arrays(a, "arrays"), a.integerOrNull("axis"));
        });
        r.def("stack", "(arrays, axis=0, out=None, *, dtype=None, casting='same_kind')", a -> {
            noOutDtypeCasting(a, true);
            return Joining.stack(arrays(a, "arrays"), a.integer("axis"));
        });
        r.def("vstack", "(tup, *, dtype=None, casting='same_kind')", a -> {
            noOutDtypeCasting(a, false);
            return Joining.vstack(arrays(a, "tup"));
        });
        r.def("hstack", "(tup, *, dtype=None, casting='same_kind')", a -> {
            noOutDtypeCasting(a, false);
            return Joining.hstack(arrays(a, "tup"));
        });
        r.def("dstack", "(tup)", a -> Joining.dstack(arrays(a, "tup")));
        r.def("column_stack", "(tup)", a -> Joining.columnStack(arrays(a, "tup")));
        r.def("block", "(arrays)", a -> Block.block(a.raw("arrays")));
    }

    private static void splitting(Registry.Builder r) {
        r.def("split", "(ary, indices_or_sections, axis=0)", a -> {
            Object s = a.raw("indices_or_sections");
            NDArray x = a.array("ary");
            return tuple(isInt(s) ? Splitting.split(x, Conversions.index(s), a.integer("axis"))
                    : Splitting.split(x, ints(s), a.integer("axis")));
        });
        r.def("array_split", "(ary, indices_or_sections, axis=0)", a -> {
            Object s = a.raw("indices_or_sections");
            NDArray x = a.array("ary");
            return tuple(isInt(s) ? Splitting.arraySplit(x, Conversions.index(s), a.integer("axis"))
                    : Splitting.arraySplit(x, ints(s), a.integer("axis")));
        });
        for (String kind : new String[] {"h", "v", "d"}) {
            r.def(kind + "split", "(ary, indices_or_sections)", a -> {
                Object s = a.raw("indices_or_sections");
                NDArray x = a.array("ary");
                return tuple(isInt(s) ? Splitting.directional(x, kind.charAt(0), Conversions.index(s))
                        : Splitting.directional(x, kind.charAt(0), ints(s)));
            });
        }
    }

    private static void tiling(Registry.Builder r) {
        r.def("tile", "(A, reps)", a -> Tiling.tile(a.array("A"), ints(a.raw("reps"))));
        r.def("repeat", "(a, repeats, axis=None)",
            a -> Tiling.repeat(a.array("a"), Tiling.counts(a.raw("repeats")), a.integerOrNull("axis")));
        r.def("resize", "(a, new_shape)", a -> Tiling.resize(a.array("a"), ints(a.raw("new_shape"))));
    }

    private static void rearranging(Registry.Builder r) {
        r.def("flip", "(m, axis=None)", a -> {
            int[] axis = a.axes("axis");
            return axis == null ? Rearranging.flip(a.array("m")) : Rearranging.flip(a.array("m"), axis);
        });
        r.def("fliplr", "(m)", a -> Rearranging.fliplr(a.array("m")));
        r.def("flipud", "(m)", a -> Rearranging.flipud(a.array("m")));
        r.def("roll", "(a, shift, axis=None)", a -> {
            Object sv = a.raw("shift");
            long[] shift;
            if (sv instanceof NDArray) {
                shift = ((NDArray) sv).toLongArray();
            } else if (isInt(sv)) {
                shift = new long[] {((Number) sv).longValue()};
            } else {
                List<?> items = Conversions.sequence(sv, a.function(), "shift");
                shift = new long[items.size()];
                for (int i = 0; i < shift.length; i++) {
                    if (!isInt(items.get(i))) {
                        Conversions.index(items.get(i)); // NumPy's TypeError for a non-integer
                    }
                    shift[i] = ((Number) Conversions.indexValue(items.get(i))).longValue();
                }
            }
            return Rearranging.roll(a.array("a"), shift, a.axes("axis"));
        });
        r.def("rot90", "(m, k=1, axes=(0, 1))", a -> Rearranging.rot90(a.array("m"), a.integer("k"), ints(a.raw("axes"))));
    }

    private static void addRemove(Registry.Builder r) {
        r.def("append", "(arr, values, axis=None)", a -> AddRemove.append(a.array("arr"), a.raw("values"), a.integerOrNull("axis")));
        r.def("insert", "(arr, obj, values, axis=None)",
            a -> AddRemove.insert(a.array("arr"), a.raw("obj"), a.raw("values"), a.integerOrNull("axis")));
        r.def("delete", "(arr, obj, axis=None)", a -> AddRemove.delete(a.array("arr"), a.raw("obj"), a.integerOrNull("axis")));
        r.def("trim_zeros", "(filt, trim='fb', axis=None)",
            a -> AddRemove.trimZeros(a.array("filt"), a.string("trim"), a.axes("axis")));
    }

    private static void indices(Registry.Builder r) {
        r.def("unravel_index", "(indices, shape, order='C')",
            a -> tuple(IndexArithmetic.unravelIndex(a.raw("indices"), a.shape("shape"), order(a))));
        r.def("ravel_multi_index", "(multi_index, dims, mode='raise', order='C')", a -> {
            Object mi = a.raw("multi_index");
            Object[] parts = mi instanceof NDArray ? Joining.rows((NDArray) mi)
                    : Conversions.sequence(mi, a.function(), "multi_index").toArray();
            Object mode = a.raw("mode");
            String[] modes = mode instanceof String ? new String[] {(String) mode}
                    : Conversions.sequence(mode, a.function(), "mode").toArray(new String[0]);
            NDArray out = IndexArithmetic.ravelMultiIndex(parts, a.shape("dims"), modes, order(a));
            return out;
        });
        r.def("tril_indices", "(n, k=0, m=None)", a -> tuple(IndexArithmetic.triIndices(a.integer("n"), a.integer("k"),
                a.isNone("m") ? a.integer("n") : a.integer("m"), true)));
        r.def("triu_indices", "(n, k=0, m=None)", a -> tuple(IndexArithmetic.triIndices(a.integer("n"), a.integer("k"),
                a.isNone("m") ? a.integer("n") : a.integer("m"), false)));
        r.def("tril_indices_from", "(arr, k=0)", a -> tuple(IndexArithmetic.triIndicesFrom(a.array("arr"), a.integer("k"), true)));
        r.def("triu_indices_from", "(arr, k=0)", a -> tuple(IndexArithmetic.triIndicesFrom(a.array("arr"), a.integer("k"), false)));
    }
}
