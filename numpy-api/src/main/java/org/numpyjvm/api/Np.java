package org.numpyjvm.api;

import org.numpyjvm.api.internal.core.Internals;
import org.numpyjvm.api.internal.core.Shapes;
import org.numpyjvm.api.internal.creation.Filled;
import org.numpyjvm.api.internal.creation.FromBuffer;
import org.numpyjvm.api.internal.creation.FromObject;
import org.numpyjvm.api.internal.creation.FromText;
import org.numpyjvm.api.internal.creation.Grids;
import org.numpyjvm.api.internal.creation.Matrices;
import org.numpyjvm.api.internal.creation.Ranges;
import org.numpyjvm.api.internal.creation.Spaces;
import org.numpyjvm.api.internal.logic.Closeness;
import org.numpyjvm.api.internal.logic.Equality;

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

    /**
     * {@code np.array(obj, dtype, copy=copy, order=order, ndmin=ndmin)}: dtype null infers;
     * copy TRUE (NumPy's default) always copies, null copies only when needed, FALSE raises
     * NumPy's ValueError when a copy is needed; order 'K' is NumPy's default.
     */
    public static NDArray array(Object obj, DType dtype, Boolean copy, char order, int ndmin) {
        return FromObject.array(obj, dtype, copy, order, ndmin);
    }

    /** {@code np.asarray(obj)}: no copy when obj already is an NDArray. */
    public static NDArray asarray(Object obj) {
        return FromObject.asarray(obj, null);
    }

    /** {@code np.asarray(obj, dtype=dtype)}. */
    public static NDArray asarray(Object obj, DType dtype) {
        return FromObject.asarray(obj, dtype);
    }

    /** {@code np.asarray(obj, dtype=dtype, order=order)}: a copy only when dtype or order demand it. */
    public static NDArray asarray(Object obj, DType dtype, char order) {
        return FromObject.array(obj, dtype, null, order, 0);
    }

    /** {@code np.copy(a)}: a copy keeping a's layout (order='K'). */
    public static NDArray copy(Object a) {
        return FromObject.array(a, null, Boolean.TRUE, 'K', 0);
    }

    /** {@code np.copy(a, order=order)}. */
    public static NDArray copy(Object a, char order) {
        return FromObject.array(a, null, Boolean.TRUE, order, 0);
    }

    // ------------------------------------------------------------------ creation: filled

    /** {@code np.zeros(shape)} (float64). */
    public static NDArray zeros(int... shape) {
        return Filled.zeros(shape, DType.FLOAT64, 'C');
    }

    /** {@code np.zeros(shape, dtype)}. */
    public static NDArray zeros(DType dtype, int... shape) {
        return Filled.zeros(shape, dtype, 'C');
    }

    /** {@code np.zeros(shape, dtype, order)} with order 'C' or 'F'. */
    public static NDArray zeros(int[] shape, DType dtype, char order) {
        return Filled.zeros(shape, dtype, order);
    }

    /** {@code np.empty(shape, dtype)}: zero-filled here (Java arrays always are). */
    public static NDArray empty(DType dtype, int... shape) {
        return Filled.zeros(shape, dtype, 'C');
    }

    /** {@code np.empty(shape)} (float64, zero-filled). */
    public static NDArray empty(int... shape) {
        return Filled.zeros(shape, DType.FLOAT64, 'C');
    }

    /** {@code np.empty(shape, dtype, order)} (zero-filled). */
    public static NDArray empty(int[] shape, DType dtype, char order) {
        return Filled.zeros(shape, dtype, order);
    }

    /** {@code np.ones(shape)} (float64). */
    public static NDArray ones(int... shape) {
        return Filled.ones(shape, DType.FLOAT64, 'C');
    }

    /** {@code np.ones(shape, dtype)}. */
    public static NDArray ones(DType dtype, int... shape) {
        return Filled.ones(shape, dtype, 'C');
    }

    /** {@code np.ones(shape, dtype, order)}. */
    public static NDArray ones(int[] shape, DType dtype, char order) {
        return Filled.ones(shape, dtype, order);
    }

    /** {@code np.full(shape, fill_value, dtype)}: a Python-int fill must fit an integer dtype. */
    public static NDArray full(DType dtype, Object fillValue, int... shape) {
        return Filled.full(shape, fillValue, dtype, 'C');
    }

    /**
     * {@code np.full(shape, fill_value)}: dtype from the value as {@code np.array(fill_value)}.
     * (Shape first, as NumPy: a fill-first varargs overload made {@code full(DType.INT8, 5, 2)} ambiguous.)
     */
    public static NDArray full(int[] shape, Object fillValue) {
        return Filled.full(shape, fillValue, null, 'C');
    }

    /** {@code np.full(shape, fill_value, dtype, order)}; dtype null infers; fill may be a sequence (broadcast). */
    public static NDArray full(int[] shape, Object fillValue, DType dtype, char order) {
        return Filled.full(shape, fillValue, dtype, order);
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

    /** {@code np.arange(stop, dtype=dtype)}; stop a Java number standing for a Python one. */
    public static NDArray arange(Object stop, DType dtype) {
        return Ranges.arange(stop, null, null, dtype);
    }

    /**
     * {@code np.arange(start, stop, step, dtype=dtype)}: numbers as Python values
     * (Integer/Long/BigInteger, Double, Boolean, {@link Complex}); step null is 1, dtype null infers.
     */
    public static NDArray arange(Object start, Object stop, Object step, DType dtype) {
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

    /** {@code np.asanyarray(a)} (= {@link #asarray}: numpy-jvm has no ndarray subclasses). */
    public static NDArray asanyarray(Object a) {
        return FromObject.asarray(a, null);
    }

    /** {@code np.asanyarray(a, dtype)}. */
    public static NDArray asanyarray(Object a, DType dtype) {
        return FromObject.asarray(a, dtype);
    }

    /** {@code np.ascontiguousarray(a)}: C-contiguous, at least 1-d, a copy only when needed. */
    public static NDArray ascontiguousarray(Object a) {
        return FromObject.array(a, null, null, 'C', 1);
    }

    /** {@code np.ascontiguousarray(a, dtype)}. */
    public static NDArray ascontiguousarray(Object a, DType dtype) {
        return FromObject.array(a, dtype, null, 'C', 1);
    }

    /** {@code np.asfortranarray(a)}: F-contiguous, at least 1-d, a copy only when needed. */
    public static NDArray asfortranarray(Object a) {
        return FromObject.array(a, null, null, 'F', 1);
    }

    /** {@code np.asfortranarray(a, dtype)}. */
    public static NDArray asfortranarray(Object a, DType dtype) {
        return FromObject.array(a, dtype, null, 'F', 1);
    }

    /** {@code np.astype(x, dtype)}: a copy keeping x's layout. */
    public static NDArray astype(NDArray x, DType dtype) {
        return FromObject.astype(x, dtype, true);
    }

    /** {@code np.astype(x, dtype, copy=copy)}: with copy false, x itself when it already has that dtype. */
    public static NDArray astype(NDArray x, DType dtype, boolean copy) {
        return FromObject.astype(x, dtype, copy);
    }

    /** {@code np.zeros_like(a)}: a's shape, dtype and layout (order='K'). */
    public static NDArray zerosLike(Object a) {
        return Filled.like(a, null, 'K', null);
    }

    /** {@code np.zeros_like(a, dtype)}. */
    public static NDArray zerosLike(Object a, DType dtype) {
        return Filled.like(a, dtype, 'K', null);
    }

    /** {@code np.zeros_like(a, dtype, order, shape)}; dtype/shape null keep a's. */
    public static NDArray zerosLike(Object a, DType dtype, char order, int[] shape) {
        return Filled.like(a, dtype, order, shape);
    }

    /** {@code np.empty_like(a)} (zero-filled). */
    public static NDArray emptyLike(Object a) {
        return Filled.like(a, null, 'K', null);
    }

    /** {@code np.empty_like(a, dtype)} (zero-filled). */
    public static NDArray emptyLike(Object a, DType dtype) {
        return Filled.like(a, dtype, 'K', null);
    }

    /** {@code np.empty_like(a, dtype, order, shape)} (zero-filled). */
    public static NDArray emptyLike(Object a, DType dtype, char order, int[] shape) {
        return Filled.like(a, dtype, order, shape);
    }

    /** {@code np.ones_like(a)}. */
    public static NDArray onesLike(Object a) {
        return Filled.fullLike(a, 1L, null, 'K', null);
    }

    /** {@code np.ones_like(a, dtype)}. */
    public static NDArray onesLike(Object a, DType dtype) {
        return Filled.fullLike(a, 1L, dtype, 'K', null);
    }

    /** {@code np.ones_like(a, dtype, order, shape)}. */
    public static NDArray onesLike(Object a, DType dtype, char order, int[] shape) {
        return Filled.fullLike(a, 1L, dtype, order, shape);
    }

    /** {@code np.full_like(a, fill_value)}: the value cast to a's dtype. */
    public static NDArray fullLike(Object a, Object fillValue) {
        return Filled.fullLike(a, fillValue, null, 'K', null);
    }

    /** {@code np.full_like(a, fill_value, dtype)}. */
    public static NDArray fullLike(Object a, Object fillValue, DType dtype) {
        return Filled.fullLike(a, fillValue, dtype, 'K', null);
    }

    /** {@code np.full_like(a, fill_value, dtype, order, shape)}. */
    public static NDArray fullLike(Object a, Object fillValue, DType dtype, char order, int[] shape) {
        return Filled.fullLike(a, fillValue, dtype, order, shape);
    }

    /** {@code np.linspace(start, stop)} (num=50). Start/stop: numbers, Complex, sequences or arrays. */
    public static NDArray linspace(Object start, Object stop) {
        return Spaces.linspace(start, stop, 50, true, null, 0);
    }

    /** {@code np.linspace(start, stop, num)}. */
    public static NDArray linspace(Object start, Object stop, int num) {
        return Spaces.linspace(start, stop, num, true, null, 0);
    }

    /** {@code np.linspace(start, stop, num, endpoint)}. */
    public static NDArray linspace(Object start, Object stop, int num, boolean endpoint) {
        return Spaces.linspace(start, stop, num, endpoint, null, 0);
    }

    /** {@code np.linspace(start, stop, num, endpoint, dtype=dtype, axis=axis)}; dtype null infers. */
    public static NDArray linspace(Object start, Object stop, int num, boolean endpoint, DType dtype, int axis) {
        return Spaces.linspace(start, stop, num, endpoint, dtype, axis);
    }

    /**
     * {@code np.linspace(..., retstep=True)}: {@code {samples (NDArray), step}}; step is a Double
     * (Complex) for scalar endpoints, an NDArray for array endpoints, NaN when undefined.
     */
    public static Object[] linspaceRetstep(Object start, Object stop, int num, boolean endpoint, DType dtype, int axis) {
        return Spaces.linspaceWithStep(start, stop, num, endpoint, dtype, axis);
    }

    /** {@code np.logspace(start, stop, num)} (base 10). */
    public static NDArray logspace(Object start, Object stop, int num) {
        return Spaces.logspace(start, stop, num, true, 10.0, null, 0);
    }

    /** {@code np.logspace(start, stop, num, endpoint, base, dtype, axis)}; base a number or an array (broadcast). */
    public static NDArray logspace(Object start, Object stop, int num, boolean endpoint, Object base, DType dtype, int axis) {
        return Spaces.logspace(start, stop, num, endpoint, base, dtype, axis);
    }

    /** {@code np.geomspace(start, stop, num)}: negative and complex endpoints as NumPy. */
    public static NDArray geomspace(Object start, Object stop, int num) {
        return Spaces.geomspace(start, stop, num, true, null, 0);
    }

    /** {@code np.geomspace(start, stop, num, endpoint, dtype, axis)}. */
    public static NDArray geomspace(Object start, Object stop, int num, boolean endpoint, DType dtype, int axis) {
        return Spaces.geomspace(start, stop, num, endpoint, dtype, axis);
    }

    /** {@code np.eye(N)} (float64). */
    public static NDArray eye(int n) {
        return Matrices.eye(n, null, 0, DType.FLOAT64, 'C');
    }

    /** {@code np.eye(N, M, k, dtype)}; M null means N. */
    public static NDArray eye(int n, Integer m, int k, DType dtype) {
        return Matrices.eye(n, m, k, dtype, 'C');
    }

    /** {@code np.eye(N, M, k, dtype, order)}. */
    public static NDArray eye(int n, Integer m, int k, DType dtype, char order) {
        return Matrices.eye(n, m, k, dtype, order);
    }

    /** {@code np.identity(n)} (float64). */
    public static NDArray identity(int n) {
        return Matrices.eye(n, null, 0, DType.FLOAT64, 'C');
    }

    /** {@code np.identity(n, dtype)}. */
    public static NDArray identity(int n, DType dtype) {
        return Matrices.eye(n, null, 0, dtype, 'C');
    }

    /** {@code np.tri(N)} (float64). */
    public static NDArray tri(int n) {
        return Matrices.tri(n, null, 0, DType.FLOAT64);
    }

    /** {@code np.tri(N, M, k, dtype)}; M null means N. */
    public static NDArray tri(int n, Integer m, int k, DType dtype) {
        return Matrices.tri(n, m, k, dtype);
    }

    /** {@code np.tril(m)}. */
    public static NDArray tril(Object m) {
        return Matrices.tril(m, 0);
    }

    /** {@code np.tril(m, k)}: a copy with zeros above the k-th diagonal (last two axes). */
    public static NDArray tril(Object m, int k) {
        return Matrices.tril(m, k);
    }

    /** {@code np.triu(m)}. */
    public static NDArray triu(Object m) {
        return Matrices.triu(m, 0);
    }

    /** {@code np.triu(m, k)}: a copy with zeros below the k-th diagonal (last two axes). */
    public static NDArray triu(Object m, int k) {
        return Matrices.triu(m, k);
    }

    /** {@code np.diag(v)}. */
    public static NDArray diag(Object v) {
        return Matrices.diag(v, 0);
    }

    /** {@code np.diag(v, k)}: 1-d → 2-d with v on diagonal k; 2-d → diagonal k (a read-only view, as NumPy). */
    public static NDArray diag(Object v, int k) {
        return Matrices.diag(v, k);
    }

    /** {@code np.diagflat(v)}. */
    public static NDArray diagflat(Object v) {
        return Matrices.diagflat(v, 0);
    }

    /** {@code np.diagflat(v, k)}. */
    public static NDArray diagflat(Object v, int k) {
        return Matrices.diagflat(v, k);
    }

    /** {@code np.vander(x)}. */
    public static NDArray vander(Object x) {
        return Matrices.vander(x, null, false);
    }

    /** {@code np.vander(x, N, increasing)}; N null means len(x). */
    public static NDArray vander(Object x, Integer n, boolean increasing) {
        return Matrices.vander(x, n, increasing);
    }

    /** {@code np.meshgrid(*xi)} (indexing='xy', copies). */
    public static NDArray[] meshgrid(Object... xi) {
        return Grids.meshgrid(xi, "xy", false, true);
    }

    /**
     * {@code np.meshgrid(*xi, indexing=indexing, sparse=sparse, copy=copy)}. With copy false
     * and sparse false the results are read-only broadcast views (NumPy's warn-on-write views).
     */
    public static NDArray[] meshgrid(String indexing, boolean sparse, boolean copy, Object... xi) {
        return Grids.meshgrid(xi, indexing, sparse, copy);
    }

    /** {@code np.mgrid[...]}: see {@link GridSlice} ({@code GridSlice.points(a, b, n)} is {@code a:b:nj}). */
    public static NDArray mgrid(GridSlice... key) {
        return Grids.mgrid(key);
    }

    /** {@code np.mgrid[...]} with integer slices. */
    public static NDArray mgrid(Slice... key) {
        return Grids.mgrid(org.numpyjvm.api.internal.creation.GridSlices.of(key));
    }

    /** {@code np.ogrid[...]}: always an array of arrays (NumPy returns a lone array for one slice: element 0 here). */
    public static NDArray[] ogrid(GridSlice... key) {
        return Grids.ogrid(key);
    }

    /** {@code np.ogrid[...]} with integer slices. */
    public static NDArray[] ogrid(Slice... key) {
        return Grids.ogrid(org.numpyjvm.api.internal.creation.GridSlices.of(key));
    }

    /** {@code np.indices(dimensions)} (int64). */
    public static NDArray indices(int... dimensions) {
        return Grids.indices(dimensions, DType.INT64);
    }

    /** {@code np.indices(dimensions, dtype)}. */
    public static NDArray indices(int[] dimensions, DType dtype) {
        return Grids.indices(dimensions, dtype);
    }

    /** {@code np.indices(dimensions, dtype, sparse=True)}. */
    public static NDArray[] indicesSparse(int[] dimensions, DType dtype) {
        return Grids.indicesSparse(dimensions, dtype);
    }

    /** {@code np.fromfunction(function, shape)} (float64 coordinates). */
    public static NDArray fromfunction(IndexFunction function, int... shape) {
        return Grids.fromfunction(function, shape, DType.FLOAT64);
    }

    /** {@code np.fromfunction(function, shape, dtype=dtype)}. */
    public static NDArray fromfunction(IndexFunction function, int[] shape, DType dtype) {
        return Grids.fromfunction(function, shape, dtype);
    }

    /** {@code np.frombuffer(buffer)} (float64): a read-only copy (Java cannot alias byte[]). */
    public static NDArray frombuffer(byte[] buffer) {
        return FromBuffer.frombuffer(buffer, DType.FLOAT64, -1, 0);
    }

    /** {@code np.frombuffer(buffer, dtype)}: the dtype's byte order is honoured. */
    public static NDArray frombuffer(byte[] buffer, DType dtype) {
        return FromBuffer.frombuffer(buffer, dtype, -1, 0);
    }

    /** {@code np.frombuffer(buffer, dtype, count, offset)}; count -1 means all. */
    public static NDArray frombuffer(byte[] buffer, DType dtype, long count, long offset) {
        return FromBuffer.frombuffer(buffer, dtype, count, offset);
    }

    /** {@code np.fromiter(iterable, dtype)}; dtype null is float64. */
    public static NDArray fromiter(Iterable<?> iterable, DType dtype) {
        return FromBuffer.fromiter(iterable.iterator(), dtype, -1);
    }

    /** {@code np.fromiter(iterable, dtype, count)}. */
    public static NDArray fromiter(Iterable<?> iterable, DType dtype, long count) {
        return FromBuffer.fromiter(iterable.iterator(), dtype, count);
    }

    /** {@code np.fromiter(iterator, dtype, count)}. */
    public static NDArray fromiter(java.util.Iterator<?> iterator, DType dtype, long count) {
        return FromBuffer.fromiter(iterator, dtype, count);
    }

    /** {@code np.fromstring(string, sep=sep)} (float64, text mode; sep "" raises as NumPy 2). */
    public static NDArray fromstring(String string, String sep) {
        return FromText.fromstring(string, DType.FLOAT64, -1, sep);
    }

    /** {@code np.fromstring(string, dtype, count, sep)}. */
    public static NDArray fromstring(String string, DType dtype, long count, String sep) {
        return FromText.fromstring(string, dtype, count, sep);
    }

    // (end of creation routines)

    // ================================================================== manipulation routines (concatenate, pad, ...)

    // -- basic operations

    /**
     * {@code np.copyto(dst, src)} (casting='same_kind'): src (an NDArray, Java array/List, or a
     * Java number/Boolean/String/Complex standing for a Python scalar, weak under NEP 50) cast
     * into dst, broadcasting.
     */
    public static void copyto(NDArray dst, Object src) {
        org.numpyjvm.api.internal.manipulation.CopyTo.copyto(dst, src, "same_kind", null);
    }

    /** {@code np.copyto(dst, src, casting=casting)}. */
    public static void copyto(NDArray dst, Object src, String casting) {
        org.numpyjvm.api.internal.manipulation.CopyTo.copyto(dst, src, casting, null);
    }

    /** {@code np.copyto(dst, src, casting=casting, where=where)}: only where the (broadcast) mask is true. */
    public static void copyto(NDArray dst, Object src, String casting, Object where) {
        org.numpyjvm.api.internal.manipulation.CopyTo.copyto(dst, src, casting, where);
    }

    /** {@code np.ndim(a)} of an array-like. */
    public static int ndim(Object a) {
        return asarray(a).ndim();
    }

    /** {@code np.shape(a)} of an array-like. */
    public static int[] shape(Object a) {
        return asarray(a).shape();
    }

    /** {@code np.size(a)} of an array-like. */
    public static int size(Object a) {
        return asarray(a).size();
    }

    /** {@code np.size(a, axis)}: the length of one axis. */
    public static int size(Object a, int axis) {
        NDArray x = asarray(a);
        return x.shape()[org.numpyjvm.api.internal.core.Shapes.normalizeAxis(axis, x.ndim())];
    }

    // -- changing dimensions (views)

    /** {@code np.squeeze(a)}: every length-1 axis removed (a view). */
    public static NDArray squeeze(NDArray a) {
        return org.numpyjvm.api.internal.manipulation.Dims.squeeze(a);
    }

    /** {@code np.squeeze(a, axis)}: the given length-1 axes removed (a view). */
    public static NDArray squeeze(NDArray a, int... axis) {
        return org.numpyjvm.api.internal.manipulation.Dims.squeeze(a, axis);
    }

    /** {@code np.expand_dims(a, axis)}: length-1 axes inserted at these positions of the result (a view). */
    public static NDArray expandDims(NDArray a, int... axis) {
        return org.numpyjvm.api.internal.manipulation.Dims.expandDims(a, axis);
    }

    /** {@code np.atleast_1d(a)} (a view, or a itself). */
    public static NDArray atleast1d(NDArray a) {
        return org.numpyjvm.api.internal.manipulation.Dims.atleast1d(a);
    }

    /** {@code np.atleast_1d(*arys)}. */
    public static NDArray[] atleast1d(NDArray... arys) {
        NDArray[] r = new NDArray[arys.length];
        for (int i = 0; i < arys.length; i++) {
            r[i] = org.numpyjvm.api.internal.manipulation.Dims.atleast1d(arys[i]);
        }
        return r;
    }

    /** {@code np.atleast_2d(a)} (a view, or a itself). */
    public static NDArray atleast2d(NDArray a) {
        return org.numpyjvm.api.internal.manipulation.Dims.atleast2d(a);
    }

    /** {@code np.atleast_2d(*arys)}. */
    public static NDArray[] atleast2d(NDArray... arys) {
        NDArray[] r = new NDArray[arys.length];
        for (int i = 0; i < arys.length; i++) {
            r[i] = org.numpyjvm.api.internal.manipulation.Dims.atleast2d(arys[i]);
        }
        return r;
    }

    /** {@code np.atleast_3d(a)} (a view, or a itself). */
    public static NDArray atleast3d(NDArray a) {
        return org.numpyjvm.api.internal.manipulation.Dims.atleast3d(a);
    }

    /** {@code np.atleast_3d(*arys)}. */
    public static NDArray[] atleast3d(NDArray... arys) {
        NDArray[] r = new NDArray[arys.length];
        for (int i = 0; i < arys.length; i++) {
            r[i] = org.numpyjvm.api.internal.manipulation.Dims.atleast3d(arys[i]);
        }
        return r;
    }

    // -- joining (copies; the result dtype promotes the inputs' dtypes)

    /** {@code np.concatenate(a)} of one array: NumPy iterates it, joining its sub-arrays along axis 0. */
    public static NDArray concatenate(NDArray a) {
        if (a.ndim() == 0) {
            throw new TypeError("dispatcher for __array_function__ did not return an iterable");
        }
        return org.numpyjvm.api.internal.manipulation.Joining.concatenate(org.numpyjvm.api.internal.manipulation.Joining.rows(a), 0);
    }

    /** {@code np.concatenate(arrays)} along axis 0. */
    public static NDArray concatenate(NDArray... arrays) {
        return org.numpyjvm.api.internal.manipulation.Joining.concatenate(arrays, 0);
    }

    /** {@code np.concatenate(arrays, axis)}; axis null flattens the inputs. No {@code out}/{@code dtype}/{@code casting}. */
    public static NDArray concatenate(NDArray[] arrays, Integer axis) {
        return org.numpyjvm.api.internal.manipulation.Joining.concatenate(arrays, axis);
    }

    /** {@code np.stack(a)} of one array: NumPy iterates it, its sub-arrays along axis 0 are the sequence. */
    public static NDArray stack(NDArray a) {
        return org.numpyjvm.api.internal.manipulation.Joining.stack(org.numpyjvm.api.internal.manipulation.Joining.rows(a), 0);
    }

    /** {@code np.stack(arrays)} along a new axis 0. */
    public static NDArray stack(NDArray... arrays) {
        return org.numpyjvm.api.internal.manipulation.Joining.stack(arrays, 0);
    }

    /** {@code np.stack(arrays, axis)}. */
    public static NDArray stack(NDArray[] arrays, int axis) {
        return org.numpyjvm.api.internal.manipulation.Joining.stack(arrays, axis);
    }

    /** {@code np.vstack(a)} of one array: NumPy iterates it, its sub-arrays along axis 0 are the sequence. */
    public static NDArray vstack(NDArray a) {
        return org.numpyjvm.api.internal.manipulation.Joining.vstack(org.numpyjvm.api.internal.manipulation.Joining.rows(a));
    }

    /** {@code np.vstack(tup)}. */
    public static NDArray vstack(NDArray... tup) {
        return org.numpyjvm.api.internal.manipulation.Joining.vstack(tup);
    }

    /** {@code np.hstack(a)} of one array: NumPy iterates it, its sub-arrays along axis 0 are the sequence. */
    public static NDArray hstack(NDArray a) {
        return org.numpyjvm.api.internal.manipulation.Joining.hstack(org.numpyjvm.api.internal.manipulation.Joining.rows(a));
    }

    /** {@code np.hstack(tup)}. */
    public static NDArray hstack(NDArray... tup) {
        return org.numpyjvm.api.internal.manipulation.Joining.hstack(tup);
    }

    /** {@code np.dstack(a)} of one array: NumPy iterates it, its sub-arrays along axis 0 are the sequence. */
    public static NDArray dstack(NDArray a) {
        return org.numpyjvm.api.internal.manipulation.Joining.dstack(org.numpyjvm.api.internal.manipulation.Joining.rows(a));
    }

    /** {@code np.dstack(tup)}. */
    public static NDArray dstack(NDArray... tup) {
        return org.numpyjvm.api.internal.manipulation.Joining.dstack(tup);
    }

    /** {@code np.column_stack(a)} of one array: NumPy iterates it, its sub-arrays along axis 0 are the sequence. */
    public static NDArray columnStack(NDArray a) {
        return org.numpyjvm.api.internal.manipulation.Joining.columnStack(org.numpyjvm.api.internal.manipulation.Joining.rows(a));
    }

    /** {@code np.column_stack(tup)}. */
    public static NDArray columnStack(NDArray... tup) {
        return org.numpyjvm.api.internal.manipulation.Joining.columnStack(tup);
    }

    /**
     * {@code np.block(arrays)}: nested {@code List}s (or {@code Object[]}s: Java has no tuple, both
     * stand for Python lists) of NDArrays or array-likes.
     */
    public static NDArray block(Object arrays) {
        return org.numpyjvm.api.internal.manipulation.Block.block(arrays);
    }

    // -- splitting (the pieces are views, as in NumPy)

    /** {@code np.split(ary, sections)}: equal pieces along axis 0. */
    public static NDArray[] split(NDArray ary, int sections) {
        return org.numpyjvm.api.internal.manipulation.Splitting.split(ary, sections, 0);
    }

    /** {@code np.split(ary, sections, axis)}. */
    public static NDArray[] split(NDArray ary, int sections, int axis) {
        return org.numpyjvm.api.internal.manipulation.Splitting.split(ary, sections, axis);
    }

    /** {@code np.split(ary, indices)}: pieces {@code [:i0], [i0:i1], ..., [ik:]} along axis 0. */
    public static NDArray[] split(NDArray ary, int[] indices) {
        return org.numpyjvm.api.internal.manipulation.Splitting.split(ary, indices, 0);
    }

    /** {@code np.split(ary, indices, axis)}. */
    public static NDArray[] split(NDArray ary, int[] indices, int axis) {
        return org.numpyjvm.api.internal.manipulation.Splitting.split(ary, indices, axis);
    }

    /** {@code np.array_split(ary, sections)}: unequal pieces allowed. */
    public static NDArray[] arraySplit(NDArray ary, int sections) {
        return org.numpyjvm.api.internal.manipulation.Splitting.arraySplit(ary, sections, 0);
    }

    /** {@code np.array_split(ary, sections, axis)}. */
    public static NDArray[] arraySplit(NDArray ary, int sections, int axis) {
        return org.numpyjvm.api.internal.manipulation.Splitting.arraySplit(ary, sections, axis);
    }

    /** {@code np.array_split(ary, indices)}. */
    public static NDArray[] arraySplit(NDArray ary, int[] indices) {
        return org.numpyjvm.api.internal.manipulation.Splitting.arraySplit(ary, indices, 0);
    }

    /** {@code np.array_split(ary, indices, axis)}. */
    public static NDArray[] arraySplit(NDArray ary, int[] indices, int axis) {
        return org.numpyjvm.api.internal.manipulation.Splitting.arraySplit(ary, indices, axis);
    }

    /** {@code np.hsplit(ary, sections)}. */
    public static NDArray[] hsplit(NDArray ary, int sections) {
        return org.numpyjvm.api.internal.manipulation.Splitting.directional(ary, 'h', sections);
    }

    /** {@code np.hsplit(ary, indices)}. */
    public static NDArray[] hsplit(NDArray ary, int[] indices) {
        return org.numpyjvm.api.internal.manipulation.Splitting.directional(ary, 'h', indices);
    }

    /** {@code np.vsplit(ary, sections)}. */
    public static NDArray[] vsplit(NDArray ary, int sections) {
        return org.numpyjvm.api.internal.manipulation.Splitting.directional(ary, 'v', sections);
    }

    /** {@code np.vsplit(ary, indices)}. */
    public static NDArray[] vsplit(NDArray ary, int[] indices) {
        return org.numpyjvm.api.internal.manipulation.Splitting.directional(ary, 'v', indices);
    }

    /** {@code np.dsplit(ary, sections)}. */
    public static NDArray[] dsplit(NDArray ary, int sections) {
        return org.numpyjvm.api.internal.manipulation.Splitting.directional(ary, 'd', sections);
    }

    /** {@code np.dsplit(ary, indices)}. */
    public static NDArray[] dsplit(NDArray ary, int[] indices) {
        return org.numpyjvm.api.internal.manipulation.Splitting.directional(ary, 'd', indices);
    }

    // -- tiling and repeating (copies)

    /** {@code np.tile(A, reps)}. */
    public static NDArray tile(NDArray a, int... reps) {
        return org.numpyjvm.api.internal.manipulation.Tiling.tile(a, reps);
    }

    /** {@code np.repeat(a, repeats)}: the flattened array, each element repeated. */
    public static NDArray repeat(NDArray a, int repeats) {
        return org.numpyjvm.api.internal.manipulation.Tiling.repeat(a, new long[] {repeats}, null);
    }

    /** {@code np.repeat(a, repeats, axis)}. */
    public static NDArray repeat(NDArray a, int repeats, int axis) {
        return org.numpyjvm.api.internal.manipulation.Tiling.repeat(a, new long[] {repeats}, axis);
    }

    /**
     * {@code np.repeat(a, repeats, axis)} with repeats a Number, {@code int[]}, {@code long[]},
     * List or integer NDArray (one count, or one per element along the axis); axis null flattens.
     */
    public static NDArray repeat(NDArray a, Object repeats, Integer axis) {
        return org.numpyjvm.api.internal.manipulation.Tiling.repeat(a,
                org.numpyjvm.api.internal.manipulation.Tiling.counts(repeats), axis);
    }

    /** {@code np.resize(a, new_shape)}: the data repeated (or cut) to fill new_shape. */
    public static NDArray resize(NDArray a, int... newShape) {
        return org.numpyjvm.api.internal.manipulation.Tiling.resize(a, newShape);
    }

    // -- rearranging (flip and rot90 are views with negative strides; roll copies)

    /** {@code np.flip(m)}: all axes reversed (a view). */
    public static NDArray flip(NDArray m) {
        return org.numpyjvm.api.internal.manipulation.Rearranging.flip(m);
    }

    /** {@code np.flip(m, axis)} (a view). */
    public static NDArray flip(NDArray m, int... axis) {
        return org.numpyjvm.api.internal.manipulation.Rearranging.flip(m, axis);
    }

    /** {@code np.fliplr(m)} (a view). */
    public static NDArray fliplr(NDArray m) {
        return org.numpyjvm.api.internal.manipulation.Rearranging.fliplr(m);
    }

    /** {@code np.flipud(m)} (a view). */
    public static NDArray flipud(NDArray m) {
        return org.numpyjvm.api.internal.manipulation.Rearranging.flipud(m);
    }

    /** {@code np.roll(a, shift)}: rolled as flattened, shape kept. */
    public static NDArray roll(NDArray a, long shift) {
        return org.numpyjvm.api.internal.manipulation.Rearranging.roll(a, shift);
    }

    /** {@code np.roll(a, shift, axis)}. */
    public static NDArray roll(NDArray a, long shift, int axis) {
        return org.numpyjvm.api.internal.manipulation.Rearranging.roll(a, new long[] {shift}, new int[] {axis});
    }

    /**
     * {@code np.roll(a, shift, axis)} with tuples (broadcast against each other; repeated axes
     * add); a null axis rolls the flattened array by the sum of the shifts, as NumPy does.
     */
    public static NDArray roll(NDArray a, long[] shift, int[] axis) {
        return org.numpyjvm.api.internal.manipulation.Rearranging.roll(a, shift, axis);
    }

    /** {@code np.rot90(m)}: k=1, axes=(0, 1) (a view). */
    public static NDArray rot90(NDArray m) {
        return org.numpyjvm.api.internal.manipulation.Rearranging.rot90(m, 1, new int[] {0, 1});
    }

    /** {@code np.rot90(m, k)} (a view). */
    public static NDArray rot90(NDArray m, int k) {
        return org.numpyjvm.api.internal.manipulation.Rearranging.rot90(m, k, new int[] {0, 1});
    }

    /** {@code np.rot90(m, k, axes)} (a view). */
    public static NDArray rot90(NDArray m, int k, int[] axes) {
        return org.numpyjvm.api.internal.manipulation.Rearranging.rot90(m, k, axes);
    }

    // -- adding and removing elements (copies, except trim_zeros: a view)

    /** {@code np.append(arr, values)}: both flattened. */
    public static NDArray append(NDArray arr, Object values) {
        return org.numpyjvm.api.internal.manipulation.AddRemove.append(arr, values, null);
    }

    /** {@code np.append(arr, values, axis)}; axis null flattens. */
    public static NDArray append(NDArray arr, Object values, Integer axis) {
        return org.numpyjvm.api.internal.manipulation.AddRemove.append(arr, values, axis);
    }

    /**
     * {@code np.insert(arr, obj, values)} on the flattened array; obj is an Integer/Long, a
     * {@link Slice}, an {@code int[]}/{@code long[]}/List/NDArray of indices or a boolean mask.
     */
    public static NDArray insert(NDArray arr, Object obj, Object values) {
        return org.numpyjvm.api.internal.manipulation.AddRemove.insert(arr, obj, values, null);
    }

    /** {@code np.insert(arr, obj, values, axis)}; axis null flattens. */
    public static NDArray insert(NDArray arr, Object obj, Object values, Integer axis) {
        return org.numpyjvm.api.internal.manipulation.AddRemove.insert(arr, obj, values, axis);
    }

    /** {@code np.delete(arr, obj)} on the flattened array; obj as in {@link #insert}. */
    public static NDArray delete(NDArray arr, Object obj) {
        return org.numpyjvm.api.internal.manipulation.AddRemove.delete(arr, obj, null);
    }

    /** {@code np.delete(arr, obj, axis)}; axis null flattens. */
    public static NDArray delete(NDArray arr, Object obj, Integer axis) {
        return org.numpyjvm.api.internal.manipulation.AddRemove.delete(arr, obj, axis);
    }

    /** {@code np.trim_zeros(filt)}: leading and trailing zeros trimmed on every axis (a view). */
    public static NDArray trimZeros(NDArray filt) {
        return org.numpyjvm.api.internal.manipulation.AddRemove.trimZeros(filt, "fb", null);
    }

    /** {@code np.trim_zeros(filt, trim)}; trim is 'f', 'b' or 'fb'. */
    public static NDArray trimZeros(NDArray filt, String trim) {
        return org.numpyjvm.api.internal.manipulation.AddRemove.trimZeros(filt, trim, null);
    }

    /** {@code np.trim_zeros(filt, trim, axis)}. */
    public static NDArray trimZeros(NDArray filt, String trim, int... axis) {
        return org.numpyjvm.api.internal.manipulation.AddRemove.trimZeros(filt, trim, axis);
    }

    // -- padding

    /**
     * {@code np.pad(array, pad_width)} (mode 'constant', zeros). pad_width: an Integer/Long,
     * {@code int[]}/{@code long[]} of 1 or 2 values, {@code int[][]} per-axis pairs, nested Lists,
     * an integer NDArray, or a {@code Map<Integer, Object>} (NumPy's dict form).
     */
    public static NDArray pad(NDArray array, Object padWidth) {
        return org.numpyjvm.api.internal.manipulation.Padding.pad(array, padWidth, "constant", null);
    }

    /** {@code np.pad(array, pad_width, mode)}; every NumPy mode name except a callable. */
    public static NDArray pad(NDArray array, Object padWidth, String mode) {
        return org.numpyjvm.api.internal.manipulation.Padding.pad(array, padWidth, mode, null);
    }

    /**
     * {@code np.pad(array, pad_width, mode, **kwargs)}: kwargs by NumPy name ({@code constant_values},
     * {@code end_values}, {@code stat_length}, {@code reflect_type}), values as NumPy accepts them
     * (a number, a pair, per-axis pairs). Stat modes and linear_ramp do not support complex dtypes.
     */
    public static NDArray pad(NDArray array, Object padWidth, String mode, java.util.Map<String, ?> kwargs) {
        return org.numpyjvm.api.internal.manipulation.Padding.pad(array, padWidth, mode, kwargs);
    }

    // -- index arithmetic (int64 results)

    /** {@code np.unravel_index(indices, shape)}: one array per dimension, shaped like indices. */
    public static NDArray[] unravelIndex(Object indices, int... shape) {
        return org.numpyjvm.api.internal.manipulation.IndexArithmetic.unravelIndex(indices, shape, 'C');
    }

    /** {@code np.unravel_index(indices, shape, order)}. */
    public static NDArray[] unravelIndex(Object indices, int[] shape, char order) {
        return org.numpyjvm.api.internal.manipulation.IndexArithmetic.unravelIndex(indices, shape, order);
    }

    /** {@code np.ravel_multi_index(multi_index, dims)}; a 0-d result stands for NumPy's scalar. */
    public static NDArray ravelMultiIndex(Object[] multiIndex, int... dims) {
        return org.numpyjvm.api.internal.manipulation.IndexArithmetic.ravelMultiIndex(multiIndex, dims,
                new String[] {"raise"}, 'C');
    }

    /** {@code np.ravel_multi_index(multi_index, dims, mode, order)}; mode 'raise', 'wrap' or 'clip'. */
    public static NDArray ravelMultiIndex(Object[] multiIndex, int[] dims, String mode, char order) {
        return org.numpyjvm.api.internal.manipulation.IndexArithmetic.ravelMultiIndex(multiIndex, dims,
                new String[] {mode}, order);
    }

    /** {@code np.ravel_multi_index(multi_index, dims, mode=(per-dim modes), order)}. */
    public static NDArray ravelMultiIndex(Object[] multiIndex, int[] dims, String[] modes, char order) {
        return org.numpyjvm.api.internal.manipulation.IndexArithmetic.ravelMultiIndex(multiIndex, dims, modes, order);
    }

    /** {@code np.tril_indices(n)}. */
    public static NDArray[] trilIndices(int n) {
        return org.numpyjvm.api.internal.manipulation.IndexArithmetic.triIndices(n, 0, n, true);
    }

    /** {@code np.tril_indices(n, k)}. */
    public static NDArray[] trilIndices(int n, int k) {
        return org.numpyjvm.api.internal.manipulation.IndexArithmetic.triIndices(n, k, n, true);
    }

    /** {@code np.tril_indices(n, k, m)}. */
    public static NDArray[] trilIndices(int n, int k, int m) {
        return org.numpyjvm.api.internal.manipulation.IndexArithmetic.triIndices(n, k, m, true);
    }

    /** {@code np.triu_indices(n)}. */
    public static NDArray[] triuIndices(int n) {
        return org.numpyjvm.api.internal.manipulation.IndexArithmetic.triIndices(n, 0, n, false);
    }

    /** {@code np.triu_indices(n, k)}. */
    public static NDArray[] triuIndices(int n, int k) {
        return org.numpyjvm.api.internal.manipulation.IndexArithmetic.triIndices(n, k, n, false);
    }

    /** {@code np.triu_indices(n, k, m)}. */
    public static NDArray[] triuIndices(int n, int k, int m) {
        return org.numpyjvm.api.internal.manipulation.IndexArithmetic.triIndices(n, k, m, false);
    }

    /** {@code np.tril_indices_from(arr)}. */
    public static NDArray[] trilIndicesFrom(NDArray arr) {
        return org.numpyjvm.api.internal.manipulation.IndexArithmetic.triIndicesFrom(arr, 0, true);
    }

    /** {@code np.tril_indices_from(arr, k)}. */
    public static NDArray[] trilIndicesFrom(NDArray arr, int k) {
        return org.numpyjvm.api.internal.manipulation.IndexArithmetic.triIndicesFrom(arr, k, true);
    }

    /** {@code np.triu_indices_from(arr)}. */
    public static NDArray[] triuIndicesFrom(NDArray arr) {
        return org.numpyjvm.api.internal.manipulation.IndexArithmetic.triIndicesFrom(arr, 0, false);
    }

    /** {@code np.triu_indices_from(arr, k)}. */
    public static NDArray[] triuIndicesFrom(NDArray arr, int k) {
        return org.numpyjvm.api.internal.manipulation.IndexArithmetic.triIndicesFrom(arr, k, false);
    }


    // -- reordering axes (views)

    /** {@code np.concat(arrays, axis)}: NumPy 2's array-API name of {@link #concatenate(NDArray[], Integer)}. */
    public static NDArray concat(NDArray[] arrays, Integer axis) {
        return org.numpyjvm.api.internal.manipulation.Joining.concatenate(arrays, axis);
    }

    /** {@code np.unstack(x)}: the sub-arrays along axis 0 (views). */
    public static NDArray[] unstack(NDArray x) {
        return org.numpyjvm.api.internal.manipulation.AxisOrder.unstack(x, 0);
    }

    /** {@code np.unstack(x, axis=axis)}: the sub-arrays along axis (views). */
    public static NDArray[] unstack(NDArray x, int axis) {
        return org.numpyjvm.api.internal.manipulation.AxisOrder.unstack(x, axis);
    }

    /** {@code np.rollaxis(a, axis)}: axis moved to the front (a view). */
    public static NDArray rollaxis(NDArray a, int axis) {
        return org.numpyjvm.api.internal.manipulation.AxisOrder.rollaxis(a, axis, 0);
    }

    /** {@code np.rollaxis(a, axis, start)}: axis moved to before start (a view). */
    public static NDArray rollaxis(NDArray a, int axis, int start) {
        return org.numpyjvm.api.internal.manipulation.AxisOrder.rollaxis(a, axis, start);
    }

    /** {@code np.permute_dims(a, axes)} (NumPy 2's name of transpose); null axes reverses them (a view). */
    public static NDArray permuteDims(NDArray a, int[] axes) {
        return org.numpyjvm.api.internal.manipulation.AxisOrder.permuteDims(a, axes);
    }

    /** {@code np.matrix_transpose(x)}: the last two axes swapped (a view). */
    public static NDArray matrixTranspose(NDArray x) {
        return org.numpyjvm.api.internal.manipulation.AxisOrder.matrixTranspose(x);
    }

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

    // ================================================================== floating-point errors (seterr, errstate, ...)

    /** {@code np.geterr()}: the modes of divide, over, under, invalid ({@link FloatErrors}). */
    public static FloatErrors.Settings geterr() {
        return FloatErrors.geterr();
    }

    /** {@code np.seterr(...)}: returns the previous settings. */
    public static FloatErrors.Settings seterr(FloatErrors.Settings settings) {
        return FloatErrors.seterr(settings);
    }

    /** {@code with np.errstate(...):} as try-with-resources. */
    public static FloatErrors.Scope errstate(FloatErrors.Settings settings) {
        return FloatErrors.errstate(settings);
    }

    /** {@code np.seterrcall(func)}: returns the previous callback (null for None). */
    public static FloatErrors.Callback seterrcall(FloatErrors.Callback func) {
        return FloatErrors.seterrcall(func);
    }

    /** {@code np.geterrcall()}. */
    public static FloatErrors.Callback geterrcall() {
        return FloatErrors.geterrcall();
    }

    /** {@code np.getbufsize()}. */
    public static int getbufsize() {
        return FloatErrors.getbufsize();
    }

    /** {@code np.setbufsize(size)}: returns the previous size. */
    public static int setbufsize(int size) {
        return FloatErrors.setbufsize(size);
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

    // ================================================================== ufuncs (add, multiply, ..., sum, prod, max, min)

    /** {@code np.add(x1, x2)}: see {@link Ufunc#call(Object...)}; scalars are weak Python scalars (NEP 50). */
    public static NDArray add(Object x1, Object x2) {
        return Ufunc.ADD.call(x1, x2);
    }

    /** {@code np.subtract(x1, x2)}: see {@link Ufunc#call(Object...)}; scalars are weak Python scalars (NEP 50). */
    public static NDArray subtract(Object x1, Object x2) {
        return Ufunc.SUBTRACT.call(x1, x2);
    }

    /** {@code np.multiply(x1, x2)}: see {@link Ufunc#call(Object...)}; scalars are weak Python scalars (NEP 50). */
    public static NDArray multiply(Object x1, Object x2) {
        return Ufunc.MULTIPLY.call(x1, x2);
    }

    /** {@code np.divide(x1, x2)}: see {@link Ufunc#call(Object...)}; scalars are weak Python scalars (NEP 50). */
    public static NDArray divide(Object x1, Object x2) {
        return Ufunc.TRUE_DIVIDE.call(x1, x2);
    }

    /** {@code np.true_divide(x1, x2)}: see {@link Ufunc#call(Object...)}; scalars are weak Python scalars (NEP 50). */
    public static NDArray trueDivide(Object x1, Object x2) {
        return Ufunc.TRUE_DIVIDE.call(x1, x2);
    }

    /** {@code np.floor_divide(x1, x2)}: see {@link Ufunc#call(Object...)}; scalars are weak Python scalars (NEP 50). */
    public static NDArray floorDivide(Object x1, Object x2) {
        return Ufunc.FLOOR_DIVIDE.call(x1, x2);
    }

    /** {@code np.remainder(x1, x2)}: see {@link Ufunc#call(Object...)}; scalars are weak Python scalars (NEP 50). */
    public static NDArray remainder(Object x1, Object x2) {
        return Ufunc.REMAINDER.call(x1, x2);
    }

    /** {@code np.mod(x1, x2)}: see {@link Ufunc#call(Object...)}; scalars are weak Python scalars (NEP 50). */
    public static NDArray mod(Object x1, Object x2) {
        return Ufunc.REMAINDER.call(x1, x2);
    }

    /** {@code np.power(x1, x2)}: see {@link Ufunc#call(Object...)}; scalars are weak Python scalars (NEP 50). */
    public static NDArray power(Object x1, Object x2) {
        return Ufunc.POWER.call(x1, x2);
    }

    /** {@code np.maximum(x1, x2)}: see {@link Ufunc#call(Object...)}; scalars are weak Python scalars (NEP 50). */
    public static NDArray maximum(Object x1, Object x2) {
        return Ufunc.MAXIMUM.call(x1, x2);
    }

    /** {@code np.minimum(x1, x2)}: see {@link Ufunc#call(Object...)}; scalars are weak Python scalars (NEP 50). */
    public static NDArray minimum(Object x1, Object x2) {
        return Ufunc.MINIMUM.call(x1, x2);
    }

    /** {@code np.bitwise_and(x1, x2)}: see {@link Ufunc#call(Object...)}; scalars are weak Python scalars (NEP 50). */
    public static NDArray bitwiseAnd(Object x1, Object x2) {
        return Ufunc.BITWISE_AND.call(x1, x2);
    }

    /** {@code np.bitwise_or(x1, x2)}: see {@link Ufunc#call(Object...)}; scalars are weak Python scalars (NEP 50). */
    public static NDArray bitwiseOr(Object x1, Object x2) {
        return Ufunc.BITWISE_OR.call(x1, x2);
    }

    /** {@code np.bitwise_xor(x1, x2)}: see {@link Ufunc#call(Object...)}; scalars are weak Python scalars (NEP 50). */
    public static NDArray bitwiseXor(Object x1, Object x2) {
        return Ufunc.BITWISE_XOR.call(x1, x2);
    }

    /** {@code np.left_shift(x1, x2)}: see {@link Ufunc#call(Object...)}; scalars are weak Python scalars (NEP 50). */
    public static NDArray leftShift(Object x1, Object x2) {
        return Ufunc.LEFT_SHIFT.call(x1, x2);
    }

    /** {@code np.right_shift(x1, x2)}: see {@link Ufunc#call(Object...)}; scalars are weak Python scalars (NEP 50). */
    public static NDArray rightShift(Object x1, Object x2) {
        return Ufunc.RIGHT_SHIFT.call(x1, x2);
    }

    /** {@code np.logical_and(x1, x2)}: see {@link Ufunc#call(Object...)}; scalars are weak Python scalars (NEP 50). */
    public static NDArray logicalAnd(Object x1, Object x2) {
        return Ufunc.LOGICAL_AND.call(x1, x2);
    }

    /** {@code np.logical_or(x1, x2)}: see {@link Ufunc#call(Object...)}; scalars are weak Python scalars (NEP 50). */
    public static NDArray logicalOr(Object x1, Object x2) {
        return Ufunc.LOGICAL_OR.call(x1, x2);
    }

    /** {@code np.logical_xor(x1, x2)}: see {@link Ufunc#call(Object...)}; scalars are weak Python scalars (NEP 50). */
    public static NDArray logicalXor(Object x1, Object x2) {
        return Ufunc.LOGICAL_XOR.call(x1, x2);
    }

    /** {@code np.equal(x1, x2)}: see {@link Ufunc#call(Object...)}; scalars are weak Python scalars (NEP 50). */
    public static NDArray equal(Object x1, Object x2) {
        return Ufunc.EQUAL.call(x1, x2);
    }

    /** {@code np.not_equal(x1, x2)}: see {@link Ufunc#call(Object...)}; scalars are weak Python scalars (NEP 50). */
    public static NDArray notEqual(Object x1, Object x2) {
        return Ufunc.NOT_EQUAL.call(x1, x2);
    }

    /** {@code np.less(x1, x2)}: see {@link Ufunc#call(Object...)}; scalars are weak Python scalars (NEP 50). */
    public static NDArray less(Object x1, Object x2) {
        return Ufunc.LESS.call(x1, x2);
    }

    /** {@code np.less_equal(x1, x2)}: see {@link Ufunc#call(Object...)}; scalars are weak Python scalars (NEP 50). */
    public static NDArray lessEqual(Object x1, Object x2) {
        return Ufunc.LESS_EQUAL.call(x1, x2);
    }

    /** {@code np.greater(x1, x2)}: see {@link Ufunc#call(Object...)}; scalars are weak Python scalars (NEP 50). */
    public static NDArray greater(Object x1, Object x2) {
        return Ufunc.GREATER.call(x1, x2);
    }

    /** {@code np.greater_equal(x1, x2)}: see {@link Ufunc#call(Object...)}; scalars are weak Python scalars (NEP 50). */
    public static NDArray greaterEqual(Object x1, Object x2) {
        return Ufunc.GREATER_EQUAL.call(x1, x2);
    }

    /** {@code np.negative(x)}. */
    public static NDArray negative(Object x) {
        return Ufunc.NEGATIVE.call(x);
    }

    /** {@code np.positive(x)}. */
    public static NDArray positive(Object x) {
        return Ufunc.POSITIVE.call(x);
    }

    /** {@code np.absolute(x)}. */
    public static NDArray absolute(Object x) {
        return Ufunc.ABSOLUTE.call(x);
    }

    /** {@code np.abs(x)}. */
    public static NDArray abs(Object x) {
        return Ufunc.ABSOLUTE.call(x);
    }

    /** {@code np.invert(x)}. */
    public static NDArray invert(Object x) {
        return Ufunc.INVERT.call(x);
    }

    /** {@code np.bitwise_not(x)}. */
    public static NDArray bitwiseNot(Object x) {
        return Ufunc.INVERT.call(x);
    }

    /** {@code np.logical_not(x)}. */
    public static NDArray logicalNot(Object x) {
        return Ufunc.LOGICAL_NOT.call(x);
    }

    /** {@code np.sqrt(x)}. */
    public static NDArray sqrt(Object x) {
        return Ufunc.SQRT.call(x);
    }

    /** {@code np.exp(x)}. */
    public static NDArray exp(Object x) {
        return Ufunc.EXP.call(x);
    }

    /** {@code np.log(x)}. */
    public static NDArray log(Object x) {
        return Ufunc.LOG.call(x);
    }

    /** {@code np.sin(x)}. */
    public static NDArray sin(Object x) {
        return Ufunc.SIN.call(x);
    }

    /** {@code np.cos(x)}. */
    public static NDArray cos(Object x) {
        return Ufunc.COS.call(x);
    }

    /** {@code np.sum(a)}: over all axes; small ints and bool accumulate in int64/uint64 as NumPy. */
    public static NDArray sum(Object a) {
        return Ufunc.ADD.reduce(a, null, null, false, null);
    }

    /** {@code np.sum(a, axis)}. */
    public static NDArray sum(Object a, int axis) {
        return Ufunc.ADD.reduce(a, new int[] {axis}, null, false, null);
    }

    /** {@code np.sum(a, axis, dtype, keepdims=keepdims, initial=initial)}: axis null = all, initial null = none. */
    public static NDArray sum(Object a, int[] axis, DType dtype, boolean keepdims, Object initial) {
        return Ufunc.ADD.reduce(a, axis, dtype, keepdims, initial);
    }

    /** {@code np.prod(a)}: over all axes; small ints and bool accumulate in int64/uint64 as NumPy. */
    public static NDArray prod(Object a) {
        return Ufunc.MULTIPLY.reduce(a, null, null, false, null);
    }

    /** {@code np.prod(a, axis)}. */
    public static NDArray prod(Object a, int axis) {
        return Ufunc.MULTIPLY.reduce(a, new int[] {axis}, null, false, null);
    }

    /** {@code np.prod(a, axis, dtype, keepdims=keepdims, initial=initial)}: axis null = all, initial null = none. */
    public static NDArray prod(Object a, int[] axis, DType dtype, boolean keepdims, Object initial) {
        return Ufunc.MULTIPLY.reduce(a, axis, dtype, keepdims, initial);
    }

    /** {@code np.max(a)}: over all axes; empty raises NumPy's ValueError. */
    public static NDArray max(Object a) {
        return Ufunc.MAXIMUM.reduce(a, null, null, false, null);
    }

    /** {@code np.max(a, axis)}. */
    public static NDArray max(Object a, int axis) {
        return Ufunc.MAXIMUM.reduce(a, new int[] {axis}, null, false, null);
    }

    /** {@code np.max(a, axis, keepdims=keepdims, initial=initial)}: axis null = all, initial null = none. */
    public static NDArray max(Object a, int[] axis, boolean keepdims, Object initial) {
        return Ufunc.MAXIMUM.reduce(a, axis, null, keepdims, initial);
    }

    /** {@code np.amax(a)}: over all axes; empty raises NumPy's ValueError. */
    public static NDArray amax(Object a) {
        return Ufunc.MAXIMUM.reduce(a, null, null, false, null);
    }

    /** {@code np.amax(a, axis)}. */
    public static NDArray amax(Object a, int axis) {
        return Ufunc.MAXIMUM.reduce(a, new int[] {axis}, null, false, null);
    }

    /** {@code np.amax(a, axis, keepdims=keepdims, initial=initial)}: axis null = all, initial null = none. */
    public static NDArray amax(Object a, int[] axis, boolean keepdims, Object initial) {
        return Ufunc.MAXIMUM.reduce(a, axis, null, keepdims, initial);
    }

    /** {@code np.min(a)}: over all axes; empty raises NumPy's ValueError. */
    public static NDArray min(Object a) {
        return Ufunc.MINIMUM.reduce(a, null, null, false, null);
    }

    /** {@code np.min(a, axis)}. */
    public static NDArray min(Object a, int axis) {
        return Ufunc.MINIMUM.reduce(a, new int[] {axis}, null, false, null);
    }

    /** {@code np.min(a, axis, keepdims=keepdims, initial=initial)}: axis null = all, initial null = none. */
    public static NDArray min(Object a, int[] axis, boolean keepdims, Object initial) {
        return Ufunc.MINIMUM.reduce(a, axis, null, keepdims, initial);
    }

    /** {@code np.amin(a)}: over all axes; empty raises NumPy's ValueError. */
    public static NDArray amin(Object a) {
        return Ufunc.MINIMUM.reduce(a, null, null, false, null);
    }

    /** {@code np.amin(a, axis)}. */
    public static NDArray amin(Object a, int axis) {
        return Ufunc.MINIMUM.reduce(a, new int[] {axis}, null, false, null);
    }

    /** {@code np.amin(a, axis, keepdims=keepdims, initial=initial)}: axis null = all, initial null = none. */
    public static NDArray amin(Object a, int[] axis, boolean keepdims, Object initial) {
        return Ufunc.MINIMUM.reduce(a, axis, null, keepdims, initial);
    }

    /** {@code np.cumsum(a)}: over the flattened array (small ints and bool accumulate in int64/uint64). */
    public static NDArray cumsum(Object a) {
        return Ufunc.ADD.accumulate(asarray(a).ravel(), 0, null);
    }

    /** {@code np.cumsum(a, axis)}. */
    public static NDArray cumsum(Object a, int axis) {
        return Ufunc.ADD.accumulate(a, axis, null);
    }

    /** {@code np.cumprod(a)}: over the flattened array (small ints and bool accumulate in int64/uint64). */
    public static NDArray cumprod(Object a) {
        return Ufunc.MULTIPLY.accumulate(asarray(a).ravel(), 0, null);
    }

    /** {@code np.cumprod(a, axis)}. */
    public static NDArray cumprod(Object a, int axis) {
        return Ufunc.MULTIPLY.accumulate(a, axis, null);
    }

    // (end of ufuncs)

    // ================================================================== logic (isclose, allclose, array_equal, array_equiv)

    /**
     * {@code np.isclose(a, b)}: {@code |a - b| <= atol + rtol * |b|} elementwise with NumPy's
     * defaults rtol=1e-05, atol=1e-08; a bool array (0-d for scalar inputs).
     */
    public static NDArray isclose(Object a, Object b) {
        return Closeness.isclose(a, b, Closeness.RTOL, Closeness.ATOL, false);
    }

    /**
     * {@code np.isclose(a, b, rtol, atol, equal_nan)}: NumPy 2's rules, in one pass with no
     * temporaries: b is made inexact, rtol and atol may be arrays (they broadcast), complex values
     * compare by absolute value, inf equals inf of the same sign only, NaNs are close with
     * equalNan; a tolerance that is not finite warns, raises or prints by the 'invalid' error mode.
     * Scalars are Python scalars (weak, NEP 50).
     */
    public static NDArray isclose(Object a, Object b, Object rtol, Object atol, boolean equalNan) {
        return Closeness.isclose(a, b, rtol, atol, equalNan);
    }

    /** {@code np.allclose(a, b)}: {@link #isclose(Object, Object)} everywhere (true for no elements). */
    public static boolean allclose(Object a, Object b) {
        return Closeness.allclose(a, b, Closeness.RTOL, Closeness.ATOL, false);
    }

    /** {@code np.allclose(a, b, rtol, atol, equal_nan)}: {@link #isclose(Object, Object, Object, Object, boolean)} everywhere. */
    public static boolean allclose(Object a, Object b, Object rtol, Object atol, boolean equalNan) {
        return Closeness.allclose(a, b, rtol, atol, equalNan);
    }

    /** {@code np.array_equal(a1, a2)}: same shape and equal elements; false for inputs that make no array. */
    public static boolean arrayEqual(Object a1, Object a2) {
        return Equality.arrayEqual(a1, a2, false);
    }

    /** {@code np.array_equal(a1, a2, equal_nan)}: NaNs at the same places count as equal with equalNan. */
    public static boolean arrayEqual(Object a1, Object a2, boolean equalNan) {
        return Equality.arrayEqual(a1, a2, equalNan);
    }

    /** {@code np.array_equiv(a1, a2)}: broadcastable to one shape and equal there. */
    public static boolean arrayEquiv(Object a1, Object a2) {
        return Equality.arrayEquiv(a1, a2);
    }

    // (end of logic)
}
