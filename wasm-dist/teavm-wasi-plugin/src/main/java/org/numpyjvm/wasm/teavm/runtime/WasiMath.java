package org.numpyjvm.wasm.teavm.runtime;

import org.apache.commons.math3.util.FastMath;

/**
 * Pure-Java replacements for the {@code java.lang.Math} functions that TeaVM's wasm back end
 * would otherwise import from the host ({@code teavmMath.*}) or compute inaccurately
 * ({@code expm1} as {@code exp(x) - 1}, {@code log10} as {@code log(x) / ln 10}, ...).
 *
 * <p>Most delegate to commons-math3 {@link FastMath}, which is within 1 ulp of
 * {@link StrictMath} for them (measured by {@code WasiMathAccuracyTest}). Where FastMath is not
 * ({@code exp} near the subnormal range: up to 3 ulp; {@code sinh} on (-1, 1) and {@code tanh}:
 * 2 ulp), these are our own transcriptions of fdlibm's algorithms (what {@code StrictMath}
 * specifies): {@code exp} is then bit-identical to {@code StrictMath.exp}; {@code sinh} and
 * {@code tanh} follow fdlibm over FastMath's {@code expm1}. {@code sqrt}, {@code floor},
 * {@code ceil} are not here: they become the wasm instructions {@code f64.sqrt},
 * {@code f64.floor}, {@code f64.ceil}.
 *
 * <p>Each method has exactly the descriptor of the {@code java.lang.Math} method it replaces;
 * the plugin rewrites {@code Math}'s bodies to call these.
 */
public final class WasiMath {
    private WasiMath() {
    }

    public static double sin(double a) {
        return FastMath.sin(a);
    }

    public static double cos(double a) {
        return FastMath.cos(a);
    }

    public static double tan(double a) {
        return FastMath.tan(a);
    }

    public static double asin(double a) {
        return FastMath.asin(a);
    }

    public static double acos(double a) {
        return FastMath.acos(a);
    }

    public static double atan(double a) {
        return FastMath.atan(a);
    }

    public static double atan2(double y, double x) {
        return FastMath.atan2(y, x);
    }

    private static final double HUGE = 1.0e300;
    private static final double TWO_M1000 = 9.33263618503218878990e-302; // 2^-1000
    private static final double EXP_O_THRESHOLD = 7.09782712893383973096e+02;
    private static final double EXP_U_THRESHOLD = -7.45133219101941108420e+02;
    private static final double LN2_HI = 6.93147180369123816490e-01;
    private static final double LN2_LO = 1.90821492927058770002e-10;
    private static final double INV_LN2 = 1.44269504088896338700e+00;
    private static final double P1 = 1.66666666666666019037e-01;
    private static final double P2 = -2.77777777770155933842e-03;
    private static final double P3 = 6.61375632143793436117e-05;
    private static final double P4 = -1.65339022054652515390e-06;
    private static final double P5 = 4.13813679705723846039e-08;

    private static int highWord(double x) {
        return (int) (Double.doubleToRawLongBits(x) >>> 32);
    }

    private static int lowWord(double x) {
        return (int) Double.doubleToRawLongBits(x);
    }

