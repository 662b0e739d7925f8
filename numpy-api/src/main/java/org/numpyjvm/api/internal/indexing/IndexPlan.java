package org.numpyjvm.api.internal.indexing;

import java.util.ArrayList;
import java.util.List;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.Index;
import org.numpyjvm.api.IndexError;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.Slice;
import org.numpyjvm.api.internal.core.Internals;

/**
 * An index parsed once into NumPy's normalized form ({@code prepare_index} in NumPy's
 * {@code mapping.c}), with the kind that picks the path:
 * <ul>
 * <li>{@link Kind#BASIC}: integers, slices, ellipsis, newaxis only: a view.</li>
 * <li>{@link Kind#MASK}: a single boolean array with the array's own number of dims:
 * {@code a[a > 0]}; its own path (and NumPy's own assignment messages).</li>
 * <li>{@link Kind#FANCY}: anything else with an index array, a 0-d array or a Python bool:
 * gather/scatter. The plan then holds a basic {@link #view} in which every advanced axis is kept
 * whole (a bool scalar becomes a new axis of length 1), and per advanced view axis its index
 * array (int64; bool arrays already replaced by their nonzero coordinates).</li>
 * </ul>
 * Integers mixed with index arrays count as advanced (0-d) indices, as in NumPy, which matters
 * for where the broadcast index dims go.
 */
final class IndexPlan {
    enum Kind { BASIC, MASK, FANCY }

    static final String INVALID = "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer "
            + "or boolean arrays are valid indices";

    Kind kind;
    /** BASIC: the items (integers as Long). */
    List<Object> items;
    /** MASK: the boolean array. */
    NDArray mask;
    /** FANCY: the basic view with advanced axes kept whole. */
    NDArray view;
    /** FANCY: axes of {@link #view} carrying an advanced index (ascending). */
    int[] advAxes;
    /** FANCY: the original array's axis of each advanced index (for messages). */
    int[] origAxes;
    /** FANCY: the index arrays (any integer dtype, not yet broadcast). */
    NDArray[] advIndex;

    private IndexPlan() {
    }

    static IndexPlan of(NDArray a, List<Object> items) {
        int nd = a.ndim();
        int consumed = 0;
        int ellipses = 0;
        boolean fancy = false;
        List<Object> norm = new ArrayList<>(items.size());
        for (Object o : items) {
            Object n = normalize(o);
            if (n == Index.ELLIPSIS) {
                if (++ellipses > 1) {
                    throw new IndexError("an index can only have a single ellipsis ('...')");
                }
            } else if (n == Index.NEWAXIS) {
                // consumes nothing
            } else if (n instanceof Long || n instanceof Slice || n instanceof BadSlice) {
                consumed++;
            } else if (n instanceof Boolean) {
                fancy = true;
            } else if (n instanceof NDArray) {
                NDArray arr = (NDArray) n;
                fancy = true;
                if (arr.dtype().isBool()) {
                    if (arr.ndim() == 0) {
                        n = Boolean.valueOf(arr.getLong() != 0);
                    } else {
                        consumed += arr.ndim();
                    }
                } else if (arr.dtype().isInteger()) {
                    consumed++;
                } else {
                    throw new IndexError("arrays used as indices must be of integer (or boolean) type");
                }
            } else {
                throw new IndexError(INVALID);
            }
            norm.add(n);
        }
        if (consumed > nd) {
            throw new IndexError("too many indices for array: array is " + nd + "-dimensional, but " + consumed
                    + " were indexed");
        }
        IndexPlan p = new IndexPlan();
        if (!fancy) {
            p.kind = Kind.BASIC;
            p.items = norm;
            return p;
        }
        if (norm.size() == 1 && norm.get(0) instanceof NDArray && ((NDArray) norm.get(0)).dtype().isBool()
                && ((NDArray) norm.get(0)).ndim() == nd) {
            checkMaskShape(a, (NDArray) norm.get(0), 0);
            p.kind = Kind.MASK;
            p.mask = (NDArray) norm.get(0);
            return p;
        }
        p.kind = Kind.FANCY;
        buildFancy(p, a, norm, consumed);
        return p;
    }

    private static Object normalize(Object o) {
        if (o instanceof Integer || o instanceof Short || o instanceof Byte) {
            return ((Number) o).longValue();
        }
        if (o == null) {
            return Index.NEWAXIS;
        }
        if (o instanceof int[] || o instanceof long[] || o instanceof boolean[] || o instanceof short[]
                || o instanceof byte[]) {
            return org.numpyjvm.api.Np.array(o);
        }
        return o;
    }

    static void checkMaskShape(NDArray a, NDArray mask, int firstAxis) {
        int[] ms = mask.shape();
        for (int i = 0; i < ms.length; i++) {
            int len = a.shape()[firstAxis + i];
            if (ms[i] != len) {
                throw new IndexError("boolean index did not match indexed array along axis " + (firstAxis + i)
                        + "; size of axis is " + len + " but size of corresponding boolean axis is " + ms[i]);
            }
        }
    }

    private static void buildFancy(IndexPlan p, NDArray a, List<Object> norm, int consumed) {
        int nd = a.ndim();
        List<Object> viewItems = new ArrayList<>();
        List<int[]> axes = new ArrayList<>(); // {viewAxis, origAxis}
        List<NDArray> arrays = new ArrayList<>();
        int orig = 0;
        int vax = 0;
        for (Object o : norm) {
            if (o == Index.ELLIPSIS) {
                int fill = nd - consumed;
                viewItems.add(o);
                orig += fill;
                vax += fill;
            } else if (o == Index.NEWAXIS) {
                viewItems.add(o);
                vax++;
            } else if (o instanceof Slice || o instanceof BadSlice) {
                viewItems.add(o);
                orig++;
                vax++;
            } else if (o instanceof Long) {
                viewItems.add(Slice.all());
                axes.add(new int[] {vax, orig});
                long[] one = {(Long) o};
                arrays.add(Internals.wrap(DType.INT64, one, new int[0]));
                orig++;
                vax++;
            } else if (o instanceof Boolean) {
                viewItems.add(Index.NEWAXIS);
                axes.add(new int[] {vax, -1});
                boolean b = (Boolean) o;
                arrays.add(Internals.wrap(DType.INT64, new long[b ? 1 : 0], new int[] {b ? 1 : 0}));
                vax++;
            } else {
                NDArray arr = (NDArray) o;
                if (arr.dtype().isBool()) {
                    checkMaskShape(a, arr, orig);
                    NDArray[] nz = Masks.nonzero(arr);
                    for (int i = 0; i < nz.length; i++) {
                        viewItems.add(Slice.all());
                        axes.add(new int[] {vax, orig});
                        arrays.add(nz[i]);
                        orig++;
                        vax++;
                    }
                } else {
                    viewItems.add(Slice.all());
                    axes.add(new int[] {vax, orig});
                    arrays.add(arr);
                    orig++;
                    vax++;
                }
            }
        }
        p.view = Indexing.basicView(a, viewItems, consumed);
        p.advAxes = new int[axes.size()];
        p.origAxes = new int[axes.size()];
        for (int i = 0; i < axes.size(); i++) {
            p.advAxes[i] = axes.get(i)[0];
            p.origAxes[i] = axes.get(i)[1];
        }
        p.advIndex = arrays.toArray(new NDArray[0]);
    }
}
