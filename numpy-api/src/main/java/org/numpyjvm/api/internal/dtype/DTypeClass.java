package org.numpyjvm.api.internal.dtype;

import org.numpyjvm.api.DType;

/**
 * NumPy's DType classes ({@code np.dtypes.Float64DType}...: one per kind of dtype, whatever its
 * size or byte order) that take part in promotion, plus the three abstract classes standing for
 * Python scalars under NEP 50 ({@code _PyLongDType}, {@code _PyFloatDType},
 * {@code _PyComplexDType}). {@link #typeNum} is NumPy's legacy type number (its order decides
 * which of two numeric classes answers a promotion: the larger; half is 23, after all others).
 */
enum DTypeClass {
    BOOL(0, "BoolDType", DType.BOOL),
    INT8(1, "Int8DType", DType.INT8),
    UINT8(2, "UInt8DType", DType.UINT8),
    INT16(3, "Int16DType", DType.INT16),
    UINT16(4, "UInt16DType", DType.UINT16),
    INT32(5, "Int32DType", DType.INT32),
    UINT32(6, "UInt32DType", DType.UINT32),
    INT64(7, "Int64DType", DType.INT64),
    UINT64(8, "UInt64DType", DType.UINT64),
    FLOAT32(11, "Float32DType", DType.FLOAT32),
    FLOAT64(12, "Float64DType", DType.FLOAT64),
    COMPLEX64(14, "Complex64DType", DType.COMPLEX64),
    COMPLEX128(15, "Complex128DType", DType.COMPLEX128),
    BYTES(18, "BytesDType", DType.bytes(0)),
    STR(19, "StrDType", DType.str(0)),
    FLOAT16(23, "Float16DType", DType.FLOAT16),
    PY_INT(-1, "_PyLongDType", DType.INT64),
    PY_FLOAT(-1, "_PyFloatDType", DType.FLOAT64),
    PY_COMPLEX(-1, "_PyComplexDType", DType.COMPLEX128);

    final int typeNum;
    final String pyName;
    /** The default descriptor ({@code <U0}/{@code S0} for strings; int64/float64/complex128 for Python scalars). */
    final DType defaultDType;

    DTypeClass(int typeNum, String pyName, DType defaultDType) {
        this.typeNum = typeNum;
        this.pyName = pyName;
        this.defaultDType = defaultDType;
    }

    static DTypeClass of(DType d) {
        switch (d.code()) {
            case BOOL: return BOOL;
            case INT8: return INT8;
            case UINT8: return UINT8;
            case INT16: return INT16;
            case UINT16: return UINT16;
            case INT32: return INT32;
            case UINT32: return UINT32;
            case INT64: return INT64;
            case UINT64: return UINT64;
            case FLOAT16: return FLOAT16;
            case FLOAT32: return FLOAT32;
            case FLOAT64: return FLOAT64;
            case COMPLEX64: return COMPLEX64;
            case COMPLEX128: return COMPLEX128;
            case STR: return STR;
            case BYTES: return BYTES;
            default: throw new IllegalStateException(d.code().toString());
        }
    }

    boolean isAbstract() {
        return typeNum < 0;
    }

    boolean isString() {
        return this == STR || this == BYTES;
    }

    /** Bool, integer, float or complex (concrete). */
    boolean isNumeric() {
        return !isAbstract() && !isString();
    }

    boolean isInteger() {
        return isNumeric() && (defaultDType.isInteger());
    }

    boolean isFloat() {
        return isNumeric() && defaultDType.isFloat();
    }

    boolean isComplex() {
        return isNumeric() && defaultDType.isComplex();
    }

    /** As Python prints the class: {@code <class 'numpy.dtypes.Int8DType'>}. */
    String pyRepr() {
        return "<class 'numpy.dtypes." + pyName + "'>";
    }
}
