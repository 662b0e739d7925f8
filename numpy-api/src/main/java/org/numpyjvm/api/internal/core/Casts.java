package org.numpyjvm.api.internal.core;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.numpyjvm.api.Complex;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.ValueError;

/**
 * Scalar conversion rules of NumPy's casts, one value at a time.
 *
 * <p>Float to integer: truncation toward zero. Out-of-range values and NaN are undefined
 * behaviour in C; NumPy (x86-64) then gives {@code INT64_MIN} for int64, {@code INT32_MIN} for
 * int32, 0 for the 8- and 16-bit types (they convert through int32 and wrap), and for uint64 the
 * rule in {@link #doubleToUint64}. We reproduce those results so arrays match NumPy's bit for
 * bit on that platform; NumPy warns "invalid value encountered in cast" in those cases.
 */
public final class Casts {
    private Casts() {
    }

    private static final double TWO_63 = 9.223372036854775808E18;
    private static final double TWO_64 = 1.8446744073709551616E19;

    /**
     * C's {@code (int64_t) d} as NumPy computes it on x86-64. Java's cast saturates (NaN gives 0,
     * too large gives MAX); the rarely taken test maps those to INT64_MIN. Written so the common
     * path is Java's plain conversion (the range-check form was 1.4x slower in bulk loops).
     */
    public static long doubleToInt64(double d) {
        long r = (long) d;
        if (r == Long.MAX_VALUE || r == 0 && d != d) {
            return Long.MIN_VALUE; // only d >= 2^63 saturates to MAX: no double lies in (2^63 - 1024, 2^63)
        }
        return r;
    }

    /** C's {@code (int32_t) d} on x86-64 ({@code cvttsd2si}): out of range gives INT32_MIN. */
    public static int doubleToInt32(double d) {
        int r = (int) d;
        if (r == Integer.MAX_VALUE && d >= 2147483648.0 || r == 0 && d != d) {
            return Integer.MIN_VALUE;
        }
        return r;
    }

    /** 8- and 16-bit targets convert through int32 and keep the low bits. */
    public static int doubleToNarrow(double d) {
        return doubleToInt32(d);
    }

    /**
     * {@code (uint32_t) d} as NumPy's scalar loop gives it: through int64 ({@code cvttsd2si}),
     * keeping the low 32 bits (so NaN and values beyond int64 give 0). NumPy's vectorised
     * contiguous loop gives 0x80000000 or 0 for some out-of-range values instead: both are C's
     * undefined behaviour; we follow the scalar loop (what a 1-element or strided array gets).
     */
    public static int doubleToUint32(double d) {
        return (int) doubleToInt64(d);
    }

    /** {@code (uint64_t) d} as NumPy gives it: exact in range, wrapped for negatives above -2^63. */
    public static long doubleToUint64(double d) {
        if (d >= TWO_63 && d < TWO_64) {
            return (long) (d - TWO_63) ^ Long.MIN_VALUE;
        }
        if (d > -TWO_63 && d < TWO_63) {
            return (long) d;
        }
        return d >= TWO_64 ? 0 : Long.MIN_VALUE;
    }

    /** Python's {@code str()} of a Java value, as NumPy writes numbers into string arrays. */
    public static String toPythonString(Object v) {
        if (v instanceof String) {
            return (String) v;
        }
        if (v instanceof Boolean) {
            return ((Boolean) v) ? "True" : "False";
        }
        if (v instanceof Float) {
            return floatRepr((Float) v, 32);
        }
        if (v instanceof Double) {
            return floatRepr((Double) v, 64);
        }
        if (v instanceof Complex) {
            return complexRepr(((Complex) v).re(), ((Complex) v).im(), 64);
        }
        if (v instanceof byte[]) {
            return new String((byte[]) v, StandardCharsets.ISO_8859_1);
        }
        return String.valueOf(v);
    }

    /**
     * {@code str()} of a NumPy complex scalar whose parts have {@code bits} precision (32 for
     * complex64): {@code (re+imj)}, integral parts without ".0", {@code imj} alone when re is +0.
     */
    public static String complexRepr(double re, double im, int bits) {
        String ims = floatRepr(im, bits);
        if (ims.endsWith(".0")) {
            ims = ims.substring(0, ims.length() - 2);
        }
        if (re == 0 && 1 / re > 0) {
            return ims + "j";
        }
        String res = floatRepr(re, bits);
        if (res.endsWith(".0")) {
            res = res.substring(0, res.length() - 2);
        }
        return "(" + res + (ims.startsWith("-") ? "" : "+") + ims + "j)";
    }

