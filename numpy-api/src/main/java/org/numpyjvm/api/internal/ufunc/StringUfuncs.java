package org.numpyjvm.api.internal.ufunc;

import org.numpyjvm.api.Complex;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.TypeError;
import org.numpyjvm.api.UFuncNoLoopError;
import org.numpyjvm.api.UFuncTypeError;

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
     */
    static DType[] resolve(UfuncDef f, Object[] ops, DType[] in, DType dtype) {
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
                if (a.isInteger() || a.isBool() || b.isInteger() || b.isBool()) {
                    return null;  // NumPy's string multiply (by a count) is not here yet
                }
                throw legacyNoLoop(f, in);
            case "subtract": case "maximum": case "minimum": case "fmax": case "fmin": case "gcd": case "lcm":
                throw legacyNoLoop(f, in);
            default:
                return null;
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
