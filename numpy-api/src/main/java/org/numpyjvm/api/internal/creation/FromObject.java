package org.numpyjvm.api.internal.creation;

import java.util.ArrayList;
import java.util.List;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.FloatErrors;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.ValueError;
import org.numpyjvm.api.internal.core.Elements;
import org.numpyjvm.api.internal.core.Internals;
import org.numpyjvm.api.internal.loops.Assign;
import org.numpyjvm.api.internal.ufunc.FpChecks;

/**
 * {@code np.array(obj, dtype, copy, order, ndmin)} from Java values: primitive arrays (any
 * nesting), {@code Object[]} and {@code List} sequences, NDArrays (alone or inside sequences), and
 * scalars standing for Python values (Boolean, Integer/Long/BigInteger, Float/Double,
 * {@link org.numpyjvm.api.Complex}, String).
 *
 * <p>Dtype inference: each Python scalar has its NumPy dtype (bool, int64 — uint64 for ints in
 * [2^63, 2^64) —, float64, complex128, {@code <U n}), each NDArray or Java primitive array its
 * own ({@code int[]} → int32, {@code float[]} → float32); the result is their
 * {@code promote_types}, float64 for an empty sequence. A Python int beyond uint64 would make an
 * object array in NumPy; numpy-jvm has no object dtype and raises OverflowError. Ragged input
 * raises NumPy's "inhomogeneous shape" ValueError. With a dtype, Python values are converted as
 * NumPy does (out-of-range ints raise OverflowError, strings are parsed).
 */
public final class FromObject {
    private FromObject() {
    }

    static final String COPY_FALSE = "Unable to avoid copy while creating an array as requested.\n"
            + "If using `np.array(obj, copy=False)` replace it with `np.asarray(obj)` to allow a copy when needed "
            + "(no behavior change in NumPy 1.x).\n"
            + "For more details, see https://numpy.org/devdocs/numpy_2_0_migration_guide.html"
            + "#adapting-to-changes-in-the-copy-keyword.";

    /** {@code np.array(obj, dtype)}; dtype may be null (inferred). Always a new array. */
    public static NDArray array(Object obj, DType dtype) {
        return array(obj, dtype, Boolean.TRUE, 'K', 0);
    }

    /** {@code np.asarray(obj, dtype)}: the array itself when it already is one of that dtype. */
    public static NDArray asarray(Object obj, DType dtype) {
        return array(obj, dtype, null, 'K', 0);
    }

    /**
     * {@code np.array(obj, dtype=dtype, copy=copy, order=order, ndmin=ndmin)}. {@code copy}:
     * TRUE always copies, null copies only when needed, FALSE raises NumPy's ValueError when a
     * copy is needed. {@code order}: 'C', 'F', 'A' or 'K'.
     */
    public static NDArray array(Object obj, DType dtype, Boolean copy, char order, int ndmin) {
        checkOrder(order);
        NDArray out;
        if (obj instanceof NDArray) {
            NDArray a = (NDArray) obj;
            DType target = dtype == null ? a.dtype() : dtype;
            boolean sameType = target.equals(a.dtype()) && !(target.isString() && target.stringLength() == 0);
            boolean layoutOk = order == 'C' ? a.isCContiguous() : order != 'F' || a.isFContiguous();
            if (Boolean.TRUE.equals(copy) || !sameType || !layoutOk) {
                if (Boolean.FALSE.equals(copy)) {
                    throw new ValueError(COPY_FALSE);
                }
                out = copyAs(a, target, order);
            } else {
                out = a;
            }
        } else {
            if (Boolean.FALSE.equals(copy)) {
                throw new ValueError(COPY_FALSE);
            }
            out = build(obj, dtype);
            if (order == 'F' && out.ndim() > 1) {
                out = out.copy('F');
            }
        }
        if (out.ndim() < ndmin) {
            int[] s = new int[ndmin];
            int pad = ndmin - out.ndim();
            java.util.Arrays.fill(s, 0, pad, 1);
            System.arraycopy(out.shape(), 0, s, pad, out.ndim());
            out = out.reshape(out.isFContiguous() && !out.isCContiguous() ? 'F' : 'C', s);
        }
        return out;
    }

    /** {@code np.astype(x, dtype, copy=copy)}: layout kept (order 'K'). */
    public static NDArray astype(NDArray x, DType dtype, boolean copy) {
        return array(x, dtype, copy ? Boolean.TRUE : null, 'K', 0);
    }

    /** A copy in {@code order}; 'K' keeps any stride order (not only C or F), as NumPy. */
    private static NDArray copyAs(NDArray a, DType target, char order) {
        return a.astype(target, order);
    }

    /** NumPy's check of an {@code order} argument. */
    public static void checkOrder(char order) {
        if (order != 'C' && order != 'F' && order != 'A' && order != 'K') {
            throw new ValueError("order must be one of 'C', 'F', 'A', or 'K' (got '" + order + "')");
        }
    }

