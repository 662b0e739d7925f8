package org.numpyjvm.api.internal.logic;

import java.math.BigInteger;
import java.util.Arrays;
import org.numpyjvm.api.Complex;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.FloatErrors;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.Np;
import org.numpyjvm.api.internal.core.Elements;
import org.numpyjvm.api.internal.core.Internals;
import org.numpyjvm.api.internal.core.Shapes;
import org.numpyjvm.api.internal.loops.StridedLoop;

/**
 * {@link Closeness}'s one pass: NumPy's isclose formula element by element over the broadcast
 * operands, each intermediate rounded to the dtype NumPy computes it in:
 *
 * <ul>
 * <li>{@code x - y}, {@code x == y} in D = result_type(x, y) (float32/64 or complex64/128);
 * <li>{@code abs(y)} in y's inexact dtype Y (Python arithmetic for a Python scalar y);
 * <li>{@code rtol * abs(y)} in R1 = result_type(rtol, abs(y)), {@code atol + ...} in
 *     R2 = result_type(atol, R1) (float32 or float64);
 * <li>{@code isfinite(y)}, {@code isnan} of x and y on the values as given.
 * </ul>
 *
 * <p>Overflows are reported per operation, in NumPy's order (subtract, absolute, multiply, add),
 * where NumPy's ufuncs would report them (not for Python-scalar arithmetic); invalid values
 * are ignored as in NumPy's {@code errstate(invalid='ignore')}. {@link #plan} declines (null)
 * what this loop does not reproduce exactly.
 */
final class CloseLoop implements StridedLoop.Body {
    private static final int X = 0;
    private static final int Y = 1;
    private static final int ATOL = 2;
    private static final int RTOL = 3;
    private static final double TWO_53 = 9007199254740992.0;

    private static final int OVER_SUBTRACT = 1;
    private static final int OVER_ABS = 2;
    private static final int OVER_MULTIPLY = 4;
    private static final int OVER_ADD = 8;

    private final DType[] dtypes = new DType[4];
    private final Object[] data = new Object[4];
    private final int[] offsets = new int[4];
    private final int[][] strides = new int[4][];
    private final int[] shape;
    private final boolean dF32;
    private final boolean dComplex;
    private final boolean yF32;
    private final boolean yComplex;
    private final boolean r1F32;
    private final boolean r2F32;
    private final boolean equalNan;
    /** Which operations run as NumPy ufuncs (Python arithmetic never reports overflow). */
    private final int numpyOps;
    private final boolean checkOver;

    private byte[] out;
    private double[][] bufs;
    private boolean allTrue = true;
    private boolean stop;
    private int overflows;

    private CloseLoop(Object[] ops, int[] shape, DType d, DType yType, DType r1, DType r2, boolean equalNan) {
        this.shape = shape;
        for (int k = 0; k < 4; k++) {
            NDArray a = asArray(ops[k]);
            dtypes[k] = a.dtype();
            data[k] = Internals.data(a);
            offsets[k] = Internals.offset(a);
            strides[k] = Shapes.broadcastStrides(a.shape(), Internals.strides(a), shape);
        }
        this.dF32 = is32(d);
        this.dComplex = d.isComplex();
        this.yF32 = yType != null && is32(yType);
        this.yComplex = yType != null ? yType.isComplex() : ops[Y] instanceof Complex;
        this.r1F32 = is32(r1);
        this.r2F32 = is32(r2);
        this.equalNan = equalNan;
        boolean xs = isScalar(ops[X]);
        boolean ys = isScalar(ops[Y]);
        boolean as = isScalar(ops[ATOL]);
        boolean rs = isScalar(ops[RTOL]);
        this.numpyOps = (xs && ys ? 0 : OVER_SUBTRACT) | (ys ? 0 : OVER_ABS) | (rs && ys ? 0 : OVER_MULTIPLY)
                | (as && rs && ys ? 0 : OVER_ADD);
        this.checkOver = FloatErrors.enabled(FloatErrors.Category.OVER);
    }

