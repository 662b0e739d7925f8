package org.numpyjvm.api.internal.manipulation;

import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.internal.core.Internals;
import org.numpyjvm.api.internal.loops.Assign;
import org.numpyjvm.api.internal.loops.StridedLoop;

/**
 * Copying whole index positions along one axis ({@code dst[..., d_k, ...] = src[..., s_k, ...]}),
 * the kernel of delete and insert. Thick slabs go through one {@link Assign#copyInto} per run of
 * consecutive positions; thin slabs (many small pieces, e.g. deleting every other element of a
 * 1-d array) are gathered element by element with {@link System#arraycopy}, which works on
 * every storage type, inside one {@link StridedLoop} walk of the other axes.
 */
final class AxisCopy {
    private AxisCopy() {
    }

    /** Slabs with at least this many elements are copied with copyInto, run by run. */
    private static final int THICK = 64;

    /**
     * For k in [0, count): {@code dst[..., dstIdx[k], ...] = src[..., srcIdx[k], ...]} along
     * {@code axis}; dst and src have the same dtype and the same shape apart from {@code axis}.
     */
    static void copy(NDArray dst, NDArray src, int axis, int[] dstIdx, int[] srcIdx, int count) {
        if (count == 0 || dst.size() == 0) {
            return;
        }
        int[] shape = dst.shape();
        long slab = 1;
        for (int d = 0; d < shape.length; d++) {
            if (d != axis) {
                slab *= shape[d];
            }
        }
        int runs = 0;
        for (int k = 0; k < count; k++) {
            if (k == 0 || dstIdx[k] != dstIdx[k - 1] + 1 || srcIdx[k] != srcIdx[k - 1] + 1) {
                runs++;
            }
        }
        if (slab >= THICK || runs <= 4) {
            for (int k = 0; k < count;) {
                int j = k + 1;
                while (j < count && dstIdx[j] == dstIdx[j - 1] + 1 && srcIdx[j] == srcIdx[j - 1] + 1) {
                    j++;
                }
                Assign.copyInto(Views.slice(dst, axis, dstIdx[k], dstIdx[k] + j - k),
                        Views.slice(src, axis, srcIdx[k], srcIdx[k] + j - k));
                k = j;
            }
            return;
        }
        final Object sd = Internals.data(src);
        final Object dd = Internals.data(dst);
        final int w = dst.dtype().slots();
        final int sAx = Internals.strides(src)[axis];
        final int dAx = Internals.strides(dst)[axis];
        NDArray d1 = Views.slice(dst, axis, 0, 1);
        NDArray s1 = Views.slice(src, axis, 0, 1);
        int[] shape1 = d1.shape();
        StridedLoop.forEach(shape1, new int[] {Internals.offset(d1), Internals.offset(s1)},
                new int[][] {Internals.strides(d1), Internals.strides(s1)}, (n, off, str) -> {
                    for (int e = 0, dp = off[0], sp = off[1]; e < n; e++, dp += str[0], sp += str[1]) {
                        for (int k = 0; k < count; k++) {
                            System.arraycopy(sd, sp + srcIdx[k] * sAx, dd, dp + dstIdx[k] * dAx, w);
                        }
                    }
                });
    }
}
