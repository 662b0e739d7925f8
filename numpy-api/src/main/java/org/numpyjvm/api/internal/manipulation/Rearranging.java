package org.numpyjvm.api.internal.manipulation;

import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.ValueError;
import org.numpyjvm.api.internal.core.Internals;
import org.numpyjvm.api.internal.core.Shapes;
import org.numpyjvm.api.internal.loops.Assign;

/**
 * Rearranging elements: flip, fliplr, flipud and rot90 (views with negative strides, as in
 * NumPy), roll (a copy made of at most 2^ndim block copies).
 */
public final class Rearranging {
    private Rearranging() {
    }

    /** {@code np.flip(m)}: every axis reversed. */
    public static NDArray flip(NDArray m) {
        int[] all = new int[m.ndim()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        return flipAxes(m, all);
    }

    /** {@code np.flip(m, axis)} for one or several axes. */
    public static NDArray flip(NDArray m, int... axis) {
        return flipAxes(m, Shapes.normalizeAxes(axis, m.ndim(), null));
    }

    private static NDArray flipAxes(NDArray m, int[] axes) {
        int[] shape = m.shape();
        int[] st = Internals.strides(m).clone();
        int off = Internals.offset(m);
        for (int ax : axes) {
            if (shape[ax] > 0) {
                off += (shape[ax] - 1) * st[ax];
            }
            st[ax] = -st[ax];
        }
        return Views.view(m, shape, st, off);
    }

    /** {@code np.fliplr(m)}. */
    public static NDArray fliplr(NDArray m) {
        if (m.ndim() < 2) {
            throw new ValueError("Input must be >= 2-d.");
        }
        return flipAxes(m, new int[] {1});
    }

    /** {@code np.flipud(m)}. */
    public static NDArray flipud(NDArray m) {
        if (m.ndim() < 1) {
            throw new ValueError("Input must be >= 1-d.");
        }
        return flipAxes(m, new int[] {0});
    }

    /** {@code np.roll(a, shift)} with axis=None: rolled as if flattened, shape kept. */
    public static NDArray roll(NDArray a, long shift) {
        return roll(a.reshape(-1), new long[] {shift}, new int[] {0}).reshape(a.shape());
    }

    /** {@code np.roll(a, shift, axis)}: shift and axis broadcast against each other; repeated axes add up. */
    public static NDArray roll(NDArray a, long[] shift, int[] axis) {
        if (axis == null) {
            long total = 0;
            for (long v : shift) {
                total += v;
            }
            return roll(a, total);
        }
        int nd = a.ndim();
        int[] ax = new int[axis.length];
        for (int i = 0; i < axis.length; i++) {
            ax[i] = Shapes.normalizeAxis(axis[i], nd);
        }
        int n = Math.max(shift.length, ax.length);
        if (shift.length != ax.length && shift.length != 1 && ax.length != 1) {
            throw new ValueError("shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 "
                    + "with shape (" + shift.length + ",) and arg 1 with shape (" + ax.length + ",).");
        }
        int[] shape = a.shape();
        long[] total = new long[nd];
        for (int i = 0; i < n; i++) {
            total[ax[ax.length == 1 ? 0 : i]] += shift[shift.length == 1 ? 0 : i];
        }
        int[] offs = new int[nd];
        for (int d = 0; d < nd; d++) {
            offs[d] = (int) Views.pyMod(total[d], (long) (shape[d] == 0 ? 1 : shape[d]));
        }
        NDArray out = Views.allocate(a.dtype(), shape, Views.strideOrder(a)); // np.empty_like: 'K' order
        if (out.size() == 0) {
            return out;
        }
        // every combination of (head, tail) pieces along the rolled axes
        int combos = 1 << nd;
        for (int c = 0; c < combos; c++) {
            NDArray src = a;
            NDArray dst = out;
            boolean skip = false;
            for (int d = 0; d < nd && !skip; d++) {
                boolean second = (c >> d & 1) != 0;
                int k = offs[d];
                if (k == 0) {
                    skip = second;
                    continue;
                }
                int len = shape[d];
                if (!second) {
                    src = Views.slice(src, d, 0, len - k);
                    dst = Views.slice(dst, d, k, len);
                } else {
                    src = Views.slice(src, d, len - k, len);
                    dst = Views.slice(dst, d, 0, k);
                }
            }
            if (!skip) {
                Assign.copyInto(dst, src);
            }
        }
        return out;
    }

    /** {@code np.rot90(m, k, axes)}: a view, rotating from the first axis towards the second. */
    public static NDArray rot90(NDArray m, int k, int[] axes) {
        if (axes.length != 2) {
            throw new ValueError("len(axes) must be 2.");
        }
        int nd = m.ndim();
        if (axes[0] == axes[1] || Math.abs(axes[0] - axes[1]) == nd) {
            throw new ValueError("Axes must be different.");
        }
        if (axes[0] >= nd || axes[0] < -nd || axes[1] >= nd || axes[1] < -nd) {
            throw new ValueError("Axes=" + Views.tuple(axes) + " out of range for array of ndim=" + nd + ".");
        }
        k = (int) Views.pyMod(k, 4);
        if (k == 0) {
            return Views.view(m, m.shape(), Internals.strides(m).clone(), Internals.offset(m));
        }
        if (k == 2) {
            return flip(flip(m, axes[0]), axes[1]);
        }
        int a0 = axes[0] < 0 ? axes[0] + nd : axes[0];
        int a1 = axes[1] < 0 ? axes[1] + nd : axes[1];
        int[] perm = new int[nd];
        for (int i = 0; i < nd; i++) {
            perm[i] = i;
        }
        perm[a0] = a1;
        perm[a1] = a0;
        if (k == 1) {
            return flip(m, axes[1]).transpose(perm);
        }
        return flip(m.transpose(perm), axes[1]);
    }
}
