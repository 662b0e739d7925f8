package org.numpyjvm.api.internal.manipulation;

import org.numpyjvm.api.DType;
import org.numpyjvm.api.NDArray;

/**
 * {@code np.promote_types} for the dtypes numpy-jvm has, as the joining routines need it.
 * TEMPORARY: a private copy until {@code DType.promoteTypes} lands from the dtype branch; then
 * {@link #promote} becomes a one-line call to it.
 */
final class Promotion {
    private Promotion() {
    }

    /** {@code np.result_type(*arrays)} for arrays only (no Python scalars: NEP 50 has nothing weak here). */
    static DType resultType(NDArray[] arrays) {
        DType r = arrays[0].dtype();
        for (int i = 1; i < arrays.length; i++) {
            r = promote(r, arrays[i].dtype());
        }
        return r;
    }

    static DType promote(DType a, DType b) {
        if (a.equals(b)) {
            return a;
        }
        if (a.isString() || b.isString()) {
            return promoteString(a, b);
        }
        if (a.isBool()) {
            return b;
        }
        if (b.isBool()) {
            return a;
        }
        if (a.isComplex() || b.isComplex()) {
            DType r = promote(a.isComplex() ? a.realPart() : a, b.isComplex() ? b.realPart() : b);
            return r.code() == DType.Code.FLOAT64 ? DType.COMPLEX128 : DType.COMPLEX64;
        }
        if (a.isFloat() || b.isFloat()) {
            int bits = Math.max(floatBytes(a), floatBytes(b));
            return bits == 2 ? DType.FLOAT16 : bits == 4 ? DType.FLOAT32 : DType.FLOAT64;
        }
        // both integers
        if (a.isUnsigned() == b.isUnsigned()) {
            return a.itemsize() >= b.itemsize() ? a : b;
        }
        DType s = a.isUnsigned() ? b : a;
        DType u = a.isUnsigned() ? a : b;
        if (s.itemsize() > u.itemsize()) {
            return s;
        }
        switch (u.itemsize()) {
            case 1: return DType.INT16;
            case 2: return DType.INT32;
            case 4: return DType.INT64;
            default: return DType.FLOAT64;
        }
    }

    /** Bytes of the smallest float that holds every value of a (float or integer) dtype. */
    private static int floatBytes(DType t) {
        if (t.isFloat()) {
            return t.itemsize();
        }
        return t.itemsize() == 1 ? 2 : t.itemsize() == 2 ? 4 : 8;
    }

    private static DType promoteString(DType a, DType b) {
        boolean unicode = a.code() == DType.Code.STR || b.code() == DType.Code.STR;
        int n = Math.max(stringLength(a), stringLength(b));
        return unicode ? DType.str(n) : DType.bytes(n);
    }

    /** Characters needed to print any value of the dtype (NumPy's string-cast widths). */
    private static int stringLength(DType t) {
        switch (t.code()) {
            case STR:
            case BYTES: return t.stringLength();
            case BOOL: return 5;
            case INT8: return 4;
            case UINT8: return 3;
            case INT16: return 6;
            case UINT16: return 5;
            case INT32: return 11;
            case UINT32: return 10;
            case INT64: return 21;
            case UINT64: return 20;
            case COMPLEX64:
            case COMPLEX128: return 64;
            default: return 32;
        }
    }
}