    /** fdlibm's {@code e_exp.c}: bit-identical to {@link StrictMath#exp}. */
    public static double exp(double x) {
        double hi = 0;
        double lo = 0;
        int k = 0;
        int hx = highWord(x);
        int xsb = (hx >>> 31) & 1;
        hx &= 0x7fffffff;
        if (hx >= 0x40862E42) { // |x| >= 709.78...
            if (hx >= 0x7ff00000) {
                if (((hx & 0xfffff) | lowWord(x)) != 0) {
                    return x + x; // NaN
                }
                return xsb == 0 ? x : 0.0; // exp(+-inf) = {inf, 0}
            }
            if (x > EXP_O_THRESHOLD) {
                return HUGE * HUGE; // overflow
            }
            if (x < EXP_U_THRESHOLD) {
                return TWO_M1000 * TWO_M1000; // underflow
            }
        }
        if (hx > 0x3fd62e42) { // |x| > 0.5 ln2: argument reduction
            if (hx < 0x3FF0A2B2) { // and |x| < 1.5 ln2
                hi = xsb == 0 ? x - LN2_HI : x + LN2_HI;
                lo = xsb == 0 ? LN2_LO : -LN2_LO;
                k = 1 - xsb - xsb;
            } else {
                k = (int) (INV_LN2 * x + (xsb == 0 ? 0.5 : -0.5));
                double t = k;
                hi = x - t * LN2_HI;
                lo = t * LN2_LO;
            }
            x = hi - lo;
        } else if (hx < 0x3e300000) { // |x| < 2^-28
            if (HUGE + x > 1.0) {
                return 1.0 + x; // with inexact
            }
        } else {
            k = 0;
        }
        double t = x * x;
        double c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
        if (k == 0) {
            return 1.0 - ((x * c) / (c - 2.0) - x);
        }
        double y = 1.0 - ((lo - (x * c) / (2.0 - c)) - hi);
        if (k >= -1021) {
            return Double.longBitsToDouble(Double.doubleToRawLongBits(y) + ((long) k << 52));
        }
        y = Double.longBitsToDouble(Double.doubleToRawLongBits(y) + ((long) (k + 1000) << 52));
        return y * TWO_M1000;
    }

    public static double expm1(double a) {
        return FastMath.expm1(a);
    }

    public static double log(double a) {
        return FastMath.log(a);
    }

    public static double log10(double a) {
        return FastMath.log10(a);
    }

    public static double log1p(double a) {
        return FastMath.log1p(a);
    }

    public static double pow(double a, double b) {
        return FastMath.pow(a, b);
    }

    /** fdlibm's {@code e_sinh.c} over FastMath's {@code expm1} and our {@link #exp}. */
    public static double sinh(double x) {
        int jx = highWord(x);
        int ix = jx & 0x7fffffff;
        if (ix >= 0x7ff00000) {
            return x + x; // inf or NaN
        }
        double h = jx < 0 ? -0.5 : 0.5;
        double ax = Math.abs(x);
        if (ix < 0x40360000) { // |x| < 22
            if (ix < 0x3e300000 && 1.0e307 + x > 1.0) {
                return x; // sinh(tiny) = tiny with inexact
            }
            double t = FastMath.expm1(ax);
            if (ix < 0x3ff00000) {
                return h * (2.0 * t - t * t / (t + 1.0));
            }
            return h * (t + t / (t + 1.0));
        }
        if (ix < 0x40862E42) { // |x| in [22, log(maxdouble)]
            return h * exp(ax);
        }
        if (ix < 0x408633CE || (ix == 0x408633ce && Integer.compareUnsigned(lowWord(x), 0x8fb9f87d) <= 0)) {
            double w = exp(0.5 * ax); // |x| in [log(maxdouble), overflow threshold]
            double t = h * w;
            return t * w;
        }
        return x * 1.0e307; // overflow
    }

    public static double cosh(double a) {
        return FastMath.cosh(a);
    }

    /** fdlibm's {@code s_tanh.c} over FastMath's {@code expm1}. */
    public static double tanh(double x) {
        int jx = highWord(x);
        int ix = jx & 0x7fffffff;
        if (ix >= 0x7ff00000) {
            return jx >= 0 ? 1.0 / x + 1.0 : 1.0 / x - 1.0; // tanh(+-inf) = +-1, tanh(NaN) = NaN
        }
        double z;
        if (ix < 0x40360000) { // |x| < 22
            if (ix < 0x3c800000) {
                return x * (1.0 + x); // |x| < 2^-55
            }
            if (ix >= 0x3ff00000) { // |x| >= 1
                double t = FastMath.expm1(2.0 * Math.abs(x));
                z = 1.0 - 2.0 / (t + 2.0);
            } else {
                double t = FastMath.expm1(-2.0 * Math.abs(x));
                z = -t / (t + 2.0);
            }
        } else {
            z = 1.0 - 1.0e-300; // |x| >= 22: +-1 with inexact
        }
        return jx >= 0 ? z : -z;
    }

    public static double cbrt(double a) {
        return FastMath.cbrt(a);
    }

    public static double hypot(double x, double y) {
        return FastMath.hypot(x, y);
    }
}
