package org.numpyjvm.api.internal.creation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import org.numpyjvm.api.Complex;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.MemoryError;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.TypeError;
import org.numpyjvm.api.ValueError;
import org.numpyjvm.api.ZeroDivisionError;
import org.numpyjvm.api.internal.core.Half;
import org.numpyjvm.api.internal.core.Internals;
import org.numpyjvm.api.internal.core.Shapes;

/**
 * {@code np.arange(start, stop, step, dtype)} as NumPy's {@code PyArray_ArangeObj}: the length is
 * {@code ceil((stop - start) / step)} in Python arithmetic (ints divide exactly-rounded, a zero
 * step raises ZeroDivisionError), the first two elements are {@code start} and
 * {@code start + step} converted to the dtype, and the rest are filled in the dtype's own
 * arithmetic as {@code first + i * (second - first)} (so {@code np.arange(0, 5, 0.5, dtype=int)}
 * is ten zeros, as in NumPy). Arguments are Java numbers standing for Python ones
 * (Integer/Long/BigInteger, Double, Boolean) or {@link Complex}.
 */
public final class Ranges {
    private Ranges() {
    }

    private static final double MAX_INTP = 9.223372036854775807E18;
    /** Bound of the ints whose arange length is computed in long arithmetic. */
    private static final long SMALL = 1L << 49;

    /** {@code np.arange(start, stop, step, dtype)}; stop null means {@code arange(start)}; step null is 1. */
    public static NDArray arange(Object start, Object stop, Object step, DType dtype) {
        if (stop == null) {
            stop = start;
            start = 0L;
        }
        if (step == null) {
            step = 1L;
        }
        start = normalize(start);
        stop = normalize(stop);
        step = normalize(step);
        DType dt = dtype;
        if (dt == null) {
            dt = Promote.types(Promote.types(kind(start), kind(stop)), kind(step));
        }
        if (dt.isString()) {
            throw new TypeError("arange() not supported for inputs with DType <class 'numpy.dtypes."
                    + (dt.code() == DType.Code.STR ? "StrDType" : "BytesDType") + "'>.");
        }
        long len = length(start, stop, step);
        if (len > Shapes.MAX_SLOTS / dt.slots()) {
            throw new MemoryError("Unable to allocate " + Shapes.formatBytes(len * dt.itemsize()) + " for an array with shape ("
                    + len + ",) and data type " + dt.name());
        }
        int n = (int) len;
        if (dt.isBool() && n > 2) {
            throw new TypeError("arange() is only supported for booleans when the result has at most length 2.");
        }
        NDArray out = Internals.allocate(dt.isNative() ? dt : dt.withByteOrder('='), new int[] {n});
        Object data = Internals.data(out);
        int w = dt.slots();
        if (n > 0) {
            PyValues.storeUnsafe(dt, data, 0, start);
        }
        if (n > 1) {
            PyValues.storeUnsafe(dt, data, w, add(start, step));
        }
        if (n > 2) {
            fill(dt, data, n);
        }
        return dtype != null && !dtype.isNative() ? out.astype(dtype) : out;
    }

