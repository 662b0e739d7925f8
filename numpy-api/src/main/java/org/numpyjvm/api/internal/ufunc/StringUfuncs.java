package org.numpyjvm.api.internal.ufunc;

import org.numpyjvm.api.Complex;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.OverflowError;
import org.numpyjvm.api.TypeError;
import org.numpyjvm.api.UFuncNoLoopError;
import org.numpyjvm.api.UFuncTypeError;
import org.numpyjvm.api.internal.creation.StringWidths;

/**
 * Loop selection for ufunc calls with a {@code U} ({@code str_}) or {@code S} ({@code bytes_})
 * operand (NumPy 2's string loops and its errors for them); {@link TypeResolution} hands such calls
 * here, so the numeric paths never look at strings.
 * <ul>
 * <li>Comparisons ({@code equal} ... {@code greater_equal}) of two {@code U} or two {@code S}
 *     operands of any widths: the loop {@code (in0, in1) -> bool}; inputs are never cast.
 *     {@code dtype=} may only be bool ("No loop matching the specified signature and casting was
 *     found"); any other operand pair is NumPy's {@code _UFuncNoLoopError} naming DType classes
 *     ({@code <class 'numpy.dtypes.StrDType'>}, {@code _PyLongDType} for a Python int).</li>
 * <li>{@code add} of two {@code U} or two {@code S}: {@code (U n, U m) -> U (n+m)}; NumPy ignores
 *     {@code dtype=} here. {@code U} with {@code S}: "ufunc 'add' cannot use operands with types
 *     ...". A string with a number: the legacy error naming dtypes ({@code dtype('<U1'),
 *     dtype('int64')}: a Python int shows as int64).</li>
 * <li>{@code multiply} of a string and an integer (any integer dtype, not bool): NumPy's
 *     {@code (U n, int64) -> U} loop (either order, {@code S} likewise), only with {@code out=}
 *     (else its "The 'out' kwarg is necessary" TypeError), whose dtype taken as the input's string
 *     kind is the loop's output: the result is cut to its width ({@link #multiply},
 *     {@link #kernel}).</li>
 * <li>{@code logical_and}, {@code logical_or}, {@code logical_xor} with any string operand:
 *     NumPy's logical promoter, every operand as bool ({@code (?, ?) -> ?}; a string is true when
 *     not empty).</li>
 * <li>{@code subtract}, {@code multiply} (without an integer operand), {@code maximum},
 *     {@code minimum}, {@code fmax}, {@code fmin}, {@code gcd}, {@code lcm}: NumPy 2.4 has no string
 *     loops; its legacy error naming dtypes. {@code negative}, {@code positive},
 *     {@code absolute}, {@code sign}: the error naming DType classes.</li>
 * <li>Other ufuncs: {@code null}, the table search runs and fails as NumPy's does
 *     ("not supported for the input types").</li>
 * </ul>
 * NumPy does not list its string loops in {@code ufunc.types}, so neither does the table.
 */
final class StringUfuncs {
    private StringUfuncs() {
    }

    /** True when a dtype of {@code in} is {@code U} or {@code S}. */
    static boolean hasString(DType[] in) {
        for (DType d : in) {
            if (d != null && d.isString()) {
                return true;
            }
        }
        return false;
    }

    /** Operand dtypes without promotion: arrays' own, a weak Python scalar's default (int64, float64, complex128). */
    static DType[] operandTypes(Object[] ops) {
        DType[] dts = new DType[ops.length];
        for (int i = 0; i < ops.length; i++) {
            Object o = ops[i];
            dts[i] = o instanceof NDArray ? ((NDArray) o).dtype()
                    : TypeResolution.isWeakInt(o) ? DType.INT64 : o instanceof Complex ? DType.COMPLEX128 : DType.FLOAT64;
        }
        return dts;
    }

    /**
     * The loop (inputs then output) for input dtypes {@code in} of which one is a string, NumPy's
     * error, or null for ufuncs that take the table search.
     *
     * @param ops the operands (arrays or weak Python scalars), null when all are arrays of dtypes {@code in}
     * @param out the dtype of {@code out=}, null without one
     * @param casting the casting rule ({@code multiply} checks its integer input's cast with it)
     */
    static DType[] resolve(UfuncDef f, Object[] ops, DType[] in, DType dtype, DType out, String casting) {
        if (f.nin == 1) {
            switch (f.name) {
                case "negative": case "positive": case "absolute": case "sign":
                    throw TypeResolution.noLoop(f, ops != null ? ops : in);
                default:
                    return null;
            }
        }
        if (f.nin != 2 || f.nout != 1) {
            return null;
        }
        switch (f.name) {
            case "logical_and": case "logical_or": case "logical_xor":
                // NumPy's logical promoter: every operand as bool (a string is true when not empty)
                if (dtype != null && !dtype.isBool()) {
                    throw new TypeError("No loop matching the specified signature and casting was found for ufunc " + f.name);
                }
                return new DType[] {DType.BOOL, DType.BOOL, DType.BOOL};
            default:
                break;
        }
        DType a = in[0];
        DType b = in[1];
        boolean same = a.isString() && b.isString() && a.code() == b.code();
        if (f.comparison) {
            if (!same) {
                throw TypeResolution.noLoop(f, ops != null ? ops : in);
            }
            if (dtype != null && !dtype.isBool()) {
                throw new TypeError("No loop matching the specified signature and casting was found for ufunc " + f.name);
            }
            return new DType[] {a, b, DType.BOOL};
        }
        switch (f.name) {
            case "add":
                if (same) {
                    int n = a.stringLength() + b.stringLength();
                    return new DType[] {a, b, a.code() == DType.Code.STR ? DType.str(n) : DType.bytes(n)};
                }
                if (a.isString() && b.isString()) {
                    throw new UFuncTypeError("ufunc 'add' cannot use operands with types " + a.repr() + " and " + b.repr());
                }
                throw legacyNoLoop(f, in);
            case "multiply":
                if (a.isString() != b.isString() && (a.isInteger() || b.isInteger())) {
                    return multiply(f, ops, in, out, casting);
                }
                throw legacyNoLoop(f, in);
            case "subtract": case "maximum": case "minimum": case "fmax": case "fmin": case "gcd": case "lcm":
                throw legacyNoLoop(f, in);
            default:
                return null;
        }
    }

