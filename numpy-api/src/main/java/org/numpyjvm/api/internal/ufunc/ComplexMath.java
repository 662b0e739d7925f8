package org.numpyjvm.api.internal.ufunc;

/**
 * Complex scalar kernels beyond {@link UfuncMath} (result in {@code t[0], t[1]}). NumPy calls the
 * C library's {@code csinh/ccosh/ctanh/casinh/...} (C99 annex G); we use FreeBSD msun's special
 * value handling for sinh/cosh/tanh and Kahan's formulas ("Branch cuts for complex elementary
 * functions") for the inverses, with sin/cos/tan/arcsin/arctan/arcsinh derived by the annex G
 * identities ({@code csin(z) = -i csinh(iz)}, ...). Finite values agree with NumPy within a few
 * ulps (docs/ufuncs.md lists the measured maxima); NaN/inf cases follow annex G.
 */
final class ComplexMath {
    private ComplexMath() {
    }

    private static final double LN2 = 6.93147180559945286227e-01;
    private static final double LOG2E = 1.4426950408889634074;
    private static final double LOG10E = 0.43429448190325182765;

    private static boolean finite(double x) {
        return x - x == 0;
    }

    static void csinh(double x, double y, double[] t) {
        if (finite(x) && finite(y)) {
            if (y == 0) {
                t[0] = Math.sinh(x);
                t[1] = y;
            } else if (Math.abs(x) < 22) {
                t[0] = Math.sinh(x) * Math.cos(y);
                t[1] = Math.cosh(x) * Math.sin(y);
            } else {
                double e = Math.exp(Math.abs(x) * 0.5);
                t[0] = Math.copySign(1.0, x) * (Math.cos(y) * 0.5 * e) * e;
                t[1] = (Math.sin(y) * 0.5 * e) * e;
            }
            return;
        }
        if (x == 0) {
            t[0] = x;
            t[1] = y - y;
            return;
        }
        if (y == 0) {
            t[0] = x;
            t[1] = y;
            return;
        }
        if (finite(x)) {
            t[0] = y - y;
            t[1] = y - y;
            return;
        }
        if (Double.isInfinite(x)) {
            if (!finite(y)) {
                t[0] = x * x;
                t[1] = x * (y - y);
            } else {
                t[0] = x * Math.cos(y);
                t[1] = Double.POSITIVE_INFINITY * Math.sin(y);
            }
            return;
        }
        t[0] = (x * x) * (y - y);
        t[1] = (x + x) * (y - y);
    }

    static void ccosh(double x, double y, double[] t) {
        if (finite(x) && finite(y)) {
            if (y == 0) {
                t[0] = Math.cosh(x);
                t[1] = x * y;
            } else if (Math.abs(x) < 22) {
                t[0] = Math.cosh(x) * Math.cos(y);
                t[1] = Math.sinh(x) * Math.sin(y);
            } else {
                double e = Math.exp(Math.abs(x) * 0.5);
                t[0] = (Math.cos(y) * 0.5 * e) * e;
                t[1] = Math.copySign(1.0, x) * (Math.sin(y) * 0.5 * e) * e;
            }
            return;
        }
        if (x == 0) {
            t[0] = y - y;
            t[1] = Math.copySign(0.0, x * (y - y));
            return;
        }
        if (y == 0) {
            t[0] = x * x;
            t[1] = Math.copySign(0.0, x) * y;
            return;
        }
        if (finite(x)) {
            t[0] = y - y;
            t[1] = x * (y - y);
            return;
        }
        if (Double.isInfinite(x)) {
            if (!finite(y)) {
                t[0] = x * x;
                t[1] = x * (y - y);
            } else {
                t[0] = Double.POSITIVE_INFINITY * Math.cos(y);
                t[1] = x * Math.sin(y);
            }
            return;
        }
        t[0] = (x * x) * (y - y);
        t[1] = (x + x) * (y - y);
    }

    /** FreeBSD's ctanh (Kahan's algorithm). */
    static void ctanh(double x, double y, double[] t) {
        if (x != x) {
            t[0] = x;
            t[1] = y == 0 ? y : x;
            return;
        }
        if (Double.isInfinite(x)) {
            t[0] = Math.copySign(1.0, x);
            t[1] = Math.copySign(0.0, Double.isInfinite(y) ? y : Math.sin(y) * Math.cos(y));
            return;
        }
        if (!finite(y)) {
            t[0] = x == 0 ? x : y - y;
            t[1] = y - y;
            return;
        }
        if (Math.abs(x) >= 22) {
            double em = Math.exp(-Math.abs(x));
            t[0] = Math.copySign(1.0, x);
            t[1] = 4 * Math.sin(y) * Math.cos(y) * em * em;
            return;
        }
        double tn = Math.tan(y);
        double beta = 1.0 + tn * tn;
        double s = Math.sinh(x);
        double rho = Math.sqrt(1 + s * s);
        double denom = 1 + beta * s * s;
        t[0] = (beta * rho * s) / denom;
        t[1] = tn / denom;
    }

