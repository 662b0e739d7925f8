package org.numpyjvm.api.internal.creation;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.ValueError;
import org.numpyjvm.api.internal.core.Elements;
import org.numpyjvm.api.internal.core.Internals;

/**
 * {@code np.fromstring(string, dtype, count, sep)} in text mode, as NumPy's
 * {@code array_from_text}: the separator is normalised (a leading space is added, whitespace runs
 * become one space, which matches any run of whitespace, including none); each element is read
 * with the dtype's C scanner ({@code strtol}-like for integers, wrapping to the width;
 * {@code strtod} for floats, with nan/inf; real[+imag j] for complex); reading stops at the end,
 * at {@code count} elements, or on unmatched data, which raises NumPy 2's ValueError. The
 * binary mode ({@code sep=""}) is removed in NumPy 2 and raises as there. Where NumPy leaves
 * elements uninitialised (count larger than the data) numpy-jvm leaves zeros.
 */
public final class FromText {
    private FromText() {
    }

    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger ULONG_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    /** {@code np.fromstring(string, dtype=dtype, count=count, sep=sep)}; dtype null is float64. */
    public static NDArray fromstring(String string, DType dtype, long count, String sep) {
        DType dt = dtype == null ? DType.FLOAT64 : dtype;
        if (sep == null || sep.isEmpty()) {
            throw new ValueError("The binary mode of fromstring is removed, use frombuffer instead");
        }
        if (dt.isString()) {
            throw new ValueError("don't know how to read character strings with that array type");
        }
        String cleanSep = normalize(sep);
        java.util.List<double[]> values = new java.util.ArrayList<>();
        int[] pos = {0};
        int stop = 0;
        while (count < 0 || values.size() < count) {
            double[] v = next(string, pos, dt);
            if (v == null) {
                stop = pos[0] >= string.length() ? -1 : -2;
                break;
            }
            values.add(v);
            stop = skipSeparator(string, pos, cleanSep);
            if (stop < 0) {
                break;
            }
        }
        if (stop == -2) {
            throw new ValueError("string or file could not be read to its end due to unmatched data");
        }
        int n = count < 0 ? values.size() : (int) count;
        NDArray out = Internals.allocate(dt, new int[] {n});
        Object data = Internals.data(out);
        int w = dt.slots();
        for (int i = 0; i < values.size(); i++) {
            double[] v = values.get(i);
            if (v.length == 3) { // an exact integer
                Elements.setLong(dt, data, i * w, Double.doubleToRawLongBits(v[2]));
            } else if (dt.isComplex()) {
                Elements.setComplex(dt, data, i * w, v[0], v[1]);
            } else {
                Elements.setDouble(dt, data, i * w, v[0]);
            }
        }
        return out;
    }

    /** NumPy's {@code swab_separator}. */
    private static String normalize(String sep) {
        StringBuilder sb = new StringBuilder();
        if (!Character.isWhitespace(sep.charAt(0))) {
            sb.append(' ');
        }
        boolean skip = false;
        for (int i = 0; i < sep.length(); i++) {
            char c = sep.charAt(i);
            if (Character.isWhitespace(c)) {
                if (!skip) {
                    sb.append(' ');
                    skip = true;
                }
            } else {
                sb.append(c);
                skip = false;
            }
        }
        if (sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ') {
            sb.append(' ');
        }
        return sb.toString();
    }

    /** NumPy's {@code fromstr_skip_separator}: 0 matched, -1 end of data, -2 mismatch. */
    private static int skipSeparator(String s, int[] pos, String sep) {
        int p = pos[0];
        int q = 0;
        int result;
        while (true) {
            if (p >= s.length()) {
                result = -1;
                break;
            } else if (q >= sep.length()) {
                result = p != pos[0] ? 0 : -2;
                break;
            } else if (sep.charAt(q) == ' ') {
                if (!isSpace(s.charAt(p))) {
                    q++;
                    continue;
                }
            } else if (sep.charAt(q) != s.charAt(p)) {
                result = -2;
                break;
            } else {
                q++;
            }
            p++;
        }
        pos[0] = p;
        return result;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
    }

