package org.numpyjvm.api.internal.creation;

import org.numpyjvm.api.DType;
import org.numpyjvm.api.GridSlice;
import org.numpyjvm.api.IndexFunction;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.ValueError;
import org.numpyjvm.api.internal.core.Internals;
import org.numpyjvm.api.internal.core.Shapes;

/**
 * Coordinate grids: {@code np.meshgrid}, {@code np.mgrid}/{@code np.ogrid} (with
 * {@link GridSlice} for the slice syntax), {@code np.indices}, {@code np.fromfunction}, written as
 * NumPy's Python code does them.
 */
public final class Grids {
    private Grids() {
    }

    /** {@code np.meshgrid(*xi, indexing=indexing, sparse=sparse, copy=copy)}. */
    public static NDArray[] meshgrid(Object[] xi, String indexing, boolean sparse, boolean copy) {
        if (!"xy".equals(indexing) && !"ij".equals(indexing)) {
            throw new ValueError("Valid values for `indexing` are 'xy' and 'ij'.");
        }
        int nd = xi.length;
        NDArray[] out = new NDArray[nd];
        for (int i = 0; i < nd; i++) {
            int[] s = ones(nd);
            s[i] = -1;
            out[i] = FromObject.asarray(xi[i], null).reshape(s);
        }
        if ("xy".equals(indexing) && nd > 1) {
            int[] s0 = ones(nd);
            s0[1] = -1;
            out[0] = out[0].reshape(s0);
            int[] s1 = ones(nd);
            s1[0] = -1;
            out[1] = out[1].reshape(s1);
        }
        if (!sparse) {
            int[][] shapes = new int[nd][];
            for (int i = 0; i < nd; i++) {
                shapes[i] = out[i].shape();
            }
            int[] target = Shapes.broadcastShapes(shapes);
            for (int i = 0; i < nd; i++) {
                out[i] = out[i].broadcastTo(target);
            }
        }
        if (copy) {
            for (int i = 0; i < nd; i++) {
                out[i] = out[i].copy();
            }
        }
        return out;
    }

    private static int[] ones(int n) {
        int[] s = new int[n];
        java.util.Arrays.fill(s, 1);
        return s;
    }

    /** {@code np.indices(dimensions, dtype)} (dense). */
    public static NDArray indices(int[] dimensions, DType dtype) {
        int n = dimensions.length;
        int[] shape = new int[n + 1];
        shape[0] = n;
        System.arraycopy(dimensions, 0, shape, 1, n);
        NDArray res = Filled.zeros(shape, dtype, 'C');
        NDArray[] parts = indicesSparse(dimensions, dtype);
        for (int i = 0; i < n; i++) {
            org.numpyjvm.api.internal.loops.Assign.copyInto(res.get((Object) i), parts[i]);
        }
        return res;
    }

    /** {@code np.indices(dimensions, dtype, sparse=True)}: one broadcastable arange per axis. */
    public static NDArray[] indicesSparse(int[] dimensions, DType dtype) {
        int n = dimensions.length;
        Shapes.size(dimensions);
        NDArray[] res = new NDArray[n];
        for (int i = 0; i < n; i++) {
            int[] s = ones(n);
            s[i] = dimensions[i];
            res[i] = Ranges.arange((long) dimensions[i], null, null, dtype).reshape(s);
        }
        return res;
    }

    /** {@code np.fromfunction(function, shape, dtype)}: {@code function(*np.indices(shape, dtype))}. */
    public static NDArray fromfunction(IndexFunction function, int[] shape, DType dtype) {
        NDArray idx = indices(shape, dtype);
        NDArray[] args = new NDArray[shape.length];
        for (int i = 0; i < shape.length; i++) {
            args[i] = idx.get((Object) i);
        }
        return function.apply(args);
    }

    /** {@code np.mgrid[key]}: one slice → a 1-d array, several → the stacked dense grid. */
    public static NDArray mgrid(GridSlice... key) {
        if (key.length == 1) {
            return single(key[0]);
        }
        Object[] r = grid(key, false);
        return (NDArray) r[0];
    }

    /** {@code np.ogrid[key]}: the open grid (one broadcastable array per slice). */
    public static NDArray[] ogrid(GridSlice... key) {
        if (key.length == 1) {
            return new NDArray[] {single(key[0])};
        }
        return (NDArray[]) grid(key, true)[0];
    }

