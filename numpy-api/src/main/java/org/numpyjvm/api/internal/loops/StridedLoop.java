package org.numpyjvm.api.internal.loops;

/**
 * The one N-d loop driver: walks a shape over several operands (each a storage offset and
 * strides in slots, zero strides for broadcast dims) and hands each innermost run to a
 * {@link Body} as (length, start offsets, strides), like NumPy's inner loops.
 *
 * <p>Before walking it reorders dims by the first operand's strides (NumPy's 'K' order, so a
 * transposed or Fortran-ordered output is walked in memory order), drops length-1 dims and
 * merges dims that are contiguous for every operand, so a contiguous array of any shape becomes
 * one run. One virtual call per run, never per element.
 */
public final class StridedLoop {
    private StridedLoop() {
    }

    /** An inner loop over one run. {@code offsets} and {@code strides} have one entry per operand. */
    public interface Body {
        void run(int n, int[] offsets, int[] strides);
    }

    /**
     * Walks {@code shape}; operand k starts at {@code offsets[k]} with {@code strides[k]}.
     * The arrays passed in are not modified.
     */
    public static void forEach(int[] shape, int[] offsets, int[][] strides, Body body) {
        int nop = offsets.length;
        int nd = shape.length;
        for (int d : shape) {
            if (d == 0) {
                return;
            }
        }
        // order dims: descending |stride| of operand 0 (stable insertion sort: few dims); inner dim last
        int[] order = new int[nd];
        for (int i = 0; i < nd; i++) {
            order[i] = i;
        }
        int[] s0 = strides[0];
        if (!isCOrdered(shape, s0)) {
            for (int i = 1; i < nd; i++) {
                int ax = order[i];
                int j = i;
                for (; j > 0 && Math.abs(s0[order[j - 1]]) < Math.abs(s0[ax]); j--) {
                    order[j] = order[j - 1];
                }
                order[j] = ax;
            }
        }
        // drop length-1 dims, then coalesce
        int[] dims = new int[nd];
        int[][] st = new int[nop][]; // (rows one by one: a multianewarray is a slow runtime call in HotSpot)
        for (int k = 0; k < nop; k++) {
            st[k] = new int[nd];
        }
        int m = 0;
        for (int i = 0; i < nd; i++) {
            int ax = order[i];
            if (shape[ax] == 1) {
                continue;
            }
            if (m > 0 && mergeable(st, m - 1, dims[m - 1], strides, ax, shape[ax], nop)) {
                // merge ax into the previous (outer) dim: the new inner stride is ax's
                dims[m - 1] *= shape[ax];
                for (int k = 0; k < nop; k++) {
                    st[k][m - 1] = strides[k][ax];
                }
                continue;
            }
            dims[m] = shape[ax];
            for (int k = 0; k < nop; k++) {
                st[k][m] = strides[k][ax];
            }
            m++;
        }
        int[] off = offsets.clone();
        int[] inner = new int[nop];
        if (m == 0) {
            for (int k = 0; k < nop; k++) {
                inner[k] = 0;
            }
            body.run(1, off, inner);
            return;
        }
        int n = dims[m - 1];
        for (int k = 0; k < nop; k++) {
            inner[k] = st[k][m - 1];
        }
        if (m == 1) {
            body.run(n, off, inner);
            return;
        }
        int outer = m - 1;
        int[] idx = new int[outer];
        int[] base = offsets.clone();
        int[] cur = new int[nop];
        while (true) {
            System.arraycopy(base, 0, cur, 0, nop);
            body.run(n, cur, inner);
            // odometer over the outer dims
            int d = outer - 1;
            while (d >= 0) {
                idx[d]++;
                for (int k = 0; k < nop; k++) {
                    base[k] += st[k][d];
                }
                if (idx[d] < dims[d]) {
                    break;
                }
                for (int k = 0; k < nop; k++) {
                    base[k] -= st[k][d] * dims[d];
                }
                idx[d] = 0;
                d--;
            }
            if (d < 0) {
                return;
            }
        }
    }

    private static boolean isCOrdered(int[] shape, int[] s) {
        int prev = Integer.MAX_VALUE;
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] == 1) {
                continue;
            }
            int a = Math.abs(s[i]);
            if (a > prev) {
                return false;
            }
            prev = a;
        }
        return true;
    }

    /** Dim (outer, stride st[k][j], length outerLen) and ax merge when outer = inner * len(ax) for all. */
    private static boolean mergeable(int[][] st, int j, int outerLen, int[][] strides, int ax, int len, int nop) {
        for (int k = 0; k < nop; k++) {
            if ((long) st[k][j] != (long) strides[k][ax] * len) {
                return false;
            }
        }
        return true;
    }
}