    /**
     * The loop for x, y (a Python scalar, or an array whose inexact dtype is {@code yType}),
     * atol, rtol (Python scalars or arrays), or null when the composed formula must run.
     */
    static CloseLoop plan(Object x, Object y, DType yType, Object atol, Object rtol, boolean equalNan) {
        if (FloatErrors.enabled(FloatErrors.Category.UNDER)) {
            return null; // float arithmetic's underflows are not tracked here
        }
        if (!numeric(x) || !numeric(atol) || !numeric(rtol) || yType != null && !inexact(yType)) {
            return null;
        }
        DType d = promote(typeOf(x), yType != null ? yType : y);
        if (!inexact(d)) {
            return null;
        }
        Object absY = yType != null ? yType.realPart() : (Object) 0.0;
        DType r1 = promote(typeOf(rtol), absY);
        Object r1Type = isScalar(rtol) && yType == null ? (Object) 0.0 : r1;
        DType r2 = promote(typeOf(atol), r1Type);
        if (!real(r1) || !real(r2) || !scalarOk(x, is32(d)) || !scalarOk(y, is32(d)) || y instanceof Complex
                && !scalarOk(y, true) || !scalarOk(rtol, is32(r1)) || !scalarOk(atol, is32(r2))) {
            return null;
        }
        int[] sx = shapeOf(x);
        int[] sy = shapeOf(y);
        int[] sr = shapeOf(rtol);
        int[] sa = shapeOf(atol);
        int[] shape;
        if (Arrays.equals(sx, sy) && sr.length == 0 && sa.length == 0) {
            shape = sx; // (the common case: no broadcasting)
        } else { // NumPy's broadcasts, in the formula's order (the first failing one raises)
            int[] sxy = Closeness.broadcast(sx, sy);
            int[] s1 = Closeness.broadcast(sr, sy);
            int[] s2 = Closeness.broadcast(sa, s1);
            shape = Closeness.broadcast(sxy, s2);
        }
        return new CloseLoop(new Object[] {x, y, atol, rtol}, shape, d, yType, r1, r2, equalNan);
    }

    /** Runs the loop: the bool array, or (all) whether it is true everywhere. */
    Object run(boolean all) {
        int[] cs = Shapes.cStrides(shape, 1);
        NDArray result = null;
        if (!all) {
            result = Internals.allocate(DType.BOOL, shape);
            out = (byte[]) Internals.data(result);
        }
        int[] offs = {0, offsets[X], offsets[Y], offsets[ATOL], offsets[RTOL]};
        int[][] st = {cs, strides[X], strides[Y], strides[ATOL], strides[RTOL]};
        int[] flat = flatStrides();
        if (flat != null) { // every operand contiguous or one value: one run
            int size = (int) Shapes.size(shape);
            if (size > 0) {
                run(size, offs, flat);
            }
        } else {
            StridedLoop.forEach(shape, offs, st, this);
        }
        if (overflows != 0) {
            report(OVER_SUBTRACT, "subtract");
            report(OVER_ABS, "absolute");
            report(OVER_MULTIPLY, "multiply");
            report(OVER_ADD, "add");
        }
        return all ? (Object) allTrue : result;
    }

    /** The element strides of one run over the whole shape when every operand is C-contiguous or broadcast from one value, else null. */
    private int[] flatStrides() {
        int[] flat = new int[5];
        flat[0] = 1;
        for (int k = 0; k < 4; k++) {
            int slots = dtypes[k].slots();
            boolean zero = true;
            for (int v : strides[k]) {
                zero &= v == 0;
            }
            if (zero) {
                flat[k + 1] = 0;
            } else if (Shapes.isCContiguous(shape, strides[k], slots)) {
                flat[k + 1] = slots;
            } else {
                return null;
            }
        }
        return flat;
    }

    private void report(int op, String where) {
        if ((overflows & op) != 0) {
            FloatErrors.report(FloatErrors.Category.OVER.flag(), where);
        }
    }

