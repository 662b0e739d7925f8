package org.numpyjvm.api.internal.creation;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.numpyjvm.api.Complex;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.OverflowError;
import org.numpyjvm.api.TypeError;
import org.numpyjvm.api.ValueError;
import org.numpyjvm.api.internal.core.Elements;
import org.numpyjvm.api.internal.core.Internals;
import org.numpyjvm.api.internal.core.Shapes;
import org.numpyjvm.api.internal.loops.Assign;

/**
 * {@code np.array(obj)} from Java values: primitive arrays (any nesting), {@code Object[]} and
 * {@code List} sequences, NDArrays inside sequences, and scalars (Boolean, Number, BigInteger,
 * {@link Complex}, String). Dtype inference follows NumPy for Python values: bool &lt; int64 &lt;
 * float64 &lt; complex128, any string makes a {@code <U n} array; Java primitive arrays keep their
 * type ({@code int[]} → int32, {@code float[]} → float32). Ragged input raises NumPy's
 * "inhomogeneous shape" ValueError.
 */
public final class FromObject {
    private FromObject() {
    }

    /** {@code np.array(obj, dtype)}; dtype may be null (inferred). Always a new array. */
    public static NDArray array(Object obj, DType dtype) {
        if (obj instanceof NDArray) {
            NDArray a = (NDArray) obj;
            return a.astype(dtype == null ? a.dtype() : dtype, 'K');
        }
        NDArray fast = primitive1d(obj);
        if (fast != null) {
            return dtype == null || dtype.equals(fast.dtype()) ? fast : fast.astype(dtype);
        }
        int[] shape = shapeOf(obj);
        List<Object> leaves = new ArrayList<>();
        collect(obj, 0, shape, leaves);
        DType dt = dtype == null ? infer(obj, leaves) : dtype;
        if (dt.isString() && dt.stringLength() == 0) {
            dt = sizedString(dt, leaves);
        }
        NDArray out = Internals.allocate(dt, shape);
        Object data = Internals.data(out);
        int w = dt.slots();
        for (int i = 0; i < leaves.size(); i++) {
            Object v = leaves.get(i);
            checkStorable(v, dt);
            Elements.setItem(dt, data, i * w, v);
        }
        return out;
    }

    /** {@code np.asarray(obj, dtype)}: the array itself when it already is one of that dtype. */
    public static NDArray asarray(Object obj, DType dtype) {
        if (obj instanceof NDArray && (dtype == null || ((NDArray) obj).dtype().equals(dtype))) {
            return (NDArray) obj;
        }
        return array(obj, dtype);
    }

    private static NDArray primitive1d(Object o) {
        DType dt;
        int n;
        Object copy;
        if (o instanceof double[]) {
            dt = DType.FLOAT64;
            copy = ((double[]) o).clone();
            n = ((double[]) o).length;
        } else if (o instanceof long[]) {
            dt = DType.INT64;
            copy = ((long[]) o).clone();
            n = ((long[]) o).length;
        } else if (o instanceof int[]) {
            dt = DType.INT32;
            copy = ((int[]) o).clone();
            n = ((int[]) o).length;
        } else if (o instanceof float[]) {
            dt = DType.FLOAT32;
            copy = ((float[]) o).clone();
            n = ((float[]) o).length;
        } else if (o instanceof short[]) {
            dt = DType.INT16;
            copy = ((short[]) o).clone();
            n = ((short[]) o).length;
        } else if (o instanceof byte[]) {
            dt = DType.INT8;
            copy = ((byte[]) o).clone();
            n = ((byte[]) o).length;
        } else if (o instanceof boolean[]) {
            boolean[] b = (boolean[]) o;
            byte[] c = new byte[b.length];
            for (int i = 0; i < b.length; i++) {
                c[i] = (byte) (b[i] ? 1 : 0);
            }
            dt = DType.BOOL;
            copy = c;
            n = b.length;
        } else {
            return null;
        }
        return Internals.wrap(dt, copy, new int[] {n});
    }

    private static boolean isSequence(Object o) {
        return o instanceof List || o instanceof Object[] || o instanceof NDArray || o instanceof double[]
                || o instanceof long[] || o instanceof int[] || o instanceof float[] || o instanceof short[]
                || o instanceof byte[] || o instanceof boolean[];
    }

