package org.numpyjvm.api.internal.core;

import java.util.BitSet;
import org.numpyjvm.api.NDArray;

/** Memory overlap between arrays: the bounds test and the exact test of shared element slots. */
public final class Overlap {
    private Overlap() {
    }

    /** Lowest and highest storage slot touched by a (non-empty) array. */
    static int[] extent(NDArray a) {
        int[] shape = a.shape();
        int[] st = Internals.strides(a);
        long lo = Internals.offset(a);
        long hi = lo;
        for (int i = 0; i < shape.length; i++) {
            long span = (long) (shape[i] - 1) * st[i];
            if (span < 0) {
                lo += span;
            } else {
                hi += span;
            }
        }
        hi += a.dtype().slots() - 1;
        return new int[] {(int) lo, (int) hi};
    }

    /** True if a and b may touch (bounds) or do touch (exact) a common storage slot. */
    public static boolean shares(NDArray a, NDArray b, boolean exact) {
        if (Internals.data(a) != Internals.data(b) || a.size() == 0 || b.size() == 0) {
            return false;
        }
        int[] ea = extent(a);
        int[] eb = extent(b);
        if (ea[1] < eb[0] || eb[1] < ea[0]) {
            return false;
        }
        if (!exact) {
            return true;
        }
        NDArray small = a.size() <= b.size() ? a : b;
        NDArray large = small == a ? b : a;
        int lo = Math.max(ea[0], eb[0]);
        int hi = Math.min(ea[1], eb[1]);
        BitSet marks = new BitSet(hi - lo + 1);
        mark(small, lo, hi, marks, false);
        return mark(large, lo, hi, marks, true);
    }

    private static boolean mark(NDArray a, int lo, int hi, BitSet marks, boolean test) {
        int w = a.dtype().slots();
        final boolean[] found = {false};
        org.numpyjvm.api.internal.loops.StridedLoop.forEach(a.shape(), new int[] {Internals.offset(a)},
                new int[][] {Internals.strides(a)}, (n, off, str) -> {
                    for (int k = 0, p = off[0]; k < n && !found[0]; k++, p += str[0]) {
                        for (int j = 0; j < w; j++) {
                            int s = p + j;
                            if (s < lo || s > hi) {
                                continue;
                            }
                            if (test) {
                                if (marks.get(s - lo)) {
                                    found[0] = true;
                                }
                            } else {
                                marks.set(s - lo);
                            }
                        }
                    }
                });
        return found[0];
    }
}