    @Override
    public void run(int n, int[] off, int[] st) {
        if (stop) {
            return;
        }
        int o = off[0];
        int ix = off[1];
        int iy = off[2];
        int ia = off[3];
        int ir = off[4];
        int so = st[0];
        int sx = st[1];
        int sy = st[2];
        int sa = st[3];
        int sr = st[4];
        DType tx = dtypes[X];
        DType ty = dtypes[Y];
        DType ta = dtypes[ATOL];
        DType tr = dtypes[RTOL];
        Object dx = data[X];
        Object dy = data[Y];
        Object da = data[ATOL];
        Object dr = data[RTOL];
        if (!dComplex && !yComplex && tx.code() == DType.Code.FLOAT64 && ty.code() == DType.Code.FLOAT64 && sa == 0
                && sr == 0) {
            runDoubles(n, o, so, (double[]) dx, ix, sx, (double[]) dy, iy, sy, Elements.getDouble(ta, da, ia),
                    Elements.getDouble(tr, dr, ir));
            return;
        }
        if (!dComplex && !yComplex && dF32 && yF32 && r1F32 && r2F32 && tx.code() == DType.Code.FLOAT32
                && ty.code() == DType.Code.FLOAT32 && sa == 0 && sr == 0) {
            runFloats(n, o, so, (float[]) dx, ix, sx, (float[]) dy, iy, sy, Elements.getDouble(ta, da, ia),
                    Elements.getDouble(tr, dr, ir));
            return;
        }
        // other dtypes: a chunk of each operand read into double buffers, then the formula
        if (bufs == null) {
            bufs = new double[7][Chunks.SIZE];
        }
        double[] xr = bufs[0];
        double[] xi = bufs[1];
        double[] yr = bufs[2];
        double[] yi = bufs[3];
        double[] av = bufs[4];
        double[] rv = bufs[5];
        double[] unused = bufs[6];
        for (int start = 0; start < n; start += Chunks.SIZE) {
            int m = Math.min(Chunks.SIZE, n - start);
            Chunks.load(tx, dx, ix + start * sx, sx, m, xr, xi);
            Chunks.load(ty, dy, iy + start * sy, sy, m, yr, yi);
            Chunks.load(ta, da, ia + start * sa, sa, m, av, unused);
            Chunks.load(tr, dr, ir + start * sr, sr, m, rv, unused);
            if (!dComplex && !yComplex) {
                o = chunkReal(m, o, so, xr, yr, av, rv);
                if (o < 0) {
                    return;
                }
                continue;
            }
            for (int j = 0; j < m; j++) {
                if (!store(o, close(xr[j], xi[j], yr[j], yi[j], av[j], rv[j]))) {
                    return;
                }
                o += so;
            }
        }
    }

    /** A chunk of real x and y: the output offset after it, or -1 to stop (allclose found a difference). */
    private int chunkReal(int m, int o, int so, double[] xr, double[] yr, double[] av, double[] rv) {
        for (int j = 0; j < m; j++) {
            if (!store(o, closeReal(xr[j], yr[j], av[j], rv[j]))) {
                return -1;
            }
            o += so;
        }
        return o;
    }

    /** float64 x and y, scalar tolerances: the common case without per-element dtype dispatch. */
    private void runDoubles(int n, int o, int so, double[] x, int ix, int sx, double[] y, int iy, int sy, double at,
            double rt) {
        for (int j = 0; j < n; j++) {
            double xv = x[ix];
            double yv = y[iy];
            double ay = Math.abs(yv);
            double lhs = Math.abs(xv - yv);
            double rhs = at + rt * ay;
            boolean c = lhs <= rhs && ay < Double.POSITIVE_INFINITY || xv == yv;
            if (!(lhs < Double.POSITIVE_INFINITY && rhs < Double.POSITIVE_INFINITY)) {
                c = close(xv, 0, yv, 0, at, rt); // NaN, inf or overflow: the full rules
            }
            if (!store(o, c)) {
                return;
            }
            o += so;
            ix += sx;
            iy += sy;
        }
    }

