package org.numpyjvm.wasm.teavm.runtime;

import org.apache.commons.math3.util.FastMath;

/**
 * Pure-Java replacements for the {@code java.lang.Math} functions that TeaVM's wasm back end
 * would otherwise import from the host ({@code teavmMath.*}) or compute inaccurately
 * ({@code expm1} as {@code exp(x) - 1}, {@code log10} as {@code log(x) / ln 10}, ...).
 *
 * <p>Two sources, chosen per function by measurement against {@link StrictMath} (which is
 * fdlibm) in {@code WasiMathAccuracyTest}:
 * <ul>
 *   <li>{@link FdLibm}, our transcription of fdlibm's algorithms, bit-identical to StrictMath:
 *       {@code exp, expm1, log, log10, log1p, pow, sinh, cosh, tanh, atan, atan2} (commons-math3
 *       FastMath is 2-14 ulp away for {@code exp}/{@code pow} near the subnormal range,
 *       {@code log10}, {@code sinh}, {@code tanh}, {@code atan2} with tiny quotients);</li>
 *   <li>commons-math3 {@link FastMath}, within 1 ulp of StrictMath: {@code sin, cos, tan, asin,
 *       acos, cbrt, hypot}.</li>
 * </ul>
 * {@code sqrt}, {@code floor},
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
        return FdLibm.atan(a);
    }

    public static double atan2(double y, double x) {
        return FdLibm.atan2(y, x);
    }

    public static double exp(double a) {
        return FdLibm.exp(a);
    }

    public static double expm1(double a) {
        return FdLibm.expm1(a);
    }

    public static double log(double a) {
        return FdLibm.log(a);
    }

    public static double log10(double a) {
        return FdLibm.log10(a);
    }

    public static double log1p(double a) {
        return FdLibm.log1p(a);
    }

    public static double pow(double a, double b) {
        return FdLibm.pow(a, b);
    }

    public static double sinh(double a) {
        return FdLibm.sinh(a);
    }

    public static double cosh(double a) {
        return FdLibm.cosh(a);
    }

    public static double tanh(double a) {
        return FdLibm.tanh(a);
    }

    public static double cbrt(double a) {
        return FastMath.cbrt(a);
    }

    public static double hypot(double x, double y) {
        return FastMath.hypot(x, y);
    }
}
