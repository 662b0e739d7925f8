package org.numpyjvm.api.internal.ufunc;

import java.util.HashMap;
import java.util.Map;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.FloatErrors;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.internal.core.Elements;
import org.numpyjvm.api.internal.core.Internals;
import org.numpyjvm.api.internal.core.Shapes;
import org.numpyjvm.api.internal.loops.StridedLoop;

/**
 * Detection of NumPy's floating-point errors after a loop, as the IEEE status flags NumPy reads
 * would have reported them (Java has no FP flags): only when {@link FloatErrors#checking()}. The
 * cheap first pass scans the float output for non-finite values; only when it finds one (or
 * underflow is not ignored) a second pass compares each output element with its inputs:
 * <ul>
 * <li>NaN from inputs without NaN: invalid;
 * <li>±inf from finite inputs: what {@link #RULES} says for the ufunc (divide by zero when the
 *     divisor is zero for division-like ufuncs, always for poles such as log, when the base is
 *     zero for power; overflow otherwise, the default for ufuncs not listed);
 * <li>underflow (only when not ignored): a subnormal result from inputs that are not, or zero
 *     from non-zero finite inputs where the ufunc's rule says zero can only come from underflow;
 * <li>integer loops of division-like ufuncs: a zero divisor is divide by zero; floor_divide's
 *     {@code MIN // -1} is overflow (NumPy 2). Other integer overflow is silent, as in NumPy.
 * </ul>
 * Reductions, accumulations and casts have their own checks with NumPy's names
 * ({@code reduce}, {@code accumulate}, {@code cast}).
 */
public final class FpChecks {
    private FpChecks() {
    }

    // ---------------------------------------------------------------- the rule table

    /** What a ±inf from finite inputs means (INF_NONE: nothing, as hypot). */
    static final int INF_OVERFLOW = 0, INF_DIVISOR = 1, INF_DIVIDE = 2, INF_POWER = 3, INF_NONE = 4;

    /** One ufunc's rule. */
    static final class Rule {
        final int inf;
        /** Integer loops: a zero second operand is divide by zero. */
        final boolean intDivide;
        /** Integer loops: signed MIN / -1 is overflow. */
        final boolean intMinOverflow;
        /** A zero float result from non-zero finite inputs is an underflow (multiply, exp, ...). */
        final boolean zeroUnderflow;
        /** Results are exact: never underflow (add, maximum, floor, ...). */
        final boolean exact;
        /** The name in messages when it differs from the ufunc's (true_divide is "divide"). */
        final String shown;
        /** NaN results from non-NaN inputs are not invalid (spacing(inf)). */
        boolean quietNaN;

        Rule(int inf, boolean intDivide, boolean intMinOverflow, boolean zeroUnderflow, boolean exact, String shown) {
            this.inf = inf;
            this.intDivide = intDivide;
            this.intMinOverflow = intMinOverflow;
            this.zeroUnderflow = zeroUnderflow;
            this.exact = exact;
            this.shown = shown;
        }
    }

    private static final Rule DEFAULT = new Rule(INF_OVERFLOW, false, false, false, false, null);
    private static final Map<String, Rule> RULES = new HashMap<>();

    static {
        Rule division = new Rule(INF_DIVISOR, true, false, true, false, null);
        RULES.put("true_divide", new Rule(INF_DIVISOR, true, false, true, false, "divide"));
        RULES.put("divide", division);
        RULES.put("floor_divide", new Rule(INF_DIVISOR, true, true, false, false, null));
        RULES.put("divmod", new Rule(INF_DIVISOR, true, true, false, false, null));
        RULES.put("remainder", new Rule(INF_DIVISOR, true, false, false, true, null));
        RULES.put("mod", new Rule(INF_DIVISOR, true, false, false, true, "remainder"));
        RULES.put("fmod", new Rule(INF_DIVISOR, true, false, false, true, null));
        Rule pole = new Rule(INF_DIVIDE, false, false, false, false, null);
        for (String n : new String[] {"log", "log2", "log10", "log1p", "arctanh"}) {
            RULES.put(n, pole);
        }
        // integer reciprocal of 0: NumPy reports divide by zero and invalid
        RULES.put("reciprocal", new Rule(INF_DIVIDE, true, false, false, false, null));
        RULES.put("hypot", new Rule(INF_NONE, false, false, false, false, null));
        Rule spacing = new Rule(INF_OVERFLOW, false, false, false, true, null);
        spacing.quietNaN = true;
        RULES.put("spacing", spacing);
        Rule power = new Rule(INF_POWER, false, false, true, false, null);
        RULES.put("power", power);
        RULES.put("float_power", power);
        Rule underflowing = new Rule(INF_OVERFLOW, false, false, true, false, null);
        for (String n : new String[] {"multiply", "square", "exp", "exp2", "ldexp"}) {
            RULES.put(n, underflowing);
        }
        Rule exact = new Rule(INF_OVERFLOW, false, false, false, true, null);
        for (String n : new String[] {"add", "subtract", "maximum", "minimum", "fmax", "fmin", "absolute", "abs",
            "fabs", "negative", "positive", "conjugate", "sign", "copysign", "floor", "ceil", "trunc", "rint",
            "heaviside", "modf", "frexp"}) {
            RULES.put(n, exact);
        }
    }

