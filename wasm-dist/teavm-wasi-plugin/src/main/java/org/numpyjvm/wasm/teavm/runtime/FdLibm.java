package org.numpyjvm.wasm.teavm.runtime;

/**
 * Our Java transcription of the fdlibm 5.3 algorithms that {@link StrictMath} specifies, for the
 * functions where commons-math3 FastMath is more than 1 ulp away from StrictMath ({@code exp}
 * near the subnormal range, {@code log10}, and {@code sinh}/{@code tanh}, which depend on
 * {@code expm1}). Same operations in the same order as fdlibm, so on any IEEE 754 double
 * arithmetic (the JVM, wasm) the results are bit-identical to StrictMath's: checked over
 * millions of arguments by {@code WasiMathAccuracyTest}.
 */
final class FdLibm {
    private FdLibm() {
    }

    private static final double HUGE = 1.0e300;
    private static final double TINY = 1.0e-300;
    private static final double TWO54 = 1.80143985094819840000e+16; // 2^54
    private static final double TWO_M1000 = 9.33263618503218878990e-302; // 2^-1000
    private static final double O_THRESHOLD = 7.09782712893383973096e+02;
    private static final double U_THRESHOLD = -7.45133219101941108420e+02;
    private static final double LN2_HI = 6.93147180369123816490e-01;
    private static final double LN2_LO = 1.90821492927058770002e-10;
    private static final double INV_LN2 = 1.44269504088896338700e+00;

    static int hi(double x) {
        return (int) (Double.doubleToRawLongBits(x) >>> 32);
    }

    static int lo(double x) {
        return (int) Double.doubleToRawLongBits(x);
    }

    /** x with its high word replaced. */
    static double withHi(double x, int high) {
        return Double.longBitsToDouble(((long) high << 32) | (Double.doubleToRawLongBits(x) & 0xffffffffL));
    }

    // ------------------------------------------------------------------ exp (e_exp.c)

    private static final double P1 = 1.66666666666666019037e-01;
    private static final double P2 = -2.77777777770155933842e-03;
    private static final double P3 = 6.61375632143793436117e-05;
    private static final double P4 = -1.65339022054652515390e-06;
    private static final double P5 = 4.13813679705723846039e-08;

