package org.numpyjvm.api.internal.dtype;

import java.math.BigInteger;
import org.numpyjvm.api.Complex;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.NotImplementedError;
import org.numpyjvm.api.TypeError;

/**
 * {@code np.dtype(str)}: follows NumPy 2's {@code _convert_from_str} (descriptor.c) step by step.
 *
 * <ol>
 *   <li>A "comma string" (a digit first, or after a byte-order character; a {@code ','} outside
 *       brackets; a leading {@code ()}) is a structured or subarray dtype: not supported, except
 *       that one with no type letters fails as NumPy does ({@code data type '' not understood}).
 *   <li>A leading {@code < > = |} is the byte order when more characters follow ({@code '|'} means
 *       native).
 *   <li>One character is a type character ({@code 'd'}, {@code '?'}, {@code 'U'}...).
 *   <li>Otherwise kind + size, where the size is what C's {@code strtol} reads (leading blanks
 *       and a sign allowed: {@code 'f 8'}, {@code 'f+8'}, {@code 'f08'} are float64): {@code S},
 *       {@code a} and {@code U} take any size (0 is unsized), {@code b i u f c} only the sizes of
 *       real types.
 *   <li>Anything else is looked up, whole and with its byte-order prefix, among the names of
 *       {@code np.sctypeDict}; the aliases NumPy 2.0 removed get their own message.
 *   <li>The byte order applies only to dtypes that have one ({@code '>S3'} is {@code S3}).
 * </ol>
 *
 * <p>As in NumPy, a one-character string below 0x18 is a type number ({@code np.dtype('\n')}
 * is uint64).
 */
public final class DTypeParser {
    private DTypeParser() {
    }

    private static final String[] NAMES = {
        "bool", "?", "bool_", "?",
        "int8", "b", "byte", "b", "uint8", "B", "ubyte", "B",
        "int16", "h", "short", "h", "uint16", "H", "ushort", "H",
        "int32", "i", "intc", "i", "uint32", "I", "uintc", "I",
        "int64", "l", "int", "l", "int_", "l", "intp", "l", "long", "l", "longlong", "l",
        "uint64", "L", "uint", "L", "uintp", "L", "ulong", "L", "ulonglong", "L",
        "float16", "e", "half", "e", "float32", "f", "single", "f",
        "float64", "d", "double", "d", "float", "d",
        "complex64", "F", "csingle", "F", "complex128", "D", "cdouble", "D", "complex", "D",
        "str", "U", "str_", "U", "unicode", "U", "bytes", "S", "bytes_", "S", "a", "S",
    };

    /** NumPy names numpy-jvm does not implement, with what they are. */
    private static final String[] UNSUPPORTED_NAMES = {
        "longdouble", "longdouble (float128 on Linux)", "float128", "longdouble (float128)",
        "clongdouble", "clongdouble (complex256 on Linux)", "complex256", "clongdouble (complex256)",
        "object", "object", "object_", "object", "void", "void", "datetime64", "datetime64",
        "timedelta64", "timedelta64",
    };

    private static final String[] REMOVED_ALIASES = {
        "int0", "uint0", "void0", "object0", "str0", "bytes0", "bool8",
    };

    /** {@code np.dtype(spec)} for a non-null string. */
    public static DType parse(String spec) {
        int len = spec.length();
        if (len == 0) {
            throw notUnderstood(spec);
        }
        if (isCommaString(spec)) {
            return commaString(spec);
        }
        char endian = '=';
        String type = spec;
        if (len > 1 && isOrder(spec.charAt(0))) {
            endian = spec.charAt(0) == '|' ? '=' : spec.charAt(0);
            type = spec.substring(1);
        }
        if (isDatetime(type)) {
            throw unsupported(spec, "datetime64/timedelta64");
        }
        DType ret = null;
        if (type.length() == 1) {
            ret = fromChar(spec, type.charAt(0));
        } else {
            ret = fromKindAndSize(spec, type);
        }
        if (ret == null) {
            ret = fromName(spec, type);
        }
        if (endian != '=' && endian != DType.NATIVE_ORDER) {
            ret = ret.withByteOrder(endian);
        }
        return ret;
    }

