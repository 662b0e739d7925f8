package org.numpyjvm.api.internal.indexing;

import java.util.Arrays;
import java.util.List;
import org.numpyjvm.api.Index;
import org.numpyjvm.api.IndexError;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.Slice;
import org.numpyjvm.api.ValueError;
import org.numpyjvm.api.internal.core.Internals;
import org.numpyjvm.api.internal.core.Shapes;
import org.numpyjvm.api.internal.loops.Assign;

/**
 * {@code a[index]} and {@code a[index] = v}. An index is parsed once into an {@link IndexPlan}
 * (NumPy's {@code prepare_index}), then dispatched: integers, slices, ellipsis and newaxis only
 * (basic) give a view; a single boolean mask of the array's dimensionality takes its own path;
 * anything else with an index array goes to gather/scatter ({@link AdvancedIndexing}, a copy).
 */
public final class Indexing {
    private Indexing() {
    }

    /** Parses NumPy's index syntax: {@code "1:4, ..., None"}, {@code "[0, 2], ::-1"}. */
    public static List<Object> parse(String index) {
        return IndexParser.parse(index);
    }

    public static NDArray get(NDArray a, List<Object> items) {
        if (items.size() == 1 && a.ndim() == 1 && items.get(0) instanceof NDArray) {
            NDArray ix = (NDArray) items.get(0);
            if (ix.ndim() == 1 && ix.dtype().isInteger() && !a.dtype().isString()) {
                return AdvancedIndexing.take1d(a, ix); // a[[i, j, ...]] of a 1-d array
            }
        }
        if (items.size() == 1 && a.ndim() > 0) {
            Object k = items.get(0);
            if (k instanceof Slice || k instanceof Long) { // a[i:j:k], a[i]: a view, no index plan
                return basicView(a, items, 1);
            }
        }
        IndexPlan p = IndexPlan.of(a, items);
        switch (p.kind) {
            case BASIC: return basicView(a, p.items, -1);
            case MASK: return AdvancedIndexing.maskGet(a, p.mask);
            default: return AdvancedIndexing.get(p);
        }
    }

    /** {@code a[index] = value}; the caller has checked that a is writeable. */
    public static void set(NDArray a, List<Object> items, Object value) {
        if (items.size() == 1 && a.ndim() > 0 && items.get(0) instanceof Slice
                && (value instanceof Long || value instanceof Double || value instanceof Boolean)) {
            // a[i:j:k] = a Python int, float or bool: one plain store (ElementStore) repeated, else the general path
            NDArray view = basicView(a, items, 1);
            if (view.size() > 0) {
                Object one = org.numpyjvm.api.internal.core.Buffers.allocate(a.dtype(), new int[] {1});
                if (ElementStore.store(a.dtype(), one, 0, value)) {
                    Assign.fillWith(view, one);
                    return;
                }
            }
            assignBasic(view, value);
            return;
        }
        IndexPlan p = IndexPlan.of(a, items);
        switch (p.kind) {
            case BASIC:
                assignBasic(basicView(a, p.items, -1), value);
                return;
            case MASK:
                AdvancedIndexing.maskSet(a, p.mask, value);
                return;
            default:
                AdvancedIndexing.set(p, a.dtype(), value);
        }
    }

    /**
     * {@code a[i] = value} for an integer i; the caller has checked that a is writeable. An element
     * of a 1-d array and a Python int, float or bool whose conversion is a plain store
     * ({@link ElementStore}) skip the index plan, the view and the value array; the rest, and
     * everything that may fail or raise an event, is {@link #set}.
     */
    public static void setInt(NDArray a, long i, Object value) {
        if (a.ndim() == 1 && (value instanceof Long || value instanceof Double || value instanceof Boolean)) {
            int n = a.size();
            if (i < -n || i >= n) {
                throw new IndexError("index " + i + " is out of bounds for axis 0 with size " + n);
            }
            int slot = Internals.offset(a) + (int) (i < 0 ? i + n : i) * Internals.strides(a)[0];
            if (ElementStore.store(a.dtype(), Internals.data(a), slot, value)) {
                return;
            }
        }
        set(a, Index.of(i).items(), value);
    }

