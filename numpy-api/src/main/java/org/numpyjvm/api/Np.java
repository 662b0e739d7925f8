package org.numpyjvm.api;

import org.numpyjvm.api.internal.core.Internals;
import org.numpyjvm.api.internal.core.Shapes;
import org.numpyjvm.api.internal.creation.FromObject;
import org.numpyjvm.api.internal.creation.Ranges;

/**
 * The {@code numpy} namespace as static Java methods: NumPy's names (camelCase where Java needs
 * it: {@code broadcast_to} is {@link #broadcastTo}), NumPy's argument order; keyword arguments
 * become overloads. Each method is a thin call into an {@link NDArray} method or an internal
 * routine; its javadoc names the NumPy function it implements and how it differs.
 */
public final class Np {
    private Np() {
    }

    /** {@code np.newaxis}. */
    public static final Object newaxis = Index.NEWAXIS;

    // ------------------------------------------------------------------ creation: from data

    /** {@code np.array(obj)}: a new array from Java arrays, lists, NDArrays or scalars. */
    public static NDArray array(Object obj) {
        return FromObject.array(obj, null);
    }

    /** {@code np.array(obj, dtype=dtype)}. */
    public static NDArray array(Object obj, DType dtype) {
        return FromObject.array(obj, dtype);
    }

    /** {@code np.asarray(obj)}: no copy when obj already is an NDArray. */
    public static NDArray asarray(Object obj) {
        return FromObject.asarray(obj, null);
    }

    /** {@code np.asarray(obj, dtype=dtype)}. */
    public static NDArray asarray(Object obj, DType dtype) {
        return FromObject.asarray(obj, dtype);
    }

    /** {@code np.copy(a)}. */
    public static NDArray copy(Object a) {
        return asarray(a).copy('K');
    }

    // ------------------------------------------------------------------ creation: filled

    /** {@code np.zeros(shape)} (float64). */
    public static NDArray zeros(int... shape) {
        return zeros(DType.FLOAT64, shape);
    }

    /** {@code np.zeros(shape, dtype)}. */
    public static NDArray zeros(DType dtype, int... shape) {
        return Internals.allocate(dtype, shape);
    }

    /** {@code np.empty(shape, dtype)}: zero-filled here (Java arrays always are). */
    public static NDArray empty(DType dtype, int... shape) {
        return Internals.allocate(dtype, shape);
    }

    public static NDArray empty(int... shape) {
        return empty(DType.FLOAT64, shape);
    }

    /** {@code np.ones(shape)} (float64). */
    public static NDArray ones(int... shape) {
        return ones(DType.FLOAT64, shape);
    }

    public static NDArray ones(DType dtype, int... shape) {
        return full(dtype, 1L, shape);
    }

    /** {@code np.full(shape, fill_value, dtype)}. */
    public static NDArray full(DType dtype, Object fillValue, int... shape) {
        NDArray a = Internals.allocate(dtype, shape);
        a.fill(fillValue);
        return a;
    }

    /** {@code np.full(shape, fill_value)}: dtype from the value as {@code np.array(fill_value)}. */
    public static NDArray full(Object fillValue, int... shape) {
        return full(array(fillValue).dtype(), fillValue, shape);
    }

    // ------------------------------------------------------------------ creation: ranges

    /** {@code np.arange(stop)} (int64). */
    public static NDArray arange(long stop) {
        return Ranges.arange(0L, stop, 1L, null);
    }

    /** {@code np.arange(start, stop)}. */
    public static NDArray arange(long start, long stop) {
        return Ranges.arange(start, stop, 1L, null);
    }

    /** {@code np.arange(start, stop, step)}. */
    public static NDArray arange(long start, long stop, long step) {
        return Ranges.arange(start, stop, step, null);
    }

    /** {@code np.arange(start, stop, step)} with float arguments (float64). */
    public static NDArray arange(double start, double stop, double step) {
        return Ranges.arange(start, stop, step, null);
    }