    /** float32 x and y, everything computed in float32, scalar tolerances: float arithmetic. */
    private void runFloats(int n, int o, int so, float[] x, int ix, int sx, float[] y, int iy, int sy, double at,
            double rt) {
        float a = (float) at;
        float r = (float) rt;
        for (int j = 0; j < n; j++) {
            float xv = x[ix];
            float yv = y[iy];
            float lhs = Math.abs(xv - yv);
            float rhs = a + r * Math.abs(yv);
            boolean c = lhs <= rhs || xv == yv;
            if (!(lhs < Float.POSITIVE_INFINITY && rhs < Float.POSITIVE_INFINITY)) {
                c = close(xv, 0, yv, 0, at, rt); // NaN, inf or overflow: the full rules
            }
            if (!store(o, c)) {
                return;
            }
            o += so;
            ix += sx;
            iy += sy;
        }
    }

    private boolean store(int o, boolean c) {
        if (out != null) {
            out[o] = c ? (byte) 1 : 0;
        } else if (!c) {
            allTrue = false;
            if (!checkOver) {
                stop = true;
                return false;
            }
        }
        return true;
    }

    /**
     * One element of real x and y: the formula's common case (everything finite: then y is finite
     * and nothing overflowed), else {@link #close}.
     */
    private boolean closeReal(double xr, double yr, double at, double rt) {
        double xd = dF32 ? (float) xr : xr;
        double yd = dF32 ? (float) yr : yr;
        double d = xd - yd;
        double lhs = Math.abs(dF32 ? (float) d : d);
        double ay = Math.abs(yr);
        double t = (r1F32 ? (float) rt : rt) * (yF32 ? (float) ay : ay);
        double rhs = (r2F32 ? (float) at : at) + (r1F32 ? (float) t : t);
        if (r2F32) {
            rhs = (float) rhs;
        }
        if (lhs < Double.POSITIVE_INFINITY && rhs < Double.POSITIVE_INFINITY) {
            return lhs <= rhs || xd == yd;
        }
        return close(xr, 0, yr, 0, at, rt);
    }

    /** One element of NumPy's formula. */
    private boolean close(double xr, double xi, double yr, double yi, double at, double rt) {
        double xd = dF32 ? (float) xr : xr;
        double yd = dF32 ? (float) yr : yr;
        double lhs;
        double dr = xd - yd;
        double di = 0;
        if (dF32) {
            dr = (float) dr;
        }
        if (dComplex) {
            double xdi = dF32 ? (float) xi : xi;
            double ydi = dF32 ? (float) yi : yi;
            di = xdi - ydi;
            if (dF32) {
                di = (float) di;
            }
            lhs = Math.hypot(dr, di);
            if (dF32) {
                lhs = (float) lhs;
            }
        } else {
            lhs = Math.abs(dr);
        }
        double ay = yComplex ? Math.hypot(yr, yi) : Math.abs(yr);
        if (yF32) {
            ay = (float) ay;
        }
        double r = r1F32 ? (float) rt : rt;
        double t = r * ay;
        if (r1F32) {
            t = (float) t;
        }
        double a = r2F32 ? (float) at : at;
        double rhs = a + t;
        if (r2F32) {
            rhs = (float) rhs;
        }
        boolean yFinite = Double.isFinite(yr) && Double.isFinite(yi);
        boolean equal = dComplex ? xd == yd && (dF32 ? (float) xi == (float) yi : xi == yi) : xd == yd;
        boolean c = lhs <= rhs && yFinite || equal;
        if (equalNan && !c && (xr != xr || xi != xi) && (yr != yr || yi != yi)) {
            c = true;
        }
        if (checkOver && !(lhs < Double.POSITIVE_INFINITY && rhs < Double.POSITIVE_INFINITY)) {
            int f = 0;
            if (Double.isInfinite(dr) && Double.isFinite(xd) && Double.isFinite(yd)
                    || dComplex && Double.isInfinite(di) && Double.isFinite(xi) && Double.isFinite(yi)) {
                f |= OVER_SUBTRACT;
            }
            if (dComplex && Double.isInfinite(lhs) && Double.isFinite(dr) && Double.isFinite(di)
                    || yComplex && Double.isInfinite(ay) && yFinite) {
                f |= OVER_ABS;
            }
            if (Double.isInfinite(t) && Double.isFinite(r) && Double.isFinite(ay)) {
                f |= OVER_MULTIPLY;
            }
            if (Double.isInfinite(rhs) && Double.isFinite(a) && Double.isFinite(t)) {
                f |= OVER_ADD;
            }
            overflows |= f & numpyOps;
        }
        return c;
    }