    /** Python's {@code repr(float)}: shortest round-trip digits, 'r' format rules. */
    public static String pythonFloatRepr(double d) {
        return floatRepr(d, 64);
    }

    /**
     * {@code str()} of a NumPy float scalar of {@code bits} precision (16, 32, 64): the shortest
     * digits that read back as the same value of that precision; positional for
     * {@code 1e-4 <= |x| < 10^p} (p = 3, 6, 16 for float16, float32, float64, as NumPy 2), else
     * scientific with at least two exponent digits.
     */
    public static String floatRepr(double d, int bits) {
        long raw = bits == 16 ? Half.fromDouble(d) & 0xFFFFL
                : bits == 32 ? Float.floatToRawIntBits((float) d) & 0xFFFFFFFFL : Double.doubleToRawLongBits(d);
        return org.numpyjvm.api.internal.printing.ScalarFormat.floatStr(raw, bits);
    }

    /**
     * Element i of a storage as the text NumPy writes when casting it to a string dtype: a
     * {@code String} for {@code <U n} targets, ASCII {@code byte[]} for {@code S n} targets.
     * Numbers print as NumPy's {@code str()} of the scalar (float32 with float32's shortest
     * digits). Non-ASCII text cannot become bytes and bytes above 127 cannot become str: NumPy
     * raises UnicodeEncodeError / UnicodeDecodeError (subclasses of ValueError); we raise
     * {@link ValueError} with the same message.
     */
    public static Object toStringElement(DType st, Object data, int i, DType target) {
        String s;
        switch (st.code()) {
            case STR: s = (String) ((Object[]) data)[i]; break;
            case BYTES: {
                byte[] b = (byte[]) ((Object[]) data)[i];
                if (target.code() == DType.Code.BYTES) {
                    return b;
                }
                for (int k = 0; k < b.length; k++) {
                    if (b[k] < 0) {
                        throw new ValueError("'ascii' codec can't decode byte 0x" + Integer.toHexString(b[k] & 0xFF)
                                + " in position " + k + ": ordinal not in range(128)");
                    }
                }
                return new String(b, StandardCharsets.ISO_8859_1);
            }
            case BOOL: s = Elements.getBool(st, data, i) ? "True" : "False"; break;
            case FLOAT16: s = floatRepr(Elements.getDouble(st, data, i), 16); break;
            case FLOAT32: s = floatRepr(Elements.getDouble(st, data, i), 32); break;
            case FLOAT64: s = floatRepr(Elements.getDouble(st, data, i), 64); break;
            case COMPLEX64: s = complexRepr(Elements.getDouble(st, data, i), Elements.getImag(st, data, i), 32); break;
            case COMPLEX128: s = complexRepr(Elements.getDouble(st, data, i), Elements.getImag(st, data, i), 64); break;
            default: s = String.valueOf(Elements.getItem(st, data, i)); break;
        }
        if (target.code() == DType.Code.STR) {
            return s;
        }
        byte[] b = new byte[s.length()];
        for (int k = 0; k < b.length; k++) {
            char ch = s.charAt(k);
            if (ch > 127) {
                int cp = s.codePointAt(k);
                String shown = cp < 0x100 ? "\\x" + hex(cp, 2) : cp < 0x10000 ? "\\u" + hex(cp, 4) : "\\U" + hex(cp, 8);
                throw new ValueError("'ascii' codec can't encode character '" + shown + "' in position " + k
                        + ": ordinal not in range(128)");
            }
            b[k] = (byte) ch;
        }
        return b;
    }

    private static String hex(int v, int width) {
        String h = Integer.toHexString(v);
        while (h.length() < width) {
            h = "0" + h;
        }
        return h;
    }

    /**
     * Parses a string into a numeric element as NumPy's string-to-number cast does
     * ({@code np.array(['1.5']).astype(float)}); failure raises NumPy's ValueError.
     */
    public static void parseInto(DType dt, Object data, int i, String s) {
        parseInto(dt, data, i, s, false, false);
    }