    private static int length(Object o) {
        if (o instanceof List) {
            return ((List<?>) o).size();
        }
        if (o instanceof NDArray) {
            return ((NDArray) o).len();
        }
        if (o instanceof Object[]) {
            return ((Object[]) o).length;
        }
        return org.numpyjvm.api.internal.core.Buffers.length(o instanceof boolean[] ? new byte[((boolean[]) o).length] : o);
    }

    private static Object element(Object o, int i) {
        if (o instanceof List) {
            return ((List<?>) o).get(i);
        }
        if (o instanceof Object[]) {
            return ((Object[]) o)[i];
        }
        if (o instanceof NDArray) {
            NDArray a = (NDArray) o;
            return a.ndim() == 1 ? a.item(i) : a.get((Object) i);
        }
        if (o instanceof double[]) {
            return ((double[]) o)[i];
        }
        if (o instanceof long[]) {
            return ((long[]) o)[i];
        }
        if (o instanceof int[]) {
            return (long) ((int[]) o)[i];
        }
        if (o instanceof float[]) {
            return (double) ((float[]) o)[i];
        }
        if (o instanceof short[]) {
            return (long) ((short[]) o)[i];
        }
        if (o instanceof byte[]) {
            return (long) ((byte[]) o)[i];
        }
        return ((boolean[]) o)[i];
    }

