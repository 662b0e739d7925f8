package org.numpyjvm.api.internal.logic;

import java.math.BigInteger;
import org.numpyjvm.api.Complex;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.FloatErrors;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.Np;
import org.numpyjvm.api.OverflowError;
import org.numpyjvm.api.TypeError;
import org.numpyjvm.api.Ufunc;
import org.numpyjvm.api.internal.core.Casts;
import org.numpyjvm.api.internal.core.Internals;
import org.numpyjvm.api.internal.ufunc.UfuncExec;

/**
 * {@code np.isclose} and {@code np.allclose}. NumPy 2.4 writes isclose in Python as ufunc calls
 * on whole arrays ({@code numpy/_core/numeric.py}):
 *
 * <pre>
 * x, y, atol, rtol = (v if isinstance(v, (int, float, complex)) else asanyarray(v) for v in ...)
 * y = asanyarray(y, dtype=result_type(y, 1.))        # a Python int: float(y)
 * (warn, raise or print by the 'invalid' mode when atol or rtol is not finite everywhere)
 * with errstate(invalid='ignore'):
 *     result = less_equal(abs(x - y), atol + rtol * abs(y)) &amp; isfinite(y) | (x == y)
 *     if equal_nan: result |= isnan(x) &amp; isnan(y)
 * return result[()]
 * </pre>
 *
 * <p>Here the same formula runs in one pass over the broadcast operands ({@link CloseLoop}),
 * with no temporary arrays, for the numeric dtypes whose intermediate results are float32 or
 * float64: each intermediate is rounded to the dtype NumPy computes it in (float32 arithmetic
 * is float64 arithmetic rounded to float32 after each operation, exact for +, -, *), and
 * overflows are reported per operation as NumPy's ufuncs report them. Everything else (float16,
 * Python ints beyond 2^53, Python floats beyond float32's range, complex tolerances, a
 * non-ignored underflow mode, non-numeric dtypes and their errors) runs NumPy's formula itself
 * with ufunc calls ({@link #composed}).
 */
public final class Closeness {
    private Closeness() {
    }

    /** NumPy's default tolerances. */
    public static final double RTOL = 1e-05;
    public static final double ATOL = 1e-08;

    /**
     * {@code np.isclose(a, b, rtol, atol, equal_nan)}: a bool array of the broadcast shape (0-d
     * when every operand is a scalar or 0-d; NumPy then returns an {@code np.bool_} scalar).
     */
    public static NDArray isclose(Object a, Object b, Object rtol, Object atol, boolean equalNan) {
        return (NDArray) run(a, b, rtol, atol, equalNan, false);
    }

    /** {@code np.allclose(a, b, rtol, atol, equal_nan)}: isclose everywhere (True for no elements). */
    public static boolean allclose(Object a, Object b, Object rtol, Object atol, boolean equalNan) {
        return (Boolean) run(a, b, rtol, atol, equalNan, true);
    }

    private static Object run(Object a, Object b, Object rtol, Object atol, boolean equalNan, boolean all) {
        Object x = operand(a);
        if (x instanceof BigInteger) {
            pyFloat((BigInteger) x); // Python's OverflowError of x - y (NumPy's too, against an array)
        }
        Object y = operand(b);
        Object at = operand(atol);
        Object rt = operand(rtol);
        // y's inexact dtype (the array itself is converted only where the composed formula needs it)
        DType yType = y instanceof NDArray ? CloseLoop.promote(((NDArray) y).dtype(), 1.0) : null;
        if (yType == null) {
            y = inexact(y);
        }
        checkTolerances(at, rt);
        CloseLoop loop = CloseLoop.plan(x, y, yType, at, rt, equalNan);
        if (loop != null) {
            return loop.run(all);
        }
        if (yType != null && !yType.equals(((NDArray) y).dtype())) {
            y = Np.asarray(y, yType);
        }
        NDArray r = composed(x, y, at, rt, equalNan);
        return all ? (Object) allTrue(r) : r;
    }

