package org.numpyjvm.api.internal.dynamic;

import java.util.Arrays;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.Np;
import org.numpyjvm.api.dynamic.Args;
import org.numpyjvm.api.dynamic.Registry;

/** Creation routines in the dynamic layer: array, asarray, zeros, empty, ones, full, arange, copy. */
final class CreationFunctions {
    private CreationFunctions() {
    }

    static void register(Registry.Builder r) {
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
}
