package org.numpyjvm.api.internal.ufunc;

import org.numpyjvm.api.ValueError;

/**
 * Scalar kernels the generated loops call (static, inlined by the JIT), with NumPy's semantics:
 * integer division by zero gives 0 ({@code npy_floor_divide}), integer powers wrap around and
 * refuse negative exponents, shifts by the width or more give 0 (or -1), float floor division
 * and remainder follow {@code npy_divmod}, {@code pow} follows C99 ({@code pow(1, nan) = 1}),
 * maximum/minimum propagate NaN, complex division is Smith's algorithm as in NumPy.
 */
final class UfuncMath {
    private UfuncMath() {
    }

    static int floorDiv(int a, int b) {
        return b == 0 ? 0 : Math.floorDiv(a, b);
    }

    static long floorDiv(long a, long b) {
        return b == 0 ? 0 : Math.floorDiv(a, b);
    }

    static long udiv(long a, long b) {
        return b == 0 ? 0 : Long.divideUnsigned(a, b);
    }

    static int floorMod(int a, int b) {
        return b == 0 ? 0 : Math.floorMod(a, b);
    }

    static long floorMod(long a, long b) {
        return b == 0 ? 0 : Math.floorMod(a, b);
    }

    static long umod(long a, long b) {
        return b == 0 ? 0 : Long.remainderUnsigned(a, b);
    }

    static int ipow(int a, int b) {
        if (b < 0) {
            throw new ValueError("Integers to negative integer powers are not allowed.");
        }
        int r = 1;
        while (b != 0) {
            if ((b & 1) != 0) {
                r *= a;
            }
            a *= a;
            b >>>= 1;
        }
        return r;
    }

    static long ipow(long a, long b) {
        if (b < 0) {
            throw new ValueError("Integers to negative integer powers are not allowed.");
        }
        return upow(a, b);
    }

    static long upow(long a, long b) {
        long r = 1;
        while (b != 0) {
            if ((b & 1) != 0) {
                r *= a;
            }
            a *= a;
            b >>>= 1;
        }
        return r;
    }

    /** Compares int64 with uint64 exactly (signedFirst: a is the int64), as NumPy's qQ loops. */
    static int cmpMixed(long a, long b, boolean signedFirst) {
        if (signedFirst) {
            return a < 0 ? -1 : Long.compareUnsigned(a, b);
        }
        return b < 0 ? 1 : Long.compareUnsigned(a, b);
    }

    static long umax(long a, long b) {
        return Long.compareUnsigned(a, b) >= 0 ? a : b;
    }

    static long umin(long a, long b) {
        return Long.compareUnsigned(a, b) <= 0 ? a : b;
    }

    static int lshift(int a, int b, int width) {
        return Integer.compareUnsigned(b, width) < 0 ? a << b : 0;
    }

    static long lshift(long a, long b, int width) {
        return Long.compareUnsigned(b, width) < 0 ? a << b : 0;
    }

    static int rshift(int a, int b, int width) {
        return Integer.compareUnsigned(b, width) < 0 ? a >> b : (a < 0 ? -1 : 0);
    }

    static long rshift(long a, long b, int width) {
        return Long.compareUnsigned(b, width) < 0 ? a >> b : (a < 0 ? -1 : 0);
    }

    static long urshift(long a, long b) {
        return Long.compareUnsigned(b, 64) < 0 ? a >>> b : 0;
    }

