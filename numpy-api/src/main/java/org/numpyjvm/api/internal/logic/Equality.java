package org.numpyjvm.api.internal.logic;

import java.util.Arrays;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.Np;
import org.numpyjvm.api.NumpyException;
import org.numpyjvm.api.Ufunc;
import org.numpyjvm.api.internal.core.Elements;
import org.numpyjvm.api.internal.core.Internals;
import org.numpyjvm.api.internal.core.Shapes;
import org.numpyjvm.api.internal.loops.StridedLoop;

/**
 * {@code np.array_equal} and {@code np.array_equiv}: NumPy 2.4's Python code
 * ({@code numpy/_core/numeric.py}) is {@code bool((asarray(a1) == asarray(a2)).all())} after its
 * shape checks, with NaNs at the same places counting as equal under {@code equal_nan}. Here the
 * comparison is one pass over the (broadcast) operands that stops at the first difference, as
 * NumPy's {@code ==} compares: numbers in their common dtype (integers exactly, also int64 against
 * uint64; an integer against a float after rounding it to that float dtype), strings of the same
 * kind by value, and a string against a number or str against bytes never equal.
 */
public final class Equality {
    private Equality() {
    }

    /** {@code np.array_equal(a1, a2, equal_nan)}: same shape and elements (never raises for unequal inputs). */
    public static boolean arrayEqual(Object a1, Object a2, boolean equalNan) {
        NDArray x;
        NDArray y;
        try {
            x = Np.asarray(a1);
            y = Np.asarray(a2);
        } catch (NumpyException e) {
            return false; // NumPy: an input asarray rejects is unequal to anything
        }
        if (!Arrays.equals(x.shape(), y.shape())) {
            return false;
        }
        if (!equalNan) {
            return allEqual(x, y, x.shape(), false);
        }
        if (x == y) {
            return true; // NumPy: NaNs make no difference when a1 is a2
        }
        if (cannotHoldNan(x.dtype()) && cannotHoldNan(y.dtype())) {
            return allEqual(x, y, x.shape(), false);
        }
        // NumPy's isnan(a1), isnan(a2): its TypeError for a string array
        for (NDArray a : new NDArray[] {x, y}) {
            if (!number(a.dtype())) {
                Ufunc.of("isnan").call(a);
            }
        }
        return allEqual(x, y, x.shape(), true);
    }

    /**
     * {@code x in a} (ndarray.__contains__): NumPy's {@code (a == x).any()}, with the ufunc equal's promotion,
     * broadcasting and errors (a string against numbers has no loop: the caller answers that as {@code ==} does).
     */
    public static boolean contains(Object a, Object x) {
        return Closeness.anyIs(Ufunc.of("equal").call(a, x), true);
    }

    /** {@code np.array_equiv(a1, a2)}: broadcastable to one shape and equal there. */
    public static boolean arrayEquiv(Object a1, Object a2) {
        NDArray x;
        NDArray y;
        int[] shape;
        try {
            x = Np.asarray(a1);
            y = Np.asarray(a2);
            shape = Shapes.broadcastShapes(x.shape(), y.shape());
        } catch (NumpyException e) {
            return false;
        }
        return allEqual(x, y, shape, false);
    }

    /** NumPy's {@code _dtype_cannot_hold_nan}: bool and the signed integers (not unsigned, not strings). */
    private static boolean cannotHoldNan(DType d) {
        return d.isBool() || d.isSignedInteger();
    }

    private static boolean number(DType d) {
        return d.isBool() || d.isInteger() || d.isFloat() || d.isComplex();
    }

    /** {@code bool((x == y).all())} over {@code shape}, NaN == NaN when {@code nanEqual}. */
    private static boolean allEqual(NDArray x, NDArray y, int[] shape, boolean nanEqual) {
        DType dx = x.dtype();
        DType dy = y.dtype();
        Mode mode;
        if (number(dx) && number(dy)) {
            DType common = dx.code() == dy.code() ? dx : Np.resultType(dx, dy);
            mode = common.isComplex() ? Mode.COMPLEX : common.isFloat() ? Mode.FLOAT : Mode.INTEGER;
        } else if (dx.isString() && dx.code() == dy.code()) {
            mode = Mode.OBJECT;
        } else if (dx.isString() || dy.isString()) {
            return Shapes.size(shape) == 0; // NumPy's == of a string and a non-string array: all False
        } else {
            return Closeness.allTrue(Ufunc.of("equal").call(x, y));
        }
        Compare c = new Compare(x, y, mode, nanEqual);
        int[] offsets = {Internals.offset(x), Internals.offset(y)};
        if (Arrays.equals(x.shape(), shape) && Arrays.equals(y.shape(), shape) && x.isCContiguous() && y.isCContiguous()) {
            int size = (int) Shapes.size(shape); // both contiguous: one run
            if (size > 0) {
                c.run(size, offsets, new int[] {dx.slots(), dy.slots()});
            }
        } else {
            StridedLoop.forEach(shape, offsets, new int[][] {Shapes.broadcastStrides(x.shape(), Internals.strides(x), shape),
                Shapes.broadcastStrides(y.shape(), Internals.strides(y), shape)}, c);
        }
        return c.equal;
    }