    /** csin(z) = -i csinh(iz). */
    static void csin(double x, double y, double[] t) {
        csinh(-y, x, t);
        double r = t[0];
        t[0] = t[1];
        t[1] = -r;
    }

    /** ccos(z) = ccosh(iz). */
    static void ccos(double x, double y, double[] t) {
        ccosh(-y, x, t);
    }

    /** ctan(z) = -i ctanh(iz). */
    static void ctan(double x, double y, double[] t) {
        ctanh(-y, x, t);
        double r = t[0];
        t[0] = t[1];
        t[1] = -r;
    }

    /** Kahan: asin(z) = atan(x / Re(sqrt(1-z) sqrt(1+z))) + i asinh(Im(conj(sqrt(1-z)) sqrt(1+z))). */
    static void casin(double x, double y, double[] t) {
        if (!finite(x) || !finite(y)) {
            // casin(z) = -i casinh(iz)
            casinhSpecial(-y, x, t);
            double r = t[0];
            t[0] = t[1];
            t[1] = -r;
            return;
        }
        if (Math.abs(x) > 1e150 || Math.abs(y) > 1e150) {
            // asin(z) ~ -i log(2iz) for huge |z|, with the signs of z
            UfuncMath.clog(Math.abs(x), Math.abs(y), t);
            double re = Math.atan2(Math.abs(x), Math.abs(y));
            double im = t[0] + LN2;
            t[0] = Math.copySign(re, x);
            t[1] = Math.copySign(im, y);
            return;
        }
        double[] a = new double[2];
        double[] b = new double[2];
        UfuncMath.csqrt(1 - x, -y, a);
        UfuncMath.csqrt(1 + x, y, b);
        double re = Math.atan2(x, a[0] * b[0] - a[1] * b[1]);
        double im = FloatMath.asinh(a[0] * b[1] - a[1] * b[0]);
        t[0] = re;
        t[1] = im;
    }

    /** Kahan: acos(z) = 2 atan2(Re sqrt(1-z), Re sqrt(1+z)) + i asinh(Im(conj(sqrt(1+z)) sqrt(1-z))). */
    static void cacos(double x, double y, double[] t) {
        if (!finite(x) || !finite(y)) {
            // glibc: cacos(z) = pi/2 - casin(z) for the special values
            casin(x, y, t);
            t[0] = Math.PI / 2 - t[0];
            t[1] = -t[1];
            if (x != x && y == y && !Double.isInfinite(y)) {
                t[1] = Double.NaN;
            }
            return;
        }
        if (Math.abs(x) > 1e150 || Math.abs(y) > 1e150) {
            UfuncMath.clog(Math.abs(x), Math.abs(y), t);
            double im = t[0] + LN2;
            t[0] = Math.atan2(Math.abs(y), x);
            t[1] = y >= 0 && !(y == 0 && 1 / y < 0) ? -im : im;
            return;
        }
        double[] a = new double[2];
        double[] b = new double[2];
        UfuncMath.csqrt(1 - x, -y, a);
        UfuncMath.csqrt(1 + x, y, b);
        t[0] = 2 * Math.atan2(a[0], b[0]);
        t[1] = FloatMath.asinh(b[0] * a[1] - b[1] * a[0]);
    }

    /** asinh(z) = i asin(-i z); annex G special values directly. */
    static void casinh(double x, double y, double[] t) {
        if (!finite(x) || !finite(y)) {
            casinhSpecial(x, y, t);
            return;
        }
        // -i z = (y, -x)
        casin(y, -x, t);
        double r = t[0];
        t[0] = -t[1];
        t[1] = r;
    }

    /** Annex G special values of casinh (x or y not finite); NaN signs carry over as in glibc. */
    private static void casinhSpecial(double x, double y, double[] t) {
        if (x != x) {
            t[0] = Double.isInfinite(y) ? Math.copySign(Double.POSITIVE_INFINITY, x) : x;
            t[1] = y == 0 ? y : Double.NaN;
            return;
        }
        if (y != y) {
            t[0] = Double.isInfinite(x) ? x : Double.NaN;
            t[1] = Double.NaN;
            return;
        }
        if (Double.isInfinite(x)) {
            t[0] = x;
            t[1] = Double.isInfinite(y) ? Math.copySign(Math.PI / 4, y) : Math.copySign(0.0, y);
            return;
        }
        t[0] = Math.copySign(Double.POSITIVE_INFINITY, x);
        t[1] = Math.copySign(Math.PI / 2, y);
    }

    /** cacosh(z) = ±i cacos(z) (annex G: Re >= 0). */
    static void cacosh(double x, double y, double[] t) {
        cacos(x, y, t);
        double re = t[0];
        double im = t[1];
        if (re != re && im != im) {
            t[0] = Double.NaN;
            t[1] = Double.NaN;
            return;
        }
        // acosh(z) = i acos(z) when Im(acos z) <= 0, else -i acos(z); sign chosen by y
        boolean neg = y < 0 || (y == 0 && 1 / y < 0);
        if (y != y) {
            t[0] = Math.abs(im);
            t[1] = re;
            return;
        }
        if (neg) {
            t[0] = im;
            t[1] = -re;
        } else {
            t[0] = -im;
            t[1] = re;
        }
    }