    /** NumPy's {@code v if isinstance(v, (int, float, complex)) else asanyarray(v)}. */
    static Object operand(Object v) {
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof Float) {
            return ((Float) v).doubleValue();
        }
        if (v instanceof Long || v instanceof BigInteger || v instanceof Double || v instanceof Complex
                || v instanceof Boolean) {
            return v;
        }
        return Np.asarray(v);
    }

    /** A Python scalar y made inexact: {@code float(y)} of a Python int or bool. */
    private static Object inexact(Object y) {
        if (y instanceof Boolean) {
            return (Boolean) y ? 1.0 : 0.0;
        }
        if (y instanceof Long) {
            return ((Long) y).doubleValue();
        }
        if (y instanceof BigInteger) {
            return pyFloat((BigInteger) y);
        }
        return y;
    }

    /** Python's {@code float(int)}. */
    static double pyFloat(BigInteger v) {
        double d = v.doubleValue();
        if (Double.isInfinite(d)) {
            throw new OverflowError("int too large to convert to float");
        }
        return d;
    }

    /** NumPy's check {@code np.all(np.isfinite(atol)) and np.all(np.isfinite(rtol))}, by the 'invalid' mode. */
    private static void checkTolerances(Object atol, Object rtol) {
        if (!isFinite(atol) || !isFinite(rtol)) {
            FloatErrors.invalidNotice("One of rtol or atol is not valid, atol: " + str(atol) + ", rtol: " + str(rtol));
        }
    }

    private static boolean isFinite(Object v) {
        if (v instanceof Double) {
            return Double.isFinite((Double) v);
        }
        if (v instanceof Complex) {
            return Double.isFinite(((Complex) v).re()) && Double.isFinite(((Complex) v).im());
        }
        if (v instanceof Long || v instanceof Boolean) {
            return true;
        }
        if (v instanceof BigInteger) {
            if (((BigInteger) v).signum() >= 0 && ((BigInteger) v).bitLength() <= 64) {
                return true; // a uint64
            }
            // NumPy: an object array, for which isfinite has no loop
            throw new TypeError("ufunc 'isfinite' not supported for the input types, and the inputs could not be "
                    + "safely coerced to any supported types according to the casting rule ''safe''");
        }
        return allTrue(Ufunc.of("isfinite").call(v));
    }

    /** Python's {@code str()} of a tolerance: a Python scalar or an array. */
    private static String str(Object v) {
        if (v instanceof NDArray) {
            return Np.arrayStr((NDArray) v);
        }
        if (v instanceof Boolean) {
            return (Boolean) v ? "True" : "False";
        }
        return Casts.toPythonString(v);
    }

    /** NumPy's formula, one ufunc call per operation (the dtypes and operands the one-pass loop leaves). */
    static NDArray composed(Object x, Object y, Object atol, Object rtol, boolean equalNan) {
        FloatErrors.Settings modes = FloatErrors.geterr().with(FloatErrors.Category.INVALID, FloatErrors.Mode.IGNORE);
        try (FloatErrors.Scope scope = FloatErrors.errstate(modes)) {
            NDArray close = call("less_equal", arith("absolute", arith("subtract", x, y)),
                    arith("add", atol, arith("multiply", rtol, arith("absolute", y))));
            NDArray r = call("bitwise_or", call("bitwise_and", close, call("isfinite", y)), call("equal", x, y));
            if (equalNan) {
                r = call("bitwise_or", r, call("bitwise_and", call("isnan", x), call("isnan", y)));
            }
            return r;
        }
    }

    private static NDArray call(String ufunc, Object... args) {
        return Ufunc.of(ufunc).call(args);
    }

    /**
     * An arithmetic step of the formula: a ufunc call, or Python's arithmetic when every operand
     * is a Python scalar (a Python scalar result, no floating-point error reports).
     */
    private static Object arith(String ufunc, Object... args) {
        for (Object v : args) {
            if (v instanceof NDArray) {
                return call(ufunc, args);
            }
        }
        try (FloatErrors.Scope scope = FloatErrors.errstate(FloatErrors.Settings.all(FloatErrors.Mode.IGNORE))) {
            return call(ufunc, args).item();
        }
    }

    /** Whether every element of a bool array is true (True for no elements). */
    static boolean allTrue(NDArray r) {
        return !anyIs(r, false);
    }

    /** Whether some element of {@code r} (cast to bool) is {@code value} (False for no elements). */
    static boolean anyIs(NDArray r, boolean value) {
        if (r.dtype().code() != DType.Code.BOOL) {
            r = r.astype(DType.BOOL);
        }
        NDArray c = r.isCContiguous() ? r : r.copy();
        byte[] d = (byte[]) Internals.data(c);
        int off = Internals.offset(c);
        for (int i = off, end = off + c.size(); i < end; i++) {
            if ((d[i] != 0) == value) {
                return true;
            }
        }
        return false;
    }

    /** NumPy's ufunc broadcasting of two operands of one operation, with its message. */
    static int[] broadcast(int[] s1, int[] s2) {
        return UfuncExec.broadcastAll(new int[][] {s1, s2});
    }
}
