package org.numpyjvm.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A typed index: {@code Index.at(1).slice(0, 4).ellipsis().newaxis()} stands for NumPy's
 * {@code [1, 0:4, ..., np.newaxis]}. Items are integers, {@link Slice}s, {@link #ELLIPSIS},
 * {@link #NEWAXIS}, and index arrays ({@link NDArray} of integers or bools, {@code int[]},
 * {@code long[]}, {@code boolean[]}).
 */
public final class Index {

    /** {@code ...}. */
    public static final Object ELLIPSIS = new Object() {
        @Override
        public String toString() {
            return "Ellipsis";
        }
    };

    /** {@code np.newaxis} ({@code None}). */
    public static final Object NEWAXIS = new Object() {
        @Override
        public String toString() {
            return "None";
        }
    };

    private final List<Object> items;

    private Index(List<Object> items) {
        this.items = items;
    }

    /** An empty index ({@code a[()]}). */
    public static Index empty() {
        return new Index(new ArrayList<>());
    }

    /** An index from Java values, each as accepted by {@link NDArray#get(Object...)}. */
    public static Index of(Object... items) {
        List<Object> l = new ArrayList<>(items.length);
        for (Object o : items) {
            l.add(normalize(o));
        }
        return new Index(l);
    }

    private static Object normalize(Object o) {
        if (o == null) {
            return NEWAXIS;
        }
        if (o instanceof Integer || o instanceof Short || o instanceof Byte) {
            return ((Number) o).longValue();
        }
        if (o instanceof Long || o instanceof Slice || o == ELLIPSIS || o == NEWAXIS || o instanceof NDArray
                || o instanceof Boolean) {
            return o;
        }
        if (o instanceof List) {
            return listIndex((List<?>) o);
        }
        if (o instanceof int[] || o instanceof long[] || o instanceof boolean[]) {
            return Np.array(o);
        }
        throw new IndexError(INVALID);
    }

    private static final String INVALID = "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and "
            + "integer or boolean arrays are valid indices";

    /**
     * A list as an index array, as NumPy's prepare_index reads a sequence that is not an array: an empty one
     * (of any shape) as an integer index; one whose array is not of integers or bools, or that makes no array
     * in numpy-jvm (None, slices, ... would make NumPy's object array; an int beyond int64), raises the
     * general IndexError, not the index-array one ("arrays used as indices must be of integer (or boolean)
     * type"). A ragged list keeps its ValueError, as in NumPy.
     */
    private static NDArray listIndex(List<?> list) {
        if (list.isEmpty()) {
            return Np.zeros(DType.INT64, 0); // NumPy reads [] as an empty integer index
        }
        NDArray a;
        try {
            a = Np.array(list);
        } catch (TypeError | OverflowError e) {
            throw new IndexError(INVALID);
        }
        if (a.size() == 0) {
            return a.astype(DType.INT64); // [[]] and the like
        }
        if (!a.dtype().isBool() && !a.dtype().isInteger()) {
            throw new IndexError(INVALID);
        }
        return a;
    }

    public static Index at(int i) {
        return empty().and(i);
    }

    /** Appends an integer index. */
    public Index and(int i) {
        return with((long) i);
    }

    /** Appends {@code start:stop}. */
    public Index slice(Integer start, Integer stop) {
        return with(Slice.of(start, stop));
    }

    /** Appends {@code start:stop:step}. */
    public Index slice(Integer start, Integer stop, Integer step) {
        return with(Slice.of(start, stop, step));
    }

    /** Appends {@code :}. */
    public Index all() {
        return with(Slice.all());
    }

    public Index ellipsis() {
        return with(ELLIPSIS);
    }

    public Index newaxis() {
        return with(NEWAXIS);
    }

    /** Appends an index array (integer or boolean). */
    public Index array(NDArray indices) {
        return with(indices);
    }

    private Index with(Object o) {
        List<Object> l = new ArrayList<>(items);
        l.add(o);
        return new Index(l);
    }

    /** The items (integers as Long). */
    public List<Object> items() {
        return Collections.unmodifiableList(items);
    }
}
