package org.numpyjvm.api.dynamic;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.numpyjvm.api.Complex;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.OverflowError;
import org.numpyjvm.api.TypeError;
import org.numpyjvm.api.ValueError;

/** Python-object conversions used by {@link Args}, with Python's/NumPy's TypeError texts. */
public final class Conversions {
    private Conversions() {
    }

    /** Python's type name of a dynamic value: {@code int}, {@code float}, {@code NoneType}, ... */
    public static String typeName(Object v) {
        if (v == null) {
            return "NoneType";
        }
        if (v instanceof Boolean) {
            return "bool";
        }
        if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte || v instanceof BigInteger) {
            return "int";
        }
        if (v instanceof Double || v instanceof Float) {
            return "float";
        }
        if (v instanceof Complex) {
            return "complex";
        }
        if (v instanceof String) {
            return "str";
        }
        if (v instanceof org.numpyjvm.api.Bytes || v instanceof byte[]) {
            return "bytes";
        }
        if (v instanceof List || v instanceof Object[]) {
            return "list";
        }
        if (v instanceof Map) {
            return "dict";
        }
        if (v instanceof NDArray) {
            return "numpy.ndarray";
        }
        if (v instanceof DType) {
            return "numpy.dtype";
        }
        return v.getClass().getSimpleName();
    }

    /** Python's {@code repr} of simple dynamic values (for messages). */
    public static String repr(Object v) {
        if (v == null) {
            return "None";
        }
        if (v instanceof String) {
            return "'" + v + "'";
        }
        if (v instanceof org.numpyjvm.api.Bytes) {
            return v.toString();
        }
        if (v instanceof Boolean) {
            return ((Boolean) v) ? "True" : "False";
        }
        return org.numpyjvm.api.internal.core.Casts.toPythonString(v);
    }

    public static boolean isInteger(Object v) {
        return v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte || v instanceof BigInteger;
    }

    /** {@code operator.index(v)} narrowed to int: bools count as ints, floats do not. */
    public static int index(Object v) {
        if (v instanceof Long) {
            long x = (Long) v;
            if (x == (int) x) { // else the BigInteger path's OverflowError
                return (int) x;
            }
        }
        if (v instanceof Boolean) {
            return ((Boolean) v) ? 1 : 0;
        }
        if (v instanceof NDArray) {
            NDArray a = (NDArray) v;
            if (a.ndim() == 0 && (a.dtype().isInteger() || a.dtype().isBool())) {
                return index(a.item());
            }
            throw new TypeError("only integer scalar arrays can be converted to a scalar index");
        }
        if (!isInteger(v)) {
            throw new TypeError("'" + typeName(v) + "' object cannot be interpreted as an integer");
        }
        BigInteger b = Args.bigOf(v);
        if (b.bitLength() > 31) {
            throw new OverflowError("Python int too large to convert to C int");
        }
        return b.intValue();
    }

    /** NumPy's clip mode conversion; see {@link Args#clipmode}. */
    public static String clipmode(Object v) {
        if (v == null) {
            return "raise";
        }
        if (v instanceof org.numpyjvm.api.Bytes) {
            v = ((org.numpyjvm.api.Bytes) v).toByteArray();
        }
        if (v instanceof String || v instanceof byte[]) {
            String s = v instanceof String ? (String) v : new String((byte[]) v, java.nio.charset.StandardCharsets.ISO_8859_1);
            if (s.equals("raise") || s.equals("wrap") || s.equals("clip")) {
                return s;
            }
            if (!s.isEmpty() && "cCrRwW".indexOf(s.charAt(0)) >= 0) {
                throw new ValueError("Use one of 'clip', 'raise', or 'wrap' for clip mode");
            }
            throw new ValueError("clipmode must be one of 'clip', 'raise', or 'wrap' (got " + (v instanceof String ? repr(s) : "b'" + s + "'") + ")");
        }
        if (isInteger(v)) {
            BigInteger b = Args.bigOf(v);
            if (b.signum() >= 0 && b.compareTo(BigInteger.valueOf(2)) <= 0) {
                return b.intValue() == 0 ? "raise" : b.intValue() == 1 ? "wrap" : "clip";
            }
            throw new ValueError("integer clipmode must be RAISE, WRAP, or CLIP from 'numpy._core.multiarray'");
        }
        throw new TypeError("clipmode not understood");
    }

    /**
     * A C {@code int} argument as {@code PyArg_Parse} converts it: bools and ints; floats give
     * {@code integer argument expected, got float}.
     */
    public static int cInt(Object v) {
        if (v instanceof Double || v instanceof Float) {
            throw new TypeError("integer argument expected, got float");
        }
        return index(v);
    }

    /** A Python float argument's value (ints and bools accepted, as Python's float()). */
    public static double real(Object v) {
        if (v instanceof Number) {
            return ((Number) v).doubleValue();
        }
        if (v instanceof Boolean) {
            return ((Boolean) v) ? 1 : 0;
        }
        if (v instanceof NDArray && ((NDArray) v).size() == 1) {
            return ((NDArray) v).getDouble();
        }
        throw new TypeError("must be real number, not " + typeName(v));
    }

    /** Python truthiness of a dynamic value. */
    public static boolean truthy(Object v) {
        if (v == null) {
            return false;
        }
        if (v instanceof Boolean) {
            return (Boolean) v;
        }
        if (v instanceof Number) {
            return ((Number) v).doubleValue() != 0 || v instanceof BigInteger && ((BigInteger) v).signum() != 0;
        }
        if (v instanceof String) {
            return !((String) v).isEmpty();
        }
        if (v instanceof List) {
            return !((List<?>) v).isEmpty();
        }
        if (v instanceof NDArray) {
            NDArray a = (NDArray) v;
            if (a.size() != 1) {
                throw new ValueError("The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()");
            }
            return org.numpyjvm.api.internal.core.Elements.getBool(a.dtype(),
                    org.numpyjvm.api.internal.core.Internals.data(a.ravel()), org.numpyjvm.api.internal.core.Internals.offset(a.ravel()));
        }
        return true;
    }

    /**
     * A 0-d integer array (a NumPy integer scalar crossing from Python) as the Python int its
     * {@code __index__} gives, anything else unchanged.
     */
    public static Object indexValue(Object v) {
        if (v instanceof NDArray) {
            NDArray a = (NDArray) v;
            if (a.ndim() == 0 && a.dtype().isInteger()) {
                return a.item();
            }
        }
        return v;
    }

    /** A shape: an int or a sequence of ints (NumPy's texts for floats and huge values). */
    public static int[] shape(Object v) {
        v = indexValue(v);
        if (isInteger(v) || v instanceof Boolean) {
            return new int[] {dimension(v)};
        }
        if (v instanceof NDArray && ((NDArray) v).ndim() == 0) { // a NumPy scalar that is not an integer
            NDArray a = (NDArray) v;
            throw new TypeError("expected a sequence of integers or a single integer, got '"
                    + org.numpyjvm.api.Printing.scalarRepr(a.dtype(), a.item()) + "'");
        }
        if (v instanceof List || v instanceof Object[] || v instanceof int[] || v instanceof long[] || v instanceof NDArray) {
            List<?> items = sequence(v, null, null);
            int[] out = new int[items.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = dimension(items.get(i));
            }
            return out;
        }
        if (v instanceof Double || v instanceof Float) {
            throw new TypeError("expected a sequence of integers or a single integer, got '" + repr(v) + "'");
        }
        throw new TypeError("'" + typeName(v) + "' object cannot be interpreted as an integer");
    }

    private static int dimension(Object v) {
        if (v instanceof Long) {
            long x = (Long) v;
            if (x == (int) x) { // else the BigInteger path's ValueErrors
                return (int) x;
            }
        }
        v = indexValue(v);
        if (!isInteger(v) && !(v instanceof Boolean)) {
            throw new TypeError("'" + typeName(v) + "' object cannot be interpreted as an integer");
        }
        BigInteger b = v instanceof Boolean ? BigInteger.valueOf(((Boolean) v) ? 1 : 0) : Args.bigOf(v);
        if (b.bitLength() > 31) {
            if (b.bitLength() > 63) { // NumPy's intp conversion of the shape (before any size check)
                throw new ValueError("Maximum allowed dimension exceeded");
            }
            if (b.signum() < 0) {
                throw new ValueError("negative dimensions are not allowed");
            }
            throw new ValueError("array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.");
        }
        return b.intValue();
    }

    /** A sequence of ints (a tuple of axes, say). */
    public static int[] intSequence(Object v) {
        List<?> items = sequence(v, null, null);
        int[] out = new int[items.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = index(items.get(i));
        }
        return out;
    }

    /** List, Object[], primitive int/long/double arrays, or a 1-d NDArray as a list. */
    public static List<?> sequence(Object v, String function, String name) {
        if (v instanceof List) {
            return (List<?>) v;
        }
        List<Object> out = new ArrayList<>();
        if (v instanceof Object[]) {
            for (Object o : (Object[]) v) {
                out.add(o);
            }
        } else if (v instanceof int[]) {
            for (int o : (int[]) v) {
                out.add((long) o);
            }
        } else if (v instanceof long[]) {
            for (long o : (long[]) v) {
                out.add(o);
            }
        } else if (v instanceof double[]) {
            for (double o : (double[]) v) {
                out.add(o);
            }
        } else if (v instanceof NDArray && ((NDArray) v).ndim() >= 1) {
            NDArray a = (NDArray) v;
            for (int i = 0; i < a.len(); i++) {
                out.add(a.ndim() == 1 ? a.item(i) : a.get((Object) i));
            }
        } else {
            throw new TypeError("'" + typeName(v) + "' object is not iterable");
        }
        return out;
    }

    /** A dtype argument: DType, or a NumPy spelling; None gives null. */
    public static DType dtype(Object v) {
        if (v == null || v instanceof DType) {
            return (DType) v;
        }
        if (v instanceof String) {
            return DType.of((String) v);
        }
        throw new TypeError("Cannot interpret '" + repr(v) + "' as a data type");
    }
}
