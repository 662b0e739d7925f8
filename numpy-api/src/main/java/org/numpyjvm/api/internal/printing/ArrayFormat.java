package org.numpyjvm.api.internal.printing;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.numpyjvm.api.Complex;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.PrintOptions;
import org.numpyjvm.api.Printing;
import org.numpyjvm.api.internal.core.Half;

/**
 * NumPy's array printing ({@code numpy/_core/arrayprint.py}): {@code array2string},
 * {@code array_repr}, {@code array_str}, reading elements through a {@link PrintSource}.
 *
 * <p>Algorithm, as NumPy's: if the array has more than {@code threshold} elements, only the
 * first and last {@code edgeitems} of each axis are shown, with {@code ...} between. One element
 * formatter per array is built from the shown elements (so columns align: common width,
 * precision, positional or scientific notation). The nested brackets are then laid out
 * recursively: the last axis wraps its elements at the line width; outer axes put one row per
 * line, with {@code ndim - axis - 1} blank lines between blocks.
 */
public final class ArrayFormat {

    /** Formats one element (as {@code PrintSource.item} gives it). */
    interface ElementFormat {
        String format(Object value);
    }

    private ArrayFormat() {
    }

    static long size(int[] shape) {
        long n = 1;
        for (int d : shape) {
            n *= d;
        }
        return n;
    }

    /** {@code np.array2string(a, separator=..., prefix=..., suffix=...)} with these options. */
    public static String array2string(PrintSource a, PrintOptions o, String separator, String prefix, String suffix) {
        int lineWidth = o.linewidth() - suffix.length();
        int[] shape = a.shape();
        long size = size(shape);
        if (size == 0) {
            return "[]";
        }
        boolean summarize = size > o.threshold();
        int edge = o.edgeitems();
        List<Object> data = shownElements(a, shape, summarize, edge);
        ElementFormat f = formatter(a.dtype(), data, o, shape.length == 0);
        String nextLinePrefix = " " + FloatFormat.spaces(prefix.length());
        return new Layout(a, f, separator, edge, summarize ? "..." : "").recurse(new int[shape.length], 0,
                nextLinePrefix, lineWidth);
    }

    /** {@code repr(a)} / {@code np.array_repr(a)}. */
    public static String repr(PrintSource a, PrintOptions o) {
        String prefix = "array(";
        String lst = array2string(a, o, ", ", prefix, ")");
        int[] shape = a.shape();
        long size = size(shape);
        List<String> extras = new ArrayList<>(2);
        if ((size == 0 && !(shape.length == 1 && shape[0] == 0)) || size > o.threshold()) {
            extras.add("shape=" + shapeRepr(shape));
        }
        DType dt = a.dtype();
        if (!dtypeIsImplied(dt) || size == 0) {
            extras.add("dtype=" + dtypeShortRepr(dt));
        }
        if (extras.isEmpty()) {
            return prefix + lst + ")";
        }
        String arrStr = prefix + lst + ",";
        String extraStr = String.join(", ", extras) + ")";
        int lastLineLen = len(arrStr.substring(arrStr.lastIndexOf('\n') + 1));
        String spacer = " ";
        if (lastLineLen + len(extraStr) + 1 > o.linewidth()) {
            spacer = "\n" + FloatFormat.spaces(prefix.length());
        }
        return arrStr + spacer + extraStr;
    }

    /** {@code str(a)} / {@code np.array_str(a)}. */
    public static String str(PrintSource a, PrintOptions o) {
        if (a.shape().length == 0) {
            Object v = a.item(new int[0]);
            DType dt = a.dtype();
            if (dt.code() == DType.Code.BYTES) {
                return Printing.scalarRepr(dt, v);
            }
            return Printing.scalarStr(dt, v);
        }
        return array2string(a, o, " ", "", "");
    }