    /**
     * Reads one element at pos (leading whitespace skipped): {re, im} for inexact dtypes,
     * {0, 0, bits} for integers; null when nothing could be read.
     */
    private static double[] next(String s, int[] pos, DType dt) {
        int p = pos[0];
        while (p < s.length() && isSpace(s.charAt(p))) {
            p++;
        }
        if (dt.isInteger() || dt.isBool()) {
            int e = p;
            boolean neg = false;
            if (e < s.length() && (s.charAt(e) == '+' || s.charAt(e) == '-')) {
                neg = s.charAt(e) == '-';
                e++;
            }
            int digits = e;
            while (e < s.length() && s.charAt(e) >= '0' && s.charAt(e) <= '9') {
                e++;
            }
            if (e == digits) {
                return null;
            }
            if (neg && dt.isUnsigned()) {
                return null;
            }
            BigInteger v = new BigInteger(s.substring(digits, e));
            if (neg) {
                v = v.negate();
            }
            long bits;
            if (dt.isUnsigned()) {
                bits = v.min(ULONG_MAX).longValue(); // strtoul, then truncated to the width
            } else {
                bits = v.max(LONG_MIN).min(LONG_MAX).longValue(); // strtol saturates
            }
            pos[0] = e;
            return new double[] {0, 0, Double.longBitsToDouble(bits)};
        }
        int[] end = {p};
        double re = strtod(s, end);
        if (end[0] == p) {
            return null;
        }
        double im = 0;
        if (dt.isComplex()) {
            int e = end[0];
            if (e < s.length() && (s.charAt(e) == 'j' || s.charAt(e) == 'J')) {
                im = re;
                re = 0;
                end[0] = e + 1;
            } else if (e < s.length() && (s.charAt(e) == '+' || s.charAt(e) == '-')) {
                int[] e2 = {e};
                double v = strtod(s, e2);
                if (e2[0] > e && e2[0] < s.length() && (s.charAt(e2[0]) == 'j' || s.charAt(e2[0]) == 'J')) {
                    im = v;
                    end[0] = e2[0] + 1;
                }
            }
        }
        pos[0] = end[0];
        return new double[] {re, im};
    }

    /** C's {@code strtod} in the C locale with NumPy's nan/inf spellings (decimal only). */
    static double strtod(String s, int[] pos) {
        int p = pos[0];
        int n = s.length();
        boolean neg = false;
        int start = p;
        if (p < n && (s.charAt(p) == '+' || s.charAt(p) == '-')) {
            neg = s.charAt(p) == '-';
            p++;
        }
        String rest = s.substring(p, Math.min(n, p + 8)).toLowerCase(java.util.Locale.ROOT);
        if (rest.startsWith("nan")) {
            pos[0] = p + 3;
            return Double.NaN;
        }
        if (rest.startsWith("infinity")) {
            pos[0] = p + 8;
            return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (rest.startsWith("inf")) {
            pos[0] = p + 3;
            return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        int mant = p;
        int digits = 0;
        while (p < n && Character.isDigit(s.charAt(p)) && s.charAt(p) < 128) {
            p++;
            digits++;
        }
        if (p < n && s.charAt(p) == '.') {
            p++;
            while (p < n && s.charAt(p) >= '0' && s.charAt(p) <= '9') {
                p++;
                digits++;
            }
        }
        if (digits == 0) {
            pos[0] = start;
            return 0;
        }
        int mantEnd = p;
        if (p < n && (s.charAt(p) == 'e' || s.charAt(p) == 'E')) {
            int q = p + 1;
            if (q < n && (s.charAt(q) == '+' || s.charAt(q) == '-')) {
                q++;
            }
            int ed = q;
            while (q < n && s.charAt(q) >= '0' && s.charAt(q) <= '9') {
                q++;
            }
            if (q > ed) {
                p = q;
            }
        }
        String num = s.substring(mant, p);
        if (num.startsWith(".")) {
            num = "0" + num;
        }
        num = num.replace(".e", ".0e").replace(".E", ".0E");
        if (num.endsWith(".")) {
            num = num + "0";
        }
        double v;
        try {
            v = Double.parseDouble(num); // digits, '.', exponent only: correctly rounded, as strtod
        } catch (NumberFormatException ex) {
            v = new BigDecimal(num).doubleValue();
        }
        pos[0] = p;
        return neg ? -v : v;
    }
}
