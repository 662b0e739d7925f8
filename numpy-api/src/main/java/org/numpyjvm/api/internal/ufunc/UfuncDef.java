package org.numpyjvm.api.internal.ufunc;

import java.util.ArrayList;
import java.util.List;
import org.numpyjvm.api.DType;

/**
 * One ufunc as data (NumPy's {@code generate_umath.py}): name, number of inputs and outputs,
 * identity (a Java Long/Boolean or null) and the loop signatures (NumPy's {@code ufunc.types},
 * restricted to our dtypes, in NumPy's order: {@link TypeResolution} searches them linearly).
 * The table is {@link UfuncTypes} (generated); the loops are {@link UfuncLoops} (generated).
 */
public final class UfuncDef {
    final String name;
    final int nin;
    final int nout;
    final Object identity;
    final String signature;
    final DType[][] loops;
    /** The last loop {@link TypeResolution#resolveCached} found (one immutable record: safe to share). */
    TypeResolution.Memo memo;
    /** Whether the loops are {@link UfuncLoops#general} ones (several outputs or mixed operand dtypes). */
    final boolean general;
    /** {@link TypeResolution#exactLoopsOnly} and {@link TypeResolution#isComparison} of the name. */
    final boolean exactLoopsOnly;
    final boolean comparison;
    /** {@link Kernels}' caches: the loop per loop dtype (by {@link DType.Code} ordinal), filled on first use. */
    final Object[] kernels = new Object[Kernels.CODES];
    final Object[] reduceKernels = new Object[Kernels.CODES];
    final Object[] mixedKernels = new Object[2];
    /** {@link Reductions#loopType}'s last answer without dtype=: {input dtype, loop dtype} (never modified once stored). */
    DType[] reduceLoopMemo;
    /** {@link FpChecks}' rule for this ufunc, looked up on first use. */
    FpChecks.Rule fpRule;
    /** {@link Kernels#general}'s last loop. */
    Object generalMemo;

    UfuncDef(String name, int nin, int nout, Object identity, String signature, DType.Code[][] sigs) {
        this.name = name;
        this.nin = nin;
        this.nout = nout;
        this.identity = identity;
        this.signature = signature;
        this.general = UfuncLoops.isGeneral(name);
        this.exactLoopsOnly = TypeResolution.exactLoopsOnly(name);
        this.comparison = TypeResolution.isComparison(name);
        this.loops = new DType[sigs.length][];
        for (int i = 0; i < sigs.length; i++) {
            loops[i] = new DType[sigs[i].length];
            for (int j = 0; j < sigs[i].length; j++) {
                loops[i][j] = DType.of(sigs[i][j]);
            }
        }
    }

    private static final UfuncDef[] ALL = UfuncTypes.all();

    /** The ufunc named {@code name} (NumPy's name, e.g. {@code "true_divide"}), or null. */
    public static UfuncDef find(String name) {
        for (UfuncDef f : ALL) {
            if (f.name.equals(name)) {
                return f;
            }
        }
        return null;
    }

    /** NumPy's other names of table ufuncs, {alias, the table's name} (numpy.asin is numpy.arcsin). */
    private static final String[][] ALIASES = {
        {"divide", "true_divide"}, {"mod", "remainder"}, {"abs", "absolute"}, {"bitwise_not", "invert"},
        {"bitwise_invert", "invert"}, {"conj", "conjugate"}, {"asin", "arcsin"}, {"acos", "arccos"},
        {"atan", "arctan"}, {"asinh", "arcsinh"}, {"acosh", "arccosh"}, {"atanh", "arctanh"},
        {"atan2", "arctan2"}, {"bitwise_left_shift", "left_shift"}, {"bitwise_right_shift", "right_shift"},
        {"pow", "power"},
    };

    /** The table's name for {@code name} (an alias or already a table name). */
    public static String canonical(String name) {
        for (String[] a : ALIASES) {
            if (a[0].equals(name)) {
                return a[1];
            }
        }
        return name;
    }

    /** The aliases of the table ufunc {@code name} (empty for most). */
    public static List<String> aliases(String name) {
        List<String> out = new ArrayList<>();
        for (String[] a : ALIASES) {
            if (a[1].equals(name)) {
                out.add(a[0]);
            }
        }
        return out;
    }

    /** Names of all ufuncs in the table. */
    public static List<String> names() {
        List<String> out = new ArrayList<>();
        for (UfuncDef f : ALL) {
            out.add(f.name);
        }
        return out;
    }

    public String name() {
        return name;
    }

    public int nin() {
        return nin;
    }

    public int nout() {
        return nout;
    }

    public Object identity() {
        return identity;
    }

    /** A generalized ufunc's core signature ({@code "(n?,k),(k,m?)->(n?,m?)"}), null for element-wise ufuncs. */
    public String signature() {
        return signature;
    }

    /** NumPy's {@code ufunc.types} strings ({@code "bb->b"}). */
    public List<String> types() {
        List<String> out = new ArrayList<>();
        for (DType[] sig : loops) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < sig.length; i++) {
                if (i == nin) {
                    sb.append("->");
                }
                sb.append(sig[i].ch());
            }
            out.add(sb.toString());
        }
        return out;
    }
}
