package org.numpyjvm.api.internal.ufunc;

import java.math.BigInteger;
import org.numpyjvm.api.Complex;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.OverflowError;
import org.numpyjvm.api.TypeError;
import org.numpyjvm.api.UFuncNoLoopError;
import org.numpyjvm.api.UFuncTypeError;

/**
 * Promotion and loop selection for ufunc calls (NumPy's {@code dispatching.cpp} and the legacy
 * type resolvers, under NEP 50). The algorithm:
 * <ol>
 * <li>Operands are arrays (strong, also 0-d) or Java scalars standing for Python scalars
 *     ({@link Long}/{@link Integer}/{@link BigInteger} = int, {@link Double}/{@link Float} =
 *     float, {@link Complex}: weak; {@link Boolean}: a strong {@code bool}).</li>
 * <li>{@code common = DType.resultType(operands)}; each weak operand takes {@code common} as its
 *     dtype. A weak Python int that does not fit an integer {@code common} raises NumPy's
 *     {@link OverflowError} ({@code Python integer 300 out of bounds for int8}), except in
 *     comparisons, where NumPy 2 compares the true values (we use int64 or float64 for it).</li>
 * <li>With {@code dtype=}: the first loop in {@code types} whose output is {@code dtype} and
 *     whose inputs the operands can be cast to under {@code casting}; none is a
 *     {@code TypeError} ("No loop matching the specified signature and casting was found").</li>
 * <li>Otherwise NumPy's linear search: the first loop in {@code types} all input dtypes can be
 *     cast to safely ({@code true_divide} of bool/int inputs uses float64, NumPy's
 *     {@code TrueDivisionTypeResolver}). None: NumPy's {@code UFuncTypeError} text.</li>
 * <li>Inputs are then checked against {@code casting} (default {@code same_kind}), and the
 *     loop output against a given {@code out=} ({@code Cannot cast ufunc 'add' output from
 *     dtype('float64') to dtype('int64') with casting rule 'same_kind'}).</li>
 * </ol>
 */
public final class TypeResolution {
    private TypeResolution() {
    }

    /** True for Java values that stand for weak Python scalars. */
    static boolean isWeak(Object o) {
        return o instanceof Long || o instanceof Integer || o instanceof Short || o instanceof Byte
                || o instanceof BigInteger || o instanceof Double || o instanceof Float || o instanceof Complex;
    }

    static boolean isWeakInt(Object o) {
        return o instanceof Long || o instanceof Integer || o instanceof Short || o instanceof Byte
                || o instanceof BigInteger;
    }

    static boolean isComparison(String name) {
        switch (name) {
            case "equal": case "not_equal": case "less": case "less_equal": case "greater": case "greater_equal":
                return true;
            default:
                return false;
        }
    }

    /** The operand dtypes after NEP 50 (weak scalars replaced). Operands are NDArray or weak scalars. */
    static DType[] operandTypes(UfuncDef f, Object[] ops) {
        DType[] dts = new DType[ops.length];
        int arrays = 0;
        boolean strings = false;
        for (int i = 0; i < ops.length; i++) {
            if (ops[i] instanceof NDArray) {
                dts[i] = ((NDArray) ops[i]).dtype();
                if (dts[i].isNumeric() || dts[i].isBool()) {
                    arrays++;
                } else {
                    strings |= dts[i].isString();
                }
            }
        }
        if (arrays == ops.length) {  // numeric arrays only: nothing to promote (and no promotion error)
            return dts;
        }
        if (strings) {  // string loops (StringUfuncs) take the operands' own dtypes
            return StringUfuncs.operandTypes(ops);
        }
        DType common = DType.resultType(ops);
        for (int i = 0; i < ops.length; i++) {
            Object o = ops[i];
            if (o instanceof NDArray) {
                dts[i] = ((NDArray) o).dtype();
            } else if (f.name.equals("ldexp") && allWeak(ops)) {
                dts[i] = isWeakInt(o) ? DType.INT64 : DType.FLOAT64;
            } else if (f.name.equals("ldexp")) {
                // NumPy's loop search lets a Python int take the first loop's type (ei->e): int32
                // as the exponent (out-of-range values raise), float16 as the mantissa
                dts[i] = isWeakInt(o) ? (i == 1 ? DType.INT32 : DType.FLOAT16) : DType.FLOAT64;
            } else if (isWeakInt(o)) {
                BigInteger v = o instanceof BigInteger ? (BigInteger) o : BigInteger.valueOf(((Number) o).longValue());
                if (isComparison(f.name) && common.isInteger() && !org.numpyjvm.api.internal.dtype.WeakScalars.fits(common, v)) {
                    dts[i] = v.bitLength() < 64 ? DType.INT64 : DType.FLOAT64;
                } else {
                    dts[i] = common;
                }
            } else {
                dts[i] = common;
            }
        }
        return dts;
    }