    static double exp(double x) {
        double hi = 0;
        double lo = 0;
        int k = 0;
        int hx = hi(x);
        int xsb = (hx >>> 31) & 1;
        hx &= 0x7fffffff;
        if (hx >= 0x40862E42) { // |x| >= 709.78...
            if (hx >= 0x7ff00000) {
                if (((hx & 0xfffff) | lo(x)) != 0) {
                    return x + x; // NaN
                }
                return xsb == 0 ? x : 0.0; // exp(+-inf) = {inf, 0}
            }
            if (x > O_THRESHOLD) {
                return HUGE * HUGE; // overflow
            }
            if (x < U_THRESHOLD) {
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
                hi = x - t * LN2_HI; // t * ln2_hi is exact here
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
            return withHi(y, hi(y) + (k << 20));
        }
        y = withHi(y, hi(y) + ((k + 1000) << 20));
        return y * TWO_M1000;
    }

    // ------------------------------------------------------------------ log (e_log.c)

    private static final double LG1 = 6.666666666666735130e-01;
    private static final double LG2 = 3.999999999940941908e-01;
    private static final double LG3 = 2.857142874366239149e-01;
    private static final double LG4 = 2.222219843214978396e-01;
    private static final double LG5 = 1.818357216161805012e-01;
    private static final double LG6 = 1.531383769920937332e-01;
    private static final double LG7 = 1.479819860511658591e-01;

    static double log(double x) {
        int hx = hi(x);
        int lx = lo(x);
        int k = 0;
        if (hx < 0x00100000) { // x < 2^-1022
            if (((hx & 0x7fffffff) | lx) == 0) {
                return Double.NEGATIVE_INFINITY; // log(+-0) = -inf
            }
            if (hx < 0) {
                return Double.NaN; // log(-#) = NaN
            }
            k -= 54;
            x *= TWO54; // subnormal: scale up
            hx = hi(x);
        }
        if (hx >= 0x7ff00000) {
            return x + x;
        }
        k += (hx >> 20) - 1023;
        hx &= 0x000fffff;
        int i = (hx + 0x95f64) & 0x100000;
        x = withHi(x, hx | (i ^ 0x3ff00000)); // normalize x or x/2
        k += i >> 20;
        double f = x - 1.0;
        if ((0x000fffff & (2 + hx)) < 3) { // |f| < 2^-20
            if (f == 0.0) {
                if (k == 0) {
                    return 0.0;
                }
                double dk = k;
                return dk * LN2_HI + dk * LN2_LO;
            }
            double r = f * f * (0.5 - 0.33333333333333333 * f);
            if (k == 0) {
                return f - r;
            }
            double dk = k;
            return dk * LN2_HI - ((r - dk * LN2_LO) - f);
        }
        double s = f / (2.0 + f);
        double dk = k;
        double z = s * s;
        i = hx - 0x6147a;
        double w = z * z;
        int j = 0x6b851 - hx;
        double t1 = w * (LG2 + w * (LG4 + w * LG6));
        double t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
        i |= j;
        double r = t2 + t1;
        if (i > 0) {
            double hfsq = 0.5 * f * f;
            if (k == 0) {
                return f - (hfsq - s * (hfsq + r));
            }
            return dk * LN2_HI - ((hfsq - (s * (hfsq + r) + dk * LN2_LO)) - f);
        }
        if (k == 0) {
            return f - s * (f - r);
        }
        return dk * LN2_HI - ((s * (f - r) - dk * LN2_LO) - f);
    }

    // ------------------------------------------------------------------ log10 (e_log10.c)

    private static final double IVLN10 = 4.34294481903251816668e-01;
    private static final double LOG10_2HI = 3.01029995663611771306e-01;
    private static final double LOG10_2LO = 3.69423907715893078616e-13;

    static double log10(double x) {
        int hx = hi(x);
        int lx = lo(x);
        int k = 0;
        if (hx < 0x00100000) { // x < 2^-1022
            if (((hx & 0x7fffffff) | lx) == 0) {
                return Double.NEGATIVE_INFINITY;
            }
            if (hx < 0) {
                return Double.NaN;
            }
            k -= 54;
            x *= TWO54;
            hx = hi(x);
        }
        if (hx >= 0x7ff00000) {
            return x + x;
        }
        k += (hx >> 20) - 1023;
        int i = (k & 0x80000000) >>> 31;
        hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
        double y = k + i;
        x = withHi(x, hx);
        double z = y * LOG10_2LO + IVLN10 * log(x);
        return z + y * LOG10_2HI;
    }

    // ------------------------------------------------------------------ expm1 (s_expm1.c)

    private static final double Q1 = -3.33333333333331316428e-02;
    private static final double Q2 = 1.58730158725481460165e-03;
    private static final double Q3 = -7.93650757867487942473e-05;
    private static final double Q4 = 4.00821782732936239552e-06;
    private static final double Q5 = -2.01099218183624371326e-07;

    static double expm1(double x) {
        double hi;
        double lo;
        double c = 0;
        int k;
        int hx = hi(x);
        int xsb = hx & 0x80000000;
        hx &= 0x7fffffff;
        // huge and non-finite arguments
        if (hx >= 0x4043687A) { // |x| >= 56 ln2
            if (hx >= 0x40862E42) { // |x| >= 709.78...
                if (hx >= 0x7ff00000) {
                    if (((hx & 0xfffff) | lo(x)) != 0) {
                        return x + x; // NaN
                    }
                    return xsb == 0 ? x : -1.0; // exp(+-inf) - 1 = {inf, -1}
                }
                if (x > O_THRESHOLD) {
                    return HUGE * HUGE; // overflow
                }
            }
            if (xsb != 0) { // x < -56 ln2: -1 with inexact
                if (x + TINY < 0.0) {
                    return TINY - 1.0;
                }
            }
        }
        // argument reduction
        if (hx > 0x3fd62e42) { // |x| > 0.5 ln2
            if (hx < 0x3FF0A2B2) { // and |x| < 1.5 ln2
                if (xsb == 0) {
                    hi = x - LN2_HI;
                    lo = LN2_LO;
                    k = 1;
                } else {
                    hi = x + LN2_HI;
                    lo = -LN2_LO;
                    k = -1;
                }
            } else {
                k = (int) (INV_LN2 * x + (xsb == 0 ? 0.5 : -0.5));
                double t = k;
                hi = x - t * LN2_HI; // t * ln2_hi is exact here
                lo = t * LN2_LO;
            }
            x = hi - lo;
            c = (hi - x) - lo;
        } else if (hx < 0x3c900000) { // |x| < 2^-54: x with inexact
            double t = HUGE + x;
            return x - (t - (HUGE + x));
        } else {
            k = 0;
        }
        // x is now in the primary range
        double hfx = 0.5 * x;
        double hxs = x * hfx;
        double r1 = 1.0 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
        double t = 3.0 - r1 * hfx;
        double e = hxs * ((r1 - t) / (6.0 - x * t));
        if (k == 0) {
            return x - (x * e - hxs); // c is 0
        }
        e = x * (e - c) - c;
        e -= hxs;
        if (k == -1) {
            return 0.5 * (x - e) - 0.5;
        }
        if (k == 1) {
            if (x < -0.25) {
                return -2.0 * (e - (x + 0.5));
            }
            return 1.0 + 2.0 * (x - e);
        }
        double y;
        if (k <= -2 || k > 56) { // exp(x) - 1 suffices
            y = 1.0 - (e - x);
            y = withHi(y, hi(y) + (k << 20));
            return y - 1.0;
        }
        if (k < 20) {
            t = withHi(1.0, 0x3ff00000 - (0x200000 >> k)); // 1 - 2^-k
            y = t - (e - x);
            y = withHi(y, hi(y) + (k << 20));
        } else {
            t = withHi(1.0, (0x3ff - k) << 20); // 2^-k
            y = x - (e + t);
            y += 1.0;
            y = withHi(y, hi(y) + (k << 20));
        }
        return y;
    }

    // ------------------------------------------------------------------ log1p (s_log1p.c)

    static double log1p(double x) {
        double f = 0;
        double c = 0;
        int hu = 0;
        int hx = hi(x);
        int ax = hx & 0x7fffffff;
        int k = 1;
        if (hx < 0x3FDA827A) { // x < 0.41422
            if (ax >= 0x3ff00000) { // x <= -1.0
                if (x == -1.0) {
                    return Double.NEGATIVE_INFINITY; // log1p(-1) = -inf
                }
                return Double.NaN; // log1p(x < -1) = NaN
            }
            if (ax < 0x3e200000) { // |x| < 2^-29
                if (TWO54 + x > 0.0 && ax < 0x3c900000) { // |x| < 2^-54
                    return x;
                }
                return x - x * x * 0.5;
            }
            if (hx > 0 || hx <= 0xbfd2bec3) { // -0.2929 < x < 0.41422
                k = 0;
                f = x;
                hu = 1;
            }
        }
        if (hx >= 0x7ff00000) {
            return x + x;
        }
        if (k != 0) {
            double u;
            if (hx < 0x43400000) {
                u = 1.0 + x;
                hu = hi(u);
                k = (hu >> 20) - 1023;
                c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0); // correction term
                c /= u;
            } else {
                u = x;
                hu = hi(u);
                k = (hu >> 20) - 1023;
                c = 0;
            }
            hu &= 0x000fffff;
            if (hu < 0x6a09e) {
                u = withHi(u, hu | 0x3ff00000); // normalize u
            } else {
                k += 1;
                u = withHi(u, hu | 0x3fe00000); // normalize u/2
                hu = (0x00100000 - hu) >> 2;
            }
            f = u - 1.0;
        }
        double hfsq = 0.5 * f * f;
        if (hu == 0) { // |f| < 2^-20
            if (f == 0.0) {
                if (k == 0) {
                    return 0.0;
                }
                c += k * LN2_LO;
                return k * LN2_HI + c;
            }
            double r = hfsq * (1.0 - 0.66666666666666666 * f);
            if (k == 0) {
                return f - r;
            }
            return k * LN2_HI - ((r - (k * LN2_LO + c)) - f);
        }
        double s = f / (2.0 + f);
        double z = s * s;
        double r = z * (LG1 + z * (LG2 + z * (LG3 + z * (LG4 + z * (LG5 + z * (LG6 + z * LG7))))));
        if (k == 0) {
            return f - (hfsq - s * (hfsq + r));
        }
        return k * LN2_HI - ((hfsq - (s * (hfsq + r) + (k * LN2_LO + c))) - f);
    }

