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

    /** {@code np.take(a, indices)}: from the flattened array. A scalar index gives a 0-d array. */
    public static NDArray take(Object a, Object indices) {
        return org.numpyjvm.api.internal.indexing.IndexRoutines.take(a, indices, null, "raise");
    }

    /** {@code np.take(a, indices, axis=axis)}; a null axis is NumPy's None (flattened). */
    public static NDArray take(Object a, Object indices, Integer axis) {
        return org.numpyjvm.api.internal.indexing.IndexRoutines.take(a, indices, axis, "raise");
    }

    /** {@code np.take(a, indices, axis=axis, mode=mode)}, mode 'raise', 'wrap' or 'clip'. */
    public static NDArray take(Object a, Object indices, Integer axis, String mode) {
        return org.numpyjvm.api.internal.indexing.IndexRoutines.take(a, indices, axis, mode);
    }

    /** {@code np.put(a, ind, v)}: {@code a.flat[ind] = v}, v repeated as needed (in place). */
    public static void put(NDArray a, Object ind, Object v) {
        org.numpyjvm.api.internal.indexing.IndexRoutines.put(a, ind, v, "raise");
    }

    /** {@code np.put(a, ind, v, mode=mode)}, mode 'raise', 'wrap' or 'clip'. */
    public static void put(NDArray a, Object ind, Object v, String mode) {
        org.numpyjvm.api.internal.indexing.IndexRoutines.put(a, ind, v, mode);
    }

    /** {@code np.take_along_axis(arr, indices, axis)}; a null axis is NumPy's None. */
    public static NDArray takeAlongAxis(NDArray arr, Object indices, Integer axis) {
        return org.numpyjvm.api.internal.indexing.IndexRoutines.takeAlongAxis(arr, indices, axis);
    }

    /**
     * {@code np.put_along_axis(arr, indices, values, axis)} (in place); a null axis is NumPy's
     * None (arr must then be C-contiguous: the flattened view must share its storage).
     */
    public static void putAlongAxis(NDArray arr, Object indices, Object values, Integer axis) {
        org.numpyjvm.api.internal.indexing.IndexRoutines.putAlongAxis(arr, indices, values, axis);
    }

    /** {@code np.putmask(a, mask, values)}: {@code a.flat[i] = values[i % len(values)]} where mask (in place). */
    public static void putmask(NDArray a, Object mask, Object values) {
        org.numpyjvm.api.internal.indexing.IndexRoutines.putmask(a, mask, values);
    }

    /** {@code np.place(arr, mask, vals)}: the true positions take vals in turn, repeated (in place). */
    public static void place(NDArray arr, Object mask, Object vals) {
        org.numpyjvm.api.internal.indexing.IndexRoutines.place(arr, mask, vals);
    }

    /** {@code np.compress(condition, a)}: from the flattened array. */
    public static NDArray compress(Object condition, Object a) {
        return org.numpyjvm.api.internal.indexing.IndexRoutines.compress(condition, a, null);
    }

    /** {@code np.compress(condition, a, axis=axis)}; a null axis is NumPy's None. */
    public static NDArray compress(Object condition, Object a, Integer axis) {
        return org.numpyjvm.api.internal.indexing.IndexRoutines.compress(condition, a, axis);
    }

    /** {@code np.extract(condition, arr)}. */
    public static NDArray extract(Object condition, Object arr) {
        return org.numpyjvm.api.internal.indexing.IndexRoutines.extract(condition, arr);
    }

    /** {@code np.choose(a, choices)}; choices a List/Object[] of arrays or an array (its first axis). */
    public static NDArray choose(Object a, Object choices) {
        return org.numpyjvm.api.internal.indexing.WhereRoutines.choose(a, choices, "raise");
    }

    /** {@code np.choose(a, choices, mode=mode)}, mode 'raise', 'wrap' or 'clip'. */
    public static NDArray choose(Object a, Object choices, String mode) {
        return org.numpyjvm.api.internal.indexing.WhereRoutines.choose(a, choices, mode);
    }

    /** {@code np.select(condlist, choicelist)} (default 0). */
    public static NDArray select(Object condlist, Object choicelist) {
        return org.numpyjvm.api.internal.indexing.WhereRoutines.select(condlist, choicelist, 0L);
    }

    /** {@code np.select(condlist, choicelist, default)}. */
    public static NDArray select(Object condlist, Object choicelist, Object dflt) {
        return org.numpyjvm.api.internal.indexing.WhereRoutines.select(condlist, choicelist, dflt);
    }

    /**
     * {@code np.where(condition, x, y)}: broadcast; the dtype is the promotion of x and y (Java
     * Number/Boolean/Complex scalars are weak Python scalars, NEP 50).
     */
    public static NDArray where(Object condition, Object x, Object y) {
        return org.numpyjvm.api.internal.indexing.WhereRoutines.where(condition, x, y);
    }

    /** {@code np.where(condition)}: the same as {@link #nonzero}. */
    public static NDArray[] where(Object condition) {
        return org.numpyjvm.api.internal.indexing.WhereRoutines.nonzero(condition);
    }

    /** {@code np.nonzero(a)}: one int64 array of indices per dimension. */
    public static NDArray[] nonzero(Object a) {
        return org.numpyjvm.api.internal.indexing.WhereRoutines.nonzero(a);
    }

    /** {@code np.flatnonzero(a)}. */
    public static NDArray flatnonzero(Object a) {
        return org.numpyjvm.api.internal.indexing.WhereRoutines.flatnonzero(a);
    }

    /** {@code np.argwhere(a)}: shape (N, a.ndim). */
    public static NDArray argwhere(Object a) {
        return org.numpyjvm.api.internal.indexing.WhereRoutines.argwhere(a);
    }

    /** {@code np.ix_(*args)} (Java name {@code ix}): open-mesh index arrays; bool args become positions. */
    public static NDArray[] ix(Object... args) {
        return org.numpyjvm.api.internal.indexing.WhereRoutines.ix(args);
    }

    /** {@code np.diag_indices(n)} (ndim 2). */
    public static NDArray[] diagIndices(int n) {
        return org.numpyjvm.api.internal.indexing.IndexRoutines.diagIndices(n, 2);
    }

    /** {@code np.diag_indices(n, ndim)}. */
    public static NDArray[] diagIndices(int n, int ndim) {
        return org.numpyjvm.api.internal.indexing.IndexRoutines.diagIndices(n, ndim);
    }

    /** {@code np.diag_indices_from(arr)}. */
    public static NDArray[] diagIndicesFrom(NDArray arr) {
        return org.numpyjvm.api.internal.indexing.IndexRoutines.diagIndicesFrom(arr);
    }

    /** {@code np.fill_diagonal(a, val)} (in place). */
    public static void fillDiagonal(NDArray a, Object val) {
        org.numpyjvm.api.internal.indexing.IndexRoutines.fillDiagonal(a, val, false);
    }

    /** {@code np.fill_diagonal(a, val, wrap)} (in place). */
    public static void fillDiagonal(NDArray a, Object val, boolean wrap) {
        org.numpyjvm.api.internal.indexing.IndexRoutines.fillDiagonal(a, val, wrap);
    }

    // (end of indexing routines)

    // ================================================================== creation routines (linspace, eye, meshgrid, ...)

    // (end of creation routines)

    // ================================================================== manipulation routines (concatenate, pad, ...)

    // (end of manipulation routines)

    // ================================================================== dtype routines (promote_types, iinfo, ...)

    /** {@code np.dtype(spec)}: any NumPy dtype spelling. */
    public static DType dtype(String spec) {
        return DType.of(spec);
    }

    /** {@code np.promote_types(type1, type2)}. */
    public static DType promoteTypes(DType type1, DType type2) {
        return DType.promoteTypes(type1, type2);
    }

    /** {@code np.result_type(*arrays_and_dtypes)}: NDArrays, DTypes, spellings, weak Java scalars. */
    public static DType resultType(Object... arraysAndDtypes) {
        return DType.resultType(arraysAndDtypes);
    }

    /** {@code np.can_cast(from_, to, casting='safe')} for dtypes (and arrays, by their dtype). */
    public static boolean canCast(Object from, DType to, String casting) {
        DType f;
        if (from instanceof NDArray) {
            f = ((NDArray) from).dtype();
        } else if (from instanceof DType) {
            f = (DType) from;
        } else if (from instanceof String) {
            f = DType.of((String) from);
        } else if (from instanceof Number || from instanceof Complex || from instanceof Boolean) {
            throw new TypeError("can_cast() does not support Python ints, floats, and complex because the result used to "
                    + "depend on the value.\nThis change was part of adopting NEP 50, we may explicitly allow them again in the future.");
        } else if (from == null) {
            throw new TypeError("did not understand one of the types; 'None' not accepted");
        } else {
            throw new TypeError("did not understand one of the input arguments");
        }
        return DType.canCast(f, to, casting);
    }

    public static boolean canCast(Object from, DType to) {
        return canCast(from, to, "safe");
    }

    /** {@code np.iinfo(int_type)}. */
    public static IInfo iinfo(DType type) {
        return IInfo.of(type);
    }

    /** {@code np.finfo(dtype)}. */
    public static FInfo finfo(DType type) {
        return FInfo.of(type);
    }

    // (end of dtype routines)

    // ================================================================== printing (array2string, printoptions, ...)

    /** {@code np.array2string(a)}. */
    public static String array2string(NDArray a) {
        return Printing.array2string(a);
    }

    /** {@code np.array_repr(arr)}. */
    public static String arrayRepr(NDArray a) {
        return Printing.arrayRepr(a);
    }

    /** {@code np.array_str(a)}. */
    public static String arrayStr(NDArray a) {
        return Printing.arrayStr(a);
    }

    /** {@code np.get_printoptions()}. */
    public static PrintOptions getPrintoptions() {
        return Printing.getPrintoptions();
    }

    /** {@code np.set_printoptions(...)}: options built from {@link PrintOptions#defaults()}. */
    public static void setPrintoptions(PrintOptions options) {
        Printing.setPrintoptions(options);
    }

    /** {@code with np.printoptions(...):} as try-with-resources. */
    public static Printing.PrintoptionsScope printoptions(PrintOptions options) {
        return Printing.printoptions(options);
    }

    /** {@code np.format_float_positional(x)}. */
    public static String formatFloatPositional(double x) {
        return Printing.formatFloatPositional(x);
    }

    /** {@code np.format_float_positional(x, precision=..., unique=..., ...)}. */
    public static String formatFloatPositional(double x, FloatFormatOptions options) {
        return Printing.formatFloatPositional(x, options);
    }

    /** {@code np.format_float_scientific(x)}. */
    public static String formatFloatScientific(double x) {
        return Printing.formatFloatScientific(x);
    }

    /** {@code np.format_float_scientific(x, precision=..., ...)}. */
    public static String formatFloatScientific(double x, FloatFormatOptions options) {
        return Printing.formatFloatScientific(x, options);
    }

    // (end of printing)
}