    private static Object[] grid(GridSlice[] key, boolean sparse) {
        int n = key.length;
        int[] size = new int[n];
        boolean isFloat = false;
        for (int k = 0; k < n; k++) {
            GridSlice s = key[k];
            Object start = s.start() == null ? (Object) 0L : s.start();
            Object step = s.step() == null ? (Object) 1L : s.step();
            if (s.isPoints()) {
                double a = Math.abs(((Number) step).doubleValue());
                size[k] = (int) a;
                isFloat = true;
            } else {
                size[k] = (int) ceilDiv(start, s.stop(), step);
            }
            isFloat |= isFloaty(start) || isFloaty(s.stop()) || isFloaty(step);
        }
        DType typ = isFloat ? DType.FLOAT64 : DType.INT64;
        NDArray[] nn;
        if (sparse) {
            nn = new NDArray[n];
            for (int k = 0; k < n; k++) {
                nn[k] = Ranges.arange((long) size[k], null, null, typ);
            }
        } else {
            NDArray all = indices(size, typ);
            nn = new NDArray[n];
            for (int k = 0; k < n; k++) {
                nn[k] = all.get((Object) k);
            }
        }
        for (int k = 0; k < n; k++) {
            GridSlice s = key[k];
            Object start = s.start() == null ? (Object) 0L : s.start();
            Object step = s.step() == null ? (Object) 1L : s.step();
            if (s.isPoints()) {
                int pts = (int) Math.abs(((Number) step).doubleValue());
                step = pts != 1 ? (Object) ((toDouble(s.stop()) - toDouble(start)) / (double) (pts - 1)) : (Object) 1L;
            }
            nn[k] = scaleShift(nn[k], step, start, typ);
        }
        if (sparse) {
            for (int k = 0; k < n; k++) { // nn[k][None, ..., :, ..., None]: new axes have stride 0
                int[] shp = ones(n);
                shp[k] = nn[k].size();
                int[] st = new int[n];
                st[k] = Internals.strides(nn[k])[0];
                nn[k] = Internals.create(nn[k].dtype(), Internals.data(nn[k]), shp, st, Internals.offset(nn[k]), nn[k], true);
            }
            return new Object[] {nn};
        }
        int[] shape = new int[n + 1];
        shape[0] = n;
        System.arraycopy(size, 0, shape, 1, n);
        NDArray out = Filled.zeros(shape, typ, 'C');
        for (int k = 0; k < n; k++) {
            org.numpyjvm.api.internal.loops.Assign.copyInto(out.get((Object) k), nn[k]);
        }
        return new Object[] {out};
    }

    private static NDArray single(GridSlice s) {
        Object start = s.start() == null ? (Object) 0L : s.start();
        if (s.isPoints()) {
            double stepFloat = Math.abs(((Number) s.step()).doubleValue());
            int length = (int) stepFloat;
            Object step = length != 1 ? (Object) ((toDouble(s.stop()) - toDouble(start)) / (double) (length - 1)) : (Object) 1L;
            NDArray base = Ranges.arange(0L, (long) length, 1L, DType.FLOAT64);
            return scaleShift(base, step, start, DType.FLOAT64);
        }
        return Ranges.arange(start, s.stop(), s.step(), null);
    }

    /** {@code a * step + start} with Python scalars (weak), computed in a's dtype (int64 or float64). */
    private static NDArray scaleShift(NDArray a, Object step, Object start, DType typ) {
        boolean floaty = typ.isFloat() || isFloaty(step) || isFloaty(start);
        DType dt = floaty ? DType.FLOAT64 : DType.INT64;
        NDArray src = a.dtype().equals(dt) && a.isCContiguous() ? a : FromObject.castCopy(a, dt);
        NDArray out = Filled.zeros(a.shape(), dt, 'C');
        Object sd = Internals.data(src);
        int so = Internals.offset(src);
        Object od = Internals.data(out);
        int n = out.size();
        if (floaty) {
            double st = toDouble(step);
            double s0 = toDouble(start);
            for (int i = 0; i < n; i++) {
                ((double[]) od)[i] = ((double[]) sd)[so + i] * st + s0;
            }
        } else {
            long st = ((Number) step).longValue();
            long s0 = ((Number) start).longValue();
            for (int i = 0; i < n; i++) {
                ((long[]) od)[i] = ((long[]) sd)[so + i] * st + s0;
            }
        }
        return out;
    }

    private static boolean isFloaty(Object v) {
        return v instanceof Double || v instanceof Float;
    }

    private static double toDouble(Object v) {
        return ((Number) v).doubleValue();
    }

    /** {@code math.ceil((stop - start) / step)} in Python arithmetic. */
    private static long ceilDiv(Object start, Object stop, Object step) {
        if (!isFloaty(start) && !isFloaty(stop) && !isFloaty(step)) {
            long a = ((Number) start).longValue();
            long b = ((Number) stop).longValue();
            long s = ((Number) step).longValue();
            if (s == 0) {
                throw new org.numpyjvm.api.ZeroDivisionError("division by zero");
            }
            return (long) Math.ceil((double) (b - a) / (double) s);
        }
        double s = toDouble(step);
        if (s == 0) {
            throw new org.numpyjvm.api.ZeroDivisionError("float division by zero");
        }
        return (long) Math.ceil((toDouble(stop) - toDouble(start)) / s);
    }
}