    static Rule rule(String ufunc) {
        Rule r = RULES.get(ufunc);
        return r != null ? r : DEFAULT;
    }

    /** The ufunc's name in NumPy's messages ({@code true_divide} is {@code divide}). */
    public static String shownName(String ufunc) {
        Rule r = RULES.get(ufunc);
        return r != null && r.shown != null ? r.shown : ufunc;
    }

    // ---------------------------------------------------------------- ufunc calls

    /**
     * After the loop r = f(arrs...): arrs have the loop dtypes (broadcast to r), mask is null or
     * a bool array broadcast to r (elements outside it are not looked at in the second pass).
     */
    static void afterLoop(UfuncDef f, NDArray[] arrs, NDArray r, NDArray mask) {
        afterLoop(f, arrs, r, mask, false);
    }

    /** {@link #afterLoop}; {@code finite}: the caller has already scanned r (float/complex) and found no NaN or ±inf. */
    static void afterLoop(UfuncDef f, NDArray[] arrs, NDArray r, NDArray mask, boolean finite) {
        Rule rule = f.fpRule;
        if (rule == null) {
            f.fpRule = rule = rule(f.name);
        }
        String ufunc = f.name;
        DType ot = r.dtype();
        int flags;
        if (ot.isFloat() || ot.isComplex()) {
            boolean under = !rule.exact && !ot.isComplex() && FloatErrors.enabled(FloatErrors.Category.UNDER);
            if (!under && (finite || !anyNonFinite(r))) {
                return;
            }
            flags = floatPass(rule, arrs, r, mask, under);
        } else if (ot.isInteger() && rule.intDivide && arrs.length == 1 && arrs[0].dtype().isInteger()) {
            flags = (scan(arrs[0]) & ZERO) != 0
                    ? FloatErrors.Category.DIVIDE.flag() | FloatErrors.Category.INVALID.flag() : 0;
        } else if (ot.isInteger() && rule.intDivide && arrs.length == 2 && arrs[1].dtype().isInteger()) {
            flags = intPass(rule, arrs, r, mask);
        } else {
            return;
        }
        FloatErrors.report(flags, rule.shown != null ? rule.shown : ufunc);
    }

    /** Operands r, arrs..., mask broadcast to r's shape, for the second passes. */
    private static void walk(NDArray r, NDArray[] arrs, NDArray mask, StridedLoop.Body body) {
        int[] shape = r.shape();
        int nop = 1 + arrs.length + (mask != null ? 1 : 0);
        int[] offsets = new int[nop];
        int[][] strides = new int[nop][];
        offsets[0] = Internals.offset(r);
        strides[0] = Internals.strides(r);
        for (int i = 0; i < arrs.length; i++) {
            offsets[i + 1] = Internals.offset(arrs[i]);
            strides[i + 1] = Shapes.broadcastStrides(arrs[i].shape(), Internals.strides(arrs[i]), shape);
        }
        if (mask != null) {
            offsets[nop - 1] = Internals.offset(mask);
            strides[nop - 1] = Shapes.broadcastStrides(mask.shape(), Internals.strides(mask), shape);
        }
        StridedLoop.forEach(shape, offsets, strides, body);
    }