    /** Python's repr of a shape tuple: {@code (0,)}, {@code (2, 3)}. */
    public static String shapeRepr(int[] shape) {
        return org.numpyjvm.api.internal.core.Shapes.tupleString(shape);
    }

    /** True for the dtypes NumPy's repr leaves out: native bool, int64, float64, complex128. */
    static boolean dtypeIsImplied(DType dt) {
        if (!dt.isNative()) {
            return false;
        }
        switch (dt.code()) {
            case BOOL:
            case INT64:
            case FLOAT64:
            case COMPLEX128:
                return true;
            default:
                return false;
        }
    }

    /** NumPy's {@code dtype_short_repr}: {@code int8}, {@code '<U3'}, {@code '|S2'}, {@code '>f8'}. */
    static String dtypeShortRepr(DType dt) {
        if (dt.isString() || !dt.isNative()) {
            return "'" + dt.str() + "'";
        }
        return dt.name();
    }

    // ------------------------------------------------------------------ data and formatters

    /** The elements NumPy's {@code _leading_trailing} keeps (all of them when not summarizing). */
    static List<Object> shownElements(PrintSource a, int[] shape, boolean summarize, int edge) {
        List<Object> out = new ArrayList<>();
        int nd = shape.length;
        int[] idx = new int[nd];
        if (nd == 0) {
            out.add(a.item(idx));
            return out;
        }
        for (int d = 0; d < nd; d++) {
            if (shape[d] == 0) {
                return out;
            }
        }
        for (;;) {
            out.add(a.item(idx.clone()));
            int d = nd - 1;
            for (; d >= 0; d--) {
                int n = shape[d];
                int next = idx[d] + 1;
                if (summarize && n > 2 * edge && next == edge) {
                    next = n - edge;
                }
                if (next < n) {
                    idx[d] = next;
                    break;
                }
                idx[d] = 0;
            }
            if (d < 0) {
                return out;
            }
        }
    }

    static int widthOf(DType dt) {
        switch (dt.code()) {
            case FLOAT16:
                return FloatFormat.HALF;
            case FLOAT32:
            case COMPLEX64:
                return FloatFormat.SINGLE;
            default:
                return FloatFormat.DOUBLE;
        }
    }

    /** IEEE bits of an element value of a float dtype of the given width. */
    static long floatBits(double v, int width) {
        switch (width) {
            case FloatFormat.HALF:
                return Half.fromDouble(v) & 0xFFFFL;
            case FloatFormat.SINGLE:
                return Float.floatToRawIntBits((float) v) & 0xFFFFFFFFL;
            default:
                return Double.doubleToRawLongBits(v);
        }
    }

    static double toDouble(Object v) {
        if (v instanceof Complex) {
            return ((Complex) v).re();
        }
        if (v instanceof Boolean) {
            return (Boolean) v ? 1 : 0;
        }
        return ((Number) v).doubleValue();
    }

    static Complex toComplex(Object v) {
        return v instanceof Complex ? (Complex) v : new Complex(toDouble(v), 0);
    }

    static BigInteger toBig(Object v, boolean unsigned64) {
        if (v instanceof BigInteger) {
            return (BigInteger) v;
        }
        long x = ((Number) v).longValue();
        return unsigned64 ? ScalarFormat.unsigned(x) : BigInteger.valueOf(x);
    }

