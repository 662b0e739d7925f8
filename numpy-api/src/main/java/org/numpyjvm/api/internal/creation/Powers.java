package org.numpyjvm.api.internal.creation;

import org.numpyjvm.api.DType;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.internal.core.Elements;
import org.numpyjvm.api.internal.core.Internals;

/**
 * The few elementwise functions {@code logspace}/{@code geomspace} need ({@code power} with a
 * scalar base, {@code sign}, {@code log10}), written as NumPy's npymath does them, until the ufunc
 * module provides them.
 */
final class Powers {
    private Powers() {
    }

    private static final double LOG10E = 0.434294481903251827651128918916605082;

    /** {@code np.power(base, y)} for a Python float base (weak: the result has y's dtype). */
    static NDArray power(double base, NDArray y) {
        NDArray out = y.copy('K');
        DType dt = out.dtype();
        Object d = Internals.data(out);
        int n = out.size();
        int w = dt.slots();
        boolean single = dt.itemsize() / w <= 4;
        double b = single ? (float) base : base;
        for (int k = 0; k < n; k++) {
            double re = Elements.getDouble(dt, d, k * w);
            if (dt.isComplex()) {
                double[] p = cpow(b, 0, re, Elements.getImag(dt, d, k * w));
                Elements.setComplex(dt, d, k * w, p[0], p[1]);
            } else {
                Elements.setDouble(dt, d, k, Math.pow(b, re));
            }
        }
        return out;
    }

    /** {@code np.power(base, y)} for two arrays: broadcast, promoted (float64 at least for these callers). */
    static NDArray power(NDArray base, NDArray y) {
        int[] shape = org.numpyjvm.api.internal.core.Shapes.broadcastShapes(base.shape(), y.shape());
        DType dt = Promote.types(base.dtype(), y.dtype());
        NDArray b = FromObject.castCopy(base.broadcastTo(shape), dt);
        NDArray out = FromObject.castCopy(y.broadcastTo(shape), dt);
        Object bd = Internals.data(b);
        Object d = Internals.data(out);
        int w = dt.slots();
        for (int k = 0; k < out.size(); k++) {
            double br = Elements.getDouble(dt, bd, k * w);
            double re = Elements.getDouble(dt, d, k * w);
            if (dt.isComplex()) {
                double[] p = cpow(br, Elements.getImag(dt, bd, k * w), re, Elements.getImag(dt, d, k * w));
                Elements.setComplex(dt, d, k * w, p[0], p[1]);
            } else {
                Elements.setDouble(dt, d, k, Math.pow(br, re));
            }
        }
        return out;
    }

    /** npymath's {@code cpow}: small integer powers by multiplication, else exp(b log a). */
    static double[] cpow(double ar, double ai, double br, double bi) {
        if (br == 0 && bi == 0) {
            return new double[] {1, 0};
        }
        if (ar == 0 && ai == 0) {
            return br > 0 && bi == 0 ? new double[] {0, 0} : new double[] {Double.NaN, Double.NaN};
        }
        if (bi == 0 && br == Math.rint(br) && Math.abs(br) < 100) {
            long n = (long) br;
            if (n == 1) {
                return new double[] {ar, ai};
            }
            double rr = 1;
            double ri = 0;
            double pr = ar;
            double pi = ai;
            long mask = 1;
            long an = Math.abs(n);
            while (mask <= an) {
                if ((an & mask) != 0) {
                    double t = rr * pr - ri * pi;
                    ri = rr * pi + ri * pr;
                    rr = t;
                }
                mask <<= 1;
                double t = pr * pr - pi * pi;
                pi = 2 * pr * pi;
                pr = t;
            }
            if (n < 0) {
                org.numpyjvm.api.Complex q = Spaces.divide(1, 0, rr, ri);
                return new double[] {q.re(), q.im()};
            }
            return new double[] {rr, ri};
        }
        double lr = Math.log(Math.hypot(ar, ai));
        double li = Math.atan2(ai, ar);
        double er = br * lr - bi * li;
        double ei = br * li + bi * lr;
        double mag = Math.exp(er);
        return new double[] {mag * Math.cos(ei), mag * Math.sin(ei)};
    }

    /** {@code np.sign}: ±1 (or NaN/0) for reals; {@code z / |z|} for complex (NumPy 2). */
    static double[] sign(double re, double im, boolean cplx) {
        if (!cplx) {
            return new double[] {re > 0 ? 1 : re < 0 ? -1 : re == 0 ? 0 : Double.NaN, 0};
        }
        double abs = Math.hypot(re, im);
        return new double[] {re / abs, im / abs};
    }

    /** {@code np.log10}: real (NaN below 0) or complex ({@code log(z) * log10(e)}). */
    static double[] log10(double re, double im, boolean cplx) {
        if (!cplx) {
            return new double[] {Math.log10(re), 0};
        }
        return new double[] {Math.log(Math.hypot(re, im)) * LOG10E, Math.atan2(im, re) * LOG10E};
    }
}