    /** The regular shape of nested sequences, or NumPy's inhomogeneous-shape ValueError. */
    static int[] shapeOf(Object obj) {
        List<Integer> dims = new ArrayList<>();
        Object cur = obj;
        while (isSequence(cur)) {
            if (cur instanceof NDArray) {
                for (int d : ((NDArray) cur).shape()) {
                    dims.add(d);
                }
                break;
            }
            int n = length(cur);
            dims.add(n);
            if (n == 0) {
                break;
            }
            cur = element(cur, 0);
        }
        int[] shape = new int[dims.size()];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = dims.get(i);
        }
        check(obj, 0, shape);
        return shape;
    }

    private static void check(Object o, int depth, int[] shape) {
        if (depth == shape.length) {
            if (isSequence(o) && !(o instanceof NDArray && ((NDArray) o).ndim() == 0)) {
                throw inhomogeneous(depth, shape);
            }
            return;
        }
        if (!isSequence(o)) {
            throw inhomogeneous(depth, shape);
        }
        if (o instanceof NDArray) {
            int[] s = ((NDArray) o).shape();
            if (s.length != shape.length - depth) {
                throw inhomogeneous(depth, shape);
            }
            for (int i = 0; i < s.length; i++) {
                if (s[i] != shape[depth + i]) {
                    throw inhomogeneous(depth + i, shape);
                }
            }
            return;
        }
        int n = length(o);
        if (n != shape[depth]) {
            throw inhomogeneous(depth, shape);
        }
        if (depth + 1 < shape.length || !isPrimitiveArray(o)) {
            for (int i = 0; i < n; i++) {
                check(element(o, i), depth + 1, shape);
            }
        }
    }

    private static boolean isPrimitiveArray(Object o) {
        return o instanceof double[] || o instanceof long[] || o instanceof int[] || o instanceof float[]
                || o instanceof short[] || o instanceof byte[] || o instanceof boolean[];
    }

    private static ValueError inhomogeneous(int depth, int[] shape) {
        int[] detected = java.util.Arrays.copyOf(shape, depth);
        return new ValueError("setting an array element with a sequence. The requested array has an inhomogeneous shape after "
                + depth + " dimensions. The detected shape was " + Shapes.tupleString(detected) + " + inhomogeneous part.");
    }

    private static void collect(Object o, int depth, int[] shape, List<Object> out) {
        if (depth == shape.length) {
            out.add(o instanceof NDArray ? ((NDArray) o).item() : o);
            return;
        }
        if (o instanceof NDArray) {
            NDArray a = (NDArray) o;
            Object flat = a.ravel().tolist();
            out.addAll((List<?>) flat);
            return;
        }
        int n = length(o);
        for (int i = 0; i < n; i++) {
            collect(element(o, i), depth + 1, shape, out);
        }
    }

    private static DType infer(Object obj, List<Object> leaves) {
        DType typed = typedLeafType(obj);
        int rank = -1; // 0 bool, 1 int, 2 uint64, 3 float, 4 complex, 5 str, 6 bytes
        int strLen = 0;
        DType arrayType = null;
        for (Object v : leaves) {
            int r;
            if (v instanceof Boolean) {
                r = 0;
            } else if (v instanceof BigInteger) {
                BigInteger b = (BigInteger) v;
                if (b.bitLength() <= 63) {
                    r = 1;
                } else if (b.signum() > 0 && b.bitLength() <= 64) {
                    r = 2;
                } else {
                    throw new OverflowError("Python int too large to convert to C long");
                }
            } else if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
                r = 1;
            } else if (v instanceof Double || v instanceof Float) {
                r = 3;
            } else if (v instanceof Complex) {
                r = 4;
            } else if (v instanceof String) {
                r = 5;
                strLen = Math.max(strLen, ((String) v).codePointCount(0, ((String) v).length()));
            } else if (v == null) {
                throw new TypeError("numpy-jvm has no object dtype: None cannot be stored in an array");
            } else {
                throw new TypeError("cannot convert " + v.getClass().getSimpleName() + " to an array element");
            }
            rank = Math.max(rank, r);
        }
        if (typed != null) {
            arrayType = typed;
        }
        if (rank < 0) {
            return arrayType != null ? arrayType : DType.FLOAT64; // np.array([]) is float64
        }
        if (arrayType != null && rank <= 3 && leavesAllFromTyped(obj)) {
            return arrayType;
        }
        switch (rank) {
            case 0: return DType.BOOL;
            case 1: return DType.INT64;
            case 2: return DType.UINT64;
            case 3: return DType.FLOAT64;
            case 4: return DType.COMPLEX128;
            default: return DType.str(Math.max(strLen, 1));
        }
    }

    /** For nested Java primitive arrays (double[][]): their element dtype; else null. */
    private static DType typedLeafType(Object o) {
        Object cur = o;
        while (cur instanceof Object[] && ((Object[]) cur).length > 0) {
            cur = ((Object[]) cur)[0];
        }
        if (cur instanceof double[] || o instanceof double[][]) {
            return DType.FLOAT64;
        }
        if (cur instanceof float[]) {
            return DType.FLOAT32;
        }
        if (cur instanceof long[]) {
            return DType.INT64;
        }
        if (cur instanceof int[]) {
            return DType.INT32;
        }
        if (cur instanceof short[]) {
            return DType.INT16;
        }
        if (cur instanceof byte[]) {
            return DType.INT8;
        }
        if (cur instanceof boolean[]) {
            return DType.BOOL;
        }
        return null;
    }

    private static boolean leavesAllFromTyped(Object o) {
        if (o instanceof Object[]) {
            for (Object e : (Object[]) o) {
                if (!leavesAllFromTyped(e)) {
                    return false;
                }
            }
            return true;
        }
        return isPrimitiveArray(o);
    }

    private static DType sizedString(DType flexible, List<Object> leaves) {
        int n = 1;
        for (Object v : leaves) {
            if (v instanceof String) {
                n = Math.max(n, ((String) v).codePointCount(0, ((String) v).length()));
            } else if (v instanceof byte[]) {
                n = Math.max(n, ((byte[]) v).length);
            } else {
                n = Math.max(n, org.numpyjvm.api.internal.core.Casts.toPythonString(v).length());
            }
        }
        return flexible.code() == DType.Code.STR ? DType.str(n) : DType.bytes(n);
    }

    private static void checkStorable(Object v, DType dt) {
        if (v instanceof String && !dt.isString()) {
            return; // parsed by the string-to-number cast (ValueError if not a number)
        }
        if (v == null) {
            throw new TypeError("int() argument must be a string, a bytes-like object or a real number, not 'NoneType'");
        }
    }

    /** Copies {@code src} into a fresh array of {@code dtype} (helper for creation routines). */
    public static NDArray castCopy(NDArray src, DType dtype) {
        NDArray out = Internals.allocate(dtype, src.shape());
        Assign.copyInto(out, src);
        return out;
    }
}