    private enum Mode { INTEGER, FLOAT, COMPLEX, OBJECT }

    /** The comparison loop: clears {@link #equal} at the first difference and skips the remaining runs. */
    private static final class Compare implements StridedLoop.Body {
        private final DType tx;
        private final DType ty;
        private final Object dx;
        private final Object dy;
        private final Mode mode;
        private final boolean nanEqual;
        private final boolean ux;
        private final boolean uy;
        boolean equal = true;
        private double[][] bufs;

        Compare(NDArray x, NDArray y, Mode mode, boolean nanEqual) {
            this.tx = x.dtype();
            this.ty = y.dtype();
            this.dx = Internals.data(x);
            this.dy = Internals.data(y);
            this.mode = mode;
            this.nanEqual = nanEqual;
            this.ux = tx.code() == DType.Code.UINT64;
            this.uy = ty.code() == DType.Code.UINT64;
        }

        @Override
        public void run(int n, int[] off, int[] st) {
            if (!equal) {
                return;
            }
            int ix = off[0];
            int iy = off[1];
            int sx = st[0];
            int sy = st[1];
            if (mode == Mode.FLOAT && dx instanceof double[] && dy instanceof double[] && !tx.isComplex()
                    && !ty.isComplex()) {
                equal = doubles(n, (double[]) dx, ix, sx, (double[]) dy, iy, sy);
            } else if (mode == Mode.INTEGER && tx.code() == ty.code()) {
                equal = sameBits(n, ix, sx, iy, sy);
            } else if (mode == Mode.FLOAT || mode == Mode.COMPLEX) {
                equal = chunks(n, ix, sx, iy, sy);
            } else {
                for (int j = 0; j < n; j++, ix += sx, iy += sy) {
                    if (!same(ix, iy)) {
                        equal = false;
                        return;
                    }
                }
            }
        }

        /** Integers or bools of one dtype: equal storage values. */
        private boolean sameBits(int n, int ix, int sx, int iy, int sy) {
            if (dx instanceof long[]) {
                long[] a = (long[]) dx;
                long[] b = (long[]) dy;
                for (int j = 0; j < n; j++, ix += sx, iy += sy) {
                    if (a[ix] != b[iy]) {
                        return false;
                    }
                }
            } else if (dx instanceof int[]) {
                int[] a = (int[]) dx;
                int[] b = (int[]) dy;
                for (int j = 0; j < n; j++, ix += sx, iy += sy) {
                    if (a[ix] != b[iy]) {
                        return false;
                    }
                }
            } else if (dx instanceof short[]) {
                short[] a = (short[]) dx;
                short[] b = (short[]) dy;
                for (int j = 0; j < n; j++, ix += sx, iy += sy) {
                    if (a[ix] != b[iy]) {
                        return false;
                    }
                }
            } else {
                byte[] a = (byte[]) dx;
                byte[] b = (byte[]) dy;
                for (int j = 0; j < n; j++, ix += sx, iy += sy) {
                    if (a[ix] != b[iy]) {
                        return false;
                    }
                }
            }
            return true;
        }

        /** Floats or complex values compared as float64 (exact for the common dtypes that are not float64), a chunk at a time. */
        private boolean chunks(int n, int ix, int sx, int iy, int sy) {
            if (bufs == null) {
                bufs = new double[4][Chunks.SIZE];
            }
            double[] ar = bufs[0];
            double[] ai = bufs[1];
            double[] br = bufs[2];
            double[] bi = bufs[3];
            for (int start = 0; start < n; start += Chunks.SIZE) {
                int m = Math.min(Chunks.SIZE, n - start);
                Chunks.load(tx, dx, ix + start * sx, sx, m, ar, ai);
                Chunks.load(ty, dy, iy + start * sy, sy, m, br, bi);
                for (int j = 0; j < m; j++) {
                    if (!(ar[j] == br[j] && ai[j] == bi[j]
                            || nanEqual && (ar[j] != ar[j] || ai[j] != ai[j]) && (br[j] != br[j] || bi[j] != bi[j]))) {
                        return false;
                    }
                }
            }
            return true;
        }

        private boolean doubles(int n, double[] x, int ix, int sx, double[] y, int iy, int sy) {
            for (int j = 0; j < n; j++, ix += sx, iy += sy) {
                double a = x[ix];
                double b = y[iy];
                if (a != b && !(nanEqual && a != a && b != b)) {
                    return false;
                }
            }
            return true;
        }

        private boolean same(int ix, int iy) {
            switch (mode) {
                case INTEGER: {
                    long a = Elements.getLong(tx, dx, ix);
                    long b = Elements.getLong(ty, dy, iy);
                    return a == b && (ux && a < 0) == (uy && b < 0);
                }
                default: {
                    Object a = Elements.getItem(tx, dx, ix);
                    Object b = Elements.getItem(ty, dy, iy);
                    return a instanceof byte[] && b instanceof byte[] ? Arrays.equals((byte[]) a, (byte[]) b) : a.equals(b);
                }
            }
        }
    }
}
