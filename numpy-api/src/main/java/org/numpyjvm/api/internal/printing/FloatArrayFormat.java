package org.numpyjvm.api.internal.printing;

import org.numpyjvm.api.PrintOptions;
import org.numpyjvm.api.ValueError;
import org.numpyjvm.api.internal.core.Half;

/**
 * NumPy's {@code FloatingFormat} (arrayprint.py): one format for all elements of a float array,
 * chosen from the (summarized) data: positional or scientific, common precision and padding so
 * that columns align. Values are IEEE bits of width 16, 32 or 64.
 */
final class FloatArrayFormat {
    private final int width;
    private final char sign;
    private final String nanstr;
    private final String infstr;
    private final String floatmode;
    private int precision;
    private boolean expFormat;
    private int padLeft;
    private int padRight;
    private int expSize;
    private int minDigits;
    private char trim;
    private boolean unique;

    FloatArrayFormat(long[] data, int n, int width, PrintOptions o, char sign) {
        this.width = width;
        this.sign = sign;
        this.nanstr = o.nanstr();
        this.infstr = o.infstr();
        this.floatmode = o.floatmode();
        int p = PrintOptions.UNIQUE.equals(floatmode) ? -1 : o.precision();
        if (!PrintOptions.UNIQUE.equals(floatmode) && p < 0) {
            throw new ValueError("precision must be >= 0");
        }
        this.precision = p;
        fillFormat(data, n, o.suppress());
    }

    static double value(long bits, int width) {
        return ScalarFormat.bitsToDouble(bits, width);
    }

    private double tiny() {
        switch (width) {
            case FloatFormat.HALF:
                return Half.toDouble(Half.fromDouble(1e-4));
            case FloatFormat.SINGLE:
                return (float) 1e-4;
            default:
                return 1e-4;
        }
    }

    private double ratio(double max, double min) {
        switch (width) {
            case FloatFormat.HALF:
                return Half.toDouble(Half.fromDouble((float) max / (float) min));
            case FloatFormat.SINGLE:
                return (float) max / (float) min;
            default:
                return max / min;
        }
    }

    private void fillFormat(long[] data, int n, boolean suppress) {
        long[] finite = new long[n];
        int nf = 0;
        boolean anyNegInf = false;
        double maxVal = 0;
        double minVal = Double.POSITIVE_INFINITY;
        boolean anyNonZero = false;
        boolean anyNegative = false;
        for (int i = 0; i < n; i++) {
            double v = value(data[i], width);
            if (finite(v)) {
                finite[nf++] = data[i];
                anyNegative |= ((data[i] >>> (width - 1)) & 1) != 0;
                double a = Math.abs(v);
                if (a != 0) {
                    anyNonZero = true;
                    maxVal = Math.max(maxVal, a);
                    minVal = Math.min(minVal, a);
                }
            } else if (v == Double.NEGATIVE_INFINITY) {
                anyNegInf = true;
            }
        }
        if (anyNonZero) {
            double cutoff = width == FloatFormat.HALF ? 1e3 : width == FloatFormat.SINGLE ? 1e6 : 1e8;
            if (maxVal >= cutoff || (!suppress && (minVal < tiny() || ratio(maxVal, minVal) > 1000.0))) {
                expFormat = true;
            }
        }
        if (nf == 0) {
            padLeft = 0;
            padRight = 0;
            trim = '.';
            expSize = -1;
            unique = true;
            minDigits = -1;
        } else if (expFormat) {
            char t = '.';
            boolean u = true;
            if (PrintOptions.FIXED.equals(floatmode)) {
                t = 'k';
                u = false;
            }
            FloatFormat.Spec spec = FloatFormat.Spec.of(precision, u, t, sign == '+');
            int maxExp = 0;
            int maxFrac = 0;
            int maxInt = 0;
            for (int i = 0; i < nf; i++) {
                String s = FloatFormat.format(finite[i], width, spec, true);
                int e = s.indexOf('e');
                int dot = s.indexOf('.');
                maxExp = Math.max(maxExp, s.length() - e - 1);
                int intEnd = dot >= 0 ? dot : e;
                maxInt = Math.max(maxInt, intEnd);
                maxFrac = Math.max(maxFrac, dot >= 0 ? e - dot - 1 : 0);
            }
            expSize = maxExp - 1;
            trim = 'k';
            precision = maxFrac;
            minDigits = precision;
            unique = u;
            padLeft = maxInt;
            padRight = expSize + 2 + precision;
        } else {
            char t = '.';
            boolean u = true;
            if (PrintOptions.FIXED.equals(floatmode)) {
                t = 'k';
                u = false;
            }
            FloatFormat.Spec spec = FloatFormat.Spec.of(precision, u, t, sign == '+');
            int maxFrac = 0;
            int maxInt = 0;
            for (int i = 0; i < nf; i++) {
                String s = FloatFormat.format(finite[i], width, spec, false);
                int dot = s.indexOf('.');
                if (dot < 0) {
                    dot = s.length();
                }
                maxInt = Math.max(maxInt, dot);
                maxFrac = Math.max(maxFrac, Math.max(0, s.length() - dot - 1));
            }
            padLeft = maxInt;
            padRight = maxFrac;
            expSize = -1;
            unique = u;
            if (PrintOptions.FIXED.equals(floatmode) || PrintOptions.MAXPREC_EQUAL.equals(floatmode)) {
                precision = padRight;
                minDigits = padRight;
                trim = 'k';
            } else {
                trim = '.';
                minDigits = 0;
            }
        }
        if (sign == ' ' && !anyNegative) {
            padLeft += 1;
        }
        if (nf != n) {
            int neginf = (sign != '-' || anyNegInf) ? 1 : 0;
            int offset = padRight + 1;
            padLeft = Math.max(padLeft, Math.max(ArrayFormat.len(nanstr) - offset, ArrayFormat.len(infstr) + neginf - offset));
        }
    }

    String format(long bits) {
        double v = value(bits, width);
        if (!finite(v)) {
            String ret;
            if (Double.isNaN(v)) {
                ret = (sign == '+' ? "+" : "") + nanstr;
            } else {
                ret = (v < 0 ? "-" : sign == '+' ? "+" : "") + infstr;
            }
            return FloatFormat.spaces(padLeft + padRight + 1 - ArrayFormat.len(ret)) + ret;
        }
        if (expFormat) {
            return FloatFormat.format(bits, width, new FloatFormat.Spec(precision, unique, true, trim, sign == '+',
                    padLeft, -1, minDigits, expSize), true);
        }
        return FloatFormat.format(bits, width, new FloatFormat.Spec(precision, unique, true, trim, sign == '+',
                padLeft, padRight, minDigits, -1), false);
    }

    /** {@code Double.isFinite} without relying on it (TeaVM's class library). */
    static boolean finite(double v) {
        return !Double.isNaN(v) && !Double.isInfinite(v);
    }
}
