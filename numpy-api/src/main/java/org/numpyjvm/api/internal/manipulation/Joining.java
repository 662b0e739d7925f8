package org.numpyjvm.api.internal.manipulation;

import org.numpyjvm.api.DType;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.ValueError;
import org.numpyjvm.api.internal.core.Internals;
import org.numpyjvm.api.internal.core.Shapes;
import org.numpyjvm.api.internal.loops.Assign;

/**
 * Joining arrays: concatenate, stack, vstack, hstack, dstack, column_stack. The result dtype is
 * the promotion of the inputs' dtypes; the result is laid out in the inputs' common stride
 * order (as NumPy does) and each input is copied into a view of it with one
 * {@link Assign#copyInto}.
 */
public final class Joining {
    private Joining() {
    }

    /** {@code np.concatenate(arrays, axis)}; a null axis flattens the inputs first. */
    public static NDArray concatenate(NDArray[] arrays, Integer axis) {
        checkArrays(arrays);
        if (arrays.length == 0) {
            throw new ValueError("need at least one array to concatenate");
        }
        NDArray[] in = arrays;
        int ax;
        if (axis == null) {
            in = new NDArray[arrays.length];
            for (int i = 0; i < arrays.length; i++) {
                in[i] = arrays[i].reshape(-1);
            }
            ax = 0;
        } else {
            int nd = arrays[0].ndim();
            if (nd == 0) {
                throw new ValueError("zero-dimensional arrays cannot be concatenated");
            }
            ax = Shapes.normalizeAxis(axis, nd);
        }
        return join(in, ax, Promotion.resultType(in));
    }

    /** Java nulls have no NumPy meaning here (NumPy would make an object array): a TypeError, not an NPE. */
    static void checkArrays(NDArray[] arrays) {
        if (arrays == null) {
            throw new org.numpyjvm.api.TypeError("expected a sequence of arrays, got None");
        }
        for (int i = 0; i < arrays.length; i++) {
            if (arrays[i] == null) {
                throw new org.numpyjvm.api.TypeError("array at index " + i + " is None (object arrays are not supported)");
            }
        }
    }

    static NDArray join(NDArray[] in, int ax, DType dt) {
        int nd = in[0].ndim();
        int[] shape = in[0].shape();
        long total = 0;
        for (int i = 0; i < in.length; i++) {
            int[] s = in[i].shape();
            if (s.length != nd) {
                throw new ValueError("all the input arrays must have same number of dimensions, but the array at index 0 has "
                        + nd + " dimension(s) and the array at index " + i + " has " + s.length + " dimension(s)");
            }
            for (int d = 0; d < nd; d++) {
                if (d != ax && s[d] != shape[d]) {
                    throw new ValueError("all the input array dimensions except for the concatenation axis must match exactly, "
                            + "but along dimension " + d + ", the array at index 0 has size " + shape[d]
                            + " and the array at index " + i + " has size " + s[d]);
                }
            }
            total += s[ax];
        }
        shape[ax] = (int) Math.min(total, Integer.MAX_VALUE);
        NDArray out = Views.allocate(dt, shape, Views.strideOrder(in));
        int pos = 0;
        for (NDArray a : in) {
            int n = a.shape()[ax];
            if (!copyContiguous1d(a, out, pos, n)) {
                Assign.copyInto(Views.slice(out, ax, pos, pos + n), a);
            }
            pos += n;
        }
        return out;
    }

    /**
     * Copies the n elements of a 1-d contiguous numeric array of out's dtype to out[pos:pos+n] (a
     * new 1-d contiguous array) in one block, as the general copy would, and returns true; false
     * (nothing done) for any other case.
     */
    private static boolean copyContiguous1d(NDArray a, NDArray out, int pos, int n) {
        DType dt = out.dtype();
        int w = dt.slots();
        if (n == 0 || a.ndim() != 1 || out.ndim() != 1 || dt.isString() || !a.dtype().equals(dt)
                || Internals.strides(a)[0] != w || Internals.strides(out)[0] != w) {
            return false;
        }
        System.arraycopy(Internals.data(a), Internals.offset(a), Internals.data(out), Internals.offset(out) + pos * w, n * w);
        return true;
    }

    /** {@code np.stack(arrays, axis)}. */
    public static NDArray stack(NDArray[] arrays, int axis) {
        checkArrays(arrays);
        if (arrays.length == 0) {
            throw new ValueError("need at least one array to stack");
        }
        int[] shape = arrays[0].shape();
        for (NDArray a : arrays) {
            if (!Shapes.sameShape(shape, a.shape())) {
                throw new ValueError("all input arrays must have the same shape");
            }
        }
        int ax = Shapes.normalizeAxis(axis, shape.length + 1);
        NDArray[] ex = new NDArray[arrays.length];
        for (int i = 0; i < arrays.length; i++) {
            ex[i] = Dims.expandDims(arrays[i], ax);
        }
        return join(ex, ax, Promotion.resultType(ex));
    }

    /** {@code np.vstack(tup)}: atleast_2d, then concatenate along axis 0. */
    public static NDArray vstack(NDArray[] tup) {
        checkArrays(tup);
        NDArray[] in = new NDArray[tup.length];
        for (int i = 0; i < tup.length; i++) {
            in[i] = Dims.atleast2d(tup[i]);
        }
        return concatenate(in, 0);
    }

    /** {@code np.hstack(tup)}: atleast_1d; along axis 0 for 1-d inputs, else axis 1. */
    public static NDArray hstack(NDArray[] tup) {
        checkArrays(tup);
        NDArray[] in = new NDArray[tup.length];
        for (int i = 0; i < tup.length; i++) {
            in[i] = Dims.atleast1d(tup[i]);
        }
        return concatenate(in, in.length > 0 && in[0].ndim() == 1 ? 0 : 1);
    }

    /** {@code np.dstack(tup)}: atleast_3d, then concatenate along axis 2. */
    public static NDArray dstack(NDArray[] tup) {
        checkArrays(tup);
        NDArray[] in = new NDArray[tup.length];
        for (int i = 0; i < tup.length; i++) {
            in[i] = Dims.atleast3d(tup[i]);
        }
        return concatenate(in, 2);
    }

    /** {@code np.column_stack(tup)}: 1-d inputs become columns, then concatenate along axis 1. */
    public static NDArray columnStack(NDArray[] tup) {
        checkArrays(tup);
        NDArray[] in = new NDArray[tup.length];
        for (int i = 0; i < tup.length; i++) {
            NDArray a = tup[i];
            in[i] = a.ndim() < 2 ? Dims.atleast2d(a).T() : a;
        }
        return concatenate(in, 1);
    }

    /**
     * A single array passed where NumPy takes a sequence of arrays is that sequence: its
     * sub-arrays along axis 0 (views), as {@code np.concatenate(a2d)} iterates the rows.
     */
    public static NDArray[] rows(NDArray a) {
        if (a.ndim() == 0) {
            throw new org.numpyjvm.api.TypeError("iteration over a 0-d array");
        }
        int n = a.shape()[0];
        NDArray[] out = new NDArray[n];
        int[] sub = java.util.Arrays.copyOfRange(a.shape(), 1, a.ndim());
        int[] st = java.util.Arrays.copyOfRange(Internals.strides(a), 1, a.ndim());
        int s0 = Internals.strides(a)[0];
        for (int i = 0; i < n; i++) {
            out[i] = Views.view(a, sub.clone(), st.clone(), Internals.offset(a) + i * s0);
        }
        return out;
    }
}
