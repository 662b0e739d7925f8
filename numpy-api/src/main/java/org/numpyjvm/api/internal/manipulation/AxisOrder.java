package org.numpyjvm.api.internal.manipulation;

import org.numpyjvm.api.AxisError;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.ValueError;
import org.numpyjvm.api.internal.core.Internals;
import org.numpyjvm.api.internal.core.Shapes;

/** Reordering axes (all views): rollaxis, permute_dims, matrix_transpose, unstack. */
public final class AxisOrder {
    private AxisOrder() {
    }

    /** {@code np.rollaxis(a, axis, start)}: axis moved to before position start. */
    public static NDArray rollaxis(NDArray a, int axis, int start) {
        int n = a.ndim();
        int ax = Shapes.normalizeAxis(axis, n);
        int st = start < 0 ? start + n : start;
        if (!(0 <= st && st < n + 1)) {
            throw new AxisError("'start' arg requires " + (-n) + " <= start < " + (n + 1) + ", but " + st + " was passed in");
        }
        if (ax < st) {
            st--;
        }
        if (ax == st) {
            return Views.view(a, a.shape(), Internals.strides(a).clone(), Internals.offset(a));
        }
        // axes = list(range(n)); axes.remove(axis); axes.insert(start, axis)
        int[] perm = new int[n];
        for (int i = 0, j = 0; j < n; j++) {
            if (j == st) {
                perm[j] = ax;
                continue;
            }
            if (i == ax) {
                i++;
            }
            perm[j] = i++;
        }
        return a.transpose(perm);
    }

    /** {@code np.permute_dims(a, axes)} ({@code np.transpose}); null axes reverses them. */
    public static NDArray permuteDims(NDArray a, int[] axes) {
        if (axes == null) {
            return a.T();
        }
        if (axes.length != a.ndim()) {
            throw new ValueError("axes don't match array");
        }
        boolean[] seen = new boolean[axes.length];
        for (int x : axes) {
            int ax = Shapes.normalizeAxis(x, axes.length);
            if (seen[ax]) {
                throw new ValueError("repeated axis in transpose");
            }
            seen[ax] = true;
        }
        return a.transpose(axes);
    }

    /** {@code np.matrix_transpose(x)}: the last two axes swapped. */
    public static NDArray matrixTranspose(NDArray x) {
        if (x.ndim() < 2) {
            throw new ValueError("Input array must be at least 2-dimensional, but it is " + x.ndim());
        }
        return x.swapaxes(-1, -2);
    }

    /** {@code np.unstack(x, axis)}: the sub-arrays along axis (views). */
    public static NDArray[] unstack(NDArray x, int axis) {
        if (x.ndim() == 0) {
            throw new ValueError("Input array must be at least 1-d.");
        }
        if (axis >= x.ndim() || axis < -x.ndim()) {
            throw new AxisError("source: axis " + axis + " is out of bounds for array of dimension " + x.ndim());
        }
        return Joining.rows(x.moveaxis(axis, 0));
    }
}
