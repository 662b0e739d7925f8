package org.numpyjvm.api.internal.indexing;

import org.numpyjvm.api.Complex;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.Np;
import org.numpyjvm.api.TypeError;

/**
 * A small private stand-in for NumPy's type promotion (NEP 50) used by {@code where},
 * {@code choose} and {@code select} until {@code DType.promoteTypes}/{@code resultType} land:
 * arrays are strong; Java Boolean/Number/Complex scalars are Python scalars, weak (they only pick
 * the kind: {@code where(c, int8_array, 3)} is int8). Promotion of two numeric dtypes is the
 * first type in NumPy's order that both cast to safely.
 */
final class Promotion {
    private Promotion() {
    }

    private static final DType[] ORDER = {DType.BOOL, DType.INT8, DType.UINT8, DType.INT16, DType.UINT16, DType.INT32,
        DType.UINT32, DType.INT64, DType.UINT64, DType.FLOAT16, DType.FLOAT32, DType.FLOAT64, DType.COMPLEX64,
        DType.COMPLEX128};

    /** Is the value a Python scalar (weakly typed)? */
    static boolean isWeak(Object v) {
        return v instanceof Boolean || v instanceof Number || v instanceof Complex;
    }

    /** The result dtype of the values as NumPy's {@code result_type} (weak Python scalars). */
    static DType resultType(Object... values) {
        DType strong = null;
        int weakRank = -1;
        for (Object v : values) {
            if (isWeak(v)) {
                weakRank = Math.max(weakRank, rankOfScalar(v));
            } else {
                DType d = v instanceof NDArray ? ((NDArray) v).dtype() : Np.asarray(v).dtype();
                strong = strong == null ? d : promote(strong, d);
            }
        }
        if (strong == null) {
            return defaultFor(weakRank);
        }
        if (weakRank < 0 || strong.isString()) {
            return strong;
        }
        int r = rank(strong);
        if (weakRank <= r) {
            return strong;
        }
        if (weakRank == 3 && r == 2) {
            return strong.itemsize() <= 4 ? DType.COMPLEX64 : DType.COMPLEX128;
        }
        return defaultFor(weakRank);
    }

    private static int rankOfScalar(Object v) {
        if (v instanceof Boolean) {
            return 0;
        }
        if (v instanceof Complex) {
            return 3;
        }
        if (v instanceof Double || v instanceof Float) {
            return 2;
        }
        return 1; // Long, Integer, Short, Byte, BigInteger
    }

    private static DType defaultFor(int rank) {
        switch (rank) {
            case 0: return DType.BOOL;
            case 1: return DType.INT64;
            case 2: return DType.FLOAT64;
            default: return DType.COMPLEX128;
        }
    }

    private static int rank(DType d) {
        if (d.isBool()) {
            return 0;
        }
        if (d.isInteger()) {
            return 1;
        }
        return d.isComplex() ? 3 : 2;
    }

    /** {@code np.promote_types(a, b)} for numeric and string dtypes. */
    static DType promote(DType a, DType b) {
        if (a.equals(b)) {
            return a;
        }
        if (a.isString() || b.isString()) {
            if (a.isString() && b.isString() && a.code() == b.code()) {
                return a.stringLength() >= b.stringLength() ? a : b;
            }
            throw new TypeError("The DType of " + a.name() + " could not be promoted with " + b.name());
        }
        for (DType c : ORDER) {
            if (safe(a, c) && safe(b, c)) {
                return c;
            }
        }
        return DType.COMPLEX128;
    }

    /** NumPy's safe casting between numeric dtypes. */
    static boolean safe(DType from, DType to) {
        if (from.equals(to) || from.isBool()) {
            return true;
        }
        if (to.isBool()) {
            return false;
        }
        int fs = from.itemsize();
        int ts = to.itemsize();
        char fk = from.kind();
        char tk = to.kind();
        switch (fk) {
            case 'u':
                if (tk == 'u') {
                    return ts >= fs;
                }
                if (tk == 'i') {
                    return ts > fs;
                }
                return mantissaFits(fs, tk, ts);
            case 'i':
                if (tk == 'u') {
                    return false;
                }
                if (tk == 'i') {
                    return ts >= fs;
                }
                return mantissaFits(fs, tk, ts);
            case 'f':
                if (tk == 'f') {
                    return ts >= fs;
                }
                return tk == 'c' && ts >= 2 * fs;
            case 'c':
                return tk == 'c' && ts >= fs;
            default:
                return false;
        }
    }

    /** Integers of fs bytes fit floats: 1 byte → float16+, 2 → float32+, 4 and 8 → float64+. */
    private static boolean mantissaFits(int fs, char tk, int ts) {
        int floatBytes = tk == 'c' ? ts / 2 : ts;
        if (tk != 'f' && tk != 'c') {
            return false;
        }
        switch (fs) {
            case 1: return floatBytes >= 2;
            case 2: return floatBytes >= 4;
            default: return floatBytes >= 8;
        }
    }
}
