package org.numpyjvm.api.internal.core;

import org.numpyjvm.api.DType;
import org.numpyjvm.api.MemoryError;

/** Allocation of storage arrays, with NumPy's MemoryError instead of the JVM's OutOfMemoryError. */
public final class Buffers {
    private Buffers() {
    }

    /** A zero-filled storage array for {@code count} elements of {@code dtype}. */
    public static Object allocate(DType dtype, int[] shape) {
        int n = Shapes.checkedSize(shape, dtype.slots(), dtype.itemsize(), dtype.name());
        return allocate(dtype, n, shape);
    }

    private static Object allocate(DType dtype, int n, int[] shape) {
        int slots = n * dtype.slots();
        try {
            switch (dtype.storage()) {
                case BYTE: return new byte[slots];
                case SHORT: return new short[slots];
                case INT: return new int[slots];
                case LONG: return new long[slots];
                case FLOAT: return new float[slots];
                case DOUBLE: return new double[slots];
                default:
                    Object[] o = new Object[slots];
                    Object empty = dtype.code() == DType.Code.STR ? (Object) "" : (Object) new byte[0];
                    java.util.Arrays.fill(o, empty);
                    return o;
            }
        } catch (OutOfMemoryError e) {
            throw new MemoryError("Unable to allocate " + Shapes.formatBytes((long) n * Math.max(dtype.itemsize(), 1))
                    + " for an array with shape " + Shapes.tupleString(shape) + " and data type " + dtype.name(), e);
        }
    }

    /** Number of slots in a storage array. */
    public static int length(Object data) {
        if (data instanceof double[]) {
            return ((double[]) data).length;
        } else if (data instanceof float[]) {
            return ((float[]) data).length;
        } else if (data instanceof long[]) {
            return ((long[]) data).length;
        } else if (data instanceof int[]) {
            return ((int[]) data).length;
        } else if (data instanceof short[]) {
            return ((short[]) data).length;
        } else if (data instanceof byte[]) {
            return ((byte[]) data).length;
        }
        return ((Object[]) data).length;
    }
}
