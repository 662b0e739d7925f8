package org.numpyjvm.api;

import java.util.Objects;

/**
 * A NumPy data type ({@code numpy.dtype}).
 *
 * <p>Every dtype has a {@link Code} (what kind of value), an item size in bytes, a byte order
 * (which matters only for {@code .npy}, {@code frombuffer} and {@code tobytes}: storage is
 * always a native Java primitive array) and a {@link Storage} (which Java primitive array
 * holds its elements). Complex dtypes store real and imaginary parts interleaved, so one element
 * is {@link #slots()} = 2 storage slots.
 *
 * <p>Storage sharing: {@code bool}, {@code int8}, {@code uint8} share {@code byte[]};
 * {@code int16}, {@code uint16}, {@code float16} (IEEE binary16 bits) share {@code short[]};
 * {@code int32}/{@code uint32} share {@code int[]}; {@code int64}/{@code uint64} share
 * {@code long[]}; {@code float32}/{@code complex64} share {@code float[]};
 * {@code float64}/{@code complex128} share {@code double[]}; {@code str_} and {@code bytes_}
 * hold {@code String} / {@code byte[]} objects in an {@code Object[]}. Unsigned integers use the
 * signed array of the same width with unsigned semantics in the kernels.
 */
public final class DType {

    /** The type numbers: what kind of value a dtype holds. */
    public enum Code {
        BOOL("bool", 'b', '?', 1, Storage.BYTE),
        INT8("int8", 'i', 'b', 1, Storage.BYTE),
        UINT8("uint8", 'u', 'B', 1, Storage.BYTE),
        INT16("int16", 'i', 'h', 2, Storage.SHORT),
        UINT16("uint16", 'u', 'H', 2, Storage.SHORT),
        INT32("int32", 'i', 'i', 4, Storage.INT),
        UINT32("uint32", 'u', 'I', 4, Storage.INT),
        INT64("int64", 'i', 'l', 8, Storage.LONG),
        UINT64("uint64", 'u', 'L', 8, Storage.LONG),
        FLOAT16("float16", 'f', 'e', 2, Storage.SHORT),
        FLOAT32("float32", 'f', 'f', 4, Storage.FLOAT),
        FLOAT64("float64", 'f', 'd', 8, Storage.DOUBLE),
        COMPLEX64("complex64", 'c', 'F', 8, Storage.FLOAT),
        COMPLEX128("complex128", 'c', 'D', 16, Storage.DOUBLE),
        /** {@code numpy.str_}: fixed-width unicode, {@code <U n}; itemsize is 4 n. */
        STR("str", 'U', 'U', 0, Storage.OBJECT),
        /** {@code numpy.bytes_}: fixed-width bytes, {@code S n}; itemsize is n. */
        BYTES("bytes", 'S', 'S', 0, Storage.OBJECT);

        final String baseName;
        final char kind;
        final char ch;
        final int fixedSize;
        final Storage storage;

        Code(String baseName, char kind, char ch, int fixedSize, Storage storage) {
            this.baseName = baseName;
            this.kind = kind;
            this.ch = ch;
            this.fixedSize = fixedSize;
            this.storage = storage;
        }
    }

    /** The Java primitive array type that holds elements. */
    public enum Storage {
        BYTE(1), SHORT(2), INT(4), LONG(8), FLOAT(4), DOUBLE(8), OBJECT(0);

        /** Bytes in one storage slot (0 for object storage). */
        public final int slotBytes;

        Storage(int slotBytes) {
            this.slotBytes = slotBytes;
        }
    }

    public static final DType BOOL = new DType(Code.BOOL, 1, '|');
    public static final DType INT8 = new DType(Code.INT8, 1, '|');
    public static final DType UINT8 = new DType(Code.UINT8, 1, '|');
    public static final DType INT16 = new DType(Code.INT16, 2, '=');
    public static final DType UINT16 = new DType(Code.UINT16, 2, '=');
    public static final DType INT32 = new DType(Code.INT32, 4, '=');
    public static final DType UINT32 = new DType(Code.UINT32, 4, '=');
    public static final DType INT64 = new DType(Code.INT64, 8, '=');
    public static final DType UINT64 = new DType(Code.UINT64, 8, '=');
    public static final DType FLOAT16 = new DType(Code.FLOAT16, 2, '=');
    public static final DType FLOAT32 = new DType(Code.FLOAT32, 4, '=');
    public static final DType FLOAT64 = new DType(Code.FLOAT64, 8, '=');
    public static final DType COMPLEX64 = new DType(Code.COMPLEX64, 8, '=');
    public static final DType COMPLEX128 = new DType(Code.COMPLEX128, 16, '=');

    private final Code code;
    private final int itemsize;
    private final char byteOrder;

    private DType(Code code, int itemsize, char byteOrder) {
        this.code = code;
        this.itemsize = itemsize;
        this.byteOrder = byteOrder;
    }

