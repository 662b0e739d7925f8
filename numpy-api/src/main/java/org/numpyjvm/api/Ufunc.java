package org.numpyjvm.api;

import java.util.List;
import org.numpyjvm.api.internal.ufunc.Reductions;
import org.numpyjvm.api.internal.ufunc.UfuncDef;
import org.numpyjvm.api.internal.ufunc.UfuncExec;
import org.numpyjvm.api.internal.ufunc.UfuncMethods;

/**
 * A NumPy universal function ({@code numpy.ufunc}): {@link #name()}, {@link #nin()},
 * {@link #nout()}, {@link #identity()}, {@link #types()}, element-wise calls with
 * {@code out=}, {@code where=}, {@code dtype=}, {@code casting=} and {@link #reduce}.
 * Java scalars stand for Python scalars and are weak under NEP 50 ({@link Long},
 * {@link Integer}, {@link java.math.BigInteger}: int; {@link Double}: float; {@link Complex});
 * {@link Boolean} is a {@code bool}; NDArrays (also 0-d) are strong. Ufuncs with two outputs
 * (divmod, modf, frexp) are called with {@link #callAll}; generalized ufuncs (matmul, vecdot,
 * matvec, vecmat: {@link #signature()} not null) with {@link #call}. Results are arrays (0-d
 * where NumPy returns a scalar). Differs from NumPy: no {@code order}/{@code signature}
 * arguments yet; {@code where=} without {@code out=} returns computed values everywhere (NumPy: uninitialized);
 * {@code reduce} has no {@code out=} yet. {@link #at} and {@link #reduceat} as NumPy's.
 */
public final class Ufunc {
    /** {@code numpy.add}. */
    public static final Ufunc ADD = new Ufunc("add");
    /** {@code numpy.subtract}. */
    public static final Ufunc SUBTRACT = new Ufunc("subtract");
    /** {@code numpy.multiply}. */
    public static final Ufunc MULTIPLY = new Ufunc("multiply");
    /** {@code numpy.true_divide}. */
    public static final Ufunc TRUE_DIVIDE = new Ufunc("true_divide");
    /** {@code numpy.floor_divide}. */
    public static final Ufunc FLOOR_DIVIDE = new Ufunc("floor_divide");
    /** {@code numpy.remainder}. */
    public static final Ufunc REMAINDER = new Ufunc("remainder");
    /** {@code numpy.power}. */
    public static final Ufunc POWER = new Ufunc("power");
    /** {@code numpy.maximum}. */
    public static final Ufunc MAXIMUM = new Ufunc("maximum");
    /** {@code numpy.minimum}. */
    public static final Ufunc MINIMUM = new Ufunc("minimum");
    /** {@code numpy.bitwise_and}. */
    public static final Ufunc BITWISE_AND = new Ufunc("bitwise_and");
    /** {@code numpy.bitwise_or}. */
    public static final Ufunc BITWISE_OR = new Ufunc("bitwise_or");
    /** {@code numpy.bitwise_xor}. */
    public static final Ufunc BITWISE_XOR = new Ufunc("bitwise_xor");
    /** {@code numpy.left_shift}. */
    public static final Ufunc LEFT_SHIFT = new Ufunc("left_shift");
    /** {@code numpy.right_shift}. */
    public static final Ufunc RIGHT_SHIFT = new Ufunc("right_shift");
    /** {@code numpy.logical_and}. */
    public static final Ufunc LOGICAL_AND = new Ufunc("logical_and");
    /** {@code numpy.logical_or}. */
    public static final Ufunc LOGICAL_OR = new Ufunc("logical_or");
    /** {@code numpy.logical_xor}. */
    public static final Ufunc LOGICAL_XOR = new Ufunc("logical_xor");
    /** {@code numpy.equal}. */
    public static final Ufunc EQUAL = new Ufunc("equal");
    /** {@code numpy.not_equal}. */
    public static final Ufunc NOT_EQUAL = new Ufunc("not_equal");
    /** {@code numpy.less}. */
    public static final Ufunc LESS = new Ufunc("less");
    /** {@code numpy.less_equal}. */
    public static final Ufunc LESS_EQUAL = new Ufunc("less_equal");
    /** {@code numpy.greater}. */
    public static final Ufunc GREATER = new Ufunc("greater");
    /** {@code numpy.greater_equal}. */
    public static final Ufunc GREATER_EQUAL = new Ufunc("greater_equal");
    /** {@code numpy.negative}. */
    public static final Ufunc NEGATIVE = new Ufunc("negative");
    /** {@code numpy.positive}. */
    public static final Ufunc POSITIVE = new Ufunc("positive");
    /** {@code numpy.absolute}. */
    public static final Ufunc ABSOLUTE = new Ufunc("absolute");
    /** {@code numpy.invert}. */
    public static final Ufunc INVERT = new Ufunc("invert");
    /** {@code numpy.logical_not}. */
    public static final Ufunc LOGICAL_NOT = new Ufunc("logical_not");
    /** {@code numpy.sqrt}. */
    public static final Ufunc SQRT = new Ufunc("sqrt");
    /** {@code numpy.exp}. */
    public static final Ufunc EXP = new Ufunc("exp");
    /** {@code numpy.log}. */
    public static final Ufunc LOG = new Ufunc("log");
    /** {@code numpy.sin}. */
    public static final Ufunc SIN = new Ufunc("sin");
    /** {@code numpy.cos}. */
    public static final Ufunc COS = new Ufunc("cos");