    private static int floatPass(Rule rule, NDArray[] arrs, NDArray r, NDArray mask, boolean under) {
        final DType ot = r.dtype();
        final Object od = Internals.data(r);
        final int nin = arrs.length;
        final DType[] it = new DType[nin];
        final Object[] id = new Object[nin];
        for (int i = 0; i < nin; i++) {
            it[i] = arrs[i].dtype();
            id[i] = Internals.data(arrs[i]);
        }
        final byte[] md = mask != null ? (byte[]) Internals.data(mask) : null;
        final double tiny = minNormal(ot);
        final boolean complex = ot.isComplex();
        final int[] flags = {0};
        final double[] in = new double[2 * nin];
        walk(r, arrs, mask, (n, off, st) -> {
            for (int k = 0; k < n; k++) {
                if (md != null && md[off[nin + 1] + k * st[nin + 1]] == 0) {
                    continue;
                }
                int po = off[0] + k * st[0];
                double re = Elements.getDouble(ot, od, po);
                double im = complex ? Elements.getImag(ot, od, po) : 0;
                if (re - re == 0 && im - im == 0 && !(under && Math.abs(re) < tiny)) {
                    continue;
                }
                boolean inNaN = false;
                boolean inInf = false;
                for (int i = 0; i < nin; i++) {
                    int p = off[i + 1] + k * st[i + 1];
                    double a = Elements.getDouble(it[i], id[i], p);
                    double b = Elements.getImag(it[i], id[i], p);
                    in[2 * i] = a;
                    in[2 * i + 1] = b;
                    inNaN |= a != a || b != b;
                    inInf |= Double.isInfinite(a) || Double.isInfinite(b);
                }
                int f = component(rule, re, in, nin, inNaN, inInf, under, tiny)
                        | component(rule, im, in, nin, inNaN, inInf, false, tiny);
                if (complex && rule.inf != INF_DIVISOR && (Double.isInfinite(re) || Double.isInfinite(im))) {
                    // an overflowing complex product: NumPy's C99 recovery gives ±inf parts, no invalid
                    f &= ~FloatErrors.Category.INVALID.flag();
                }
                flags[0] |= f;
            }
        });
        return flags[0];
    }

    /** The status of one output component v given the element's inputs (re, im pairs in {@code in}). */
    private static int component(Rule rule, double v, double[] in, int nin, boolean inNaN, boolean inInf,
            boolean under, double tiny) {
        if (v != v) {
            return inNaN || rule.quietNaN ? 0 : FloatErrors.Category.INVALID.flag();
        }
        if (Double.isInfinite(v)) {
            if (inNaN || inInf) {
                return 0;
            }
            boolean divide;
            switch (rule.inf) {
                case INF_DIVISOR: divide = nin > 1 && in[2] == 0 && in[3] == 0; break;
                case INF_DIVIDE: divide = true; break;
                case INF_POWER: divide = in[0] == 0 && in[1] == 0; break;
                case INF_NONE: return 0;
                default: divide = false;
            }
            return (divide ? FloatErrors.Category.DIVIDE : FloatErrors.Category.OVER).flag();
        }
        if (!under || inNaN || inInf || Math.abs(v) >= tiny) {
            return 0;
        }
        boolean inZero = false;
        boolean inTiny = false;
        for (int i = 0; i < nin; i++) {
            double a = Math.abs(in[2 * i]);
            inZero |= a == 0;
            inTiny |= a != 0 && a < tiny;
        }
        if (v == 0) {
            return rule.zeroUnderflow && !inZero ? FloatErrors.Category.UNDER.flag() : 0;
        }
        if (rule.zeroUnderflow && nin == 2 && !inZero) {
            // multiply/divide of a subnormal can be exact: report only an inexact result
            boolean exact = rule.inf == INF_DIVISOR ? v * in[2] == in[0] : v / in[2] == in[0];
            return exact ? 0 : FloatErrors.Category.UNDER.flag();
        }
        return inTiny ? 0 : FloatErrors.Category.UNDER.flag();
    }