    /**
     * As {@link #parseInto(DType, Object, int, String)}; {@code fromBytes} says the text came
     * from bytes (NumPy's messages then show {@code b'...'}); {@code npScalar} that it came from
     * a string array, whose messages name NumPy's scalar ({@code np.str_('abc')},
     * {@code np.bytes_(b'abc')}) where a Python value shows as {@code 'abc'}.
     *
     * <ul>
     * <li>bool: NumPy 2 gives True for any non-empty string (even "False" or "0");
     * <li>integers: Python's {@code int(s)} (whitespace, sign, single underscores between digits);
     *   a value outside int64 (uint64 for uint64) raises OverflowError "Python int too large to
     *   convert to C long", outside the target's range "Python integer v out of bounds for t";
     * <li>floats: Python's {@code float(s)} (nan/inf spellings), rounded to double, then cast;
     * <li>complex: Python's {@code complex(s)}.
     * </ul>
     */
    public static void parseInto(DType dt, Object data, int i, String s, boolean fromBytes, boolean npScalar) {
        String t = s.strip();
        if (dt.isBool()) {
            Elements.setLong(dt, data, i, s.isEmpty() ? 0 : 1);
            return;
        }
        if (dt.isInteger()) {
            if (!t.matches("[+-]?[0-9](_?[0-9])*")) {
                throw new ValueError("invalid literal for int() with base 10: "
                        + (fromBytes ? bytesRepr(s) : npScalar ? "np.str_(" + strRepr(s) + ")" : strRepr(s)));
            }
            BigInteger b = new BigInteger(t.replace("_", ""));
            // NumPy reads the Python int as a C long, or as an unsigned long long for uint32/uint64
            boolean u64 = dt.code() == DType.Code.UINT64;
            boolean viaUnsigned = u64 || dt.code() == DType.Code.UINT32;
            if (b.bitLength() > 64 || b.bitLength() == 64 && (!viaUnsigned || b.signum() < 0)) {
                throw new org.numpyjvm.api.OverflowError("Python int too large to convert to C long");
            }
            long lo;
            long hi;
            switch (dt.code()) {
                case INT8: lo = Byte.MIN_VALUE; hi = Byte.MAX_VALUE; break;
                case UINT8: lo = 0; hi = 0xFF; break;
                case INT16: lo = Short.MIN_VALUE; hi = Short.MAX_VALUE; break;
                case UINT16: lo = 0; hi = 0xFFFF; break;
                case INT32: lo = Integer.MIN_VALUE; hi = Integer.MAX_VALUE; break;
                case UINT32: lo = 0; hi = 0xFFFFFFFFL; break;
                case INT64: lo = Long.MIN_VALUE; hi = Long.MAX_VALUE; break;
                default: lo = 0; hi = -1; break; // uint64: any non-negative below 2^64
            }
            boolean ok = u64 ? b.signum() >= 0 : b.bitLength() < 64 && b.longValue() >= lo && b.longValue() <= hi;
            if (!ok) {
                throw new org.numpyjvm.api.OverflowError("Python integer " + b + " out of bounds for " + dt.name());
            }
            Elements.setLong(dt, data, i, b.longValue());
            return;
        }
        if (dt.isComplex()) {
            if (fromBytes) {
                checkUtf8(s);
            }
            Complex c;
            try {
                c = parseComplex(t, s);
            } catch (ValueError e) {
                if (s.indexOf('_') >= 0) {
                    throw new ValueError("could not convert string to complex: "
                            + (fromBytes || !npScalar ? strRepr(s) : "np.str_(" + strRepr(s) + ")"));
                }
                throw e;
            }
            Elements.setComplex(dt, data, i, c.re(), c.im());
            return;
        }
        try {
            Elements.setDouble(dt, data, i, parseFloat(t, s));
        } catch (ValueError e) {
            String shown = fromBytes ? bytesRepr(s) : strRepr(s);
            throw new ValueError("could not convert string to float: "
                    + (npScalar ? (fromBytes ? "np.bytes_(" : "np.str_(") + shown + ")" : shown));
        }
    }

