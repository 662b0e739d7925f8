package org.numpyjvm.api.internal.creation;

import org.numpyjvm.api.Complex;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.ValueError;
import org.numpyjvm.api.internal.core.Elements;
import org.numpyjvm.api.internal.core.Internals;
import org.numpyjvm.api.internal.core.Shapes;

/**
 * {@code np.linspace}, {@code np.logspace}, {@code np.geomspace}, following NumPy's
 * {@code function_base.py} operation by operation (so results agree to the bit where the
 * arithmetic is IEEE: {@code step = (stop - start) / div}, {@code y = i * step + start}, the
 * last sample set to {@code stop}, {@code floor} before an integer dtype; the denormal rule
 * {@code y = i / div * delta} when a step is 0). Start and stop may be Java numbers (weak
 * Python scalars), {@link Complex}, sequences or NDArrays; they broadcast, and the sample axis
 * is inserted at {@code axis}. Computation is in the inexact result type (float32 stays float32).
 */
public final class Spaces {
    private Spaces() {
    }

    /** {@code np.linspace(start, stop, num, endpoint, dtype=dtype, axis=axis)}. */
    public static NDArray linspace(Object start, Object stop, int num, boolean endpoint, DType dtype, int axis) {
        return (NDArray) linspaceWithStep(start, stop, num, endpoint, dtype, axis)[0];
    }

    /**
     * {@code np.linspace(..., retstep=True)}: {@code {samples, step}}; step is a Double (or
     * Complex) for scalar endpoints, an NDArray for array endpoints, NaN when {@code num} is too
     * small to define one.
     */
    public static Object[] linspaceWithStep(Object start, Object stop, int num, boolean endpoint, DType dtype, int axis) {
        if (num < 0) {
            throw new ValueError("Number of samples, " + num + ", must be non-negative.");
        }
        int div = endpoint ? num - 1 : num;
        DType dt = Promote.inexact(resultType(start, stop));
        NDArray a = FromObject.asarray(start, null);
        NDArray b = FromObject.asarray(stop, null);
        int[] bshape = ufuncShape(b, a);
        boolean single = dt.itemsize() / dt.slots() <= 4;
        boolean cplx = dt.isComplex();
        double[][] sa = parts(a, bshape, dt);
        double[][] sb = parts(b, bshape, dt);
        int m = sa[0].length;
        double[] dr = new double[m];
        double[] di = new double[m];
        for (int j = 0; j < m; j++) {
            dr[j] = r(sb[0][j] - sa[0][j], single);
            di[j] = r(sb[1][j] - sa[1][j], single);
        }
        int[] outShape = new int[bshape.length + 1];
        outShape[0] = num;
        System.arraycopy(bshape, 0, outShape, 1, bshape.length);
        NDArray y = Internals.allocate(dt, outShape);
        double[] yr = new double[num * m];
        double[] yi = cplx ? new double[num * m] : null;
        double[] str = new double[m];
        double[] sti = new double[m];
        boolean hasStep = div > 0;
        if (hasStep) {
            double inv = r(1.0 / r(div, single), single);
            boolean anyZero = false;
            for (int j = 0; j < m; j++) {
                if (cplx) {
                    str[j] = r(dr[j] * inv, single); // Smith's division by (div + 0j)
                    sti[j] = r(di[j] * inv, single);
                } else {
                    str[j] = r(dr[j] / div, single);
                }
                anyZero |= str[j] == 0 && sti[j] == 0;
            }
            for (int i = 0; i < num; i++) {
                for (int j = 0; j < m; j++) {
                    int k = i * m + j;
                    if (anyZero) {
                        double q = cplx ? r(i * inv, single) : r(i / (double) div, single);
                        mul(q, dr[j], di[j], k, yr, yi, single, cplx);
                    } else {
                        mul(i, str[j], sti[j], k, yr, yi, single, cplx);
                    }
                }
            }
        } else {
            for (int i = 0; i < num; i++) {
                for (int j = 0; j < m; j++) {
                    mul(i, dr[j], di[j], i * m + j, yr, yi, single, cplx);
                }
            }
        }
        for (int i = 0; i < num; i++) {
            for (int j = 0; j < m; j++) {
                int k = i * m + j;
                yr[k] = r(yr[k] + sa[0][j], single);
                if (cplx) {
                    yi[k] = r(yi[k] + sa[1][j], single);
                }
            }
        }
        if (endpoint && num > 1) {
            for (int j = 0; j < m; j++) {
                yr[(num - 1) * m + j] = sb[0][j];
                if (cplx) {
                    yi[(num - 1) * m + j] = sb[1][j];
                }
            }
        }
        Object data = Internals.data(y);
        int w = dt.slots();
        boolean integer = dtype != null && dtype.isInteger();
        if (dt.code() == DType.Code.FLOAT64 && !integer) {
            System.arraycopy(yr, 0, data, 0, yr.length);
        }
        for (int k = 0; k < yr.length && !(dt.code() == DType.Code.FLOAT64 && !integer); k++) {
            if (cplx) {
                Elements.setComplex(dt, data, k * w, integer ? Math.floor(yr[k]) : yr[k], yi[k]);
            } else {
                Elements.setDouble(dt, data, k, integer ? Math.floor(yr[k]) : yr[k]);
            }
        }
        NDArray out = y;
        if (axis != 0) {
            out = out.moveaxis(0, destination(axis, outShape.length));
        }
        if (dtype != null && !dtype.equals(dt)) {
            out = out.astype(dtype);
        }
        Object step;
        if (!hasStep) {
            step = Double.NaN;
        } else if (bshape.length == 0) {
            step = cplx ? (Object) new Complex(str[0], sti[0]) : (Object) str[0];
        } else {
            NDArray s = Internals.allocate(dt, bshape);
            Object sd = Internals.data(s);
            for (int j = 0; j < m; j++) {
                Elements.setComplex(dt, sd, j * w, str[j], sti[j]);
            }
            step = s;
        }
        return new Object[] {out, step};
    }

