package org.numpyjvm.api.internal.manipulation;

import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.internal.core.Internals;

/**
 * Stride arithmetic shared by the manipulation routines: views of an array with a new shape,
 * strides and offset (sharing storage), and slices along one axis.
 */
final class Views {
    private Views() {
    }

    /** A view of {@code a}'s storage (base {@code a}, same writeability). */
    static NDArray view(NDArray a, int[] shape, int[] strides, int offset) {
        return Internals.create(a.dtype(), Internals.data(a), shape, strides, offset, a, a.isWriteable());
    }

    /** {@code a[..., start:stop, ...]} on {@code axis} (0 &lt;= start &lt;= stop &lt;= len). */
    static NDArray slice(NDArray a, int axis, int start, int stop) {
        int[] shape = a.shape();
        int[] st = Internals.strides(a).clone();
        int off = Internals.offset(a) + (stop > start ? start * st[axis] : 0);
        shape[axis] = Math.max(0, stop - start);
        return view(a, shape, st, off);
    }

    /** {@code a[..., start:stop:step, ...]} on {@code axis}, Python slice semantics (step != 0). */
    static NDArray slice(NDArray a, int axis, Integer start, Integer stop, int step) {
        int[] shape = a.shape();
        int[] ix = new org.numpyjvm.api.Slice(start, stop, step).indices(shape[axis]);
        int[] st = Internals.strides(a).clone();
        int off = Internals.offset(a) + (ix[3] > 0 ? ix[0] * st[axis] : 0);
        st[axis] *= step;
        shape[axis] = ix[3];
        return view(a, shape, st, off);
    }

    /** The array in C-contiguous layout (itself when it already is). */
    static NDArray contiguous(NDArray a) {
        return a.isCContiguous() ? a : a.copy('C');
    }

    /** Product of {@code shape[from:to]}. */
    static int prod(int[] shape, int from, int to) {
        long p = 1;
        for (int i = from; i < to; i++) {
            p *= shape[i];
        }
        return (int) p;
    }

    static int[] removeAxis(int[] shape, int axis) {
        int[] out = new int[shape.length - 1];
        for (int i = 0, j = 0; i < shape.length; i++) {
            if (i != axis) {
                out[j++] = shape[i];
            }
        }
        return out;
    }

    /** Python's repr of an int tuple: {@code (0, 1)}, {@code (3,)}. */
    static String tuple(int[] v) {
        return org.numpyjvm.api.internal.core.Shapes.tupleString(v);
    }
}