    private static int intPass(Rule rule, NDArray[] arrs, NDArray r, NDArray mask) {
        final DType at = arrs[0].dtype();
        final DType bt = arrs[1].dtype();
        if (!anyZeroOrMinusOne(arrs[1])) {
            return 0;
        }
        final Object ad = Internals.data(arrs[0]);
        final Object bd = Internals.data(arrs[1]);
        final byte[] md = mask != null ? (byte[]) Internals.data(mask) : null;
        final boolean minCheck = rule.intMinOverflow && at.isSignedInteger() && bt.isSignedInteger();
        final long min = Long.MIN_VALUE >> (64 - 8 * at.itemsize());
        final int[] flags = {0};
        walk(r, arrs, mask, (n, off, st) -> {
            for (int k = 0; k < n; k++) {
                if (md != null && md[off[3] + k * st[3]] == 0) {
                    continue;
                }
                long b = Elements.getLong(bt, bd, off[2] + k * st[2]);
                if (b == 0) {
                    flags[0] |= FloatErrors.Category.DIVIDE.flag();
                } else if (minCheck && b == -1 && Elements.getLong(at, ad, off[1] + k * st[1]) == min) {
                    flags[0] |= FloatErrors.Category.OVER.flag();
                }
            }
        });
        return flags[0];
    }

    /** The cheap first pass of integer division: whether a divisor is 0 or -1 (all bits set). */
    private static boolean anyZeroOrMinusOne(NDArray b) {
        final Object d = Internals.data(b);
        final boolean[] found = {false};
        StridedLoop.forEach(b.shape(), new int[] {Internals.offset(b)}, new int[][] {Internals.strides(b)},
            (n, off, st) -> {
                if (found[0]) {
                    return;
                }
                if (d instanceof long[]) {
                    long[] a = (long[]) d;
                    for (int k = 0, p = off[0]; k < n; k++, p += st[0]) {
                        if (a[p] + 1 >>> 1 == 0) { // 0 or -1
                            found[0] = true;
                            return;
                        }
                    }
                } else if (d instanceof int[]) {
                    int[] a = (int[]) d;
                    for (int k = 0, p = off[0]; k < n; k++, p += st[0]) {
                        if (a[p] + 1 >>> 1 == 0) {
                            found[0] = true;
                            return;
                        }
                    }
                } else {
                    found[0] = true; // 8 and 16 bits: the exact pass decides
                }
            });
        return found[0];
    }

    // ---------------------------------------------------------------- reductions

    /**
     * After {@code reduce}/{@code accumulate} ({@code where}): {@code r} the result,
     * {@code in} the (loop-typed) input, {@code divisors} the elements that were second operands.
     * Whole-array approximation: a non-finite result counts only when the input has none.
     */
    static void afterReduce(String ufunc, NDArray in, NDArray divisors, NDArray r, String where) {
        Rule rule = rule(ufunc);
        DType ot = r.dtype();
        int flags = 0;
        if (ot.isFloat() || ot.isComplex()) {
            boolean under = !rule.exact && !ot.isComplex() && rule.zeroUnderflow
                    && FloatErrors.enabled(FloatErrors.Category.UNDER);
            if (!under && !anyNonFinite(r)) {
                return;
            }
            int out = scan(r);
            int inp = scan(in);
            if ((out & NAN) != 0 && (inp & NAN) == 0) {
                flags |= FloatErrors.Category.INVALID.flag();
            }
            if ((out & INF) != 0 && (inp & (NAN | INF)) == 0 && rule.inf != INF_NONE) {
                boolean divide = rule.inf == INF_DIVIDE
                        || rule.inf == INF_DIVISOR && divisors != null && (scan(divisors) & ZERO) != 0;
                flags |= (divide ? FloatErrors.Category.DIVIDE : FloatErrors.Category.OVER).flag();
            }
            if (under && (out & (ZERO | TINY)) != 0 && (inp & (ZERO | TINY | NAN | INF)) == 0) {
                flags |= FloatErrors.Category.UNDER.flag();
            }
        } else if (ot.isInteger() && rule.intDivide && divisors != null && (scan(divisors) & ZERO) != 0) {
            flags = FloatErrors.Category.DIVIDE.flag();
        }
        FloatErrors.report(flags, where);
    }

    private static final int NAN = 1, INF = 2, ZERO = 4, TINY = 8;

    /** Which of NaN, ±inf, zero, subnormal occur in a (any component). */
    private static int scan(NDArray a) {
        final DType t = a.dtype();
        final Object d = Internals.data(a);
        final boolean complex = t.isComplex();
        final double tiny = t.isFloat() || complex ? minNormal(t) : 0;
        final int[] seen = {0};
        StridedLoop.forEach(a.shape(), new int[] {Internals.offset(a)}, new int[][] {Internals.strides(a)},
            (n, off, st) -> {
                for (int k = 0, p = off[0]; k < n; k++, p += st[0]) {
                    seen[0] |= classify(Elements.getDouble(t, d, p), tiny)
                            | (complex ? classify(Elements.getImag(t, d, p), tiny) : 0);
                }
            });
        return seen[0];
    }

