package org.numpyjvm.api.internal.ufunc;

import org.numpyjvm.api.internal.core.Half;

/**
 * Real scalar kernels of the ufuncs beyond {@link UfuncMath}, with NumPy's (npy_math / C99)
 * semantics. Only {@code java.lang.Math} functions TeaVM's WASI build maps are used (sin, cos,
 * tan, asin, acos, atan, atan2, exp, expm1, log, log10, log1p, pow, sinh, cosh, tanh, cbrt,
 * hypot, sqrt, floor, ceil, rint); the inverse hyperbolics are fdlibm's algorithms, nextafter,
 * spacing, frexp and ldexp work on the bits (no Math.scalb/nextAfter).
 */
final class FloatMath {
    private FloatMath() {
    }

    private static final double LN2 = 6.93147180559945286227e-01;
    private static final double LOG2E = 1.4426950408889634074;

    /** fdlibm {@code asinh}. */
    static double asinh(double x) {
        double ax = Math.abs(x);
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x + x;
        }
        if (ax < 0x1p-28) {
            return x;
        }
        double w;
        if (ax > 0x1p28) {
            w = Math.log(ax) + LN2;
        } else if (ax > 2.0) {
            w = Math.log(2.0 * ax + 1.0 / (Math.sqrt(x * x + 1.0) + ax));
        } else {
            double t = x * x;
            w = Math.log1p(ax + t / (1.0 + Math.sqrt(1.0 + t)));
        }
        return x > 0 ? w : -w;
    }

    /** fdlibm {@code acosh}. */
    static double acosh(double x) {
        if (x < 1) {
            return Double.NaN;
        }
        if (x >= 0x1p28) {
            return Double.isInfinite(x) ? x : Math.log(x) + LN2;
        }
        if (x == 1) {
            return 0.0;
        }
        if (x > 2) {
            double t = x * x;
            return Math.log(2.0 * x - 1.0 / (x + Math.sqrt(t - 1.0)));
        }
        double t = x - 1.0;
        return Math.log1p(t + Math.sqrt(2.0 * t + t * t));
    }

    /** fdlibm {@code atanh}. */
    static double atanh(double x) {
        double ax = Math.abs(x);
        if (Double.isNaN(x) || ax > 1) {
            return Double.NaN;
        }
        if (ax == 1) {
            return x / 0.0;
        }
        if (ax < 0x1p-28) {
            return x;
        }
        double t;
        if (ax < 0.5) {
            t = ax + ax;
            t = 0.5 * Math.log1p(t + t * ax / (1.0 - ax));
        } else {
            t = 0.5 * Math.log1p((ax + ax) / (1.0 - ax));
        }
        return x >= 0 ? t : -t;
    }

    static double exp2(double x) {
        return Math.pow(2.0, x);
    }

    /** log2: exact for powers of two, else e + log(m) / ln 2 with m in [sqrt(1/2), sqrt(2)). */
    static double log2(double x) {
        if (!(x > 0) || Double.isInfinite(x)) {
            return x == 0 ? Double.NEGATIVE_INFINITY : x < 0 ? Double.NaN : x;
        }
        int[] e = new int[1];
        double m = frexp(x, e);
        int k = e[0];
        if (m == 0.5) {
            return k - 1;
        }
        if (m < 0.7071067811865476) {
            m *= 2;
            k--;
        }
        double l = Math.log(m) * LOG2E;
        return k + l;
    }

    static double logaddexp(double x, double y) {
        if (x == y) {
            return x + LN2;
        }
        double t = x - y;
        if (t > 0) {
            return x + Math.log1p(Math.exp(-t));
        } else if (t <= 0) {
            return y + Math.log1p(Math.exp(t));
        }
        return t;
    }

    static double logaddexp2(double x, double y) {
        if (x == y) {
            return x + 1;
        }
        double t = x - y;
        if (t > 0) {
            return x + LOG2E * Math.log1p(exp2(-t));
        } else if (t <= 0) {
            return y + LOG2E * Math.log1p(exp2(t));
        }
        return t;
    }

    static double trunc(double x) {
        return x < 0 ? Math.ceil(x) : Math.floor(x);
    }

    static double sign(double x) {
        return x > 0 ? 1.0 : x < 0 ? -1.0 : x == 0 ? 0.0 : x;
    }

    static double fmax(double a, double b) {
        return (a >= b || b != b) ? a : b;
    }

    static double fmin(double a, double b) {
        return (a <= b || b != b) ? a : b;
    }

    static double heaviside(double x, double h0) {
        return x < 0 ? 0.0 : x == 0 ? h0 : x > 0 ? 1.0 : x;
    }

    static boolean signbit(double x) {
        return Double.doubleToRawLongBits(x) < 0;
    }

    static boolean isfinite(double x) {
        return x - x == 0;
    }

    static double nextafter(double a, double b) {
        if (a != a || b != b) {
            return a + b;
        }
        if (a == b) {
            return b;
        }
        if (a == 0) {
            return Math.copySign(Double.MIN_VALUE, b);
        }
        long bits = Double.doubleToRawLongBits(a);
        bits += ((a < b) == (a > 0)) ? 1 : -1;
        return Double.longBitsToDouble(bits);
    }

    static float nextafterf(float a, float b) {
        if (a != a || b != b) {
            return a + b;
        }
        if (a == b) {
            return b;
        }
        if (a == 0) {
            return Math.copySign(Float.MIN_VALUE, b);
        }
        int bits = Float.floatToRawIntBits(a);
        bits += ((a < b) == (a > 0)) ? 1 : -1;
        return Float.intBitsToFloat(bits);
    }

    /** nextafter on float16 values (given and returned as exact doubles). */
    static double nextafterHalf(double a, double b) {
        if (a != a || b != b) {
            return a + b;
        }
        if (a == b) {
            return b;
        }
        if (a == 0) {
            return Math.copySign(Half.toDouble((short) 1), b);
        }
        int bits = Half.fromDouble(a);
        bits += ((a < b) == (a > 0)) ? 1 : -1;
        return Half.toDouble((short) bits);
    }

    /** NumPy's {@code npy_spacing}: the distance to the next value away from zero, signed (+0 and -0: the smallest subnormal). */
    static double spacing(double x) {
        if (x != x || Double.isInfinite(x)) {
            return Double.NaN;
        }
        if (x == 0) {
            return Double.MIN_VALUE;
        }
        double ax = Math.abs(x);
        return Math.copySign(Double.longBitsToDouble(Double.doubleToRawLongBits(ax) + 1) - ax, x);
    }

    static float spacingf(double xd) {
        float x = (float) xd;
        if (x != x || Float.isInfinite(x)) {
            return Float.NaN;
        }
        if (x == 0) {
            return Float.MIN_VALUE;
        }
        float ax = Math.abs(x);
        return Math.copySign(Float.intBitsToFloat(Float.floatToRawIntBits(ax) + 1) - ax, x);
    }

    /** NumPy's float16 spacing: the distance to the next value towards +inf (positive also for negative x). */
    static double spacingHalf(double x) {
        if (x != x || Double.isInfinite(x)) {
            return Double.NaN;
        }
        return nextafterHalf(x, Double.POSITIVE_INFINITY) - x;
    }

    /** C's {@code frexp}: the mantissa in [0.5, 1) (0, inf, nan unchanged), the exponent in {@code e[0]}. */
    static double frexp(double x, int[] e) {
        if (x == 0 || x != x || Double.isInfinite(x)) {
            e[0] = 0;
            return x;
        }
        long bits = Double.doubleToRawLongBits(x);
        int k = (int) ((bits >>> 52) & 0x7ff);
        int adj = 0;
        if (k == 0) {
            x *= 0x1p54;
            bits = Double.doubleToRawLongBits(x);
            k = (int) ((bits >>> 52) & 0x7ff);
            adj = -54;
        }
        e[0] = k - 1022 + adj;
        return Double.longBitsToDouble((bits & 0x800fffffffffffffL) | (1022L << 52));
    }

    static double frexpMantissa(double x) {
        return frexp(x, new int[1]);
    }

    static int frexpExponent(double x) {
        int[] e = new int[1];
        frexp(x, e);
        return e[0];
    }

    /** C's {@code ldexp} (fdlibm's scalbn, one rounding for subnormal results). */
    static double ldexp(double x, long n) {
        if (x == 0 || x != x || Double.isInfinite(x)) {
            return x;
        }
        long bits = Double.doubleToRawLongBits(x);
        int k = (int) ((bits >>> 52) & 0x7ff);
        if (k == 0) {
            x *= 0x1p54;
            bits = Double.doubleToRawLongBits(x);
            k = (int) ((bits >>> 52) & 0x7ff) - 54;
        }
        long kk = k + Math.max(-5000L, Math.min(5000L, n));
        if (kk > 0x7fe) {
            return Math.copySign(Double.POSITIVE_INFINITY, x);
        }
        if (kk > 0) {
            return Double.longBitsToDouble((bits & 0x800fffffffffffffL) | (kk << 52));
        }
        if (kk <= -54) {
            return Math.copySign(0.0, x);
        }
        kk += 54;
        return Double.longBitsToDouble((bits & 0x800fffffffffffffL) | (kk << 52)) * 0x1p-54;
    }

    /** C's {@code modf}: the fractional part (sign of x); the integral part is {@link #trunc}. */
    static double modfFrac(double x) {
        if (Double.isInfinite(x)) {
            return Math.copySign(0.0, x);
        }
        return Math.copySign(x - trunc(x), x);
    }

    /** NumPy's {@code npy_divmod} quotient, given {@code fmod = a % b} (one fmod for both outputs). */
    static double divmodDiv(double a, double b, double fmod) {
        if (b == 0) {
            return a / b;
        }
        double div = (a - fmod) / b;
        if (fmod != 0 && (b < 0) != (fmod < 0)) {
            div -= 1.0;
        }
        if (div == 0) {
            return Math.copySign(0.0, a / b);
        }
        double fl = Math.floor(div);
        return div - fl > 0.5 ? fl + 1.0 : fl;
    }

    /** NumPy's {@code npy_divmod} remainder, given {@code fmod = a % b}. */
    static double divmodMod(double b, double fmod) {
        if (b == 0) {
            return fmod;
        }
        if (fmod != 0) {
            return (b < 0) != (fmod < 0) ? fmod + b : fmod;
        }
        return Math.copySign(0.0, b);
    }

    /** gcd of two unsigned 64-bit values. */
    static long gcdu(long a, long b) {
        while (b != 0) {
            long t = Long.remainderUnsigned(a, b);
            a = b;
            b = t;
        }
        return a;
    }

    /** lcm of two unsigned 64-bit values (wraps as NumPy's). */
    static long lcmu(long a, long b) {
        long g = gcdu(a, b);
        return g == 0 ? 0 : Long.divideUnsigned(a, g) * b;
    }

    static long absl(long a) {
        return a < 0 ? -a : a;
    }
}
