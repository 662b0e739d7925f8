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

    /**
     * NumPy's {@code PyArray_CreateMultiSortedStridePerm}: the axes ordered from largest to
     * smallest |stride| over all operands (a stable insertion sort; conflicts between operands
     * and ties resolve to C order; length-1 axes never decide). New arrays "like" the operands
     * are laid out in this order (NumPy's 'K' order).
     */
    static int[] strideOrder(NDArray... arrays) {
        int nd = arrays[0].ndim();
        int[] perm = new int[nd];
        for (int i = 0; i < nd; i++) {
            perm[i] = i;
        }
        for (int i0 = 1; i0 < nd; i0++) {
            int ipos = i0;
            int ax0 = perm[i0];
            for (int i1 = i0 - 1; i1 >= 0; i1--) {
                boolean ambig = true;
                boolean shouldSwap = false;
                int ax1 = perm[i1];
                for (NDArray a : arrays) {
                    int[] sh = a.shape();
                    int[] st = Internals.strides(a);
                    if (sh[ax0] != 1 && sh[ax1] != 1) {
                        if (Math.abs((long) st[ax0]) <= Math.abs((long) st[ax1])) {
                            shouldSwap = false;
                        } else if (ambig) {
                            shouldSwap = true;
                        }
                        ambig = false;
                    }
                }
                if (!ambig) {
                    if (shouldSwap) {
                        ipos = i1;
                    } else {
                        break;
                    }
                }
            }
            if (ipos != i0) {
                for (int i1 = i0; i1 > ipos; i1--) {
                    perm[i1] = perm[i1 - 1];
                }
                perm[ipos] = ax0;
            }
        }
        return perm;
    }

    /** A new zeroed array whose memory order runs over the axes as listed in {@code order} (outermost first). */
    static NDArray allocate(org.numpyjvm.api.DType dt, int[] shape, int[] order) {
        int[] st = new int[shape.length];
        int acc = dt.slots();
        for (int i = order.length - 1; i >= 0; i--) {
            st[order[i]] = acc;
            acc *= Math.max(shape[order[i]], 1);
        }
        Object data = org.numpyjvm.api.internal.core.Buffers.allocate(dt, shape);
        return Internals.create(dt, data, shape.clone(), st, 0, null, true);
    }

    /** A new array in NumPy's {@code 'F' if arr.flags.fnc else 'C'} order (insert, delete, pad). */
    static NDArray allocateLike(org.numpyjvm.api.DType dt, int[] shape, NDArray like) {
        boolean fortran = like.isFContiguous() && !like.isCContiguous();
        int[] order = new int[shape.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = fortran ? order.length - 1 - i : i;
        }
        return allocate(dt, shape, order);
    }

    /**
     * {@code v.astype(dt)}, truncating strings to a shorter string dtype (the core's same-kind
     * string copy does not truncate yet, so narrowing string casts go element by element here).
     */
    static NDArray cast(NDArray v, org.numpyjvm.api.DType dt) {
        if (v.dtype().isString() && dt.isString() && dt.stringLength() > 0 && dt.stringLength() < v.dtype().stringLength()) {
            NDArray c = contiguous(v);
            NDArray out = Internals.allocate(dt, c.shape());
            Object sd = Internals.data(c);
            Object dd = Internals.data(out);
            for (int i = 0, n = c.size(), p = Internals.offset(c); i < n; i++) {
                org.numpyjvm.api.internal.core.Elements.setItem(dt, dd, i,
                        org.numpyjvm.api.internal.core.Elements.getItem(c.dtype(), sd, p + i));
            }
            return out;
        }
        return v.astype(dt);
    }

    /** Python's {@code a % n} (the sign of n); written out because TeaVM lacks {@code Math.floorMod}. */
    static long pyMod(long a, long n) {
        long r = a % n;
        return r != 0 && (r < 0) != (n < 0) ? r + n : r;
    }
}
