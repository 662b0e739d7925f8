package org.numpyjvm.api.internal.core;

import org.numpyjvm.api.AxisError;
import org.numpyjvm.api.MemoryError;
import org.numpyjvm.api.ValueError;

/**
 * Shape and stride arithmetic: pure static functions, no array objects. Strides here are in
 * storage slots (see {@link org.numpyjvm.api.NDArray} for the invariants).
 */
public final class Shapes {
    private Shapes() {
    }

    /** Largest element count a Java array can hold (slots), as NumPy's allocation limit here. */
    public static final long MAX_SLOTS = Integer.MAX_VALUE - 8;

    /** Product of dims as a long; negative dims raise NumPy's ValueError. */
    public static long size(int[] shape) {
        long n = 1;
        for (int d : shape) {
            if (d < 0) {
                throw new ValueError("negative dimensions are not allowed");
            }
            n *= d;
            if (n > Long.MAX_VALUE / 4 || n < 0) {
                n = Long.MAX_VALUE / 4; // saturate: only compared against limits
            }
        }
        return n;
    }

    /** The element count of {@code shape} as an int, or NumPy's MemoryError text if too large. */
    public static int checkedSize(int[] shape, int slotsPerElement, int itemsize, String dtypeName) {
        long n = size(shape);
        long bytes = 1;
        try {
            for (int d : shape) {
                bytes = Math.multiplyExact(bytes, (long) d);
            }
            bytes = Math.multiplyExact(bytes, (long) Math.max(itemsize, 1));
        } catch (ArithmeticException e) {
            throw new ValueError("array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.");
        }
        if (n * slotsPerElement > MAX_SLOTS) {
            throw new MemoryError("Unable to allocate " + formatBytes(n * Math.max(itemsize, 1)) + " for an array with shape "
                    + tupleString(shape) + " and data type " + dtypeName);
        }
        return (int) n;
    }

