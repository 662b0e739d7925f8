package org.numpyjvm.api.internal.creation;

import java.util.ArrayList;
import java.util.List;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.ValueError;
import org.numpyjvm.api.internal.core.Internals;
import org.numpyjvm.api.internal.core.Shapes;

/**
 * Walking nested Java sequences ({@code List}, {@code Object[]}, primitive arrays, NDArrays) the
 * way NumPy's array coercion walks nested Python sequences: shape discovery with NumPy's ragged
 * error, and a copy fast path for rectangular nests of one primitive array type.
 */
final class Nesting {
    private Nesting() {
    }

    static boolean isSequence(Object o) {
        return o instanceof List || o instanceof Object[] || o instanceof NDArray || isPrimitiveArray(o);
    }

    static boolean isPrimitiveArray(Object o) {
        return o instanceof double[] || o instanceof long[] || o instanceof int[] || o instanceof float[]
                || o instanceof short[] || o instanceof byte[] || o instanceof boolean[];
    }

    /** The dtype of a Java primitive array's elements. */
    static DType primitiveType(Object o) {
        if (o instanceof double[]) {
            return DType.FLOAT64;
        }
        if (o instanceof float[]) {
            return DType.FLOAT32;
        }
        if (o instanceof long[]) {
            return DType.INT64;
        }
        if (o instanceof int[]) {
            return DType.INT32;
        }
        if (o instanceof short[]) {
            return DType.INT16;
        }
        if (o instanceof byte[]) {
            return DType.INT8;
        }
        return DType.BOOL;
    }

    static int length(Object o) {
        if (o instanceof List) {
            return ((List<?>) o).size();
        }
        if (o instanceof NDArray) {
            return ((NDArray) o).len();
        }
        if (o instanceof Object[]) {
            return ((Object[]) o).length;
        }
        if (o instanceof boolean[]) {
            return ((boolean[]) o).length;
        }
        return org.numpyjvm.api.internal.core.Buffers.length(o);
    }

    static Object element(Object o, int i) {
        if (o instanceof List) {
            return ((List<?>) o).get(i);
        }
        if (o instanceof Object[]) {
            return ((Object[]) o)[i];
        }
        if (o instanceof NDArray) {
            NDArray a = (NDArray) o;
            return a.ndim() == 1 ? a.item(i) : a.get((Object) i);
        }
        if (o instanceof double[]) {
            return ((double[]) o)[i];
        }
        if (o instanceof long[]) {
            return ((long[]) o)[i];
        }
        if (o instanceof int[]) {
            return (long) ((int[]) o)[i];
        }
        if (o instanceof float[]) {
            return (double) ((float[]) o)[i];
        }
        if (o instanceof short[]) {
            return (long) ((short[]) o)[i];
        }
        if (o instanceof byte[]) {
            return (long) ((byte[]) o)[i];
        }
        return ((boolean[]) o)[i];
    }

    /** The regular shape of nested sequences, or NumPy's inhomogeneous-shape ValueError. */
    static int[] shapeOf(Object obj) {
        List<Integer> dims = new ArrayList<>();
        Object cur = obj;
        while (isSequence(cur)) {
            if (cur instanceof NDArray) {
                for (int d : ((NDArray) cur).shape()) {
                    dims.add(d);
                }
                break;
            }
            int n = length(cur);
            dims.add(n);
            if (n == 0) {
                break;
            }
            cur = element(cur, 0);
        }
        int[] shape = new int[dims.size()];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = dims.get(i);
        }
        int[] min = {Integer.MAX_VALUE};
        check(obj, 0, shape, min);
        if (min[0] != Integer.MAX_VALUE) {
            throw inhomogeneous(min[0], shape);
        }
        return shape;
    }

    /**
     * Walks the whole nest and records in {@code min[0]} the smallest depth at which it departs from
     * {@code shape} (NumPy reports that depth, wherever it occurs, not the first one met). Subtrees
     * at or below the current minimum are not visited.
     */
    private static void check(Object o, int depth, int[] shape, int[] min) {
        if (depth >= min[0]) {
            return;
        }
        if (depth == shape.length) {
            if (isSequence(o) && !(o instanceof NDArray && ((NDArray) o).ndim() == 0)) {
                min[0] = depth;
            }
            return;
        }
        if (!isSequence(o) || o instanceof NDArray && ((NDArray) o).ndim() == 0) {
            min[0] = depth;
            return;
        }
        if (o instanceof NDArray) {
            int[] s = ((NDArray) o).shape();
            for (int i = 0; i < s.length && depth + i < shape.length; i++) {
                if (s[i] != shape[depth + i]) {
                    min[0] = Math.min(min[0], depth + i);
                    return;
                }
            }
            if (s.length != shape.length - depth) {
                min[0] = Math.min(min[0], depth + Math.min(s.length, shape.length - depth));
            }
            return;
        }
        int n = length(o);
        if (n != shape[depth]) {
            min[0] = depth;
            return;
        }
        if (depth + 1 < shape.length || !isPrimitiveArray(o)) {
            for (int i = 0; i < n && depth + 1 < min[0]; i++) {
                check(element(o, i), depth + 1, shape, min);
            }
        }
    }

    static ValueError inhomogeneous(int depth, int[] shape) {
        int[] detected = java.util.Arrays.copyOf(shape, depth);
        return new ValueError("setting an array element with a sequence. The requested array has an inhomogeneous shape after "
                + depth + " dimensions. The detected shape was " + Shapes.tupleString(detected) + " + inhomogeneous part.");
    }

    /**
     * A rectangular nest of {@code Object[]} whose leaves are all Java primitive arrays of one type
     * ({@code double[][]}, {@code int[][][]}, a flat {@code long[]}): copied row by row with no
     * boxing. Null when {@code o} is not such a nest.
     */
    static NDArray primitive(Object o) {
        Object cur = o;
        while (cur instanceof Object[] && ((Object[]) cur).length > 0) {
            cur = ((Object[]) cur)[0];
        }
        if (!isPrimitiveArray(cur) || !sameLeafClass(o, cur.getClass())) {
            return null;
        }
        int[] shape = shapeOf(o);
        DType dt = primitiveType(cur);
        NDArray out = Internals.allocate(dt, shape);
        int row = shape[shape.length - 1];
        int[] pos = {0};
        copyLeaves(o, Internals.data(out), pos, row);
        return out;
    }

    private static boolean sameLeafClass(Object o, Class<?> leaf) {
        if (o instanceof Object[]) {
            for (Object e : (Object[]) o) {
                if (!sameLeafClass(e, leaf)) {
                    return false;
                }
            }
            return true;
        }
        return o != null && o.getClass() == leaf;
    }

    private static void copyLeaves(Object o, Object dst, int[] pos, int row) {
        if (o instanceof Object[]) {
            for (Object e : (Object[]) o) {
                copyLeaves(e, dst, pos, row);
            }
            return;
        }
        if (o instanceof boolean[]) {
            boolean[] b = (boolean[]) o;
            byte[] d = (byte[]) dst;
            for (int i = 0; i < b.length; i++) {
                d[pos[0] + i] = (byte) (b[i] ? 1 : 0);
            }
        } else {
            System.arraycopy(o, 0, dst, pos[0], row);
        }
        pos[0] += row;
    }
}