    /** {@code initial=None} for {@link #reduce(Object, int[], DType, NDArray, boolean, Object, Object)}. */
    public static final Object INITIAL_NONE = UfuncMethods.NO_IDENTITY;

    private final UfuncDef def;

    private Ufunc(String name) {
        this.def = UfuncDef.find(name);
    }

    /** The ufunc named {@code name} ({@code "add"}, {@code "divide"}, ...). */
    public static Ufunc of(String name) {
        String n = UfuncDef.canonical(name);
        if (UfuncDef.find(n) == null) {
            throw new KeyError("no ufunc named '" + name + "'");
        }
        return new Ufunc(n);
    }

    /** {@code ufunc.__name__}. */
    public String name() {
        return def.name();
    }

    /** {@code ufunc.nin}. */
    public int nin() {
        return def.nin();
    }

    /** {@code ufunc.nout}. */
    public int nout() {
        return def.nout();
    }

    /** {@code ufunc.nargs}. */
    public int nargs() {
        return def.nin() + def.nout();
    }

    /** {@code ufunc.ntypes}: the number of loops (restricted to numpy-jvm's dtypes). */
    public int ntypes() {
        return def.types().size();
    }

    /** {@code ufunc.signature}: the core signature of a generalized ufunc ({@code "(n?,k),(k,m?)->(n?,m?)"}), else null. */
    public String signature() {
        return def.signature();
    }

    /** {@code ufunc.identity}: a Long, a Boolean, a Double ({@code -inf} of logaddexp) or null (None). */
    public Object identity() {
        return def.identity();
    }

    /** {@code ufunc.types} restricted to numpy-jvm's dtypes ({@code "bb->b"}, ...). */
    public List<String> types() {
        return def.types();
    }

    /** {@code ufunc(*inputs)} of a ufunc with one output ({@code nout == 1}; else see {@link #callAll}). */
    public NDArray call(Object... inputs) {
        return UfuncExec.call(def, inputs, null, null, null, null);
    }

    /** {@code ufunc(*inputs)} returning all {@code nout} outputs ({@code np.divmod}, {@code np.modf}, {@code np.frexp}). */
    public NDArray[] callAll(Object... inputs) {
        return UfuncExec.callAll(def, inputs, null, null, null, null);
    }

    /**
     * {@code ufunc(*inputs, out=outs, where=where, dtype=dtype, casting=casting)} returning all
     * outputs; {@code outs} null or one entry (null: allocate) per output.
     */
    public NDArray[] callAll(Object[] inputs, NDArray[] outs, Object where, DType dtype, String casting) {
        return UfuncExec.callAll(def, inputs, outs, where, dtype, casting);
    }

    /**
     * {@code ufunc(*inputs, out=out, where=where, dtype=dtype, casting=casting)}; null means
     * the default ({@code None}, {@code True}, {@code None}, {@code 'same_kind'}).
     */
    public NDArray call(Object[] inputs, NDArray out, Object where, DType dtype, String casting) {
        return UfuncExec.call(def, inputs, out, where, dtype, casting);
    }

    /** {@code ufunc.reduce(a)} (axis 0). */
    public NDArray reduce(Object a) {
        checkReducible("reduce");
        return Reductions.reduce(def, a, new int[] {0}, null, false, null, null);
    }

    /** {@code ufunc.reduce(a, axis)}. */
    public NDArray reduce(Object a, int axis) {
        checkReducible("reduce");
        return Reductions.reduce(def, a, new int[] {axis}, null, false, null, null);
    }