    /** Kahan's catanh: Re = log1p(4x / ((1-x)^2 + y^2)) / 4, Im = atan2(2y, (1-x)(1+x) - y^2) / 2. */
    static void catanh(double x, double y, double[] t) {
        if (!finite(x) || !finite(y)) {
            if (x != x) {
                t[0] = Double.isInfinite(y) ? Math.copySign(0.0, x) : x;
                t[1] = Double.isInfinite(y) ? Math.copySign(Math.PI / 2, y) : Double.NaN;
                return;
            }
            if (y != y) {
                t[0] = Double.isInfinite(x) || x == 0 ? Math.copySign(0.0, x) : Double.NaN;
                t[1] = Double.NaN;
                return;
            }
            t[0] = Math.copySign(0.0, x);
            t[1] = Math.copySign(Math.PI / 2, y);
            return;
        }
        double ax = Math.abs(x);
        double ay = Math.abs(y);
        if (ax > 1e150 || ay > 1e150) {
            double s = ax > ay ? ax : ay;
            double xs = x / s;
            double ys = y / s;
            t[0] = xs / (xs * xs + ys * ys) / s;
            t[1] = Math.copySign(Math.PI / 2, y);
            return;
        }
        if (ax == 1 && y == 0) {
            t[0] = x / 0.0;
            t[1] = y;
            return;
        }
        double om = 1 - ax;
        double re = Math.log1p(4 * ax / (om * om + ay * ay)) / 4;
        double im = Math.atan2(2 * y, (1 - x) * (1 + x) - ay * ay) / 2;
        t[0] = Math.copySign(re, x);
        t[1] = im;
    }

    /** catan(z) = -i catanh(iz). */
    static void catan(double x, double y, double[] t) {
        catanh(-y, x, t);
        double r = t[0];
        t[0] = t[1];
        t[1] = -r;
    }

    /** NumPy's nc_exp2: exp(z ln 2). */
    static void cexp2(double x, double y, double[] t) {
        UfuncMath.cexp(x * LN2, y * LN2, t);
    }

    /** NumPy's nc_expm1: (expm1(x) cos y - 2 sin^2(y/2), exp(x) sin y). */
    static void cexpm1(double x, double y, double[] t) {
        double a = Math.sin(y / 2);
        t[0] = Math.expm1(x) * Math.cos(y) - 2 * a * a;
        t[1] = Math.exp(x) * Math.sin(y);
    }

    /** NumPy's nc_log1p: (log(hypot(x + 1, y)), atan2(y, x + 1)). */
    static void clog1p(double x, double y, double[] t) {
        double l = Math.hypot(x + 1, y);
        t[1] = Math.atan2(y, x + 1);
        t[0] = Math.log(l);
    }

    static void clog2(double x, double y, double[] t) {
        UfuncMath.clog(x, y, t);
        t[0] *= LOG2E;
        t[1] *= LOG2E;
    }

    static void clog10(double x, double y, double[] t) {
        UfuncMath.clog(x, y, t);
        t[0] *= LOG10E;
        t[1] *= LOG10E;
    }

    /** NumPy's complex reciprocal (Smith's). */
    static void creciprocal(double r, double i, double[] t) {
        if (Math.abs(i) <= Math.abs(r)) {
            double q = i / r;
            double d = r + i * q;
            t[0] = 1 / d;
            t[1] = -q / d;
        } else {
            double q = r / i;
            double d = r * q + i;
            t[0] = q / d;
            t[1] = -1 / d;
        }
    }

    /** NumPy 2's complex sign: z / |z| (0 for 0; an infinite part gives its sign; NaN, two infinities: nan). */
    static void csign(double x, double y, double[] t) {
        boolean xi = Double.isInfinite(x);
        boolean yi = Double.isInfinite(y);
        if (xi && yi || !xi && !yi && (x != x || y != y)) {
            t[0] = Double.NaN;
            t[1] = Double.NaN;
        } else if (xi) {
            t[0] = Math.copySign(1.0, x);
            t[1] = 0.0;
        } else if (yi) {
            t[0] = 0.0;
            t[1] = Math.copySign(1.0, y);
        } else {
            double a = Math.hypot(x, y);
            t[0] = a == 0 ? 0.0 : x / a;
            t[1] = a == 0 ? 0.0 : y / a;
        }
    }

    /** NumPy's complex fmax/fmin pick: true when a should be taken over b. */
    static boolean fmaxPick(double ar, double ai, double br, double bi) {
        return UfuncMath.cge(ar, ai, br, bi) || br != br || bi != bi;
    }

    static boolean fminPick(double ar, double ai, double br, double bi) {
        return UfuncMath.cle(ar, ai, br, bi) || br != br || bi != bi;
    }
}