    private static boolean allWeak(Object[] ops) {
        for (Object o : ops) {
            if (!isWeak(o)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Ufuncs whose loops NumPy resolves with its new promoters: no safe-cast search (sign has no
     * bool loop, gcd/lcm only integer loops), failing with "did not contain a loop with signature
     * matching types".
     */
    static boolean exactLoopsOnly(String name) {
        return name.equals("gcd") || name.equals("lcm") || name.equals("sign");
    }

    /** NumPy's UFuncNoLoopError for operands {@code ops} (arrays, their dtypes or weak Python scalars). */
    static UFuncNoLoopError noLoop(UfuncDef f, Object[] ops) {
        StringBuilder sb = new StringBuilder("ufunc '" + FpChecks.shownName(f.name) + "' did not contain a loop with signature matching types ");
        if (ops.length > 1) {
            sb.append('(');
        }
        for (int i = 0; i < ops.length; i++) {
            sb.append(i > 0 ? ", " : "").append("<class 'numpy.dtypes.").append(dtypeClass(ops[i])).append("'>");
        }
        if (ops.length > 1) {
            sb.append(')');
        }
        return new UFuncNoLoopError(sb.append(" -> None").toString());
    }

    private static String dtypeClass(Object o) {
        if (!(o instanceof NDArray || o instanceof DType)) {
            return isWeakInt(o) ? "_PyLongDType" : o instanceof Complex ? "_PyComplexDType" : "_PyFloatDType";
        }
        DType d = o instanceof DType ? (DType) o : ((NDArray) o).dtype();
        if (d.isString()) {
            return d.code() == DType.Code.STR ? "StrDType" : "BytesDType";
        }
        String n = d.name();
        if (n.equals("bool")) {
            return "BoolDType";
        }
        String cap = n.startsWith("uint") ? "UInt" + n.substring(4) : Character.toUpperCase(n.charAt(0)) + n.substring(1);
        return cap + "DType";
    }

    /** For {@link #exactLoopsOnly} ufuncs: the loop for the promoted common dtype, or NumPy's error. */
    static DType[] resolveExact(UfuncDef f, Object[] ops, DType[] in) {
        DType common = in.length == 1 ? in[0] : DType.resultType((Object[]) in);
        for (DType[] loop : f.loops) {
            if (loop[0].equals(common)) {
                return loop;
            }
        }
        throw noLoop(f, ops);
    }

    /** A resolved loop for the input dtypes {@code in} (the same objects) under {@code casting}. */
    static final class Memo {
        final DType[] in;
        final String casting;
        final DType[] loop;

        Memo(DType[] in, String casting, DType[] loop) {
            this.in = in;
            this.casting = casting;
            this.loop = loop;
        }
    }

    /**
     * {@link #resolve} without {@code dtype=}, remembering the last answer per ufunc: a call with
     * the same dtype objects and casting (the usual loop over arrays of one dtype) skips the search.
     */
    static DType[] resolveCached(UfuncDef f, DType[] in, String casting) {
        Memo m = f.memo;
        if (m != null && m.casting.equals(casting) && sameObjects(m.in, in)) {
            return m.loop;
        }
        DType[] loop = resolve(f, in, null, casting);
        f.memo = new Memo(in.clone(), casting, loop);
        return loop;
    }

    private static boolean sameObjects(DType[] a, DType[] b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    /** The loop (nin + nout dtypes) for input dtypes {@code in}. */
    static DType[] resolve(UfuncDef f, DType[] in, DType dtype, String casting) {
        if (StringUfuncs.hasString(in)) {
            DType[] loop = StringUfuncs.resolve(f, null, in, dtype, null, casting);
            if (loop != null) {
                return loop;
            }
        }
        if (dtype != null) {
            DType[] found = null;
            for (DType[] loop : f.loops) {
                if (loop[f.nin].equals(dtype)) {
                    found = loop;
                    break;
                }
            }
            if (found == null) {
                throw new TypeError("No loop matching the specified signature and casting was found for ufunc " + FpChecks.shownName(f.name));
            }
            checkInputs(f, in, found, casting);
            return found;
        }
        if (f.name.equals("true_divide") && allIntOrBool(in)) {
            return find(f, new DType[] {DType.FLOAT64, DType.FLOAT64}, casting);
        }
        if (f.name.equals("negative") && in[0].isBool()) {
            throw new TypeError("The numpy boolean negative, the `-` operator, is not supported, "
                    + "use the `~` operator or the logical_not function instead.");
        }
        if (f.name.equals("subtract") && in[0].isBool() && in[1].isBool()) {
            throw new TypeError("numpy boolean subtract, the `-` operator, is not supported, "
                    + "use the bitwise_xor, the `^` operator, or the logical_xor function instead.");
        }
        if (f.name.equals("positive") && in[0].isBool()) {
            throw new TypeError("ufunc 'positive' did not contain a loop with signature matching types "
                    + "<class 'numpy.dtypes.BoolDType'> -> None");
        }
        DType[] loop = find(f, in, casting);
        checkInputs(f, in, loop, casting);
        return loop;
    }

    private static void checkInputs(UfuncDef f, DType[] in, DType[] loop, String casting) {
        for (int i = 0; i < in.length; i++) {
            if (!DType.canCast(in[i], loop[i], casting)) {
                throw new UFuncTypeError("Cannot cast ufunc '" + FpChecks.shownName(f.name) + "' input " + (f.nin > 1 ? i + " " : "")
                        + "from " + in[i].repr() + " to " + loop[i].repr() + " with casting rule '" + casting + "'");
            }
        }
    }

    private static DType[] find(UfuncDef f, DType[] in, String casting) {
        for (DType[] loop : f.loops) {
            if (castsAll(in, loop, "safe")) {
                return loop;
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append("ufunc '").append(FpChecks.shownName(f.name)).append("' not supported for the input types, and the inputs could not be "
                + "safely coerced to any supported types according to the casting rule ''safe''");
        throw new TypeError(sb.toString());
    }

    private static boolean castsAll(DType[] in, DType[] loop, String casting) {
        for (int i = 0; i < in.length; i++) {
            if (!DType.canCast(in[i], loop[i], casting)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allIntOrBool(DType[] in) {
        for (DType d : in) {
            if (!(d.isBool() || d.isInteger())) {
                return false;
            }
        }
        return true;
    }

    /** NumPy's output casting check. */
    static void checkOutput(UfuncDef f, DType loopOut, DType out, String casting) {
        checkOutput(f, -1, loopOut, out, casting);
    }

    /** NumPy's output casting check; with several outputs NumPy names the operand index {@code op}. */
    static void checkOutput(UfuncDef f, int op, DType loopOut, DType out, String casting) {
        if (!DType.canCast(loopOut, out, casting)) {
            throw new UFuncTypeError("Cannot cast ufunc '" + FpChecks.shownName(f.name) + "' output " + (op >= 0 ? op + " " : "") + "from "
                    + loopOut.repr() + " to "
                    + out.repr() + " with casting rule '" + casting + "'");
        }
    }
}