    /**
     * {@code ufunc.reduce(a, axis, dtype, keepdims=keepdims, initial=initial)}: {@code axis}
     * null is {@code None} (all axes); {@code initial} null is no value.
     */
    public NDArray reduce(Object a, int[] axis, DType dtype, boolean keepdims, Object initial) {
        checkReducible("reduce");
        return Reductions.reduce(def, a, axis, dtype, keepdims, initial, null);
    }

    /**
     * {@code ufunc.reduce(a, axis, dtype, keepdims=keepdims, initial=initial, where=where)};
     * {@code where} null is {@code True}.
     */
    public NDArray reduce(Object a, int[] axis, DType dtype, boolean keepdims, Object initial, Object where) {
        checkReducible("reduce");
        return Reductions.reduce(def, a, axis, dtype, keepdims, initial, where);
    }

    /** {@code ufunc.accumulate(a)} (axis 0). */
    public NDArray accumulate(Object a) {
        checkReducible("accumulate");
        return Reductions.accumulate(def, a, 0, null);
    }

    /** {@code ufunc.accumulate(a, axis, dtype)}; dtype null is None. */
    public NDArray accumulate(Object a, int axis, DType dtype) {
        checkReducible("accumulate");
        return Reductions.accumulate(def, a, axis, dtype);
    }

    /** {@code ufunc.outer(a, b)}. */
    public NDArray outer(Object a, Object b) {
        if (def.signature() != null) {
            throw new TypeError("method outer is not allowed in ufunc with non-trivial signature");
        }
        if (def.nout() != 1) {
            throw new NotImplementedError("ufunc.outer of a ufunc with " + def.nout() + " outputs is not supported");
        }
        return UfuncExec.outer(def, a, b);
    }

    /** NumPy's checks before reduce/accumulate: no gufuncs, one output, two inputs. */
    private void checkReducible(String method) {
        if (def.signature() != null) {
            throw new RuntimeError("Reduction not defined on ufunc with signature");
        }
        if (def.nout() != 1) {
            throw new ValueError(method + " only supported for functions returning a single value");
        }
    }

    /**
     * {@code ufunc.reduce(a, axis, dtype, out, keepdims, initial, where)}: with {@code out}
     * (null: None) the result is written there, the loop dtype following out's as in NumPy;
     * {@code initial} null is no value (the identity), {@link #INITIAL_NONE} is {@code initial=None}
     * (no identity: empty reductions fail as for a ufunc without one).
     */
    public NDArray reduce(Object a, int[] axis, DType dtype, NDArray out, boolean keepdims, Object initial,
            Object where) {
        checkReducible("reduce");
        return UfuncMethods.reduce(def, a, axis, dtype, out, keepdims, initial, where);
    }

    /** {@code ufunc.accumulate(a, axis, dtype, out)}; dtype and out null are None. */
    public NDArray accumulate(Object a, int axis, DType dtype, NDArray out) {
        checkReducible("accumulate");
        return UfuncMethods.accumulate(def, a, axis, dtype, out);
    }

    /** {@code ufunc.reduceat(a, indices, axis, dtype, out)}; dtype and out null are None. */
    public NDArray reduceat(Object a, Object indices, int axis, DType dtype, NDArray out) {
        checkReducible("reduceat");
        return UfuncMethods.reduceat(def, a, indices, axis, dtype, out);
    }

    /**
     * {@code ufunc.at(a, indices, b)}: unbuffered in-place {@code a[indices] = f(a[indices], b)}
     * (repeated indices accumulate); {@code b} null for a unary ufunc.
     */
    public void at(NDArray a, Index indices, Object b) {
        UfuncMethods.at(def, a, Np.arange(a.size()).reshape(a.shape()).get(indices), b);
    }

    /**
     * {@code ufunc.at} with the indices already given as C-order flat positions in {@code a}
     * (an integer array-like; {@code b} broadcasts to its shape).
     */
    public void atFlat(NDArray a, Object flatIndices, Object b) {
        UfuncMethods.at(def, a, Np.asarray(flatIndices), b);
    }

    /** {@code ufunc.reduceat(a, indices, axis, dtype)}; dtype null is None. */
    public NDArray reduceat(Object a, Object indices, int axis, DType dtype) {
        checkReducible("reduceat");
        return UfuncMethods.reduceat(def, a, indices, axis, dtype);
    }

    @Override
    public String toString() {
        return "<ufunc '" + def.name() + "'>";
    }
}
