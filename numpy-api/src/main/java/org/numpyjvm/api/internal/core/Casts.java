package org.numpyjvm.api.internal.core;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
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

    /** C's {@code (int64_t) d} as NumPy computes it on x86-64. */
    public static long doubleToInt64(double d) {
        if (d >= -TWO_63 && d < TWO_63) {
            return (long) d;
        }
        return Long.MIN_VALUE;
    }

    /** C's {@code (int32_t) d} on x86-64 ({@code cvttsd2si}): out of range gives INT32_MIN. */
    public static int doubleToInt32(double d) {
        if (d > -2147483649.0 && d < 2147483648.0) {
            return (int) d;
        }
        return Integer.MIN_VALUE;
    }

    /** 8- and 16-bit targets convert through int32 and keep the low bits. */
    public static int doubleToNarrow(double d) {
        return doubleToInt32(d);
    }

    /** {@code (uint32_t) d} as NumPy gives it: exact in range, wrapped for small negatives. */
    public static int doubleToUint32(double d) {
        if (d > -2147483649.0 && d < 4294967296.0) {
            return (int) (long) d;
        }
        return d > 0 ? 0 : Integer.MIN_VALUE;
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
        if (v instanceof Double || v instanceof Float) {
            return pythonFloatRepr(((Number) v).doubleValue());
        }
        if (v instanceof Complex) {
            Complex c = (Complex) v;
            String im = pythonFloatRepr(c.im());
            if (im.endsWith(".0")) {
                im = im.substring(0, im.length() - 2);
            }
            if (c.re() == 0 && 1 / c.re() > 0) {
                return im + "j";
            }
            String re = pythonFloatRepr(c.re());
            if (re.endsWith(".0")) {
                re = re.substring(0, re.length() - 2);
            }
            return "(" + re + (im.startsWith("-") ? "" : "+") + im + "j)";
        }
        if (v instanceof byte[]) {
            return new String((byte[]) v, StandardCharsets.US_ASCII);
        }
        return String.valueOf(v);
    }

    /** Python's {@code repr(float)}: shortest round-trip digits, 'r' format rules. */
    public static String pythonFloatRepr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return 1 / d > 0 ? "0.0" : "-0.0";
        }
        BigDecimal shortest = shortest(d);
        String digits = shortest.unscaledValue().abs().toString();
        int exp = digits.length() - 1 - shortest.scale(); // decimal exponent of the first digit
        String sign = d < 0 ? "-" : "";
        // strip trailing zeros of the digit string
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        digits = digits.substring(0, end);
        if (exp < -4 || exp >= 16) {
            String mant = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return sign + mant + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
        }
        StringBuilder sb = new StringBuilder(sign);
        if (exp < 0) {
            sb.append("0.");
            for (int i = -1; i > exp; i--) {
                sb.append('0');
            }
            sb.append(digits);
        } else if (digits.length() <= exp + 1) {
            sb.append(digits);
            for (int i = digits.length(); i <= exp; i++) {
                sb.append('0');
            }
            sb.append(".0");
        } else {
            sb.append(digits, 0, exp + 1).append('.').append(digits, exp + 1, digits.length());
        }
        return sb.toString();
    }

    /** The shortest decimal that reads back as {@code d} (exact interval test, no parsing). */
    private static BigDecimal shortest(double d) {
        BigDecimal exact = new BigDecimal(d);
        double up = Math.nextUp(d);
        double down = Math.nextDown(d);
        BigDecimal hi = Double.isInfinite(up) ? null : new BigDecimal(up).add(exact).divide(BigDecimal.valueOf(2));
        BigDecimal lo = Double.isInfinite(down) ? null : new BigDecimal(down).add(exact).divide(BigDecimal.valueOf(2));
        boolean even = (Double.doubleToRawLongBits(d) & 1) == 0;
        for (int p = 1; p <= 17; p++) {
            BigDecimal c = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (inside(c, lo, hi, even)) {
                return c;
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
    }

    private static boolean inside(BigDecimal c, BigDecimal lo, BigDecimal hi, boolean even) {
        BigDecimal a = lo.min(hi);
        BigDecimal b = lo.max(hi);
        int ca = c.compareTo(a);
        int cb = c.compareTo(b);
        return even ? ca >= 0 && cb <= 0 : ca > 0 && cb < 0;
    }

    /**
     * Parses a string into a numeric element as NumPy's string-to-number cast does
     * ({@code np.array(['1.5']).astype(float)}); failure raises NumPy's ValueError.
     */
    public static void parseInto(DType dt, Object data, int i, String s) {
        String t = s.strip();
        if (dt.isBool()) {
            // NumPy 2: a non-empty string is True
            Elements.setLong(dt, data, i, s.isEmpty() ? 0 : 1);
            return;
        }
        if (dt.isInteger()) {
            try {
                BigInteger b = new BigInteger(t.replace("_", ""));
                Elements.setLong(dt, data, i, b.longValue());
                return;
            } catch (NumberFormatException e) {
                throw new ValueError("invalid literal for int() with base 10: '" + s + "'");
            }
        }
        if (dt.isComplex()) {
            Complex c = parseComplex(t, s);
            Elements.setComplex(dt, data, i, c.re(), c.im());
            return;
        }
        Elements.setDouble(dt, data, i, parseFloat(t, s));
    }

    /** Python's {@code float(str)}: accepts nan/inf spellings, underscores between digits. */
    public static double parseFloat(String t, String original) {
        String l = t.toLowerCase(java.util.Locale.ROOT);
        String body = l.startsWith("+") || l.startsWith("-") ? l.substring(1) : l;
        boolean neg = l.startsWith("-");
        if (body.equals("nan")) {
            return Double.NaN;
        }
        if (body.equals("inf") || body.equals("infinity")) {
            return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (body.isEmpty() || !body.matches("(\\d(_?\\d)*)?(\\.(\\d(_?\\d)*)?)?(e[+-]?\\d(_?\\d)*)?") || body.startsWith(".e")
                || body.equals(".") || body.startsWith("e")) {
            throw new ValueError("could not convert string to float: '" + original + "'");
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
