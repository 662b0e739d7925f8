package org.numpyjvm.api.internal.dynamic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.Np;
import org.numpyjvm.api.dynamic.Args;
import org.numpyjvm.api.dynamic.NamespaceProvider;
import org.numpyjvm.api.dynamic.Registry;
import org.numpyjvm.api.internal.core.Internals;

/**
 * numpy-api's functions in the dynamic layer, each with NumPy 2's signature text
 * ({@code inspect.signature}); arguments numpy-jvm does not support fail loudly
 * ({@link Args#unsupported}).
 */
public final class CoreNamespace implements NamespaceProvider {

    @Override
    public String id() {
        return "numpy-api";
    }

    @Override
    public void register(Registry.Builder r) {
        creation(r);
        shapes(r);
        dtypes(r);
    }

    private static void dtypes(Registry.Builder r) {
        r.def("promote_types", "(type1, type2, /)", a -> Np.promoteTypes(a.dtype("type1"), a.dtype("type2")));
        r.def("result_type", "(*arrays_and_dtypes)", a -> Np.resultType(a.varargs("arrays_and_dtypes").toArray()));
        r.def("can_cast", "(from_, to, casting='safe')", a -> {
            Object from = a.raw("from_");
            return Np.canCast(from instanceof String ? DType.of((String) from) : from, a.dtype("to"), a.string("casting"));
        });
    }

    private static void creation(Registry.Builder r) {
        r.def("array", "(object, dtype=None, *, copy=True, order='K', subok=False, ndmin=0, ndmax=0, like=None)", a -> {
            a.unsupported("subok", "ndmax", "like");
            NDArray out = a.raw("object") instanceof NDArray && !a.bool("copy") && a.isNone("dtype")
                    ? (NDArray) a.raw("object") : Np.array(a.raw("object"), a.dtype("dtype"));
            char order = a.order("order", 'K');
            if (order == 'F' && !out.isFContiguous()) {
                out = out.copy('F');
            }
            int ndmin = a.integer("ndmin");
            if (out.ndim() < ndmin) {
                int[] shape = new int[ndmin];
                Arrays.fill(shape, 1);
                System.arraycopy(out.shape(), 0, shape, ndmin - out.ndim(), out.ndim());
                out = out.reshape(shape);
            }
            return out;
        });
        r.def("asarray", "(a, dtype=None, order=None, *, device=None, copy=None, like=None)", a -> {
            a.unsupported("device", "like");
            return Np.asarray(a.raw("a"), a.dtype("dtype"));
        });
        r.def("zeros", "(shape, dtype=None, order='C', *, device=None, like=None)", a -> {
            a.unsupported("device", "like");
            return filled(a, null);
        });
        r.def("empty", "(shape, dtype=None, order='C', *, device=None, like=None)", a -> {
            a.unsupported("device", "like");
            return filled(a, null);
        });
        r.def("ones", "(shape, dtype=None, order='C', *, device=None, like=None)", a -> {
            a.unsupported("device", "like");
            return filled(a, 1L);
        });
        r.def("full", "(shape, fill_value, dtype=None, order='C', *, device=None, like=None)", a -> {
            a.unsupported("device", "like");
            Object fill = a.raw("fill_value");
            DType dt = a.dtype("dtype");
            NDArray out = Np.full(dt != null ? dt : Np.array(fill).dtype(), fill, a.shape("shape"));
            return a.order("order", 'C') == 'F' ? out.copy('F') : out;
        });
        r.def("arange", "(start_or_stop, /, stop=None, step=1, *, dtype=None, device=None, like=None)", a -> {
            a.unsupported("device", "like");
            Number start = (Number) a.number("start_or_stop");
            Object stop = a.raw("stop");
            if (stop == null) {
                return Np.arange(0L, start, (Number) a.number("step"), a.dtype("dtype"));
            }
            return Np.arange(start, (Number) a.number("stop"), (Number) a.number("step"), a.dtype("dtype"));
        });
        r.def("copy", "(a, order='K', subok=False)", a -> {
            a.unsupported("subok");
            return a.array("a").copy(a.order("order", 'K'));
        });
    }

    private static NDArray filled(Args a, Object value) {
        DType dt = a.dtype("dtype");
        if (dt == null) {
            dt = DType.FLOAT64;
        }
        NDArray out = value == null ? Np.zeros(dt, a.shape("shape")) : Np.full(dt, value, a.shape("shape"));
        return a.order("order", 'C') == 'F' ? out.copy('F') : out;
    }

    private static void shapes(Registry.Builder r) {
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