    /**
     * NumPy's string multiply {@code (U n, int64) -> U m} (or {@code (int64, U n)}; likewise {@code S}):
     * only with {@code out=}, whose dtype, as the input's string kind, is the loop's output (the
     * result is cut to its width). A Python int beyond int64 fails first, as NumPy's conversion does.
     */
    private static DType[] multiply(UfuncDef f, Object[] ops, DType[] in, DType out, String casting) {
        int si = in[0].isString() ? 0 : 1;
        Object count = ops != null ? ops[1 - si] : null;
        if (count instanceof java.math.BigInteger && ((java.math.BigInteger) count).bitLength() > 63) {
            throw new OverflowError("Python int too large to convert to C long");
        }
        if (out == null) {
            throw new TypeError("The 'out' kwarg is necessary when using the string multiply ufunc directly. "
                    + "Use numpy.strings.multiply to multiply strings without specifying 'out'.");
        }
        DType s = in[si];
        int width = out.code() == s.code() ? out.stringLength() : StringWidths.widthOf(out);
        DType lout = s.code() == DType.Code.STR ? DType.str(width) : DType.bytes(width);
        DType[] loop = si == 0 ? new DType[] {s, DType.INT64, lout} : new DType[] {DType.INT64, s, lout};
        if (!DType.canCast(in[1 - si], DType.INT64, casting)) {
            throw new UFuncTypeError("Cannot cast ufunc 'multiply' input " + (1 - si) + " from " + in[1 - si].repr()
                    + " to dtype('int64') with casting rule '" + casting + "'");
        }
        return loop;
    }

    /**
     * The loop of NumPy's string multiply for {@code loop} (from {@link #resolve}), or null for
     * other loops: the count may be negative ({@code ''}), the result is cut to the output's width.
     */
    static Kernels.Binary kernel(UfuncDef f, DType[] loop) {
        if (!loop[2].isString() || !f.name.equals("multiply")) {
            return null;
        }
        final int width = loop[2].stringLength();
        if (loop[2].code() == DType.Code.STR) {
            return loop[0].isString()
                    ? (a, ao, as, b, bo, bs, o, oo, os, n) -> overflow(StringKernels.repeatLoop((Object[]) a, ao, as, (long[]) b, bo, bs,
                            (Object[]) o, oo, os, n, width, false))
                    : (a, ao, as, b, bo, bs, o, oo, os, n) -> overflow(StringKernels.repeatLoop((Object[]) b, bo, bs, (long[]) a, ao, as,
                            (Object[]) o, oo, os, n, width, false));
        }
        return loop[0].isString()
                ? (a, ao, as, b, bo, bs, o, oo, os, n) -> overflow(StringKernels.repeatLoop((Object[]) a, ao, as, (long[]) b, bo, bs,
                        (Object[]) o, oo, os, n, width, true))
                : (a, ao, as, b, bo, bs, o, oo, os, n) -> overflow(StringKernels.repeatLoop((Object[]) b, bo, bs, (long[]) a, ao, as,
                        (Object[]) o, oo, os, n, width, true));
    }

    /** NumPy's error after a string multiply run in which a result's length overflowed. */
    private static void overflow(boolean overflowed) {
        if (overflowed) {
            throw new OverflowError("Overflow detected in string multiply");
        }
    }

    /** NumPy's legacy type resolver's no-loop error: the operand dtypes as {@code dtype('<U1')}. */
    private static UFuncNoLoopError legacyNoLoop(UfuncDef f, DType[] in) {
        StringBuilder sb = new StringBuilder("ufunc '" + f.name + "' did not contain a loop with signature matching types (");
        for (int i = 0; i < in.length; i++) {
            sb.append(i > 0 ? ", " : "").append(in[i].repr());
        }
        return new UFuncNoLoopError(sb.append(") -> None").toString());
    }

    /**
     * NumPy's refusal of {@code add.reduce}/{@code accumulate}/{@code reduceat} over strings (the
     * loop's output is wider than its inputs), whatever {@code dtype=} says.
     */
    static void checkReduction(UfuncDef f, DType in, String method) {
        if (in.isString() && f.name.equals("add")) {
            int n = 2 * in.stringLength();
            DType out = in.code() == DType.Code.STR ? DType.str(n) : DType.bytes(n);
            throw new TypeError("the resolved dtypes are not compatible with add." + method + ". Resolved ("
                    + in.repr() + ", " + in.repr() + ", " + out.repr() + ")");
        }
    }
}
