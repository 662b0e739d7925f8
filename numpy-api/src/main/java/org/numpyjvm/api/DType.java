package org.numpyjvm.api;

import java.math.BigInteger;
import java.util.Objects;
import org.numpyjvm.api.internal.dtype.Casting;
import org.numpyjvm.api.internal.dtype.DTypeParser;
import org.numpyjvm.api.internal.dtype.Promotion;
import org.numpyjvm.api.internal.dtype.WeakScalars;

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
 *
 * <p>Byte order: numpy-jvm's native order is little-endian ({@link #NATIVE_ORDER}). A dtype is
 * either native ({@link #byteorder()} {@code '='}, or an explicit {@code '<'} that NumPy keeps
 * after {@code newbyteorder}), swapped ({@code '>'}) or has no byte order ({@code '|'}:
 * {@code bool}, {@code int8}, {@code uint8}, {@code bytes_}). As in NumPy,
 * {@code '>f8'} and {@code '<f8'} are different dtypes ({@link #equals} is false).
 *
 * <p>Entry points mirroring NumPy: {@link #of(String)} ({@code np.dtype(str)}),
 * {@link #promoteTypes} ({@code np.promote_types}), {@link #canCast} ({@code np.can_cast} on
 * dtypes), {@link #resultType} ({@code np.result_type}, NEP 50 weak Python scalars),
 * {@link #newbyteorder}; {@link IInfo} and {@link FInfo} give {@code np.iinfo}/{@code np.finfo}.
 * Not supported (NumPy has them): {@code longdouble}/{@code clongdouble} ({@code 'g'},
 * {@code 'G'}, {@code float128}), {@code object}, {@code void}, structured and subarray dtypes,
 * {@code datetime64}/{@code timedelta64}: parsing their spellings raises
 * {@link NotImplementedError} naming them.
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
    /**
     * {@code '='} native, {@code '|'} not applicable, or an explicit {@code '<'}/{@code '>'}. As
     * in NumPy an explicit native order ({@code np.dtype('>f8').newbyteorder()}) is kept: it
     * equals {@code '='} but repr shows it ({@code dtype('<f8')}).
     */
    private final char byteOrder;

    private DType(Code code, int itemsize, char byteOrder) {
        this.code = code;
        this.itemsize = itemsize;
        this.byteOrder = normalizeOrder(code, itemsize, byteOrder);
    }

    private static char normalizeOrder(Code code, int itemsize, char order) {
        if (code == Code.BYTES || code != Code.STR && itemsize <= 1) {
            return '|';
        }
        return order == '<' || order == '>' ? order : '=';
    }

    /** The order character of the machine: numpy-jvm treats native as little-endian. */
    public static final char NATIVE_ORDER = '<';

    /** The native dtype of a code; {@code STR}/{@code BYTES} give the unsized {@code <U0}/{@code S0}. */
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

    /**
     * {@code np.dtype(spec)} for a string: every NumPy 2 spelling of the dtypes numpy-jvm has:
     * names ({@code 'float64'}, {@code 'double'}, {@code 'int'}, {@code 'str'}, ...), type
     * characters ({@code 'd'}, {@code '?'}, {@code 'U'}, ...) and optional byte order + kind +
     * size ({@code '<f8'}, {@code '>u2'}, {@code 'U5'}, {@code 'S3'}). {@code null} gives
     * {@code float64}, as {@code np.dtype(None)} does.
     *
     * @throws TypeError with NumPy's message ({@code data type 'foo' not understood}, or the
     *     NumPy 2.0 removed-alias message) for spellings NumPy rejects
     * @throws NotImplementedError for dtypes NumPy has and numpy-jvm does not (longdouble,
     *     object, void, datetime64, timedelta64, structured and subarray dtypes)
     *
     * <p>Differences: {@code 'q'}/{@code 'longlong'} give the one int64 (char {@code 'l'}, not
     * {@code 'q'}; likewise uint64); {@code 'c'} gives {@code S1} (NumPy's char is {@code 'c'}).
     */
    public static DType of(String spec) {
        return spec == null ? FLOAT64 : DTypeParser.parse(spec);
    }

    /**
     * A Java convenience standing for {@code np.dtype(type)}: {@code double}/{@link Double} to
     * {@code float64}, {@code float} to {@code float32}, {@code long} to {@code int64},
     * {@code int} to {@code int32}, {@code short} to {@code int16}, {@code byte} to {@code int8},
     * {@code boolean} to {@code bool}, {@link String} to {@code str} ({@code <U0}),
     * {@code byte[]} to {@code bytes} ({@code S0}), {@link Complex} to {@code complex128},
     * {@link BigInteger} to {@code int64} (like Python {@code int}).
     *
     * @throws TypeError for other classes (including {@code char}: Java has no NumPy
     *     counterpart for a UTF-16 unit)
     * @throws NotImplementedError for {@code Object.class} (NumPy's object dtype)
     */
    public static DType of(Class<?> type) {
        return DTypeParser.fromJavaClass(type);
    }

    /** {@code <U n}: unicode strings of at most {@code n} code points. */
    public static DType str(int n) {
        if (n < 0) {
            throw new ValueError("String length must be non-negative");
        }
        if (n > Integer.MAX_VALUE / 4) {
            throw new ValueError("String length " + n + " is too large");
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

    /**
     * This dtype with another byte order: {@code '<'}, {@code '>'}, {@code '='} set it (an
     * explicit {@code '<'} is kept as NumPy keeps it; it equals {@code '='}), {@code '|'} leaves
     * it unchanged (and so does any order for dtypes without one).
     */
    public DType withByteOrder(char order) {
        if (order == '|') {
            return this;
        }
        char o = normalizeOrder(code, itemsize, order);
        return o == byteOrder ? this : new DType(code, itemsize, order);
    }

    /** {@code dtype.newbyteorder()}: the byte-swapped dtype ({@code 'S'}). */
    public DType newbyteorder() {
        return newbyteorder("S");
    }

    /**
     * {@code dtype.newbyteorder(new_order)}. As NumPy, only the first character counts:
     * {@code S}/{@code s} swap, {@code <}/{@code L}/{@code l} little, {@code >}/{@code B}/{@code b}
     * big, {@code =}/{@code N}/{@code n} native, {@code |}/{@code I}/{@code i} ignore.
     *
     * @throws ValueError {@code byteorder not recognized (got 'x')} otherwise
     */
    public DType newbyteorder(String newOrder) {
        if (newOrder == null) {
            throw new TypeError("byteorder must be str, not NoneType");
        }
        char c = newOrder.isEmpty() ? 0 : newOrder.charAt(0);
        switch (c) {
            case 'S': case 's':
                if (byteOrder == '|') {
                    return this;
                }
                return new DType(code, itemsize, isNative() ? (NATIVE_ORDER == '<' ? '>' : '<') : NATIVE_ORDER);
            case '<': case 'L': case 'l':
                return withByteOrder('<');
            case '>': case 'B': case 'b':
                return withByteOrder('>');
            case '=': case 'N': case 'n':
                return withByteOrder('=');
            case '|': case 'I': case 'i':
                return this;
            default:
                throw new ValueError("byteorder not recognized (got " + DTypeParser.pyRepr(newOrder) + ")");
        }
    }

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
        return byteOrder;
    }

    /** {@code dtype.isnative}: true unless the byte order is the machine's opposite. */
    public boolean isNative() {
        return byteOrder == '=' || byteOrder == '|' || byteOrder == NATIVE_ORDER;
    }

    /** The byte order with an explicit native order read as {@code '='} (what equality compares). */
    private char effectiveOrder() {
        return byteOrder == NATIVE_ORDER ? '=' : byteOrder;
    }

    /** {@code dtype.name}, e.g. {@code float64}, {@code str160}, {@code bytes24}. */
    public String name() {
        if (code == Code.STR || code == Code.BYTES) {
            return itemsize == 0 ? code.baseName : code.baseName + (8L * itemsize);
        }
        return code.baseName;
    }

    /** {@code dtype.str}, e.g. {@code <f8}, {@code |b1}, {@code <U5}, {@code |S3}. */
    public String str() {
        char b = byteOrder == '=' ? NATIVE_ORDER : byteOrder;
        return "" + b + code.kind + (code == Code.STR ? itemsize / 4 : itemsize);
    }

    /** For {@code str_} the number of characters, for {@code bytes_} the number of bytes. */
    public int stringLength() {
        return code == Code.STR ? itemsize / 4 : code == Code.BYTES ? itemsize : 0;
    }

    /**
     * {@code dtype.num}: NumPy's type number on 64-bit Linux (int64 is 7, NumPy's {@code long};
     * float16 is 23). numpy-jvm has one int64: {@code np.dtype('q').num} is 9 in NumPy, 7 here.
     */
    public int num() {
        switch (code) {
            case BOOL: return 0;
            case INT8: return 1;
            case UINT8: return 2;
            case INT16: return 3;
            case UINT16: return 4;
            case INT32: return 5;
            case UINT32: return 6;
            case INT64: return 7;
            case UINT64: return 8;
            case FLOAT32: return 11;
            case FLOAT64: return 12;
            case COMPLEX64: return 14;
            case COMPLEX128: return 15;
            case BYTES: return 18;
            case STR: return 19;
            case FLOAT16: return 23;
            default: throw new IllegalStateException(code.toString());
        }
    }

    /** The scalar type's name as Python prints it: {@code numpy.int32}, {@code numpy.str_}. */
    public String typeName() {
        switch (code) {
            case STR: return "numpy.str_";
            case BYTES: return "numpy.bytes_";
            default: return "numpy." + code.baseName;
        }
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
            return byteOrder == '=' ? FLOAT32 : FLOAT32.withByteOrder(byteOrder);
        }
        if (code == Code.COMPLEX128) {
            return byteOrder == '=' ? FLOAT64 : FLOAT64.withByteOrder(byteOrder);
        }
        return this;
    }

    // ---- promotion and casting (NumPy 2, NEP 50); the algorithm is in internal.dtype.Promotion

    /**
     * {@code np.promote_types(a, b)}: the smallest dtype both can be safely cast to; always in
     * native byte order. Numbers with strings give strings long enough for the number
     * ({@code promote_types('U5', 'int64')} is {@code <U21}).
     */
    public static DType promoteTypes(DType a, DType b) {
        if (a == null || b == null) {
            throw new TypeError("did not understand one of the types");
        }
        return Promotion.promoteTypes(a, b);
    }

    /**
     * {@code np.result_type(*args)} under NEP 50. Arguments: {@link DType}, {@link String} (a
     * dtype spelling), {@link Class} (as {@link #of(Class)}), Java boxed numbers standing for
     * Python scalars ({@link Boolean} is a concrete {@code bool}; {@link Integer}, {@link Long},
     * {@link Short}, {@link Byte}, {@link BigInteger} are weak Python ints; {@link Float},
     * {@link Double} weak Python floats; {@link Complex} a weak Python complex); an
     * {@code NDArray} contributes its dtype (0-d arrays are not weak in NumPy 2).
     *
     * @throws ValueError {@code at least one array or dtype is required} with no argument
     * @throws DTypePromotionError when no common dtype exists ({@code 'U5'} with a Python int)
     */
    public static DType resultType(Object... args) {
        return Promotion.resultType(args == null ? new Object[] {null} : args);
    }

    /**
     * {@code np.can_cast(from_, to, casting)} for dtypes.
     *
     * @param casting {@code "no"}, {@code "equiv"}, {@code "safe"}, {@code "same_kind"} or
     *     {@code "unsafe"}
     * @throws ValueError NumPy's message for any other casting string
     */
    public static boolean canCast(DType from, DType to, String casting) {
        if (from == null || to == null) {
            throw new TypeError("did not understand one of the types; 'None' not accepted");
        }
        return Casting.canCast(from, to, casting);
    }

    /** {@code np.can_cast(from_, to)}: casting {@code "safe"}. */
    public static boolean canCast(DType from, DType to) {
        return canCast(from, to, "safe");
    }

    /**
     * Whether NumPy 2 accepts the Python int {@code value} as a weak operand next to an array of
     * {@code dtype} ({@code np.int8(1) + 300} raises {@code OverflowError}): integers must be in
     * the dtype's range; bool, float and complex accept any {@code long}.
     */
    public static boolean weakScalarFits(DType dtype, long value) {
        return WeakScalars.fits(dtype, BigInteger.valueOf(value));
    }

    /**
     * Raises the {@link OverflowError} NumPy's ufuncs raise when the Python int {@code value}
     * meets an operand of {@code dtype} ({@code Python integer 300 out of bounds for int8},
     * {@code Python int too large to convert to C long}, {@code int too large to convert to
     * float}); returns normally when it fits.
     */
    public static void checkWeakInt(DType dtype, BigInteger value) {
        WeakScalars.check(dtype, value);
    }

    /** {@link #checkWeakInt(DType, BigInteger)} for a {@code long}. */
    public static void checkWeakInt(DType dtype, long value) {
        WeakScalars.check(dtype, BigInteger.valueOf(value));
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
        return code == d.code && itemsize == d.itemsize && effectiveOrder() == d.effectiveOrder();
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, itemsize, effectiveOrder());
    }

    /** {@code repr(dtype)}: {@code dtype('float64')}, {@code dtype('>f8')}, {@code dtype('<U5')}, {@code dtype('S3')}, {@code dtype('<U')}. */
    public String repr() {
        return "dtype('" + reprBody() + "')";
    }

    private String reprBody() {
        if (code == Code.BYTES) {
            return itemsize == 0 ? "S" : "S" + itemsize;
        }
        if (code == Code.STR) {
            String s = str();
            return itemsize == 0 ? s.substring(0, 2) : s;
        }
        if (code == Code.BOOL) {
            return "bool";
        }
        return byteOrder == '=' || byteOrder == '|' ? name() : str();
    }

    /** {@code str(dtype)}: {@code float64}, {@code >f8}, {@code <U5}, {@code |S3}. */
    @Override
    public String toString() {
        return isString() || !isNative() ? str() : name();
    }
}