    /** {@code view[...] = value} with NumPy's broadcasting (leading 1-dims of value dropped) and message. */
    static void assignBasic(NDArray target, Object value) {
        NDArray v = Values.toArray(value, target.dtype());
        if (!(value instanceof NDArray) && v.ndim() > target.ndim()) {
            throw new ValueError("setting an array element with a sequence. The requested array would exceed the maximum "
                    + "number of dimension of " + target.ndim() + ".");
        }
        v = stripLeadingOnes(v, target.ndim());
        int[] ts = target.shape();
        if (Shapes.broadcastStrides(v.shape(), Internals.strides(v), ts) == null) {
            throw new ValueError("could not broadcast input array from shape " + tuple(v.shape()) + " into shape "
                    + tuple(ts));
        }
        Assign.copyInto(target, v);
    }

    /** Drops leading length-1 dims of v while it has more dims than {@code nd} (NumPy's setitem rule). */
    static NDArray stripLeadingOnes(NDArray v, int nd) {
        int[] s = v.shape();
        int k = 0;
        while (s.length - k > nd && s[k] == 1) {
            k++;
        }
        return k == 0 ? v : v.reshape(Arrays.copyOfRange(s, k, s.length));
    }

    /** A shape as NumPy prints it inside these messages: {@code (2,3)}, {@code (5,)}. */
    static String tuple(int[] shape) {
        return Shapes.tupleString(shape).replace(" ", "");
    }

    /** Basic indexing: the view selected by integers, slices, ellipsis and newaxis. */
    public static NDArray basic(NDArray a, List<Object> items) {
        IndexPlan p = IndexPlan.of(a, items);
        if (p.kind != IndexPlan.Kind.BASIC) {
            throw new IndexError(IndexPlan.INVALID);
        }
        return basicView(a, p.items, -1);
    }

    /**
     * The view for already validated basic items (Long, Slice, ELLIPSIS, NEWAXIS);
     * {@code consumed} is the number of array dims they index (-1: count them here).
     */
    static NDArray basicView(NDArray a, List<Object> items, int consumed) {
        int nd = a.ndim();
        int[] shape = a.shape();
        int[] strides = Internals.strides(a);
        if (consumed < 0) {
            consumed = 0;
            for (Object o : items) {
                if (o != Index.ELLIPSIS && o != Index.NEWAXIS) {
                    consumed++;
                }
            }
        }
        int maxOut = nd + items.size();
        int[] ns = new int[maxOut];
        int[] nt = new int[maxOut];
        int out = 0;
        int dim = 0;
        int off = Internals.offset(a);
        boolean sawEllipsis = false;
        for (Object o : items) {
            if (o == Index.NEWAXIS) {
                ns[out] = 1;
                nt[out] = 0;
                out++;
            } else if (o == Index.ELLIPSIS) {
                int fill = nd - consumed;
                for (int k = 0; k < fill; k++) {
                    ns[out] = shape[dim];
                    nt[out] = strides[dim];
                    out++;
                    dim++;
                }
                sawEllipsis = true;
            } else if (o instanceof Long) {
                long i = (Long) o;
                int len = shape[dim];
                if (i < -len || i >= len) {
                    throw new IndexError("index " + i + " is out of bounds for axis " + dim + " with size " + len);
                }
                off += (int) (i < 0 ? i + len : i) * strides[dim];
                dim++;
            } else if (o instanceof BadSlice) {
                throw ((BadSlice) o).error;
            } else {
                int[] ix = ((Slice) o).indices(shape[dim]);
                if (ix[3] > 0) {
                    off += ix[0] * strides[dim];
                }
                ns[out] = ix[3];
                nt[out] = strides[dim] * ix[2];
                out++;
                dim++;
            }
        }
        if (!sawEllipsis) {
            while (dim < nd) {
                ns[out] = shape[dim];
                nt[out] = strides[dim];
                out++;
                dim++;
            }
        }
        return Internals.create(a.dtype(), Internals.data(a), Arrays.copyOf(ns, out), Arrays.copyOf(nt, out), off, a,
                a.isWriteable());
    }
}