    static ElementFormat formatter(DType dt, List<Object> data, PrintOptions o, boolean zeroD) {
        int n = data.size();
        switch (dt.code()) {
            case BOOL: {
                String t = zeroD ? "True" : " True";
                return v -> (v instanceof Boolean ? (Boolean) v : toDouble(v) != 0) ? t : "False";
            }
            case FLOAT16:
            case FLOAT32:
            case FLOAT64: {
                int w = widthOf(dt);
                long[] bits = new long[n];
                for (int i = 0; i < n; i++) {
                    bits[i] = floatBits(toDouble(data.get(i)), w);
                }
                FloatArrayFormat f = new FloatArrayFormat(bits, n, w, o, o.sign());
                return v -> f.format(floatBits(toDouble(v), w));
            }
            case COMPLEX64:
            case COMPLEX128: {
                int w = widthOf(dt);
                long[] re = new long[n];
                long[] im = new long[n];
                for (int i = 0; i < n; i++) {
                    Complex c = toComplex(data.get(i));
                    re[i] = floatBits(c.re(), w);
                    im[i] = floatBits(c.im(), w);
                }
                FloatArrayFormat fr = new FloatArrayFormat(re, n, w, o, o.sign());
                FloatArrayFormat fi = new FloatArrayFormat(im, n, w, o, '+');
                return v -> {
                    Complex c = toComplex(v);
                    String r = fr.format(floatBits(c.re(), w));
                    String i = fi.format(floatBits(c.im(), w));
                    int sp = i.length();
                    while (sp > 0 && i.charAt(sp - 1) == ' ') {
                        sp--;
                    }
                    return r + i.substring(0, sp) + "j" + i.substring(sp);
                };
            }
            case STR:
                return v -> StringRepr.pyRepr((String) v);
            case BYTES:
                return v -> StringRepr.bytesRepr((byte[]) v);
            default:
                return integerFormat(dt, data, o.sign());
        }
    }

    static ElementFormat integerFormat(DType dt, List<Object> data, char sign) {
        boolean u64 = dt.code() == DType.Code.UINT64;
        int maxStrLen = 0;
        if (!data.isEmpty()) {
            BigInteger max = null;
            BigInteger min = null;
            for (Object v : data) {
                BigInteger b = toBig(v, u64);
                if (max == null || b.compareTo(max) > 0) {
                    max = b;
                }
                if (min == null || b.compareTo(min) < 0) {
                    min = b;
                }
            }
            int maxLen = max.toString().length();
            if (sign == ' ' && min.signum() < 0) {
                sign = '-';
            }
            if (max.signum() >= 0 && (sign == '+' || sign == ' ')) {
                maxLen++;
            }
            maxStrLen = Math.max(maxLen, min.toString().length());
        }
        final char s = sign;
        final int width = maxStrLen;
        return v -> {
            BigInteger b = toBig(v, u64);
            String t = b.toString();
            if (b.signum() >= 0 && s != '-') {
                t = s + t;
            }
            return t.length() >= width ? t : FloatFormat.spaces(width - t.length()) + t;
        };
    }

    // ------------------------------------------------------------------ layout (_formatArray)

    private static final class Layout {
        final PrintSource a;
        final int[] shape;
        final ElementFormat f;
        final String separator;
        final int edgeItems;
        final String summaryInsert;

        Layout(PrintSource a, ElementFormat f, String separator, int edgeItems, String summaryInsert) {
            this.a = a;
            this.shape = a.shape();
            this.f = f;
            this.separator = separator;
            this.edgeItems = edgeItems;
            this.summaryInsert = summaryInsert;
        }