    // ------------------------------------------------------------------ sinh, cosh, tanh

    /** e_sinh.c. */
    static double sinh(double x) {
        int jx = hi(x);
        int ix = jx & 0x7fffffff;
        if (ix >= 0x7ff00000) {
            return x + x; // inf or NaN
        }
        double h = jx < 0 ? -0.5 : 0.5;
        if (ix < 0x40360000) { // |x| < 22
            if (ix < 0x3e300000) { // |x| < 2^-28
                if (1.0e307 + x > 1.0) {
                    return x; // sinh(tiny) = tiny with inexact
                }
            }
            double t = expm1(Math.abs(x));
            if (ix < 0x3ff00000) {
                return h * (2.0 * t - t * t / (t + 1.0));
            }
            return h * (t + t / (t + 1.0));
        }
        if (ix < 0x40862E42) { // |x| in [22, log(maxdouble)]
            return h * exp(Math.abs(x));
        }
        if (ix < 0x408633CE || (ix == 0x408633ce && Integer.compareUnsigned(lo(x), 0x8fb9f87d) <= 0)) {
            double w = exp(0.5 * Math.abs(x)); // |x| in [log(maxdouble), overflow threshold]
            double t = h * w;
            return t * w;
        }
        return x * 1.0e307; // overflow
    }

