package org.numpyjvm.api.internal.indexing;

import java.util.List;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.Index;
import org.numpyjvm.api.IndexError;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.Np;
import org.numpyjvm.api.Slice;
import org.numpyjvm.api.internal.core.Internals;
import org.numpyjvm.api.internal.loops.Assign;

/**
 * {@code a[index]} and {@code a[index] = v}. An index is parsed once into items (see
 * {@link Index}), classified, then dispatched: integers and slices, ellipsis and newaxis only
 * (basic) give a view; anything with an index array goes to advanced indexing (a copy).
 */
public final class Indexing {
    private Indexing() {
    }

    /** Parses NumPy's index syntax: {@code "1:4, ..., None"}, {@code "[0, 2], ::-1"}. */
    public static List<Object> parse(String index) {
        return IndexParser.parse(index);
    }

    public static NDArray get(NDArray a, List<Object> items) {
        if (isAdvanced(items)) {
            return AdvancedIndexing.get(a, items);
        }
        return basic(a, items);
    }

    public static void set(NDArray a, List<Object> items, Object value) {
        if (isAdvanced(items)) {
            AdvancedIndexing.set(a, items, value);
            return;
        }
        NDArray target = basic(a, items);
        NDArray v = value instanceof NDArray ? (NDArray) value : Np.asarray(value);
        Assign.copyInto(target, v);
    }

    static boolean isAdvanced(List<Object> items) {
        for (Object o : items) {
            if (o instanceof NDArray || o instanceof Boolean) {
                return true;
            }
        }
        return false;
    }

    /** Basic indexing: the view selected by integers, slices, ellipsis and newaxis. */
    public static NDArray basic(NDArray a, List<Object> items) {
        int nd = a.ndim();
        int[] shape = a.shape();
        int[] strides = Internals.strides(a);
        int consumed = 0;
        int ellipses = 0;
        for (Object o : items) {
            if (o == Index.ELLIPSIS) {
                ellipses++;
            } else if (o != Index.NEWAXIS) {
                consumed++;
            }
        }
        if (ellipses > 1) {
            throw new IndexError("an index can only have a single ellipsis ('...')");
        }
        if (consumed > nd) {
            throw new IndexError("too many indices for array: array is " + nd + "-dimensional, but " + consumed
                    + " were indexed");
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
            } else if (o instanceof Slice) {
                int[] ix = ((Slice) o).indices(shape[dim]);
                if (ix[3] > 0) {
                    off += ix[0] * strides[dim];
                }
                ns[out] = ix[3];
                nt[out] = strides[dim] * ix[2];
                out++;
                dim++;
            } else {
                throw new IndexError("only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and "
                        + "integer or boolean arrays are valid indices");
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
        DType dt = a.dtype();
        NDArray v = Internals.create(dt, Internals.data(a), java.util.Arrays.copyOf(ns, out),
                java.util.Arrays.copyOf(nt, out), off, a, a.isWriteable());
        return v;
    }
}
