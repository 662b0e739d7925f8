package org.numpyjvm.api.internal.manipulation;

import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.ValueError;
import org.numpyjvm.api.internal.core.Internals;
import org.numpyjvm.api.internal.core.Shapes;

/** Changing the number of dimensions: squeeze, expand_dims, atleast_1d/2d/3d. All return views. */
public final class Dims {
    private Dims() {
    }

    /** {@code np.squeeze(a, axis=None)}: every length-1 axis removed. */
    public static NDArray squeeze(NDArray a) {
        int[] shape = a.shape();
        boolean[] drop = new boolean[shape.length];
        for (int i = 0; i < shape.length; i++) {
            drop[i] = shape[i] == 1;
        }
        return dropAxes(a, drop);
    }

    /** {@code np.squeeze(a, axis)}: the given axes, which must have length 1. */
    public static NDArray squeeze(NDArray a, int[] axis) {
        int[] shape = a.shape();
        boolean[] drop = new boolean[shape.length];
        for (int x0 : axis) {
            int x = Shapes.normalizeAxis(x0, shape.length);
            if (drop[x]) {
                throw new ValueError("duplicate value in 'axis'");
            }
            if (shape[x] != 1) {
                throw new ValueError("cannot select an axis to squeeze out which has size not equal to one");
            }
            drop[x] = true;
        }
        return dropAxes(a, drop);
    }

    private static NDArray dropAxes(NDArray a, boolean[] drop) {
        int[] shape = a.shape();
        int[] st = Internals.strides(a);
        int n = 0;
        for (boolean d : drop) {
            n += d ? 0 : 1;
        }
        int[] ns = new int[n];
        int[] nt = new int[n];
        for (int i = 0, j = 0; i < shape.length; i++) {
            if (!drop[i]) {
                ns[j] = shape[i];
                nt[j++] = st[i];
            }
        }
        return Views.view(a, ns, nt, Internals.offset(a));
    }

    /** {@code np.expand_dims(a, axis)}: length-1 axes inserted at the given positions of the result. */
    public static NDArray expandDims(NDArray a, int... axis) {
        int outNd = a.ndim() + axis.length;
        int[] ax = Shapes.normalizeAxes(axis, outNd, null);
        boolean[] isNew = new boolean[outNd];
        for (int x : ax) {
            isNew[x] = true;
        }
        int[] shape = a.shape();
        int[] st = Internals.strides(a);
        int[] ns = new int[outNd];
        int[] nt = new int[outNd];
        int j = 0;
        for (int i = 0; i < outNd; i++) {
            if (!isNew[i]) {
                ns[i] = shape[j];
                nt[i] = st[j++];
            }
        }
        // a new axis gets the stride C order would give it (as NumPy's reshape does)
        int next = a.dtype().slots();
        for (int i = outNd - 1; i >= 0; i--) {
            if (isNew[i]) {
                ns[i] = 1;
                nt[i] = next;
            } else {
                next = nt[i] * Math.max(ns[i], 1);
            }
        }
        return Views.view(a, ns, nt, Internals.offset(a));
    }

    /** {@code np.atleast_1d(a)}. */
    public static NDArray atleast1d(NDArray a) {
        return a.ndim() == 0 ? reshaped(a, 1) : a;
    }

    /** {@code np.atleast_2d(a)}: 0-d → (1, 1), (N,) → (1, N). */
    public static NDArray atleast2d(NDArray a) {
        switch (a.ndim()) {
            case 0: return reshaped(a, 1, 1);
            case 1: return expandDims(a, 0);
            default: return a;
        }
    }

    /** {@code np.atleast_3d(a)}: 0-d → (1, 1, 1), (N,) → (1, N, 1), (M, N) → (M, N, 1). */
    public static NDArray atleast3d(NDArray a) {
        switch (a.ndim()) {
            case 0: return reshaped(a, 1, 1, 1);
            case 1: return expandDims(a, 0, 2);
            case 2: return expandDims(a, 2);
            default: return a;
        }
    }

    private static NDArray reshaped(NDArray a, int... ones) {
        int[] st = new int[ones.length];
        java.util.Arrays.fill(st, a.dtype().slots());
        return Views.view(a, ones, st, Internals.offset(a));
    }
}