    private static Object normalize(Object v) {
        if (v instanceof Boolean) {
            return ((Boolean) v) ? 1L : 0L;
        }
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof Float) {
            return ((Float) v).doubleValue();
        }
        if (v instanceof BigInteger || v instanceof Long || v instanceof Double || v instanceof Complex) {
            return v;
        }
        if (v instanceof NDArray && ((NDArray) v).ndim() == 0) {
            return normalize(((NDArray) v).item());
        }
        throw new TypeError("unsupported arange argument: " + (v == null ? "None" : v.getClass().getSimpleName()));
    }

    private static DType kind(Object v) {
        if (v instanceof Complex) {
            return DType.COMPLEX128;
        }
        if (v instanceof Double) {
            return DType.FLOAT64;
        }
        return PyValues.dtypeOf(v);
    }

    private static boolean isInt(Object v) {
        return v instanceof Long || v instanceof BigInteger;
    }

    private static BigInteger big(Object v) {
        return v instanceof BigInteger ? (BigInteger) v : BigInteger.valueOf((Long) v);
    }

    private static double dbl(Object v) {
        return v instanceof BigInteger ? ((BigInteger) v).doubleValue() : ((Number) v).doubleValue();
    }

    private static Complex cplx(Object v) {
        return v instanceof Complex ? (Complex) v : new Complex(dbl(v), 0);
    }

    /** Python's {@code start + step}. */
    static Object add(Object a, Object b) {
        if (isInt(a) && isInt(b)) {
            BigInteger s = big(a).add(big(b));
            return s.bitLength() < 64 ? (Object) s.longValue() : s;
        }
        if (a instanceof Complex || b instanceof Complex) {
            Complex x = cplx(a);
            Complex y = cplx(b);
            return new Complex(x.re() + y.re(), x.im() + y.im());
        }
        return dbl(a) + dbl(b);
    }

    /** NumPy's {@code _arange_safe_ceil_to_intp(((stop - start) / step))}, clipped at 0. */
    static long length(Object start, Object stop, Object step) {
        double val;
        if (start instanceof Long && stop instanceof Long && step instanceof Long) {
            long a = (Long) start;
            long b = (Long) stop;
            long s = (Long) step;
            if (s != 0 && a > -SMALL && a < SMALL && b > -SMALL && b < SMALL) {
                // |stop - start| < 2^50: the quotient rounded to a double has the exact quotient's ceiling
                long d = b - a;
                long q = d / s;
                if (q * s != d && (d ^ s) >= 0) {
                    q++;
                }
                return Math.max(0, q);
            }
        }
        if (isInt(start) && isInt(stop) && isInt(step)) {
            BigInteger d = big(stop).subtract(big(start));
            BigInteger s = big(step);
            if (s.signum() == 0) {
                throw new ZeroDivisionError("division by zero");
            }
            val = new BigDecimal(d).divide(new BigDecimal(s), MathContext.DECIMAL128).doubleValue();
        } else if (start instanceof Complex || stop instanceof Complex || step instanceof Complex) {
            Complex a = cplx(start);
            Complex b = cplx(stop);
            Complex s = cplx(step);
            if (s.re() == 0 && s.im() == 0) {
                throw new ZeroDivisionError("division by zero");
            }
            Complex q = Spaces.divide(b.re() - a.re(), b.im() - a.im(), s.re(), s.im());
            long lr = ceilToIntp(q.re());
            long li = ceilToIntp(q.im());
            return Math.max(0, Math.min(lr, li));
        } else {
            double delta = isInt(start) && isInt(stop) ? big(stop).subtract(big(start)).doubleValue() : dbl(stop) - dbl(start);
            double s = dbl(step);
            if (s == 0) {
                throw new ZeroDivisionError("float division by zero");
            }
            val = delta / s;
            if (val == 0 && delta != 0) {
                return (Double.doubleToRawLongBits(val) < 0) ? 0 : 1; // NumPy: a step past stop still yields start
            }
        }
        return Math.max(0, ceilToIntp(val));
    }

    private static long ceilToIntp(double v) {
        if (Double.isNaN(v)) {
            throw new ValueError("arange: cannot compute length");
        }
        double c = Math.ceil(v);
        if (c > MAX_INTP || c < -MAX_INTP) {
            throw new ValueError("Maximum allowed size exceeded");
        }
        return (long) c;
    }

    /** NumPy's {@code @TYPE@_fill}: element i = e0 + i * (e1 - e0) in the dtype's arithmetic. */
    private static void fill(DType dt, Object data, int n) {
        switch (dt.code()) {
            case FLOAT64: {
                double[] d = (double[]) data;
                double s = d[0];
                double delta = d[1] - s;
                for (int i = 2; i < n; i++) {
                    d[i] = s + i * delta;
                }
                return;
            }
            case FLOAT32: {
                float[] d = (float[]) data;
                float s = d[0];
                float delta = d[1] - s;
                for (int i = 2; i < n; i++) {
                    d[i] = s + (float) i * delta;
                }
                return;
            }
            case FLOAT16: {
                short[] d = (short[]) data;
                float s = Half.toFloat(d[0]);
                float delta = Half.toFloat(d[1]) - s;
                for (int i = 2; i < n; i++) {
                    d[i] = Half.fromDouble(s + (float) i * delta);
                }
                return;
            }
            case COMPLEX128: {
                double[] d = (double[]) data;
                double sr = d[0];
                double si = d[1];
                double dr = d[2] - sr;
                double di = d[3] - si;
                for (int i = 2; i < n; i++) {
                    d[2 * i] = sr + i * dr;
                    d[2 * i + 1] = si + i * di;
                }
                return;
            }
            case COMPLEX64: {
                float[] d = (float[]) data;
                float sr = d[0];
                float si = d[1];
                float dr = d[2] - sr;
                float di = d[3] - si;
                for (int i = 2; i < n; i++) {
                    d[2 * i] = sr + (float) i * dr;
                    d[2 * i + 1] = si + (float) i * di;
                }
                return;
            }
            case INT64:
            case UINT64: {
                long[] d = (long[]) data;
                long s = d[0];
                long delta = d[1] - s;
                for (int i = 2; i < n; i++) {
                    d[i] = s + i * delta;
                }
                return;
            }
            default: {
                // narrower integers: long arithmetic, wrapped to the width on store
                long s = org.numpyjvm.api.internal.core.Elements.getLong(dt, data, 0);
                long delta = org.numpyjvm.api.internal.core.Elements.getLong(dt, data, 1) - s;
                for (int i = 2; i < n; i++) {
                    org.numpyjvm.api.internal.core.Elements.setLong(dt, data, i, s + i * delta);
                }
            }
        }
    }
}