    /**
     * NumPy's human-readable size in MemoryError messages ({@code _ArrayMemoryError._size_to_string}):
     * {@code 1023 bytes}, {@code 1.00 KiB}, {@code 16.0 GiB}, {@code 1000. KiB}, {@code 8.00 EiB}.
     */
    public static String formatBytes(long numBytes) {
        String[] units = {"bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
        int bitLength = 64 - Long.numberOfLeadingZeros(numBytes);
        int unit = Math.max(bitLength - 1, 1) / 10;
        double n = numBytes / (double) (1L << (unit * 10));
        if (Math.rint(n) == 1024) {
            unit++;
            n /= 1024;
        }
        if (unit == 0) {
            return numBytes + " bytes";
        }
        java.math.BigDecimal v = new java.math.BigDecimal(n);
        if (Math.rint(n) < 1000) {
            // Python's '#.3g': three significant digits, trailing zeros and point kept
            java.math.BigDecimal r = v.round(new java.math.MathContext(3, java.math.RoundingMode.HALF_EVEN));
            int intDigits = r.precision() - r.scale();
            int scale = Math.max(3 - intDigits, 0);
            String s = r.setScale(scale, java.math.RoundingMode.HALF_EVEN).toPlainString();
            return (scale == 0 ? s + "." : s) + " " + units[unit];
        }
        return v.setScale(0, java.math.RoundingMode.HALF_EVEN).toPlainString() + ". " + units[unit];
    }

    /** Python tuple text of a shape: {@code (2, 3)}, {@code (5,)}, {@code ()}. */
    public static String tupleString(int[] shape) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(shape[i]);
        }
        if (shape.length == 1) {
            sb.append(',');
        }
        return sb.append(')').toString();
    }

    /** A shape as NumPy prints it in broadcasting errors, without spaces: {@code (2,3)}, {@code (3,)}. */
    public static String tupleStringCompact(int[] shape) {
        return tupleString(shape).replace(" ", "");
    }

    /** C-order (row-major) strides in slots for a contiguous block. */
    public static int[] cStrides(int[] shape, int slotsPerElement) {
        int[] s = new int[shape.length];
        int acc = slotsPerElement;
        for (int i = shape.length - 1; i >= 0; i--) {
            s[i] = acc;
            acc *= Math.max(shape[i], 1);
        }
        return s;
    }

    /**
     * Strides of a newly allocated array: C or Fortran order, or all zeros when the array is
     * empty (NumPy 2 gives new empty arrays zero strides).
     */
    public static int[] allocStrides(int[] shape, int slotsPerElement, boolean fortran) {
        for (int d : shape) {
            if (d == 0) {
                return new int[shape.length];
            }
        }
        return fortran ? fStrides(shape, slotsPerElement) : cStrides(shape, slotsPerElement);
    }

    /**
     * Strides of a new array laid out in the memory order of an existing one (NumPy's order 'K'):
     * axes ranked by descending |stride| (ties keep axis order), then packed contiguously; so a
     * transposed or flipped source gives a copy with the same axis order in memory, with
     * positive strides. Empty arrays get zero strides.
     */
    public static int[] kOrderStrides(int[] shape, int[] strides, int slotsPerElement) {
        int n = shape.length;
        if (hasZero(shape)) {
            return new int[n];
        }
        Integer[] perm = new Integer[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        java.util.Arrays.sort(perm, (a, b) -> Integer.compare(Math.abs(strides[b]), Math.abs(strides[a])));
        int[] out = new int[n];
        int acc = slotsPerElement;
        for (int i = n - 1; i >= 0; i--) {
            out[perm[i]] = acc;
            acc *= shape[perm[i]];
        }
        return out;
    }

    /** Fortran-order (column-major) strides in slots. */
    public static int[] fStrides(int[] shape, int slotsPerElement) {
        int[] s = new int[shape.length];
        int acc = slotsPerElement;
        for (int i = 0; i < shape.length; i++) {
            s[i] = acc;
            acc *= Math.max(shape[i], 1);
        }
        return s;
    }

    /** NumPy's C_CONTIGUOUS flag rule: dims of length 1 may have any stride; empty is contiguous. */
    public static boolean isCContiguous(int[] shape, int[] strides, int slotsPerElement) {
        if (hasZero(shape)) {
            return true;
        }
        long expected = slotsPerElement;
        for (int i = shape.length - 1; i >= 0; i--) {
            int d = shape[i];
            if (d == 0) {
                return true;
            }
            if (d != 1) {
                if (strides[i] != expected) {
                    return false;
                }
                expected *= d;
            }
        }
        return true;
    }

    /** NumPy's F_CONTIGUOUS flag rule. */
    public static boolean isFContiguous(int[] shape, int[] strides, int slotsPerElement) {
        if (hasZero(shape)) {
            return true;
        }
        long expected = slotsPerElement;
        for (int i = 0; i < shape.length; i++) {
            int d = shape[i];
            if (d == 0) {
                return true;
            }
            if (d != 1) {
                if (strides[i] != expected) {
                    return false;
                }
                expected *= d;
            }
        }
        return true;
    }

    static boolean hasZero(int[] shape) {
        for (int d : shape) {
            if (d == 0) {
                return true;
            }
        }
        return false;
    }

    /** Normalizes an axis; NumPy's AxisError message carries {@code prefix} ("axis1: ..."). */
    public static int normalizeAxis(int axis, int ndim, String prefix) {
        if (axis < -ndim || axis >= ndim) {
            throw new AxisError(prefix + ": axis " + axis + " is out of bounds for array of dimension " + ndim);
        }
        return axis < 0 ? axis + ndim : axis;
    }

    /** Normalizes a possibly negative axis, raising NumPy's AxisError. */
    public static int normalizeAxis(int axis, int ndim) {
        if (axis < -ndim || axis >= ndim) {
            throw new AxisError(axis, ndim);
        }
        return axis < 0 ? axis + ndim : axis;
    }

    /**
     * Normalizes several axes. {@code argName} names the argument in NumPy's messages
     * ({@code source: axis 5 is out of bounds...}, {@code repeated axis in `source` argument});
     * null gives the bare messages ({@code repeated axis}).
     */
    public static int[] normalizeAxes(int[] axes, int ndim, String argName) {
        return normalizeAxes(axes, ndim, argName, argName == null ? "repeated axis" : "repeated axis in `" + argName + "` argument");
    }

    /** As {@link #normalizeAxes(int[], int, String)} with NumPy's text for a repeated axis. */
    public static int[] normalizeAxes(int[] axes, int ndim, String argName, String repeatedMessage) {
        int[] out = new int[axes.length];
        boolean[] seen = new boolean[ndim];
        for (int i = 0; i < axes.length; i++) {
            int a = argName == null ? normalizeAxis(axes[i], ndim) : normalizeAxis(axes[i], ndim, argName);
            if (seen[a]) {
                throw new ValueError(repeatedMessage);
            }
            seen[a] = true;
            out[i] = a;
        }
        return out;
    }

    /**
     * NumPy's broadcasting of shapes; mismatch raises the ValueError text of
     * {@code np.broadcast_shapes}: {@code shape mismatch: objects cannot be broadcast to a single
     * shape.  Mismatch is between arg 0 with shape (2,) and arg 1 with shape (3,).}
     */
    public static int[] broadcastShapes(int[]... shapes) {
        int nd = 0;
        for (int[] s : shapes) {
            nd = Math.max(nd, s.length);
        }
        int[] out = new int[nd];
        java.util.Arrays.fill(out, 1);
        int[] from = new int[nd];
        java.util.Arrays.fill(from, -1);
        for (int k = 0; k < shapes.length; k++) {
            int[] s = shapes[k];
            for (int i = 0; i < s.length; i++) {
                int oi = nd - s.length + i;
                int d = s[i];
                if (d == 1) {
                    continue;
                }
                if (out[oi] == 1) {
                    out[oi] = d;
                    from[oi] = k;
                } else if (out[oi] != d) {
                    throw new ValueError("shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg "
                            + from[oi] + " with shape " + tupleString(shapes[from[oi]]) + " and arg " + k + " with shape "
                            + tupleString(s) + ".");
                }
            }
        }
        return out;
    }

    /**
     * Strides (slots) that view an array of {@code shape}/{@code strides} as {@code target}
     * (a broadcast result): zero strides on new and stretched dims, or null if it does not
     * broadcast.
     */
    public static int[] broadcastStrides(int[] shape, int[] strides, int[] target) {
        int nd = target.length;
        if (shape.length > nd) {
            return null;
        }
        int[] out = new int[nd];
        int off = nd - shape.length;
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] == target[off + i]) {
                out[off + i] = shape[i] == 1 ? 0 : strides[i];
            } else if (shape[i] == 1) {
                out[off + i] = 0;
            } else {
                return null;
            }
        }
        return out;
    }

    /**
     * Strides for viewing {@code (shape, strides)} as {@code newShape} without copying, in the
     * given order ('C' or 'F'), or null when a copy is needed (NumPy's
     * {@code _attempt_nocopy_reshape}). Sizes must already agree.
     */
    public static int[] reshapeStrides(int[] shape, int[] strides, int[] newShape, boolean fortran) {
        // drop length-1 dims of the old array: they don't constrain the layout
        int n = 0;
        for (int d : shape) {
            if (d != 1) {
                n++;
            }
        }
        int[] od = new int[n];
        int[] os = new int[n];
        n = 0;
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] != 1) {
                od[n] = shape[i];
                os[n] = strides[i];
                n++;
            }
        }
        int[] ns = new int[newShape.length];
        int oi = 0;
        int oj = 1;
        int ni = 0;
        int nj = 1;
        int oldnd = od.length;
        int newnd = newShape.length;
        if (java.util.Arrays.equals(shape, newShape)) {
            return strides.clone();
        }
        if (hasZero(newShape)) {
            // empty: NumPy uses contiguous strides with zero dims counted as one
            return fortran ? fStrides(newShape, 1) : cStrides(newShape, 1);
        }
        while (ni < newnd && oi < oldnd) {
            long np = newShape[ni];
            long op = od[oi];
            while (np != op) {
                if (np < op) {
                    np *= newShape[nj++];
                } else {
                    op *= od[oj++];
                }
            }
            for (int ok = oi; ok < oj - 1; ok++) {
                if (fortran) {
                    if (os[ok + 1] != (long) od[ok] * os[ok]) {
                        return null;
                    }
                } else if (os[ok] != (long) od[ok + 1] * os[ok + 1]) {
                    return null;
                }
            }
            if (fortran) {
                ns[ni] = os[oi];
                for (int nk = ni + 1; nk < nj; nk++) {
                    ns[nk] = ns[nk - 1] * newShape[nk - 1];
                }
            } else {
                ns[nj - 1] = os[oj - 1];
                for (int nk = nj - 1; nk > ni; nk--) {
                    ns[nk - 1] = ns[nk] * newShape[nk];
                }
            }
            ni = nj++;
            oi = oj++;
        }
        // trailing length-1 dims of the new shape
        int last = ni > 0 ? ns[ni - 1] : 1;
        int lastDim = ni > 0 ? newShape[ni - 1] : 1;
        for (int nk = ni; nk < newnd; nk++) {
            ns[nk] = fortran ? last * lastDim : last;
        }
        return ns;
    }

    /**
     * Resolves one {@code -1} in a requested shape; raises NumPy's errors
     * ({@code cannot reshape array of size 6 into shape (4,)}, {@code can only specify one unknown dimension}).
     */
    public static int[] resolveReshape(int size, int[] requested) {
        int[] out = requested.clone();
        int unknown = -1;
        long known = 1;
        for (int i = 0; i < out.length; i++) {
            if (out[i] < 0) {
                if (unknown >= 0) {
                    throw new ValueError("can only specify one unknown dimension");
                }
                unknown = i;
            } else {
                known *= out[i];
            }
        }
        if (unknown >= 0) {
            if (known == 0 || size % known != 0) {
                throw new ValueError("cannot reshape array of size " + size + " into shape " + reshapeText(requested));
            }
            out[unknown] = (int) (size / known);
        } else if (known != size) {
            throw new ValueError("cannot reshape array of size " + size + " into shape " + reshapeText(requested));
        }
        return out;
    }

    /**
     * NumPy's text for the requested shape in reshape errors: {@code (5,5)}, {@code (7,)}; an
     * unknown (negative) dimension prints as {@code newaxis}, or not at all when it comes first
     * ({@code (-1, 5)} prints {@code (5)}), as NumPy 2 does.
     */
    private static String reshapeText(int[] requested) {
        boolean anyNegative = false;
        StringBuilder sb = new StringBuilder("(");
        int items = 0;
        for (int i = 0; i < requested.length; i++) {
            int d = requested[i];
            if (d < 0) {
                anyNegative = true;
                if (i == 0) {
                    continue;
                }
            }
            if (items++ > 0) {
                sb.append(',');
            }
            sb.append(d < 0 ? "newaxis" : Integer.toString(d));
        }
        if (!anyNegative && items == 1) {
            sb.append(',');
        }
        return sb.append(')').toString();
    }

    /** Index of the element {@code index} (C order flat position) in a contiguous walk. */
    public static int[] unravel(long flat, int[] shape) {
        int[] idx = new int[shape.length];
        for (int i = shape.length - 1; i >= 0; i--) {
            int d = shape[i];
            if (d > 0) {
                idx[i] = (int) (flat % d);
                flat /= d;
            }
        }
        return idx;
    }

    public static boolean sameShape(int[] a, int[] b) {
        return java.util.Arrays.equals(a, b);
    }
}
