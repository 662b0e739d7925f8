package org.numpyjvm.wasm.teavm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.numpyjvm.wasm.teavm.runtime.WasiMath;

/**
 * The pure-Java math compiled into the WASI module (commons-math3 FastMath) is within 1 ulp of
 * {@link StrictMath} (fdlibm), and agrees on special values. Runs on the JVM: the same bytecode
 * is what TeaVM compiles.
 */
class WasiMathAccuracyTest {
    private static final int N = 200_000;

    private static double ulps(double expected, double actual) {
        if (Double.isNaN(expected) || Double.isNaN(actual)) {
            return Double.isNaN(expected) && Double.isNaN(actual) ? 0 : Double.POSITIVE_INFINITY;
        }
        if (expected == actual) {
            return 0;
        }
        if (Double.isInfinite(expected) || Double.isInfinite(actual)) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.abs(expected - actual) / Math.ulp(expected);
    }

    private static void unary(String name, DoubleUnaryOperator ours, DoubleUnaryOperator strict, double lo, double hi) {
        SplittableRandom rnd = new SplittableRandom(42);
        double worst = 0;
        double worstX = 0;
        for (int i = 0; i < N; i++) {
            double x = lo + (hi - lo) * rnd.nextDouble();
            double u = ulps(strict.applyAsDouble(x), ours.applyAsDouble(x));
            if (u > worst) {
                worst = u;
                worstX = x;
            }
        }
        for (double x : new double[] {0.0, -0.0, 1.0, -1.0, 0.5, 1e-300, -1e-300, Double.MIN_VALUE,
                Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN}) {
            double e = strict.applyAsDouble(x);
            double a = ours.applyAsDouble(x);
            double u = ulps(e, a);
            assertTrue(u <= 1, name + "(" + x + "): StrictMath " + e + ", ours " + a);
            if (e == 0) {
                assertEquals(Double.doubleToRawLongBits(e), Double.doubleToRawLongBits(a), name + "(" + x + ") sign of zero");
            }
        }
        assertTrue(worst <= 1.0, name + " on [" + lo + ", " + hi + "]: " + worst + " ulp at " + worstX);
    }

    private static void binary(String name, DoubleBinaryOperator ours, DoubleBinaryOperator strict,
                               double lo1, double hi1, double lo2, double hi2) {
        SplittableRandom rnd = new SplittableRandom(7);
        double worst = 0;
        String where = "";
        for (int i = 0; i < N; i++) {
            double x = lo1 + (hi1 - lo1) * rnd.nextDouble();
            double y = lo2 + (hi2 - lo2) * rnd.nextDouble();
            double u = ulps(strict.applyAsDouble(x, y), ours.applyAsDouble(x, y));
            if (u > worst) {
                worst = u;
                where = x + ", " + y;
            }
        }
        assertTrue(worst <= 1.0, name + ": " + worst + " ulp at (" + where + ")");
    }

    @Test
    void trigonometric() {
        for (double r : new double[] {1, 10, 1e3, 1e6, 1e15, 1e300}) {
            unary("sin", WasiMath::sin, StrictMath::sin, -r, r);
            unary("cos", WasiMath::cos, StrictMath::cos, -r, r);
            unary("tan", WasiMath::tan, StrictMath::tan, -r, r);
        }
        unary("asin", WasiMath::asin, StrictMath::asin, -1, 1);
        unary("acos", WasiMath::acos, StrictMath::acos, -1, 1);
        unary("atan", WasiMath::atan, StrictMath::atan, -1e3, 1e3);
        binary("atan2", WasiMath::atan2, StrictMath::atan2, -10, 10, -10, 10);
    }

    @Test
    void exponentialAndLogarithmic() {
        unary("exp", WasiMath::exp, StrictMath::exp, -745, 710);
        unary("exp", WasiMath::exp, StrictMath::exp, -1, 1);
        unary("expm1", WasiMath::expm1, StrictMath::expm1, -1e-5, 1e-5);
        unary("expm1", WasiMath::expm1, StrictMath::expm1, -40, 40);
        unary("log", WasiMath::log, StrictMath::log, 0, 1e300);
        unary("log", WasiMath::log, StrictMath::log, 0.5, 2);
        unary("log10", WasiMath::log10, StrictMath::log10, 0, 1e300);
        unary("log10", WasiMath::log10, StrictMath::log10, 0.5, 2);
        unary("log1p", WasiMath::log1p, StrictMath::log1p, -1e-5, 1e-5);
        unary("log1p", WasiMath::log1p, StrictMath::log1p, -0.9, 1e5);
        binary("pow", WasiMath::pow, StrictMath::pow, 0, 100, -30, 30);
        binary("pow", WasiMath::pow, StrictMath::pow, 0.9, 1.1, -1e4, 1e4);
    }

    @Test
    void hyperbolicAndOthers() {
        unary("sinh", WasiMath::sinh, StrictMath::sinh, -700, 700);
        unary("sinh", WasiMath::sinh, StrictMath::sinh, -1, 1);
        unary("cosh", WasiMath::cosh, StrictMath::cosh, -700, 700);
        unary("tanh", WasiMath::tanh, StrictMath::tanh, -20, 20);
        unary("cbrt", WasiMath::cbrt, StrictMath::cbrt, -1e300, 1e300);
        binary("hypot", WasiMath::hypot, StrictMath::hypot, -1e10, 1e10, -1e-3, 1e3);
    }