    /** The broadcast shape of a binary ufunc's operands, with the ufunc's error text. */
    static int[] ufuncShape(NDArray x, NDArray y) {
        try {
            return Shapes.broadcastShapes(x.shape(), y.shape());
        } catch (ValueError e) {
            throw new ValueError("operands could not be broadcast together with shapes " + Shapes.tupleString(x.shape()) + " "
                    + Shapes.tupleString(y.shape()) + " ");
        }
    }

    /** The {@code moveaxis} destination check, with NumPy's "destination: " prefix. */
    private static int destination(int axis, int ndim) {
        if (axis < -ndim || axis >= ndim) {
            throw new org.numpyjvm.api.AxisError("destination: axis " + axis + " is out of bounds for array of dimension " + ndim);
        }
        return axis < 0 ? axis + ndim : axis;
    }

    /** y[k] = (q + 0j) * (sr + si j), NumPy's complex multiply (or the real product). */
    private static void mul(double q, double sr, double si, int k, double[] yr, double[] yi, boolean single, boolean cplx) {
        if (cplx) {
            yr[k] = r(r(q * sr, single) - r(0.0 * si, single), single);
            yi[k] = r(r(q * si, single) + r(0.0 * sr, single), single);
        } else {
            yr[k] = r(q * sr, single);
        }
    }

    private static double r(double v, boolean single) {
        return single ? (double) (float) v : v;
    }

    /** Real and imaginary parts of {@code a} broadcast to {@code shape} and cast to {@code dt}, C order. */
    static double[][] parts(NDArray a, int[] shape, DType dt) {
        NDArray c = FromObject.castCopy(a.broadcastTo(shape), dt);
        Object d = Internals.data(c);
        int n = c.size();
        int w = dt.slots();
        double[] re = new double[n];
        double[] im = new double[n];
        for (int j = 0; j < n; j++) {
            re[j] = Elements.getDouble(dt, d, j * w);
            im[j] = Elements.getImag(dt, d, j * w);
        }
        return new double[][] {re, im};
    }

    /** NEP 50 {@code np.result_type(a, b)}: Java scalars are weak Python scalars, sequences become arrays. */
    static DType resultType(Object a, Object b) {
        Object x = isPyScalar(a) ? a : FromObject.asarray(a, null);
        Object y = isPyScalar(b) ? b : FromObject.asarray(b, null);
        return DType.resultType(x, y);
    }

    static boolean isPyScalar(Object v) {
        return v instanceof Boolean || v instanceof Number || v instanceof Complex;
    }

    /**
     * Complex division {@code a / b} as NumPy's loops (Smith's algorithm), used for lengths of
     * complex ranges.
     */
    static Complex divide(double ar, double ai, double br, double bi) {
        if (Math.abs(br) >= Math.abs(bi)) {
            double rat = bi / br;
            double scl = 1.0 / (br + bi * rat);
            return new Complex((ar + ai * rat) * scl, (ai - ar * rat) * scl);
        }
        double rat = br / bi;
        double scl = 1.0 / (bi + br * rat);
        return new Complex((ar * rat + ai) * scl, (ai * rat - ar) * scl);
    }