    private static int classify(double v, double tiny) {
        if (v != v) {
            return NAN;
        }
        if (Double.isInfinite(v)) {
            return INF;
        }
        if (v == 0) {
            return ZERO;
        }
        return Math.abs(v) < tiny ? TINY : 0;
    }

    // ---------------------------------------------------------------- casts

    /** Whether casting src to dst can raise an FP error (float/complex to a narrower float or to an integer). */
    public static boolean castMayFail(DType src, DType dst) {
        if (!src.isFloat() && !src.isComplex()) {
            // integers overflow only float16 (max 65504) from 16 bits up
            return src.isInteger() && src.itemsize() >= 2 && dst.code() == DType.Code.FLOAT16;
        }
        if (dst.isInteger()) {
            return true;
        }
        return (dst.isFloat() || dst.isComplex()) && dst.itemsize() / dst.slots() < src.itemsize() / src.slots();
    }

    /** The name of casts in messages: "cast", or the ufunc's while it copies its result into {@code out=}. */
    static String castName = "cast";

    /** After {@code dst[...] = src} with {@link #castMayFail}: overflow/underflow to float, invalid to integer. */
    public static void afterCast(NDArray dst, NDArray src) {
        afterCast(dst, src, false);
    }

    /** {@link #afterCast}; {@code finite}: the caller has already scanned dst (float/complex) and found no NaN or ±inf. */
    public static void afterCast(NDArray dst, NDArray src, boolean finite) {
        final DType dt = dst.dtype();
        final DType st = src.dtype();
        final boolean toInt = dt.isInteger();
        final boolean under = !toInt && FloatErrors.enabled(FloatErrors.Category.UNDER);
        if (!toInt && !under && (finite || !anyNonFinite(dst))) {
            return;
        }
        final Object dd = Internals.data(dst);
        final Object sd = Internals.data(src);
        final double tiny = toInt ? 0 : minNormal(dt);
        final boolean complex = st.isComplex() && dt.isComplex();
        final double[] range = toInt ? intRange(dt) : null;
        final int[] flags = {0};
        walk(dst, new NDArray[] {src}, null, (n, off, s) -> {
            for (int k = 0; k < n; k++) {
                int ps = off[1] + k * s[1];
                double v = Elements.getDouble(st, sd, ps);
                if (toInt) {
                    if (!(v > range[0] && v < range[1])) {
                        flags[0] |= FloatErrors.Category.INVALID.flag();
                    }
                    continue;
                }
                int pd = off[0] + k * s[0];
                flags[0] |= castComponent(v, Elements.getDouble(dt, dd, pd), tiny, under);
                if (complex) {
                    flags[0] |= castComponent(Elements.getImag(st, sd, ps), Elements.getImag(dt, dd, pd), tiny, under);
                }
            }
        });
        FloatErrors.report(flags[0], castName);
    }

    private static int castComponent(double from, double to, double tiny, boolean under) {
        if (Double.isInfinite(to) && !Double.isInfinite(from) && from == from) {
            return FloatErrors.Category.OVER.flag();
        }
        if (under && Math.abs(to) < tiny && to != from && from - from == 0) {
            return FloatErrors.Category.UNDER.flag();
        }
        return 0;
    }