        String recurse(int[] index, int axis, String hangingIndent, int currWidth) {
            int axesLeft = shape.length - axis;
            if (axesLeft == 0) {
                return f.format(a.item(index.clone()));
            }
            String nextHangingIndent = hangingIndent + " ";
            int nextWidth = currWidth - 1;
            int aLen = shape[axis];
            boolean showSummary = !summaryInsert.isEmpty() && 2 * edgeItems < aLen;
            int leading = showSummary ? edgeItems : 0;
            int trailing = showSummary ? edgeItems : aLen;
            StringBuilder s = new StringBuilder();
            if (axesLeft == 1) {
                int elemWidth = currWidth - Math.max(rstrip(separator).length(), 1);
                String[] line = {hangingIndent};
                for (int i = 0; i < leading; i++) {
                    index[axis] = i;
                    String word = recurse(index, axis + 1, nextHangingIndent, nextWidth);
                    extendLinePretty(s, line, word, elemWidth, hangingIndent);
                    line[0] += separator;
                }
                if (showSummary) {
                    extendLine(s, line, summaryInsert, elemWidth, hangingIndent);
                    line[0] += separator;
                }
                for (int i = trailing; i > 1; i--) {
                    index[axis] = aLen - i;
                    String word = recurse(index, axis + 1, nextHangingIndent, nextWidth);
                    extendLinePretty(s, line, word, elemWidth, hangingIndent);
                    line[0] += separator;
                }
                index[axis] = aLen - 1;
                String word = recurse(index, axis + 1, nextHangingIndent, nextWidth);
                extendLinePretty(s, line, word, elemWidth, hangingIndent);
                s.append(line[0]);
            } else {
                StringBuilder lineSepB = new StringBuilder(rstrip(separator));
                for (int k = 0; k < axesLeft - 1; k++) {
                    lineSepB.append('\n');
                }
                String lineSep = lineSepB.toString();
                for (int i = 0; i < leading; i++) {
                    index[axis] = i;
                    s.append(hangingIndent).append(recurse(index, axis + 1, nextHangingIndent, nextWidth)).append(lineSep);
                }
                if (showSummary) {
                    s.append(hangingIndent).append(summaryInsert).append(lineSep);
                }
                for (int i = trailing; i > 1; i--) {
                    index[axis] = aLen - i;
                    s.append(hangingIndent).append(recurse(index, axis + 1, nextHangingIndent, nextWidth)).append(lineSep);
                }
                index[axis] = aLen - 1;
                s.append(hangingIndent).append(recurse(index, axis + 1, nextHangingIndent, nextWidth));
            }
            index[axis] = 0;
            return "[" + s.substring(hangingIndent.length()) + "]";
        }

        static void extendLine(StringBuilder s, String[] line, String word, int lineWidth, String nextLinePrefix) {
            boolean needsWrap = len(line[0]) + len(word) > lineWidth;
            if (len(line[0]) <= len(nextLinePrefix)) {
                needsWrap = false;
            }
            if (needsWrap) {
                s.append(rstrip(line[0])).append('\n');
                line[0] = nextLinePrefix;
            }
            line[0] += word;
        }

        static void extendLinePretty(StringBuilder s, String[] line, String word, int lineWidth, String nextLinePrefix) {
            if (word.indexOf('\n') < 0) {
                extendLine(s, line, word, lineWidth, nextLinePrefix);
                return;
            }
            String[] words = lines(word);
            int maxWordLength = 0;
            for (String w : words) {
                maxWordLength = Math.max(maxWordLength, len(w));
            }
            String indent;
            if (len(line[0]) + maxWordLength > lineWidth && len(line[0]) > len(nextLinePrefix)) {
                s.append(rstrip(line[0])).append('\n');
                line[0] = nextLinePrefix + words[0];
                indent = nextLinePrefix;
            } else {
                indent = FloatFormat.spaces(len(line[0]));
                line[0] += words[0];
            }
            for (int k = 1; k < words.length; k++) {
                s.append(rstrip(line[0])).append('\n');
                line[0] = indent + words[k];
            }
            line[0] += FloatFormat.spaces(maxWordLength - len(words[words.length - 1]));
        }
    }

    /** Splits at {@code '\n'} (no regular expressions: TeaVM). */
    static String[] lines(String s) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', start)) {
            out.add(s.substring(start, i));
            start = i + 1;
        }
        out.add(s.substring(start));
        return out.toArray(new String[0]);
    }

    /** Python's {@code len()} of a str: code points, not UTF-16 units. */
    static int len(String s) {
        int n = s.length();
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLowSurrogate(s.charAt(i)) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1))) {
                n--;
            }
        }
        return n;
    }

    static String rstrip(String s) {
        int e = s.length();
        while (e > 0 && Character.isWhitespace(s.charAt(e - 1))) {
            e--;
        }
        return s.substring(0, e);
    }
}