    /** {@code np.arange(start, stop, step, dtype=dtype)}; numbers as Python values. */
    public static NDArray arange(Number start, Number stop, Number step, DType dtype) {
        return Ranges.arange(start, stop, step, dtype);
    }

    // ------------------------------------------------------------------ shapes and views

    /** {@code np.reshape(a, shape)}. */
    public static NDArray reshape(NDArray a, int... shape) {
        return a.reshape(shape);
    }

    /** {@code np.ravel(a)}. */
    public static NDArray ravel(NDArray a) {
        return a.ravel();
    }

    /** {@code np.transpose(a, axes)}. */
    public static NDArray transpose(NDArray a, int... axes) {
        return a.transpose(axes);
    }

    /** {@code np.swapaxes(a, axis1, axis2)}. */
    public static NDArray swapaxes(NDArray a, int axis1, int axis2) {
        return a.swapaxes(axis1, axis2);
    }

    /** {@code np.moveaxis(a, source, destination)}. */
    public static NDArray moveaxis(NDArray a, int source, int destination) {
        return a.moveaxis(source, destination);
    }

    public static NDArray moveaxis(NDArray a, int[] source, int[] destination) {
        return a.moveaxis(source, destination);
    }

    /** {@code np.diagonal(a, offset, axis1, axis2)}: a read-only view. */
    public static NDArray diagonal(NDArray a, int offset, int axis1, int axis2) {
        return a.diagonal(offset, axis1, axis2);
    }

    /** {@code np.real(a)}. */
    public static NDArray real(NDArray a) {
        return a.real();
    }

    /** {@code np.imag(a)}. */
    public static NDArray imag(NDArray a) {
        return a.imag();
    }

    // ------------------------------------------------------------------ broadcasting

    /** {@code np.broadcast_shapes(*shapes)}. */
    public static int[] broadcastShapes(int[]... shapes) {
        return Shapes.broadcastShapes(shapes);
    }

    /** {@code np.broadcast_to(a, shape)}: a read-only view. */
    public static NDArray broadcastTo(Object a, int... shape) {
        return asarray(a).broadcastTo(shape);
    }

    /** {@code np.broadcast_arrays(*args)}: views of the inputs broadcast against each other. */
    public static NDArray[] broadcastArrays(NDArray... arrays) {
        int[][] shapes = new int[arrays.length][];
        for (int i = 0; i < arrays.length; i++) {
            shapes[i] = arrays[i].shape();
        }
        int[] target = Shapes.broadcastShapes(shapes);
        NDArray[] out = new NDArray[arrays.length];
        for (int i = 0; i < arrays.length; i++) {
            out[i] = java.util.Arrays.equals(arrays[i].shape(), target) ? arrays[i] : arrays[i].broadcastTo(target);
        }
        return out;
    }

    // ------------------------------------------------------------------ memory

    /** {@code np.shares_memory(a, b)}: exact (do the two arrays have an element slot in common?). */
    public static boolean sharesMemory(NDArray a, NDArray b) {
        return org.numpyjvm.api.internal.core.Overlap.shares(a, b, true);
    }

    /** {@code np.may_share_memory(a, b)}: the cheap bounds check. */
    public static boolean mayShareMemory(NDArray a, NDArray b) {
        return org.numpyjvm.api.internal.core.Overlap.shares(a, b, false);
    }

    // ================================================================== indexing routines (take, put, where, choose, ...)

    // (end of indexing routines)

    // ================================================================== creation routines (linspace, eye, meshgrid, ...)

    // (end of creation routines)

    // ================================================================== manipulation routines (concatenate, pad, ...)

    // (end of manipulation routines)

    // ================================================================== dtype routines (promote_types, iinfo, ...)

    // (end of dtype routines)

    // ================================================================== printing (array2string, printoptions, ...)

    // (end of printing)
}
