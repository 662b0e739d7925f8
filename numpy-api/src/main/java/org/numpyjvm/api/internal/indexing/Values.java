package org.numpyjvm.api.internal.indexing;

import java.math.BigInteger;
import java.util.List;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.Np;
import org.numpyjvm.api.OverflowError;
import org.numpyjvm.api.internal.core.Elements;
import org.numpyjvm.api.internal.core.Internals;

/**
 * The value side of {@code a[index] = value}: Java values (Python scalars and lists) are
 * converted with the destination dtype, as NumPy does ({@code np.asarray(value, dtype=a.dtype)}):
 * a Python integer out of the range of an integer dtype raises NumPy 2's OverflowError, a
 * string is parsed. Arrays keep their dtype (cast later, unsafely).
 */
final class Values {
    private Values() {
    }

    static NDArray toArray(Object value, DType dt) {
        if (value instanceof NDArray) {
            NDArray v = (NDArray) value;
            if (dt.isString() && !v.dtype().equals(dt)) {
                return castStrings(v, dt);
            }
            return v;
        }
        if (dt.isInteger()) {
            checkPythonInts(value, dt);
        }
        if (value instanceof int[] || value instanceof long[] || value instanceof double[] || value instanceof float[]
                || value instanceof short[] || value instanceof byte[] || value instanceof boolean[]) {
            return toArray(Np.asarray(value), dt); // typed Java arrays act as NumPy arrays
        }
        return Np.array(value, dt);
    }

    /** A copy of v in the string dtype dt (truncating to its width), C order. */
    static NDArray castStrings(NDArray v, DType dt) {
        NDArray out = Internals.allocate(dt, v.shape());
        Object data = Internals.data(out);
        NDArray flat = v.reshape(-1);
        for (int i = 0; i < flat.size(); i++) {
            Elements.setItem(dt, data, i, flat.item(i));
        }
        return out;
    }

    private static void checkPythonInts(Object v, DType dt) {
        if (v instanceof List) {
            for (Object o : (List<?>) v) {
                checkPythonInts(o, dt);
            }
        } else if (v instanceof Object[]) {
            for (Object o : (Object[]) v) {
                checkPythonInts(o, dt);
            }
        } else if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte
                || v instanceof BigInteger) {
            BigInteger b = v instanceof BigInteger ? (BigInteger) v : BigInteger.valueOf(((Number) v).longValue());
            if (b.compareTo(min(dt)) < 0 || b.compareTo(max(dt)) > 0) {
                throw new OverflowError("Python integer " + b + " out of bounds for " + dt.name());
            }
        }
    }

    private static BigInteger min(DType dt) {
        int bits = dt.itemsize() * 8;
        return dt.kind() == 'u' ? BigInteger.ZERO : BigInteger.ONE.shiftLeft(bits - 1).negate();
    }

    private static BigInteger max(DType dt) {
        int bits = dt.itemsize() * 8;
        return (dt.kind() == 'u' ? BigInteger.ONE.shiftLeft(bits) : BigInteger.ONE.shiftLeft(bits - 1))
                .subtract(BigInteger.ONE);
    }
}
