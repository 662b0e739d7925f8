package org.numpyjvm.api.internal.creation;

import org.numpyjvm.api.DType;

/**
 * {@code np.promote_types} for the dtypes creation routines meet (numeric and string). A small
 * stand-in until the dtype routines land on main; keep calls to {@link #types} only so one call
 * can be swapped.
 */
public final class Promote {
    private Promote() {
    }

    /** {@code np.promote_types(a, b)}; null is the identity. */
    public static DType types(DType a, DType b) {
        if (a == null) {
            return b;
        }
        if (b == null || a.equals(b)) {
            return a;
        }
        if (a.isString() || b.isString()) {
            int n = Math.max(a.isString() ? a.stringLength() : StringWidths.widthOf(a),
                    b.isString() ? b.stringLength() : StringWidths.widthOf(b));
            boolean bytes = (!a.isString() || a.code() == DType.Code.BYTES) && (!b.isString() || b.code() == DType.Code.BYTES);
            return bytes ? DType.bytes(n) : DType.str(n);
        }
        if (a.isBool()) {
            return native_(b);
        }
        if (b.isBool()) {
            return native_(a);
        }
        int ra = rank(a);
        int rb = rank(b);
        if (ra == 1 && rb == 1) {
            return intPromote(a, b);
        }
        // at least one inexact: the float size that holds both
        int bits = Math.max(floatBits(a), floatBits(b));
        boolean cplx = a.isComplex() || b.isComplex();
        if (cplx) {
            return bits <= 32 ? DType.COMPLEX64 : DType.COMPLEX128;
        }
        return bits <= 16 ? DType.FLOAT16 : bits <= 32 ? DType.FLOAT32 : DType.FLOAT64;
    }

    private static DType native_(DType d) {
        return d.isNative() ? d : d.withByteOrder('=');
    }

    private static int rank(DType d) {
        return d.isInteger() ? 1 : 2;
    }

    /** Bits of the float part needed: floats their own size, complex half theirs, ints by width. */
    private static int floatBits(DType d) {
        if (d.isComplex()) {
            return d.itemsize() * 4;
        }
        if (d.isFloat()) {
            return d.itemsize() * 8;
        }
        int w = d.itemsize() * 8;
        return w <= 8 ? 16 : w <= 16 ? 32 : 64;
    }

    private static DType intPromote(DType a, DType b) {
        int wa = a.itemsize();
        int wb = b.itemsize();
        if (a.isUnsigned() == b.isUnsigned()) {
            return native_(wa >= wb ? a : b);
        }
        DType u = a.isUnsigned() ? a : b;
        DType s = a.isUnsigned() ? b : a;
        if (s.itemsize() > u.itemsize()) {
            return native_(s);
        }
        switch (u.itemsize()) {
            case 1: return DType.INT16;
            case 2: return DType.INT32;
            case 4: return DType.INT64;
            default: return DType.FLOAT64;
        }
    }

    /** NumPy's rule for {@code linspace}: the result type, made inexact (ints → float64). */
    public static DType inexact(DType d) {
        if (d.isFloat() || d.isComplex()) {
            return native_(d);
        }
        return DType.FLOAT64;
    }
}