    /**
     * After storing Java values (Python scalars) into float16/float32/complex64 storage (creation
     * from nested lists, fill): NumPy's "overflow encountered in cast" for a finite value that
     * became ±inf. {@code values.get(i)} went to slot {@code i * slots}.
     */
    public static void afterStores(DType dt, Object data, java.util.List<?> values) {
        DType.Code c = dt.code();
        if (c != DType.Code.FLOAT16 && c != DType.Code.FLOAT32 && c != DType.Code.COMPLEX64) {
            return;
        }
        int w = dt.slots();
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            double re;
            double im = 0;
            if (v instanceof org.numpyjvm.api.Complex) {
                re = ((org.numpyjvm.api.Complex) v).re();
                im = ((org.numpyjvm.api.Complex) v).im();
            } else if (v instanceof Number) {
                re = ((Number) v).doubleValue();
            } else {
                continue;
            }
            if (castComponent(re, Elements.getDouble(dt, data, i * w), 0, false) != 0
                    || castComponent(im, Elements.getImag(dt, data, i * w), 0, false) != 0) {
                FloatErrors.report(FloatErrors.Category.OVER.flag(), castName);
                return;
            }
        }
    }

    /**
     * The open range of doubles a float→int cast takes without the invalid flag (x86-64 as NumPy
     * builds: int8..int32, uint8, uint16 convert through int32, uint32 through int64, uint64
     * through int64 or with an offset of 2**63).
     */
    private static double[] intRange(DType dt) {
        switch (dt.code()) {
            case INT64:
            case UINT32: return new double[] {-9223372036854777856.0, 9223372036854775808.0};
            case UINT64: return new double[] {-9223372036854777856.0, 18446744073709551616.0};
            default: return new double[] {-2147483649.0, 2147483648.0};
        }
    }

    // ---------------------------------------------------------------- the cheap first pass

    private static double minNormal(DType t) {
        switch (t.code()) {
            case FLOAT16: return 6.103515625e-05;
            case FLOAT32:
            case COMPLEX64: return Float.MIN_NORMAL;
            default: return Double.MIN_NORMAL;
        }
    }

    /** Whether a float/complex array holds a NaN or ±inf: one tight loop per run. */
    static boolean anyNonFinite(NDArray a) {
        final Object d = Internals.data(a);
        final int w = a.dtype().slots();
        if (a.isCContiguous()) {
            return nonFiniteRun(d, Internals.offset(a), w, a.size(), w);
        }
        final boolean[] found = {false};
        StridedLoop.forEach(a.shape(), new int[] {Internals.offset(a)}, new int[][] {Internals.strides(a)},
            (n, off, st) -> {
                if (!found[0]) {
                    found[0] = nonFiniteRun(d, off[0], st[0], n, w);
                }
            });
        return found[0];
    }

    /**
     * Whether a run of n elements of float/complex storage ({@code w} slots each, stride st in
     * slots) holds a NaN or ±inf (float16: in short storage).
     */
    public static boolean nonFiniteRun(Object data, int off, int st, int n, int w) {
        if (data instanceof double[]) {
            double[] d = (double[]) data;
            if (st == w) {
                return nonFiniteContiguous(d, off, n * w);
            }
            double s = 0;
            for (int k = 0, p = off; k < n; k++, p += st) {
                s += d[p] * 0.0 + d[p + w - 1] * 0.0; // NaN iff a part is NaN or ±inf
            }
            return s != 0;
        }
        if (data instanceof float[]) {
            float[] d = (float[]) data;
            if (st == w) {
                return nonFiniteContiguous(d, off, n * w);
            }
            float s = 0;
            for (int k = 0, p = off; k < n; k++, p += st) {
                s += d[p] * 0.0f + d[p + w - 1] * 0.0f;
            }
            return s != 0;
        }
        if (data instanceof short[]) {
            short[] d = (short[]) data;
            for (int k = 0, p = off; k < n; k++, p += st) {
                if ((d[p] & 0x7c00) == 0x7c00) {
                    return true;
                }
            }
        }
        return false;
    }

    /*
     * x * 0 + 1 is 1 for finite x and NaN otherwise, and (int) NaN is 0: the AND of those ints over
     * a block is 0 iff the block holds a NaN or ±inf. An int AND reduction of a conversion is a loop
     * HotSpot's C2 vectorises (a floating-point sum is not: its order is fixed); blocks of 4096 give
     * an early exit.
     */
    private static boolean nonFiniteContiguous(float[] d, int off, int n) {
        int end = off + n;
        for (int b = off; b < end; b += 4096) {
            int e = Math.min(end, b + 4096);
            int all = 1;
            for (int p = b; p < e; p++) {
                all &= (int) (d[p] * 0.0f + 1.0f);
            }
            if (all == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean nonFiniteContiguous(double[] d, int off, int n) {
        int end = off + n;
        for (int b = off; b < end; b += 4096) {
            int e = Math.min(end, b + 4096);
            int all = 1;
            for (int p = b; p < e; p++) {
                all &= (int) (d[p] * 0.0 + 1.0);
            }
            if (all == 0) {
                return true;
            }
        }
        return false;
    }
}
