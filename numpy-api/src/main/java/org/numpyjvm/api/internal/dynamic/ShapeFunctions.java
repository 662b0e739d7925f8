package org.numpyjvm.api.internal.dynamic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.Np;
import org.numpyjvm.api.dynamic.Registry;
import org.numpyjvm.api.internal.core.Internals;

/** Shape and view routines in the dynamic layer: reshape, ravel, transpose, broadcasting, memory overlap. */
final class ShapeFunctions {
    private ShapeFunctions() {
    }

    static void register(Registry.Builder r) {
        r.def("reshape", "(a, /, shape, order='C', *, copy=None)", a -> {
            NDArray arr = a.array("a");
            char order = a.order("order", 'C');
            if (order == 'K') {
                throw new org.numpyjvm.api.ValueError("order 'K' is not permitted for reshaping");
            }
            Object copy = a.raw("copy");
            NDArray out = arr.reshape(order, a.shape("shape"));
            boolean isView = Internals.data(out) == Internals.data(arr);
            if (Boolean.TRUE.equals(copy) && isView) {
                return out.copy();
            }
            if (Boolean.FALSE.equals(copy) && !isView) {
                throw new org.numpyjvm.api.ValueError("Unable to avoid creating a copy while reshaping.");
            }
            return out;
        });
        r.def("ravel", "(a, order='C')", a -> a.array("a").ravel(a.order("order", 'C')));
        r.def("transpose", "(a, axes=None)", a -> {
            int[] axes = a.axes("axes");
            return axes == null ? a.array("a").T() : a.array("a").transpose(axes);
        });
        // a.strides = s (ndarray's setter; not a NumPy function: hidden from numpy's namespace by its underscore)
        r.def("_with_strides", "(a, strides)", a -> {
            java.util.List<?> s = org.numpyjvm.api.dynamic.Conversions.sequence(a.raw("strides"), null, null);
            long[] b = new long[s.size()];
            for (int i = 0; i < b.length; i++) { // int64 values (numpy/_protocol.py checks them)
                Object o = s.get(i);
                b[i] = o instanceof Long ? (Long) o : org.numpyjvm.api.dynamic.Conversions.index(o);
            }
            return a.array("a").withStrides(b);
        });
        r.def("swapaxes", "(a, axis1, axis2)", a -> a.array("a").swapaxes(a.integer("axis1"), a.integer("axis2")));
        r.def("moveaxis", "(a, source, destination)", a -> a.array("a").moveaxis(a.axes("source"), a.axes("destination")));
        r.def("diagonal", "(a, offset=0, axis1=0, axis2=1)",
            a -> a.array("a").diagonal(a.integer("offset"), a.integer("axis1"), a.integer("axis2")));
        r.def("real", "(val)", a -> a.array("val").real());
        r.def("imag", "(val)", a -> a.array("val").imag());
        r.def("broadcast_to", "(array, shape, subok=False)", a -> {
            a.unsupported("subok");
            return a.array("array").broadcastTo(a.shape("shape"));
        });
        r.def("broadcast_shapes", "(*args)", a -> {
            List<Object> args = a.varargs("args");
            int[][] shapes = new int[args.size()][];
            for (int i = 0; i < shapes.length; i++) {
                shapes[i] = org.numpyjvm.api.dynamic.Conversions.shape(args.get(i));
            }
            int[] out = Np.broadcastShapes(shapes);
            List<Long> tuple = new ArrayList<>();
            for (int d : out) {
                tuple.add((long) d);
            }
            return tuple;
        });
        r.def("broadcast_arrays", "(*args, subok=False)", a -> {
            a.unsupported("subok");
            List<Object> args = a.varargs("args");
            NDArray[] arrays = new NDArray[args.size()];
            for (int i = 0; i < arrays.length; i++) {
                arrays[i] = Np.asarray(args.get(i));
            }
            return Arrays.asList(Np.broadcastArrays(arrays));
        });
        r.def("shares_memory", "(a, b, /, max_work=None)", a -> {
            a.unsupported("max_work");
            return Np.sharesMemory(a.array("a"), a.array("b"));
        });
        r.def("may_share_memory", "(a, b, /, max_work=None)", a -> {
            a.unsupported("max_work");
            return Np.mayShareMemory(a.array("a"), a.array("b"));
        });
    }
}