    /** NumPy decodes bytes as UTF-8 before complex(): Python's UnicodeDecodeError text, as ValueError. */
    private static void checkUtf8(String latin1) {
        int n = latin1.length();
        for (int k = 0; k < n; ) {
            int b = latin1.charAt(k);
            int need = b < 0x80 ? 0 : b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : -1;
            String why = null;
            if (need < 0) {
                why = "invalid start byte";
            } else {
                for (int j = 1; j <= need && why == null; j++) {
                    if (k + j >= n) {
                        why = "unexpected end of data";
                    } else if ((latin1.charAt(k + j) & 0xC0) != 0x80) {
                        why = "invalid continuation byte";
                    }
                }
            }
            if (why != null) {
                throw new ValueError("'utf-8' codec can't decode byte 0x" + hex(b, 2) + " in position " + k + ": " + why);
            }
            k += need + 1;
        }
    }

    /** Python's {@code repr(str)}. */
    public static String strRepr(String s) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder().append(q);
        for (int k = 0; k < s.length(); ) {
            int cp = s.codePointAt(k);
            k += Character.charCount(cp);
            appendEscaped(sb, cp, q, false);
        }
        return sb.append(q).toString();
    }

    /** Python's {@code repr(bytes)} of the ISO-8859-1 text s. */
    public static String bytesRepr(String s) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder("b").append(q);
        for (int k = 0; k < s.length(); k++) {
            appendEscaped(sb, s.charAt(k), q, true);
        }
        return sb.append(q).toString();
    }

    private static void appendEscaped(StringBuilder sb, int cp, char q, boolean bytes) {
        if (cp == q || cp == '\\') {
            sb.append('\\').append((char) cp);
        } else if (cp == '\n') {
            sb.append("\\n");
        } else if (cp == '\r') {
            sb.append("\\r");
        } else if (cp == '\t') {
            sb.append("\\t");
        } else if (cp < 0x20 || cp == 0x7F || bytes && cp > 0x7F || !bytes && cp >= 0x80 && cp < 0xA0) {
            sb.append("\\x").append(hex(cp, 2));
        } else {
            sb.appendCodePoint(cp);
        }
    }

    /** Python's {@code float(str)}: accepts nan/inf spellings, underscores between digits. */
    public static double parseFloat(String t, String original) {
        String l = t.toLowerCase(java.util.Locale.ROOT);
        String body = l.startsWith("+") || l.startsWith("-") ? l.substring(1) : l;
        boolean neg = l.startsWith("-");
        if (body.equals("nan")) {
            return neg ? Double.longBitsToDouble(0xFFF8000000000000L) : Double.longBitsToDouble(0x7FF8000000000000L);
        }
        if (body.equals("inf") || body.equals("infinity")) {
            return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (!body.matches("([0-9](_?[0-9])*)?(\\.([0-9](_?[0-9])*)?)?(e[+-]?[0-9](_?[0-9])*)?")
                || !body.matches("\\.?[0-9].*")) {
            throw new ValueError("could not convert string to float: " + strRepr(original));
        }
        BigDecimal v = new BigDecimal(body.replace("_", ""));
        double d = v.doubleValue();
        return neg ? -d : d;
    }

    private static Complex parseComplex(String t, String original) {
        String u = t;
        if (u.startsWith("(") && u.endsWith(")")) {
            u = u.substring(1, u.length() - 1);
        }
        try {
            if (u.endsWith("j") || u.endsWith("J")) {
                String body = u.substring(0, u.length() - 1);
                int split = -1;
                for (int k = body.length() - 1; k > 0; k--) {
                    char ch = body.charAt(k);
                    if ((ch == '+' || ch == '-') && body.charAt(k - 1) != 'e' && body.charAt(k - 1) != 'E') {
                        split = k;
                        break;
                    }
                }
                if (split < 0) {
                    double im = body.isEmpty() || body.equals("+") ? 1 : body.equals("-") ? -1 : parseFloat(body, original);
                    return new Complex(0, im);
                }
                String imS = body.substring(split);
                double im = imS.equals("+") ? 1 : imS.equals("-") ? -1 : parseFloat(imS, original);
                return new Complex(parseFloat(body.substring(0, split), original), im);
            }
            return new Complex(parseFloat(u, original), 0);
        } catch (ValueError e) {
            throw new ValueError("complex() arg is a malformed string");
        }
    }
}