    /**
     * {@code np.logspace(start, stop, num, endpoint, base, dtype, axis)}: base a Java number (a
     * weak Python float) or an array/sequence, which broadcasts with start and stop and gains the
     * sample axis at {@code axis}, as NumPy does.
     */
    public static NDArray logspace(Object start, Object stop, int num, boolean endpoint, Object base, DType dtype, int axis) {
        NDArray p;
        if (isPyScalar(base)) {
            NDArray y = linspace(start, stop, num, endpoint, null, axis);
            p = Powers.power(((Number) base).doubleValue(), y);
        } else {
            NDArray a = FromObject.asarray(start, null);
            NDArray b = FromObject.asarray(stop, null);
            NDArray bs = FromObject.asarray(base, null);
            int nd = Math.max(Math.max(a.ndim(), b.ndim()), bs.ndim());
            Shapes.broadcastShapes(a.shape(), b.shape(), bs.shape());
            a = FromObject.array(a, null, null, 'K', nd);
            b = FromObject.array(b, null, null, 'K', nd);
            bs = FromObject.array(bs, null, null, 'K', nd);
            int ax = Shapes.normalizeAxis(axis, nd + 1);
            int[] s = new int[nd + 1];
            for (int i = 0, j = 0; i <= nd; i++) {
                s[i] = i == ax ? 1 : bs.shape()[j++];
            }
            NDArray y = linspace(a, b, num, endpoint, null, axis);
            p = Powers.power(bs.reshape(s), y);
        }
        return dtype == null ? p : p.astype(dtype);
    }

    /** {@code np.geomspace(start, stop, num, endpoint, dtype, axis)}. */
    public static NDArray geomspace(Object start, Object stop, int num, boolean endpoint, DType dtype, int axis) {
        NDArray a = FromObject.asarray(start, null);
        NDArray b = FromObject.asarray(stop, null);
        boolean cplx = a.dtype().isComplex() || b.dtype().isComplex() || dtype != null && dtype.isComplex();
        DType dt = cplx ? DType.COMPLEX128 : DType.FLOAT64;
        int[] bshape = Shapes.broadcastShapes(a.shape(), b.shape());
        double[][] sa = parts(a, a.shape(), dt);
        double[][] sb = parts(b, b.shape(), dt);
        for (double[][] p : new double[][][] {sa, sb}) {
            for (int j = 0; j < p[0].length; j++) {
                if (p[0][j] == 0 && p[1][j] == 0) {
                    throw new ValueError("Geometric sequence cannot include zero");
                }
            }
        }
        sa = parts(a, bshape, dt);
        sb = parts(b, bshape, dt);
        int m = sa[0].length;
        double[][] sign = new double[2][m];
        NDArray ls = Internals.allocate(dt, bshape);
        NDArray le = Internals.allocate(dt, bshape);
        int w = dt.slots();
        for (int j = 0; j < m; j++) {
            double[] sg = Powers.sign(sa[0][j], sa[1][j], cplx);
            sign[0][j] = sg[0];
            sign[1][j] = sg[1];
            Complex s = cplx ? divide(sa[0][j], sa[1][j], sg[0], sg[1]) : new Complex(sa[0][j] / sg[0], 0);
            Complex e = cplx ? divide(sb[0][j], sb[1][j], sg[0], sg[1]) : new Complex(sb[0][j] / sg[0], 0);
            sa[0][j] = s.re();
            sa[1][j] = s.im();
            sb[0][j] = e.re();
            sb[1][j] = e.im();
            double[] l1 = Powers.log10(s.re(), s.im(), cplx);
            double[] l2 = Powers.log10(e.re(), e.im(), cplx);
            Elements.setComplex(dt, Internals.data(ls), j * w, l1[0], l1[1]);
            Elements.setComplex(dt, Internals.data(le), j * w, l2[0], l2[1]);
        }
        Object s0 = bshape.length == 0 ? ls.item() : ls;
        Object e0 = bshape.length == 0 ? le.item() : le;
        NDArray res = logspace(s0, e0, num, endpoint, 10.0, dt, 0).copy('C');
        Object d = Internals.data(res);
        for (int i = 0; i < num; i++) {
            for (int j = 0; j < m; j++) {
                int k = (i * m + j) * w;
                double re = Elements.getDouble(dt, d, k);
                double im = Elements.getImag(dt, d, k);
                if (i == 0) {
                    re = sa[0][j];
                    im = sa[1][j];
                } else if (i == num - 1 && endpoint) {
                    re = sb[0][j];
                    im = sb[1][j];
                }
                if (cplx) {
                    Elements.setComplex(dt, d, k, re * sign[0][j] - im * sign[1][j], re * sign[1][j] + im * sign[0][j]);
                } else {
                    Elements.setDouble(dt, d, k, re * sign[0][j]);
                }
            }
        }
        NDArray out = res;
        if (axis != 0) {
            out = out.moveaxis(0, destination(axis, bshape.length + 1));
        }
        return dtype == null || dtype.equals(dt) ? out : out.astype(dtype);
    }
}