    // ---------------------------------------------------------------- planning helpers

    /**
     * {@code np.result_type(a, b)} of two dtypes or Python scalars, with the float64 results of
     * the common cases found without the general promotion: a float64 dtype with any real dtype up
     * to float64 or Python scalar, a Python float with another Python scalar or a bool, integer or
     * float64 dtype.
     */
    static DType promote(Object a, Object b) {
        if (f64(a, b) || f64(b, a)) {
            return DType.FLOAT64;
        }
        return Np.resultType(a, b);
    }

    private static boolean f64(Object a, Object b) {
        boolean weakB = b instanceof Double || b instanceof Long || b instanceof Boolean;
        if (a instanceof DType && ((DType) a).code() == DType.Code.FLOAT64) {
            return weakB || b instanceof DType && (((DType) b).isBool() || ((DType) b).isInteger() || ((DType) b).isFloat());
        }
        if (a instanceof Double) {
            return weakB || b instanceof DType && (((DType) b).isBool() || ((DType) b).isInteger()
                    || ((DType) b).code() == DType.Code.FLOAT64);
        }
        return false;
    }

    private static boolean isScalar(Object v) {
        return !(v instanceof NDArray);
    }

    private static Object typeOf(Object v) {
        return v instanceof NDArray ? ((NDArray) v).dtype() : v;
    }

    private static int[] shapeOf(Object v) {
        return v instanceof NDArray ? ((NDArray) v).shape() : new int[0];
    }

    /** A Python scalar as a 0-d float64/complex128 array (exact for the values {@link #scalarOk} lets through). */
    private static NDArray asArray(Object v) {
        if (v instanceof NDArray) {
            return (NDArray) v;
        }
        if (v instanceof Complex) {
            Complex c = (Complex) v;
            return Internals.wrap(DType.COMPLEX128, new double[] {c.re(), c.im()}, new int[0]);
        }
        double d = v instanceof Boolean ? ((Boolean) v ? 1 : 0) : ((Number) v).doubleValue();
        return Internals.wrap(DType.FLOAT64, new double[] {d}, new int[0]);
    }

    /** bool, integers, floats, complex (arrays) and Python bool/int/float/complex. */
    private static boolean numeric(Object v) {
        if (v instanceof NDArray) {
            DType d = ((NDArray) v).dtype();
            return d.isBool() || d.isInteger() || d.isFloat() || d.isComplex();
        }
        return !(v instanceof BigInteger);
    }

    private static boolean inexact(DType d) {
        DType.Code c = d.code();
        return c == DType.Code.FLOAT32 || c == DType.Code.FLOAT64 || c == DType.Code.COMPLEX64
                || c == DType.Code.COMPLEX128;
    }

    private static boolean real(DType d) {
        return d.code() == DType.Code.FLOAT32 || d.code() == DType.Code.FLOAT64;
    }

    private static boolean is32(DType d) {
        return d.code() == DType.Code.FLOAT32 || d.code() == DType.Code.COMPLEX64;
    }

    /**
     * Whether a Python scalar converts to a float32 computation (f32) exactly as NumPy converts
     * it: ints up to 2^53 (one rounding), floats within float32's range (no overflow in cast).
     */
    private static boolean scalarOk(Object v, boolean f32) {
        if (!f32 || v instanceof NDArray || v instanceof Boolean) {
            return true;
        }
        if (v instanceof Long) {
            return Math.abs((double) (Long) v) <= TWO_53;
        }
        if (v instanceof Double) {
            return inFloatRange((Double) v);
        }
        if (v instanceof Complex) {
            return inFloatRange(((Complex) v).re()) && inFloatRange(((Complex) v).im());
        }
        return false;
    }

    private static boolean inFloatRange(double d) {
        return !Double.isFinite(d) || Math.abs(d) <= Float.MAX_VALUE;
    }
}
