package org.numpyjvm.python;

import java.util.List;
import org.graalvm.polyglot.HostAccess;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.Index;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.NumpyState;

/**
 * The fast routes of the package's ndarray methods ({@link Bridge#routes()}; numpy/_ndarray.py): {@code astype},
 * index arrays and lists, {@code reshape}, {@code ravel}, each one call with results in the fast calls' shapes
 * ({@link FastResults}). Failures are reported as the bridge's.
 */
public final class Routes {
    private final Bridge bridge;

    Routes(Bridge bridge) {
        this.bridge = bridge;
    }

    /**
     * {@code a.astype(dt, order, casting, copy)} for a dtype the package already has as a Java DType: the
     * fast calls' result (a new NDArray, {@code a} itself as a {@link Bridge#LINK}, or {@link Bridge#WARNED}).
     */
    @HostAccess.Export
    public Object astypeFast(NDArray a, DType dt, String order, String casting, boolean copy) {
        CallingState calling = CallingState.get();
        NumpyState outer = calling.enter(bridge.state);
        Results.dropStaleEvents();
        try {
            return bridge.fast(a.astype(dt, Bridge.order(order), casting, copy), false, a, null, null);
        } catch (RuntimeException e) {
            throw bridge.fail(e);
        } finally {
            calling.exit(outer);
        }
    }

    /**
     * {@code a[key]} for an NDArray key (an integer or boolean index array), as {@link Bridge#getitem} gives it, in
     * the fast calls' shapes: an element ({@link Bridge#SCALAR}) for a 0-d result, else the array (linked to a).
     */
    @HostAccess.Export
    public Object getitemArray(NDArray a, NDArray key) {
        return getitemOne(a, key);
    }

    /**
     * {@code a[key]} for a Python list key of values as the fast calls take them ({@code seq}: Python ints,
     * bools, floats, strs, None, NDArrays), as {@link Bridge#getitem} gives it; see {@link #getitemArray}.
     */
    @HostAccess.Export
    public Object getitemList(NDArray a, Object... seq) {
        List<Object> list;
        try {
            list = bridge.args(seq);
        } catch (RuntimeException e) {
            throw bridge.fail(e);
        }
        return getitemOne(a, list);
    }

    private Object getitemOne(NDArray a, Object key) {
        try {
            NDArray r = a.get(Index.of(key));
            return r.ndim() == 0 ? bridge.fastResults.scalar(r) : FastResults.linked(r, a, null, null);
        } catch (RuntimeException e) {
            throw bridge.fail(e);
        }
    }

    /**
     * {@code a.reshape(shape)} (order 'C', copy None) for a shape given as values as the fast calls take them
     * ({@code seq}), as the registry's reshape gives it ({@link FastResults#view}).
     */
    @HostAccess.Export
    public Object reshapeFast(NDArray a, NDArray pb, Object... seq) {
        try {
            int[] dims = new int[seq == null ? 1 : seq.length];
            for (int i = 0; i < dims.length; i++) { // Python ints that fit a Java int, as Conversions.shape reads them
                Object o = seq == null ? null : seq[i];
                long d = o instanceof Integer ? (Integer) o : o instanceof Long ? (Long) o : Long.MIN_VALUE;
                if (d != (int) d) { // anything else: the general conversion (its errors)
                    dims = org.numpyjvm.api.dynamic.Conversions.shape(bridge.args(seq));
                    break;
                }
                dims[i] = (int) d;
            }
            return FastResults.view(a.reshape('C', dims), a, pb);
        } catch (RuntimeException e) {
            throw bridge.fail(e);
        }
    }

    /** {@code a.ravel(order)} for order 'C', 'F', 'A' or 'K', as the registry's ravel gives it ({@link FastResults#view}). */
    @HostAccess.Export
    public Object ravelFast(NDArray a, String order, NDArray pb) {
        try {
            return FastResults.view(a.ravel(Bridge.order(order)), a, pb);
        } catch (RuntimeException e) {
            throw bridge.fail(e);
        }
    }
}