    private static NDArray build(Object obj, DType dtype) {
        if (!Nesting.isSequence(obj)) {
            DType dt = sized(dtype == null ? PyValues.dtypeOf(obj) : dtype, obj); // '' is <U1
            NDArray out = Internals.allocate(dt, new int[0]);
            PyValues.store(dt, Internals.data(out), 0, obj);
            if (FloatErrors.checking()) {
                FpChecks.afterStores(dt, Internals.data(out), java.util.Collections.singletonList(obj));
            }
            return out;
        }
        NDArray flat = flatNumbers(obj, dtype);
        if (flat != null) {
            return flat;
        }
        NDArray fast = Nesting.primitive(obj);
        if (fast != null) {
            return dtype == null || dtype.equals(fast.dtype()) ? fast : fast.astype(dtype);
        }
        int[] shape = Nesting.shapeOf(obj);
        long count = 1;
        for (int d : shape) {
            count = Math.min(count * d, 1 << 24);
        }
        List<Object> leaves = new ArrayList<>((int) count); // (growing a million-leaf list was a third of the time)
        DType[] found = new DType[1];
        boolean[] pyScalars = new boolean[1];
        collect(obj, 0, shape, leaves, dtype == null ? found : null, pyScalars, new Class<?>[1]);
        DType dt = dtype == null ? (found[0] == null ? DType.FLOAT64 : found[0]) : dtype;
        if (dt.isString() && dt.stringLength() == 0) {
            dt = sizedString(dt, leaves);
        }
        NDArray out = Internals.allocate(dt, shape);
        Object data = Internals.data(out);
        int w = dt.slots();
        boolean strict = dtype != null && pyScalars[0];
        for (int i = 0; i < leaves.size(); i++) {
            Object v = leaves.get(i);
            if (strict || v instanceof String || v instanceof org.numpyjvm.api.Bytes) {
                PyValues.store(dt, data, i * w, v);
            } else {
                Elements.setItem(dt, data, i * w, v);
            }
        }
        if (FloatErrors.checking()) {
            FpChecks.afterStores(dt, data, leaves); // NumPy's "overflow encountered in cast"
        }
        return out;
    }

    /**
     * A non-empty flat list of Python ints (Long) and floats (Double): int64, or float64 with any
     * float, stored without the general walk (same values: ints into float64 as the general store
     * converts them). Null for anything else, or a dtype other than that one (given as its constant).
     */
    private static NDArray flatNumbers(Object obj, DType dtype) {
        if (!(obj instanceof List)) {
            return null;
        }
        List<?> l = (List<?>) obj;
        int n = l.size();
        if (n == 0) {
            return null;
        }
        boolean floats = false;
        for (int i = 0; i < n; i++) {
            Object v = l.get(i);
            if (v instanceof Double) {
                floats = true;
            } else if (!(v instanceof Long)) {
                return null;
            }
        }
        DType dt = floats ? DType.FLOAT64 : DType.INT64;
        if (dtype != null && dtype != dt) {
            return null;
        }
        NDArray out = Internals.allocate(dt, new int[] {n});
        if (floats) {
            double[] d = (double[]) Internals.data(out);
            for (int i = 0; i < n; i++) {
                Object v = l.get(i);
                d[i] = v instanceof Double ? (Double) v : (double) (long) (Long) v;
            }
        } else {
            long[] d = (long[]) Internals.data(out);
            for (int i = 0; i < n; i++) {
                d[i] = (Long) l.get(i);
            }
        }
        return out;
    }

    private static DType sized(DType dt, Object v) {
        if (dt.isString() && dt.stringLength() == 0) {
            List<Object> one = new ArrayList<>();
            one.add(v);
            return sizedString(dt, one);
        }
        return dt;
    }

    private static void collect(Object o, int depth, int[] shape, List<Object> out, DType[] found, boolean[] py,
            Class<?>[] lastScalarClass) {
        if (o instanceof NDArray) {
            NDArray a = (NDArray) o;
            if (found != null) {
                found[0] = Promote.types(found[0], a.dtype());
            }
            if (a.ndim() == 0) {
                out.add(a.item());
            } else {
                out.addAll((List<?>) a.ravel().tolist());
            }
            return;
        }
        if (depth == shape.length) {
            // the same scalar class as the previous leaf has the same dtype (not so for str, bytes, big ints)
            if (found != null && (o == null || o.getClass() != lastScalarClass[0] || o instanceof String
                    || o instanceof org.numpyjvm.api.Bytes
                    || o instanceof java.math.BigInteger)) {
                found[0] = Promote.types(found[0], PyValues.dtypeOf(o));
                lastScalarClass[0] = o.getClass();
            }
            py[0] = true;
            out.add(o);
            return;
        }
        if (found != null && Nesting.isPrimitiveArray(o)) {
            found[0] = Promote.types(found[0], Nesting.primitiveType(o));
        }
        int n = Nesting.length(o);
        for (int i = 0; i < n; i++) {
            collect(Nesting.element(o, i), depth + 1, shape, out, found, py, lastScalarClass);
        }
    }

    private static DType sizedString(DType flexible, List<Object> leaves) {
        int n = 1;
        for (Object v : leaves) {
            if (v instanceof String) {
                n = Math.max(n, ((String) v).codePointCount(0, ((String) v).length()));
            } else if (v instanceof byte[]) {
                n = Math.max(n, ((byte[]) v).length);
            } else if (v instanceof org.numpyjvm.api.Bytes) {
                n = Math.max(n, ((org.numpyjvm.api.Bytes) v).length());
            } else {
                n = Math.max(n, org.numpyjvm.api.internal.core.Casts.toPythonString(v).length());
            }
        }
        return flexible.code() == DType.Code.STR ? DType.str(n) : DType.bytes(n);
    }

    /** Copies {@code src} into a fresh array of {@code dtype} (helper for creation routines). */
    public static NDArray castCopy(NDArray src, DType dtype) {
        NDArray out = Internals.allocate(dtype, src.shape());
        Assign.copyInto(out, src);
        return out;
    }

    /** The shape {@code np.array(obj)} would have (NumPy's ragged ValueError if irregular). */
    public static int[] shapeOf(Object obj) {
        return Nesting.isSequence(obj) ? Nesting.shapeOf(obj) : new int[0];
    }
}