    private static boolean isOrder(char c) {
        return c == '<' || c == '>' || c == '=' || c == '|';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isCommaString(String s) {
        int len = s.length();
        if (isDigit(s.charAt(0)) || len > 1 && isOrder(s.charAt(0)) && isDigit(s.charAt(1))) {
            return true;
        }
        if (len > 1 && s.charAt(0) == '(' && s.charAt(1) == ')'
                || len > 3 && isOrder(s.charAt(0)) && s.charAt(1) == '(' && s.charAt(2) == ')') {
            return true;
        }
        int sq = 0;
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (c == ',' && sq == 0) {
                return true;
            } else if (c == '[') {
                sq++;
            } else if (c == ']') {
                sq--;
            }
        }
        return false;
    }

    private static DType commaString(String spec) {
        for (int i = 0; i < spec.length(); i++) {
            char c = spec.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '?') {
                throw new NotImplementedError("numpy-jvm does not support structured or subarray dtypes: "
                        + "np.dtype(" + pyRepr(spec) + ")");
            }
        }
        // NumPy's _commastring finds no field type and retries np.dtype('')
        throw notUnderstood("");
    }

    private static boolean isDatetime(String t) {
        return t.equals("M") || t.equals("m") || t.startsWith("M8") || t.startsWith("m8")
                || t.startsWith("datetime64[") || t.startsWith("timedelta64[");
    }

    private static DType fromChar(String spec, char c) {
        switch (c) {
            case '?': return DType.BOOL;
            case 'b': return DType.INT8;
            case 'B': return DType.UINT8;
            case 'h': return DType.INT16;
            case 'H': return DType.UINT16;
            case 'i': return DType.INT32;
            case 'I': return DType.UINT32;
            case 'l': case 'q': case 'n': case 'p': return DType.INT64;
            case 'L': case 'Q': case 'N': case 'P': return DType.UINT64;
            case 'e': return DType.FLOAT16;
            case 'f': return DType.FLOAT32;
            case 'd': return DType.FLOAT64;
            case 'F': return DType.COMPLEX64;
            case 'D': return DType.COMPLEX128;
            case 'U': return DType.str(0);
            case 'S': case 'a': return DType.bytes(0);
            case 'c': return DType.bytes(1); // NumPy's 'c' is S1 with char 'c'
            case 'g': throw unsupported(spec, "longdouble (float128 on Linux)");
            case 'G': throw unsupported(spec, "clongdouble (complex256 on Linux)");
            case 'O': throw unsupported(spec, "object");
            case 'V': throw unsupported(spec, "void");
            default: return c < TYPE_NUMBERS.length() ? fromTypeNumber(spec, c) : null;
        }
    }

    /** Type characters by NumPy type number (0 bool .. 23 half); a space where numpy-jvm has none. */
    private static final String TYPE_NUMBERS = "?bBhHiIlLlLfd FD  SU   e";

    /** NumPy reads a one-character string below 0x18 as a type number: {@code np.dtype('\x0c')} is float64. */
    private static DType fromTypeNumber(String spec, char num) {
        char c = TYPE_NUMBERS.charAt(num);
        if (c != ' ') {
            return fromChar(spec, c);
        }
        String[] what = {"longdouble (float128 on Linux)", "clongdouble (complex256 on Linux)", "object", "void",
            "datetime64/timedelta64"};
        int k = num == 13 ? 0 : num == 16 ? 1 : num == 17 ? 2 : num == 20 ? 3 : 4;
        throw unsupported(spec, what[k]);
    }

    /** Kind + size ({@code 'f8'}, {@code 'U5'}); null when the rest is not a number. */
    private static DType fromKindAndSize(String spec, String type) {
        long size = strtolWhole(type, 1);
        if (size == Long.MIN_VALUE) {
            return null; // not a number: try the names
        }
        if (size < 0 || size > Integer.MAX_VALUE) {
            throw notUnderstood(spec);
        }
        int n = (int) size;
        char kind = type.charAt(0);
        switch (kind) {
            case 'S': case 'a': return DType.bytes(n);
            case 'U':
                if (n > Integer.MAX_VALUE / 4) {
                    throw notUnderstood(spec);
                }
                return DType.str(n);
            case 'V': throw unsupported(spec, "void");
            default:
                break;
        }
        if (n == 0) {
            return null;
        }
        switch (kind) {
            case 'b': return n == 1 ? DType.BOOL : null;
            case 'i': return n == 1 ? DType.INT8 : n == 2 ? DType.INT16 : n == 4 ? DType.INT32 : n == 8 ? DType.INT64 : null;
            case 'u': return n == 1 ? DType.UINT8 : n == 2 ? DType.UINT16 : n == 4 ? DType.UINT32 : n == 8 ? DType.UINT64 : null;
            case 'f':
                if (n == 16) {
                    throw unsupported(spec, "longdouble (float128)");
                }
                return n == 2 ? DType.FLOAT16 : n == 4 ? DType.FLOAT32 : n == 8 ? DType.FLOAT64 : null;
            case 'c':
                if (n == 32) {
                    throw unsupported(spec, "clongdouble (complex256)");
                }
                return n == 8 ? DType.COMPLEX64 : n == 16 ? DType.COMPLEX128 : null;
            case 'O':
                if (n == 4 || n == 8) {
                    throw unsupported(spec, "object");
                }
                return null;
            default:
                return null;
        }
    }

    /**
     * C's {@code strtol(s + from)} when it consumes the whole rest: blanks, a sign, at least one
     * digit. {@link Long#MIN_VALUE} when it does not; a value above {@code int} range when it
     * overflows.
     */
    private static long strtolWhole(String s, int from) {
        int i = from;
        int n = s.length();
        while (i < n && (s.charAt(i) == ' ' || s.charAt(i) >= '\t' && s.charAt(i) <= '\r')) {
            i++;
        }
        boolean neg = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            neg = s.charAt(i) == '-';
            i++;
        }
        int digits = i;
        long v = 0;
        while (i < n && isDigit(s.charAt(i))) {
            if (v < 1L << 40) {
                v = v * 10 + (s.charAt(i) - '0');
            }
            i++;
        }
        if (i == digits || i != n) {
            return Long.MIN_VALUE;
        }
        return neg ? -v : v;
    }

    private static DType fromName(String spec, String type) {
        for (int i = 0; i < NAMES.length; i += 2) {
            if (NAMES[i].equals(spec)) {
                return fromChar(spec, NAMES[i + 1].charAt(0));
            }
        }
        for (int i = 0; i < UNSUPPORTED_NAMES.length; i += 2) {
            if (UNSUPPORTED_NAMES[i].equals(spec)) {
                throw unsupported(spec, UNSUPPORTED_NAMES[i + 1]);
            }
        }
        for (String alias : REMOVED_ALIASES) {
            if (alias.equals(type)) {
                throw new TypeError("Alias " + pyRepr(spec)
                        + " was removed in NumPy 2.0. Use a name without a digit at the end.");
            }
        }
        throw notUnderstood(spec);
    }

    private static TypeError notUnderstood(String spec) {
        return new TypeError("data type " + pyRepr(spec) + " not understood");
    }

    private static NotImplementedError unsupported(String spec, String what) {
        return new NotImplementedError("numpy-jvm does not support the " + what + " dtype: np.dtype("
                + pyRepr(spec) + ") has no numpy-jvm counterpart");
    }

    /** {@code np.dtype(type)} for the Java types listed on {@link DType#of(Class)}. */
    public static DType fromJavaClass(Class<?> type) {
        if (type == null) {
            return DType.FLOAT64;
        }
        if (type == double.class || type == Double.class) {
            return DType.FLOAT64;
        }
        if (type == float.class || type == Float.class) {
            return DType.FLOAT32;
        }
        if (type == long.class || type == Long.class || type == BigInteger.class) {
            return DType.INT64;
        }
        if (type == int.class || type == Integer.class) {
            return DType.INT32;
        }
        if (type == short.class || type == Short.class) {
            return DType.INT16;
        }
        if (type == byte.class || type == Byte.class) {
            return DType.INT8;
        }
        if (type == boolean.class || type == Boolean.class) {
            return DType.BOOL;
        }
        if (type == String.class) {
            return DType.str(0);
        }
        if (type == byte[].class) {
            return DType.bytes(0);
        }
        if (type == Complex.class) {
            return DType.COMPLEX128;
        }
        if (type == Object.class) {
            throw new NotImplementedError("numpy-jvm does not support the object dtype: np.dtype(object) "
                    + "has no numpy-jvm counterpart");
        }
        throw new TypeError("Cannot interpret '" + type.getName() + "' as a data type");
    }

    /** Python's {@code repr()} of a string: quotes chosen as Python does, escapes for control characters. */
    public static String pyRepr(String s) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder(s.length() + 2).append(q);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == q || c == '\\') {
                b.append('\\').append(c);
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c < 0x20 || c >= 0x7f && c < 0xa0) {
                String h = Integer.toHexString(c);
                b.append("\\x").append(h.length() < 2 ? "0" + h : h);
            } else {
                b.append(c);
            }
        }
        return b.append(q).toString();
    }
}