    private static void identical(String name, DoubleUnaryOperator ours, DoubleUnaryOperator strict, double lo, double hi) {
        SplittableRandom rnd = new SplittableRandom(11);
        for (int i = 0; i < N; i++) {
            double x = lo + (hi - lo) * rnd.nextDouble();
            assertIdentical(name, ours, strict, x);
            assertIdentical(name, ours, strict, -x);
        }
        // arguments spread over every binade, positive and negative, and all special values
        for (int i = 0; i < N; i++) {
            double x = Double.longBitsToDouble(rnd.nextLong());
            assertIdentical(name, ours, strict, x);
        }
        for (double x : new double[] {0.0, -0.0, 1.0, -1.0, 0.5, 2.0, Double.MIN_VALUE, -Double.MIN_VALUE,
                Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY, Double.NaN, 709.78, 710.0, -745.2, 22.0, 0x1p-28, 0x1p-54, 0x1p-60}) {
            assertIdentical(name, ours, strict, x);
        }
    }

    private static void assertIdentical(String name, DoubleUnaryOperator ours, DoubleUnaryOperator strict, double x) {
        double e = strict.applyAsDouble(x);
        double a = ours.applyAsDouble(x);
        if (Double.doubleToLongBits(e) != Double.doubleToLongBits(a)) {
            throw new AssertionError(name + "(" + x + " = " + Long.toHexString(Double.doubleToRawLongBits(x))
                    + "): StrictMath " + e + ", ours " + a);
        }
    }

    @Test
    void fdlibmTranscriptionsAreBitIdenticalToStrictMath() {
        identical("exp", WasiMath::exp, StrictMath::exp, -746, 710);
        identical("exp", WasiMath::exp, StrictMath::exp, -1, 1);
        identical("expm1", WasiMath::expm1, StrictMath::expm1, -50, 710);
        identical("expm1", WasiMath::expm1, StrictMath::expm1, -1, 1);
        identical("log", WasiMath::log, StrictMath::log, 0, 4);
        identical("log", WasiMath::log, StrictMath::log, 0.99, 1.01);
        identical("log10", WasiMath::log10, StrictMath::log10, 0, 4);
        identical("log1p", WasiMath::log1p, StrictMath::log1p, -1, 4);
        identical("log1p", WasiMath::log1p, StrictMath::log1p, -1e-6, 1e-6);
        identical("sinh", WasiMath::sinh, StrictMath::sinh, -712, 712);
        identical("sinh", WasiMath::sinh, StrictMath::sinh, -2, 2);
        identical("cosh", WasiMath::cosh, StrictMath::cosh, -712, 712);
        identical("cosh", WasiMath::cosh, StrictMath::cosh, -2, 2);
        identical("tanh", WasiMath::tanh, StrictMath::tanh, -23, 23);
        identical("tanh", WasiMath::tanh, StrictMath::tanh, -1, 1);
        identical("atan", WasiMath::atan, StrictMath::atan, -3, 3);
        identical("atan", WasiMath::atan, StrictMath::atan, -1e20, 1e20);
        SplittableRandom rnd = new SplittableRandom(13);
        for (int i = 0; i < 4 * N; i++) {
            double x;
            double y;
            switch (i % 4) {
                case 0:
                    x = Double.longBitsToDouble(rnd.nextLong());
                    y = Double.longBitsToDouble(rnd.nextLong());
                    break;
                case 1:
                    x = rnd.nextDouble() * 4;
                    y = (rnd.nextDouble() - 0.5) * 3000;
                    break;
                case 2:
                    x = -rnd.nextDouble() * 100;
                    y = rnd.nextInt(-400, 400);
                    break;
                default:
                    x = 1 + (rnd.nextDouble() - 0.5) * 1e-6;
                    y = (rnd.nextDouble() - 0.5) * 1e12;
                    break;
            }
            double e = StrictMath.pow(x, y);
            double a = WasiMath.pow(x, y);
            if (Double.doubleToLongBits(e) != Double.doubleToLongBits(a)) {
                throw new AssertionError("pow(" + x + ", " + y + "): StrictMath " + e + ", ours " + a);
            }
        }
        double[] special = {0.0, -0.0, 1.0, -1.0, Double.MIN_VALUE, Double.MAX_VALUE, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, Double.NaN};
        for (int i = 0; i < 4 * N; i++) {
            double y = i % 3 == 0 ? Double.longBitsToDouble(rnd.nextLong()) : rnd.nextDouble() * 20 - 10;
            double x = i % 3 == 0 ? Double.longBitsToDouble(rnd.nextLong())
                    : i % 3 == 1 ? rnd.nextDouble() * 20 - 10 : y * Math.scalb(1.0, rnd.nextInt(-70, 70));
            if (i < special.length * special.length) {
                y = special[i / special.length];
                x = special[i % special.length];
            }
            double e = StrictMath.atan2(y, x);
            double a = WasiMath.atan2(y, x);
            if (Double.doubleToLongBits(e) != Double.doubleToLongBits(a)) {
                throw new AssertionError("atan2(" + y + ", " + x + "): StrictMath " + e + ", ours " + a);
            }
        }
    }

    @Test
    void powSpecialCases() {
        double[] v = {0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 3.0, -3.0, Double.NaN,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e308, -1e308};
        for (double x : v) {
            for (double y : v) {
                double e = StrictMath.pow(x, y);
                double a = WasiMath.pow(x, y);
                assertEquals(Double.doubleToLongBits(e), Double.doubleToLongBits(a),
                        "pow(" + x + ", " + y + "): StrictMath " + e + ", ours " + a);
            }
        }
    }
}
