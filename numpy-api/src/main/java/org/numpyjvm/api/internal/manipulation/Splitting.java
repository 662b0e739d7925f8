package org.numpyjvm.api.internal.manipulation;

import org.numpyjvm.api.IndexError;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.ValueError;
import org.numpyjvm.api.ZeroDivisionError;

/**
 * Splitting arrays: split, array_split, hsplit, vsplit, dsplit. As in NumPy the pieces are views
 * of the input (basic slices along the axis).
 */
public final class Splitting {
    private Splitting() {
    }

    /** {@code np.array_split(ary, sections, axis)}: the first {@code len % sections} pieces one longer. */
    public static NDArray[] arraySplit(NDArray a, int sections, int axis) {
        int ax = axisOf(a, axis);
        int total = a.shape()[ax];
        if (sections <= 0) {
            throw new ValueError("number sections must be larger than 0.");
        }
        int each = total / sections;
        int extras = total % sections;
        NDArray[] out = new NDArray[sections];
        int pos = 0;
        for (int i = 0; i < sections; i++) {
            int len = each + (i < extras ? 1 : 0);
            out[i] = Views.slice(a, ax, pos, pos + len);
            pos += len;
        }
        return out;
    }

    /** {@code np.array_split(ary, indices, axis)}: pieces {@code ary[i_k:i_k+1]} with Python slice semantics. */
    public static NDArray[] arraySplit(NDArray a, int[] indices, int axis) {
        int ax = axisOf(a, axis);
        int total = a.shape()[ax];
        NDArray[] out = new NDArray[indices.length + 1];
        for (int i = 0; i <= indices.length; i++) {
            int st = i == 0 ? 0 : indices[i - 1];
            int end = i == indices.length ? total : indices[i];
            out[i] = Views.slice(a, ax, st, end, 1);
        }
        return out;
    }

    /** {@code np.split(ary, sections, axis)}: equal division required. */
    public static NDArray[] split(NDArray a, int sections, int axis) {
        int ax = axisOf(a, axis);
        int n = a.shape()[ax];
        if (sections == 0) {
            throw new ZeroDivisionError("integer modulo by zero");
        }
        if (Views.pyMod(n, sections) != 0) {
            throw new ValueError("array split does not result in an equal division");
        }
        return arraySplit(a, sections, axis);
    }

    public static NDArray[] split(NDArray a, int[] indices, int axis) {
        return arraySplit(a, indices, axis);
    }

    /** {@code ary.shape[axis]} raises Python's IndexError for an axis outside the shape tuple. */
    private static int axisOf(NDArray a, int axis) {
        int nd = a.ndim();
        if (axis >= nd || axis < -nd) {
            throw new IndexError("tuple index out of range");
        }
        return axis < 0 ? axis + nd : axis;
    }

    /** The axis hsplit/vsplit/dsplit split along, after their dimension checks. */
    public static int directionalAxis(NDArray a, char kind) {
        int nd = a.ndim();
        switch (kind) {
            case 'h':
                if (nd == 0) {
                    throw new ValueError("hsplit only works on arrays of 1 or more dimensions");
                }
                return nd > 1 ? 1 : 0;
            case 'v':
                if (nd < 2) {
                    throw new ValueError("vsplit only works on arrays of 2 or more dimensions");
                }
                return 0;
            default:
                if (nd < 3) {
                    throw new ValueError("dsplit only works on arrays of 3 or more dimensions");
                }
                return 2;
        }
    }

    /** {@code np.hsplit} / {@code np.vsplit} / {@code np.dsplit} ({@code kind} 'h', 'v', 'd') with sections. */
    public static NDArray[] directional(NDArray a, char kind, int sections) {
        return split(a, sections, directionalAxis(a, kind));
    }

    public static NDArray[] directional(NDArray a, char kind, int[] indices) {
        return split(a, indices, directionalAxis(a, kind));
    }
}