    /** e_cosh.c. */
    static double cosh(double x) {
        int ix = hi(x) & 0x7fffffff;
        if (ix >= 0x7ff00000) {
            return x * x; // inf or NaN
        }
        if (ix < 0x3fd62e43) { // |x| in [0, 0.5 ln2]
            double t = expm1(Math.abs(x));
            double w = 1.0 + t;
            if (ix < 0x3c800000) {
                return w; // cosh(tiny) = 1
            }
            return 1.0 + (t * t) / (w + w);
        }
        if (ix < 0x40360000) { // |x| in [0.5 ln2, 22]
            double t = exp(Math.abs(x));
            return 0.5 * t + 0.5 / t;
        }
        if (ix < 0x40862E42) { // |x| in [22, log(maxdouble)]
            return 0.5 * exp(Math.abs(x));
        }
        if (ix < 0x408633CE || (ix == 0x408633ce && Integer.compareUnsigned(lo(x), 0x8fb9f87d) <= 0)) {
            double w = exp(0.5 * Math.abs(x));
            double t = 0.5 * w;
            return t * w;
        }
        return HUGE * HUGE; // overflow
    }

    /** s_tanh.c. */
    static double tanh(double x) {
        int jx = hi(x);
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
                double t = expm1(2.0 * Math.abs(x));
                z = 1.0 - 2.0 / (t + 2.0);
            } else {
                double t = expm1(-2.0 * Math.abs(x));
                z = -t / (t + 2.0);
            }
        } else {
            z = 1.0 - TINY; // |x| >= 22: +-1 with inexact
        }
        return jx >= 0 ? z : -z;
    }

    // ------------------------------------------------------------------ atan (s_atan.c), atan2 (e_atan2.c)

    private static final double[] ATAN_HI = {
        4.63647609000806093515e-01, // atan(0.5)
        7.85398163397448278999e-01, // atan(1.0)
        9.82793723247329054082e-01, // atan(1.5)
        1.57079632679489655800e+00, // atan(inf)
    };
    private static final double[] ATAN_LO = {
        2.26987774529616870924e-17,
        3.06161699786838301793e-17,
        1.39033110312309984516e-17,
        6.12323399573676603587e-17,
    };
    private static final double[] AT = {
        3.33333333333329318027e-01,
        -1.99999999998764832476e-01,
        1.42857142725034663711e-01,
        -1.11111104054623557880e-01,
        9.09088713343650656196e-02,
        -7.69187620504482999495e-02,
        6.66107313738753120669e-02,
        -5.83357013379057348645e-02,
        4.97687799461593236017e-02,
        -3.65315727442169155270e-02,
        1.62858201153657823623e-02,
    };

    static double atan(double x) {
        int hx = hi(x);
        int ix = hx & 0x7fffffff;
        int id;
        if (ix >= 0x44100000) { // |x| >= 2^66
            if (ix > 0x7ff00000 || (ix == 0x7ff00000 && lo(x) != 0)) {
                return x + x; // NaN
            }
            return hx > 0 ? ATAN_HI[3] + ATAN_LO[3] : -ATAN_HI[3] - ATAN_LO[3];
        }
        if (ix < 0x3fdc0000) { // |x| < 0.4375
            if (ix < 0x3e200000) { // |x| < 2^-29
                if (HUGE + x > 1.0) {
                    return x; // with inexact
                }
            }
            id = -1;
        } else {
            x = Math.abs(x);
            if (ix < 0x3ff30000) { // |x| < 1.1875
                if (ix < 0x3fe60000) { // 7/16 <= |x| < 11/16
                    id = 0;
                    x = (2.0 * x - 1.0) / (2.0 + x);
                } else { // 11/16 <= |x| < 19/16
                    id = 1;
                    x = (x - 1.0) / (x + 1.0);
                }
            } else {
                if (ix < 0x40038000) { // |x| < 2.4375
                    id = 2;
                    x = (x - 1.5) / (1.0 + 1.5 * x);
                } else { // 2.4375 <= |x| < 2^66
                    id = 3;
                    x = -1.0 / x;
                }
            }
        }
        double z = x * x;
        double w = z * z;
        // the sum of AT[i] z^(i+1) as odd and even polynomials
        double s1 = z * (AT[0] + w * (AT[2] + w * (AT[4] + w * (AT[6] + w * (AT[8] + w * AT[10])))));
        double s2 = w * (AT[1] + w * (AT[3] + w * (AT[5] + w * (AT[7] + w * AT[9]))));
        if (id < 0) {
            return x - x * (s1 + s2);
        }
        z = ATAN_HI[id] - ((x * (s1 + s2) - ATAN_LO[id]) - x);
        return hx < 0 ? -z : z;
    }

    private static final double PI_O_4 = 7.8539816339744827900E-01;
    private static final double PI_O_2 = 1.5707963267948965580E+00;
    private static final double PI = 3.1415926535897931160E+00;
    private static final double PI_LO = 1.2246467991473531772E-16;

    static double atan2(double y, double x) {
        int hx = hi(x);
        int ix = hx & 0x7fffffff;
        int lx = lo(x);
        int hy = hi(y);
        int iy = hy & 0x7fffffff;
        int ly = lo(y);
        if ((ix | ((lx | -lx) >>> 31)) > 0x7ff00000 || (iy | ((ly | -ly) >>> 31)) > 0x7ff00000) {
            return x + y; // x or y is NaN
        }
        if (((hx - 0x3ff00000) | lx) == 0) {
            return atan(y); // x = 1.0
        }
        int m = ((hy >> 31) & 1) | ((hx >> 30) & 2); // 2 * sign(x) + sign(y)
        if ((iy | ly) == 0) { // y = 0
            switch (m) {
                case 0:
                case 1:
                    return y; // atan(+-0, +anything) = +-0
                case 2:
                    return PI + TINY; // atan(+0, -anything) = pi
                default:
                    return -PI - TINY; // atan(-0, -anything) = -pi
            }
        }
        if ((ix | lx) == 0) { // x = 0
            return hy < 0 ? -PI_O_2 - TINY : PI_O_2 + TINY;
        }
        if (ix == 0x7ff00000) { // x is INF
            if (iy == 0x7ff00000) {
                switch (m) {
                    case 0:
                        return PI_O_4 + TINY;
                    case 1:
                        return -PI_O_4 - TINY;
                    case 2:
                        return 3.0 * PI_O_4 + TINY;
                    default:
                        return -3.0 * PI_O_4 - TINY;
                }
            }
            switch (m) {
                case 0:
                    return 0.0;
                case 1:
                    return -0.0;
                case 2:
                    return PI + TINY;
                default:
                    return -PI - TINY;
            }
        }
        if (iy == 0x7ff00000) { // y is INF
            return hy < 0 ? -PI_O_2 - TINY : PI_O_2 + TINY;
        }
        int k = (iy - ix) >> 20;
        double z;
        if (k > 60) {
            z = PI_O_2 + 0.5 * PI_LO; // |y/x| > 2^60
        } else if (hx < 0 && k < -60) {
            z = 0.0; // |y|/x < -2^60
        } else {
            z = atan(Math.abs(y / x)); // safe to do y/x
        }
        switch (m) {
            case 0:
                return z; // atan(+, +)
            case 1:
                return -z; // atan(-, +): flip the sign bit
            case 2:
                return PI - (z - PI_LO); // atan(+, -)
            default:
                return (z - PI_LO) - PI; // atan(-, -)
        }
    }

    // ------------------------------------------------------------------ pow (e_pow.c)

    private static final double[] BP = {1.0, 1.5};
    private static final double[] DP_H = {0.0, 5.84962487220764160156e-01};
    private static final double[] DP_L = {0.0, 1.35003920212974897128e-08};
    private static final double TWO53 = 9007199254740992.0;
    private static final double TWO_M54 = 5.55111512312578270212e-17;
    // poly coefficients for (3/2) (log(x) - 2s - 2/3 s^3)
    private static final double L1 = 5.99999999999994648725e-01;
    private static final double L2 = 4.28571428578550184252e-01;
    private static final double L3 = 3.33333329818377432918e-01;
    private static final double L4 = 2.72728123808534006489e-01;
    private static final double L5 = 2.30660745775561754067e-01;
    private static final double L6 = 2.06975017800338417784e-01;
    private static final double LN2_POW = 6.93147180559945286227e-01;
    private static final double LN2_H_POW = 6.93147182464599609375e-01;
    private static final double LN2_L_POW = -1.90465429995776804525e-09;
    private static final double OVT = 8.0085662595372944372e-17; // -(1024 - log2(ovfl + .5 ulp))
    private static final double CP = 9.61796693925975554329e-01; // 2 / (3 ln2)
    private static final double CP_H = 9.61796700954437255859e-01;
    private static final double CP_L = -7.02846165095275826516e-09;
    private static final double IVLN2_H = 1.44269502162933349609e+00;
    private static final double IVLN2_L = 1.92596299112661746887e-08;

    /** x with its low word cleared. */
    private static double clearLo(double x) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(x) & 0xffffffff00000000L);
    }

    /** fdlibm's s_scalbn.c for a normal x: x * 2^n with one rounding. */
    private static double scalbn(double x, int n) {
        int hx = hi(x);
        int k = ((hx & 0x7ff00000) >> 20) + n;
        if (k > 0x7fe) {
            return HUGE * Math.copySign(HUGE, x); // overflow
        }
        if (k > 0) {
            return withHi(x, (hx & 0x800fffff) | (k << 20));
        }
        if (k <= -54) {
            return TINY * Math.copySign(TINY, x); // underflow
        }
        k += 54; // subnormal result
        return withHi(x, (hx & 0x800fffff) | (k << 20)) * TWO_M54;
    }

    static double pow(double x, double y) {
        int hx = hi(x);
        int lx = lo(x);
        int hy = hi(y);
        int ly = lo(y);
        int ix = hx & 0x7fffffff;
        int iy = hy & 0x7fffffff;

        if ((iy | ly) == 0) {
            return 1.0; // x^0 = 1
        }
        if (ix > 0x7ff00000 || (ix == 0x7ff00000 && lx != 0) || iy > 0x7ff00000 || (iy == 0x7ff00000 && ly != 0)) {
            return x + y; // NaN
        }
        // yisint: 0 y is not an integer, 1 an odd integer, 2 an even integer (only when x < 0)
        int yisint = 0;
        if (hx < 0) {
            if (iy >= 0x43400000) {
                yisint = 2;
            } else if (iy >= 0x3ff00000) {
                int k = (iy >> 20) - 0x3ff;
                if (k > 20) {
                    int j = ly >>> (52 - k);
                    if ((j << (52 - k)) == ly) {
                        yisint = 2 - (j & 1);
                    }
                } else if (ly == 0) {
                    int j = iy >> (20 - k);
                    if ((j << (20 - k)) == iy) {
                        yisint = 2 - (j & 1);
                    }
                }
            }
        }
        // special values of y
        if (ly == 0) {
            if (iy == 0x7ff00000) { // y is +-inf
                if (((ix - 0x3ff00000) | lx) == 0) {
                    return y - y; // (+-1)^+-inf is NaN
                } else if (ix >= 0x3ff00000) {
                    return hy >= 0 ? y : 0.0; // (|x| > 1)^+-inf = inf, 0
                } else {
                    return hy < 0 ? -y : 0.0; // (|x| < 1)^-,+inf = inf, 0
                }
            }
            if (iy == 0x3ff00000) { // y is +-1
                return hy < 0 ? 1.0 / x : x;
            }
            if (hy == 0x40000000) {
                return x * x; // y is 2
            }
            if (hy == 0x3fe00000) { // y is 0.5
                if (hx >= 0) {
                    return Math.sqrt(x); // x >= +0
                }
            }
        }
        double ax = Math.abs(x);
        // special values of x
        if (lx == 0) {
            if (ix == 0x7ff00000 || ix == 0 || ix == 0x3ff00000) {
                double z = ax; // x is +-0, +-inf, +-1
                if (hy < 0) {
                    z = 1.0 / z;
                }
                if (hx < 0) {
                    if (((ix - 0x3ff00000) | yisint) == 0) {
                        z = (z - z) / (z - z); // (-1)^non-int is NaN
                    } else if (yisint == 1) {
                        z = -z; // (x < 0)^odd = -(|x|^odd)
                    }
                }
                return z;
            }
        }
        int n = (hx >> 31) + 1;
        if ((n | yisint) == 0) {
            return (x - x) / (x - x); // (x < 0)^non-int is NaN
        }
        double s = 1.0; // the sign of the result
        if ((n | (yisint - 1)) == 0) {
            s = -1.0; // (-ve)^(odd int)
        }
        double t1;
        double t2;
        if (iy > 0x41e00000) { // |y| > 2^31
            if (iy > 0x43f00000) { // |y| > 2^64: must over/underflow
                if (ix <= 0x3fefffff) {
                    return hy < 0 ? HUGE * HUGE : TINY * TINY;
                }
                if (ix >= 0x3ff00000) {
                    return hy > 0 ? HUGE * HUGE : TINY * TINY;
                }
            }
            // over/underflow if x is not close to one
            if (ix < 0x3fefffff) {
                return hy < 0 ? s * HUGE * HUGE : s * TINY * TINY;
            }
            if (ix > 0x3ff00000) {
                return hy > 0 ? s * HUGE * HUGE : s * TINY * TINY;
            }
            // |1 - x| <= 2^-20: log(x) by x - x^2/2 + x^3/3 - x^4/4
            double t = ax - 1.0;
            double w = (t * t) * (0.5 - t * (0.3333333333333333333333 - t * 0.25));
            double u = IVLN2_H * t;
            double v = t * IVLN2_L - w * INV_LN2;
            t1 = clearLo(u + v);
            t2 = v - (t1 - u);
        } else {
            n = 0;
            if (ix < 0x00100000) { // subnormal x
                ax *= TWO53;
                n -= 53;
                ix = hi(ax);
            }
            n += (ix >> 20) - 0x3ff;
            int j = ix & 0x000fffff;
            // the interval
            ix = j | 0x3ff00000; // normalize ix
            int k;
            if (j <= 0x3988E) {
                k = 0; // |x| < sqrt(3/2)
            } else if (j < 0xBB67A) {
                k = 1; // |x| < sqrt(3)
            } else {
                k = 0;
                n += 1;
                ix -= 0x00100000;
            }
            ax = withHi(ax, ix);
            // ss = s_h + s_l = (x - 1) / (x + 1) or (x - 1.5) / (x + 1.5)
            double u = ax - BP[k];
            double v = 1.0 / (ax + BP[k]);
            double ss = u * v;
            double sh = clearLo(ss);
            // t_h = ax + bp[k], high part
            double th = Double.longBitsToDouble((long) (((ix >> 1) | 0x20000000) + 0x00080000 + (k << 18)) << 32);
            double tl = ax - (th - BP[k]);
            double sl = v * ((u - sh * th) - sh * tl);
            // log(ax)
            double s2 = ss * ss;
            double r = s2 * s2 * (L1 + s2 * (L2 + s2 * (L3 + s2 * (L4 + s2 * (L5 + s2 * L6)))));
            r += sl * (sh + ss);
            s2 = sh * sh;
            th = clearLo(3.0 + s2 + r);
            tl = r - ((th - 3.0) - s2);
            // u + v = ss (1 + ...)
            u = sh * th;
            v = sl * th + tl * ss;
            // 2 / (3 log2) (ss + ...)
            double ph = clearLo(u + v);
            double pl = v - (ph - u);
            double zh = CP_H * ph; // cp_h + cp_l = 2 / (3 log2)
            double zl = CP_L * ph + pl * CP + DP_L[k];
            // log2(ax) = (ss + ...) 2 / (3 log2) = n + dp_h + z_h + z_l
            double t = n;
            t1 = clearLo(((zh + zl) + DP_H[k]) + t);
            t2 = zl - (((t1 - t) - DP_H[k]) - zh);
        }
        // y = y1 + y2; (y1 + y2) (t1 + t2)
        double y1 = clearLo(y);
        double pl = (y - y1) * t1 + y * t2;
        double ph = y1 * t1;
        double z = pl + ph;
        int j = hi(z);
        int i = lo(z);
        if (j >= 0x40900000) { // z >= 1024
            if (((j - 0x40900000) | i) != 0) {
                return s * HUGE * HUGE; // overflow
            }
            if (pl + OVT > z - ph) {
                return s * HUGE * HUGE; // overflow
            }
        } else if ((j & 0x7fffffff) >= 0x4090cc00) { // z <= -1075
            if (((j - 0xc090cc00) | i) != 0) {
                return s * TINY * TINY; // underflow
            }
            if (pl <= z - ph) {
                return s * TINY * TINY; // underflow
            }
        }
        // 2^(p_h + p_l)
        i = j & 0x7fffffff;
        int k = (i >> 20) - 0x3ff;
        n = 0;
        if (i > 0x3fe00000) { // |z| > 0.5: n = [z + 0.5]
            n = j + (0x00100000 >> (k + 1));
            k = ((n & 0x7fffffff) >> 20) - 0x3ff; // new k for n
            double t = Double.longBitsToDouble((long) (n & ~(0x000fffff >> k)) << 32);
            n = ((n & 0x000fffff) | 0x00100000) >> (20 - k);
            if (j < 0) {
                n = -n;
            }
            ph -= t;
        }
        double t = clearLo(pl + ph);
        double u = t * LN2_H_POW;
        double v = (pl - (t - ph)) * LN2_POW + t * LN2_L_POW;
        z = u + v;
        double w = v - (z - u);
        t = z * z;
        t1 = z - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
        double r = (z * t1) / (t1 - 2.0) - (w + z * w);
        z = 1.0 - (r - z);
        j = hi(z);
        j += n << 20;
        if ((j >> 20) <= 0) {
            z = scalbn(z, n); // subnormal output
        } else {
            z = withHi(z, hi(z) + (n << 20));
        }
        return s * z;
    }
}
