package org.numpyjvm.api.internal.core;

import org.numpyjvm.api.DType;
import org.numpyjvm.api.NDArray;

/**
 * The bridge from internal packages to {@link NDArray}'s storage fields, which the public API
 * does not expose (a JDK "shared secrets" pattern: {@code NDArray} installs the accessor in
 * its static initializer; no reflection, so it also works under TeaVM).
 */
public final class Internals {
    private Internals() {
    }

    /** Implemented by {@link NDArray}; installed once. */
    public interface Access {
        Object data(NDArray a);

        int offset(NDArray a);

        int[] strides(NDArray a);

        NDArray create(DType dtype, Object data, int[] shape, int[] strides, int offset, NDArray base, boolean writeable);
    }

    private static Access access;

    /** Called by NDArray's static initializer only. */
    public static void install(Access a) {
        if (access != null) {
            throw new IllegalStateException("already installed");
        }
        access = a;
    }

    private static Access access() {
        Access a = access;
        return a != null ? a : initialized();
    }

    /** The accessor after NDArray's class initialization (which installs it). */
    private static Access initialized() {
        NDArray.initialize();
        return access;
    }

    /** The storage array (a primitive array, or Object[] for strings). Shared, not copied. */
    public static Object data(NDArray a) {
        return access().data(a);
    }

    public static int offset(NDArray a) {
        return access().offset(a);
    }

    /** Strides in storage slots (the internal array's own, not a copy: do not modify). */
    public static int[] strides(NDArray a) {
        return access().strides(a);
    }

    /** A view (base non-null) or a new owner (base null) over existing storage. */
    public static NDArray create(DType dtype, Object data, int[] shape, int[] strides, int offset, NDArray base,
            boolean writeable) {
        return access().create(dtype, data, shape, strides, offset, base, writeable);
    }

    /** A new C-contiguous, zero-filled array. */
    public static NDArray allocate(DType dtype, int[] shape) {
        Object data = Buffers.allocate(dtype, shape);
        return create(dtype, data, shape.clone(), Shapes.allocStrides(shape, dtype.slots(), false), 0, null, true);
    }

    /** A new C-contiguous array that owns {@code data} (a storage array of the dtype's kind). */
    public static NDArray wrap(DType dtype, Object data, int[] shape) {
        return create(dtype, data, shape.clone(), Shapes.allocStrides(shape, dtype.slots(), false), 0, null, true);
    }

    /** Storage slot of the element at a (non-negative, in-range) multi-index. */
    public static int slot(NDArray a, int[] index) {
        int[] st = strides(a);
        int p = offset(a);
        for (int i = 0; i < index.length; i++) {
            p += index[i] * st[i];
        }
        return p;
    }
}