    /** The native dtype of a fixed-size code (not {@code STR}/{@code BYTES}). */
    public static DType of(Code code) {
        switch (code) {
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
            case STR: return str(0);
            case BYTES: return bytes(0);
            default: throw new IllegalStateException(code.toString());
        }
    }

    /** {@code <U n}: unicode strings of at most {@code n} code points. */
    public static DType str(int n) {
        if (n < 0) {
            throw new ValueError("String length must be non-negative");
        }
        return new DType(Code.STR, 4 * n, '=');
    }

    /** {@code S n}: byte strings of at most {@code n} bytes. */
    public static DType bytes(int n) {
        if (n < 0) {
            throw new ValueError("String length must be non-negative");
        }
        return new DType(Code.BYTES, n, '|');
    }

    /** This dtype with another byte order ({@code '<'}, {@code '>'}, {@code '='}, {@code '|'}). */
    public DType withByteOrder(char order) {
        if (code.storage == Storage.OBJECT && code == Code.BYTES || itemsize <= 1 && code != Code.STR) {
            return this; // byte order is not applicable
        }
        char o = order;
        if (o == '|') {
            o = '=';
        }
        if (o == NATIVE_ORDER) {
            o = '=';
        }
        if (o == byteOrder) {
            return this;
        }
        return new DType(code, itemsize, o);
    }

    /** The order character of the machine: numpy-jvm treats native as little-endian. */
    public static final char NATIVE_ORDER = '<';

    public Code code() {
        return code;
    }

    public Storage storage() {
        return code.storage;
    }

    /** Storage slots per element: 2 for complex (interleaved), else 1. */
    public int slots() {
        return isComplex() ? 2 : 1;
    }

    public int itemsize() {
        return itemsize;
    }

    /** {@code dtype.kind}: one of {@code b i u f c U S}. */
    public char kind() {
        return code.kind;
    }

    /** {@code dtype.char}. */
    public char ch() {
        return code.ch;
    }

    /** {@code dtype.byteorder}: {@code '='}, {@code '<'}, {@code '>'} or {@code '|'}. */
    public char byteorder() {
        if (itemsize <= 1 && code != Code.STR || code == Code.BYTES) {
            return '|';
        }
        return byteOrder;
    }

    /** True when stored values are in the machine's order (always, for in-memory arrays). */
    public boolean isNative() {
        char b = byteorder();
        return b == '=' || b == '|' || b == NATIVE_ORDER;
    }

    /** {@code dtype.name}, e.g. {@code float64}, {@code str160}, {@code bytes24}. */
    public String name() {
        if (code == Code.STR || code == Code.BYTES) {
            return itemsize == 0 ? code.baseName : code.baseName + (8 * itemsize);
        }
        return code.baseName;
    }

    /** {@code dtype.str}, e.g. {@code <f8}, {@code |b1}, {@code <U5}, {@code |S3}. */
    public String str() {
        char b = byteorder();
        if (b == '=') {
            b = NATIVE_ORDER;
        }
        int size = code == Code.STR ? itemsize / 4 : itemsize;
        char k = code == Code.BOOL ? 'b' : code.kind;
        return "" + b + k + size;
    }

    /** For {@code str_} the number of characters, for {@code bytes_} the number of bytes. */
    public int stringLength() {
        return code == Code.STR ? itemsize / 4 : code == Code.BYTES ? itemsize : 0;
    }

    public boolean isBool() {
        return code == Code.BOOL;
    }

    public boolean isSignedInteger() {
        return code.kind == 'i';
    }

    public boolean isUnsigned() {
        return code.kind == 'u';
    }

    /** Signed or unsigned integer (not bool). */
    public boolean isInteger() {
        return code.kind == 'i' || code.kind == 'u';
    }

    public boolean isFloat() {
        return code.kind == 'f';
    }

    public boolean isComplex() {
        return code.kind == 'c';
    }

    /** bool, integer, float or complex. */
    public boolean isNumeric() {
        return code.storage != Storage.OBJECT;
    }

    public boolean isString() {
        return code == Code.STR || code == Code.BYTES;
    }

    /** The real dtype of a complex dtype's parts (float32 for complex64), else this. */
    public DType realPart() {
        if (code == Code.COMPLEX64) {
            return FLOAT32;
        }
        if (code == Code.COMPLEX128) {
            return FLOAT64;
        }
        return this;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof DType)) {
            return false;
        }
        DType d = (DType) o;
        return code == d.code && itemsize == d.itemsize && byteorder() == d.byteorder();
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, itemsize, byteorder());
    }

    /** {@code repr(dtype)}: {@code dtype('float64')}, {@code dtype('<U5')}. */
    public String repr() {
        return "dtype('" + (code == Code.STR || code == Code.BYTES || !isNative() ? str() : name()) + "')";
    }

    /** {@code str(dtype)}: {@code float64}, {@code <U5}. */
    @Override
    public String toString() {
        return code == Code.STR || code == Code.BYTES || !isNative() ? str() : name();
    }
}
