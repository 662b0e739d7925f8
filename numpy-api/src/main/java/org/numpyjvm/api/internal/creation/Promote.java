package org.numpyjvm.api.internal.creation;

import org.numpyjvm.api.DType;

/** Type promotion helpers for creation routines ({@code np.promote_types} with null as identity). */
public final class Promote {
    private Promote() {
    }

    /** {@code np.promote_types(a, b)}; null is the identity. */
    public static DType types(DType a, DType b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return DType.promoteTypes(a, b);
    }

    private static DType native_(DType d) {
        return d.isNative() ? d : d.withByteOrder('=');
    }

    /** NumPy's rule for {@code linspace}: the result type, made inexact (ints → float64). */
    public static DType inexact(DType d) {
        if (d.isFloat() || d.isComplex()) {
            return native_(d);
        }
        return DType.FLOAT64;
    }
}