    /** NumPy's {@code npy_floor_divide} for floats. */
    static double floorDiv(double a, double b) {
        if (b == 0) {
            return a / b;
        }
        double mod = a % b;
        double div = (a - mod) / b;
        if (mod != 0) {
            if ((b < 0) != (mod < 0)) {
                div -= 1.0;
            }
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, a / b);
        }
        return floordiv;
    }

    /** NumPy's {@code npy_remainder} for floats. */
    static double mod(double a, double b) {
        double mod = a % b;
        if (b == 0) {
            return mod;
        }
        if (mod != 0) {
            if ((b < 0) != (mod < 0)) {
                mod += b;
            }
        } else {
            mod = Math.copySign(0.0, b);
        }
        return mod;
    }

    /** C99 {@code pow}: Java's Math.pow except {@code pow(1, y) = 1} and {@code pow(-1, ±inf) = 1}. */
    static double pow(double a, double b) {
        if (a == 1.0) {
            return 1.0;
        }
        if (a == -1.0 && Double.isInfinite(b)) {
            return 1.0;
        }
        return Math.pow(a, b);
    }

    static double max(double a, double b) {
        return (a > b || a != a) ? a : b;
    }

    static double min(double a, double b) {
        return (a < b || a != a) ? a : b;
    }

    /** NumPy's complex division (Smith's algorithm). */
    static void cdiv(double ar, double ai, double br, double bi, double[] t) {
        double rabs = Math.abs(br);
        double iabs = Math.abs(bi);
        if (rabs >= iabs) {
            if (rabs == 0 && iabs == 0) {
                t[0] = ar / rabs;
                t[1] = ai / iabs;
            } else {
                double rat = bi / br;
                double scl = 1.0 / (br + bi * rat);
                t[0] = (ar + ai * rat) * scl;
                t[1] = (ai - ar * rat) * scl;
            }
        } else {
            double rat = br / bi;
            double scl = 1.0 / (bi + br * rat);
            t[0] = (ar * rat + ai) * scl;
            t[1] = (ai * rat - ar) * scl;
        }
    }

    static void csqrt(double re, double im, double[] t) {
        if (re == 0 && im == 0) {
            t[0] = 0.0;
            t[1] = im;
            return;
        }
        if (Double.isInfinite(im)) {
            t[0] = Double.POSITIVE_INFINITY;
            t[1] = im;
            return;
        }
        if (Double.isNaN(re)) {
            t[0] = re;
            t[1] = re;
            return;
        }
        if (Double.isInfinite(re)) {
            if (re > 0) {
                t[0] = re;
                t[1] = Double.isNaN(im) ? im : Math.copySign(0.0, im);
            } else {
                t[0] = Double.isNaN(im) ? im : 0.0;
                t[1] = Math.copySign(Double.POSITIVE_INFINITY, im);
            }
            return;
        }
        double s = Math.sqrt((Math.abs(re) + Math.hypot(re, im)) * 0.5);
        if (re >= 0) {
            t[0] = s;
            t[1] = im / (2 * s);
        } else {
            t[0] = Math.abs(im) / (2 * s);
            t[1] = Math.copySign(s, im);
        }
    }

    static void cexp(double re, double im, double[] t) {
        if (Double.isInfinite(im) || Double.isNaN(im)) {
            if (re == Double.POSITIVE_INFINITY) {
                t[0] = re;
                t[1] = Double.NaN;
            } else if (re == Double.NEGATIVE_INFINITY) {
                t[0] = 0.0;
                t[1] = 0.0;
            } else {
                t[0] = Double.NaN;
                t[1] = Double.NaN;
            }
            return;
        }
        double e = Math.exp(re);
        if (im == 0) {
            t[0] = e;
            t[1] = im;
            return;
        }
        t[0] = e * Math.cos(im);
        t[1] = e * Math.sin(im);
    }

    static void clog(double re, double im, double[] t) {
        t[0] = Math.log(Math.hypot(re, im));
        t[1] = Math.atan2(im, re);
    }

    static void csin(double re, double im, double[] t) {
        if (im == 0) {
            t[0] = Math.sin(re);
            t[1] = re != re ? im : Math.cos(re) * im;
            return;
        }
        t[0] = Math.sin(re) * Math.cosh(im);
        t[1] = Math.cos(re) * Math.sinh(im);
    }

    static void ccos(double re, double im, double[] t) {
        if (im == 0) {
            t[0] = Math.cos(re);
            t[1] = re != re ? 0.0 : -Math.sin(re) * im;
            return;
        }
        t[0] = Math.cos(re) * Math.cosh(im);
        t[1] = -Math.sin(re) * Math.sinh(im);
    }

    /** NumPy's complex {@code >=} (lexicographic; NaN compares false). */
    static boolean cge(double ar, double ai, double br, double bi) {
        return ar > br && ai == ai && bi == bi || ar == br && ai >= bi;
    }

    /** NumPy's complex {@code <=}. */
    static boolean cle(double ar, double ai, double br, double bi) {
        return ar < br && ai == ai && bi == bi || ar == br && ai <= bi;
    }

    /** NumPy's {@code npy_cpow}: small integer exponents by repeated multiplication, else exp(b log a). */
    static void cpow(double ar, double ai, double br, double bi, double[] t) {
        if (br == 0 && bi == 0) {
            t[0] = 1.0;
            t[1] = 0.0;
            return;
        }
        if (ar == 0 && ai == 0) {
            if (br > 0) {
                t[0] = 0.0;
                t[1] = 0.0;
            } else {
                t[0] = Double.NaN;
                t[1] = Double.NaN;
            }
            return;
        }
        if (bi == 0 && br == (long) br && br > -100 && br < 100) {
            long n = (long) br;
            if (n == 1) {
                t[0] = ar;
                t[1] = ai;
                return;
            }
            if (n == 2) {
                t[0] = ar * ar - ai * ai;
                t[1] = ar * ai + ai * ar;
                return;
            }
            if (n == 3) {
                double r2 = ar * ar - ai * ai;
                double i2 = ar * ai + ai * ar;
                t[0] = r2 * ar - i2 * ai;
                t[1] = r2 * ai + i2 * ar;
                return;
            }
            long m = n < 0 ? -n : n;
            double rr = 1.0;
            double ri = 0.0;
            double pr = ar;
            double pi = ai;
            long mask = 1;
            while (true) {
                if ((m & mask) != 0) {
                    double x = rr * pr - ri * pi;
                    ri = rr * pi + ri * pr;
                    rr = x;
                }
                mask <<= 1;
                if (m < mask || mask <= 0) {
                    break;
                }
                double x = pr * pr - pi * pi;
                pi = pr * pi + pi * pr;
                pr = x;
            }
            if (br < 0) {
                cdiv(1.0, 0.0, rr, ri, t);
            } else {
                t[0] = rr;
                t[1] = ri;
            }
            return;
        }
        double lr = Math.log(Math.hypot(ar, ai));
        double li = Math.atan2(ai, ar);
        double er = lr * br - li * bi;
        double ei = lr * bi + li * br;
        cexp(er, ei, t);
    }
}
