package org.numpyjvm.api.internal.manipulation;

import java.math.BigInteger;
import org.numpyjvm.api.Complex;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.TypeError;
import org.numpyjvm.api.ValueError;
import org.numpyjvm.api.internal.core.Internals;
import org.numpyjvm.api.internal.core.Shapes;
import org.numpyjvm.api.internal.creation.FromObject;
import org.numpyjvm.api.internal.loops.Assign;
import org.numpyjvm.api.internal.loops.StridedLoop;

/**
 * {@code np.copyto(dst, src, casting, where)}: NumPy 2's casting check (Python scalars are weak,
 * NEP 50: a Python int must fit the destination, a Python float/complex takes the destination's
 * precision), broadcasting, then one bulk cast copy; with a mask, the source is cast once and
 * copied element by element where the mask is true, in one {@link StridedLoop} walk.
 */
public final class CopyTo {
    private CopyTo() {
    }

    /** {@code np.copyto(dst, src, casting=casting, where=where)}; where null means True. */
    public static void copyto(NDArray dst, Object src, String casting, Object where) {
        DType dt = dst.dtype();
        NDArray s;
        if (src instanceof NDArray || isSequence(src)) {
            s = FromObject.asarray(src, null);
            if (!DType.canCast(s.dtype(), dt, casting)) {
                throw new TypeError("Cannot cast array data from " + s.dtype().repr() + " to " + dt.repr()
                        + " according to the rule '" + casting + "'");
            }
        } else {
            DType st = scalarType(src, dt);
            if (!DType.canCast(st, dt, casting)) {
                throw new TypeError("Cannot cast scalar from " + st.repr() + " to " + dt.repr()
                        + " according to the rule '" + casting + "'");
            }
            if (isPythonInt(src) && !dt.isString()) {
                if (src instanceof BigInteger) {
                    DType.checkWeakInt(dt, (BigInteger) src);
                } else {
                    DType.checkWeakInt(dt, ((Number) src).longValue());
                }
            }
            s = FromObject.array(src, st);
        }
        if (s.dtype().isString() && dt.isString()) {
            s = Views.cast(s, dt); // narrowing string casts truncate
        }
        if (!dst.isWriteable()) {
            throw new ValueError("assignment destination is read-only");
        }
        int[] shape = dst.shape();
        if (Shapes.broadcastStrides(s.shape(), Internals.strides(s), shape) == null) {
            throw new ValueError("could not broadcast input array from shape " + compact(s.shape()) + " into shape "
                    + compact(shape));
        }
        if (where == null || Boolean.TRUE.equals(where)) {
            Assign.copyInto(dst, s);
            return;
        }
        NDArray m;
        if (where instanceof NDArray) {
            m = (NDArray) where;
            if (!DType.canCast(m.dtype(), DType.BOOL, "safe")) {
                throw new TypeError("Cannot cast array data from " + m.dtype().repr() + " to dtype('bool') according to the rule 'safe'");
            }
            m = m.dtype().isBool() ? m : m.astype(DType.BOOL);
        } else {
            m = FromObject.array(where, DType.BOOL);
        }
        if (Shapes.broadcastStrides(m.shape(), Internals.strides(m), shape) == null) {
            throw new ValueError("could not broadcast where mask from shape " + compact(m.shape()) + " into shape "
                    + compact(shape));
        }
        NDArray cast = Internals.allocate(dt, shape);
        Assign.copyInto(cast, s);
        masked(dst, cast, m.broadcastTo(shape));
    }

    private static void masked(NDArray dst, NDArray src, NDArray mask) {
        final Object dd = Internals.data(dst);
        final Object sd = Internals.data(src);
        final byte[] md = (byte[]) Internals.data(mask);
        final int w = dst.dtype().slots();
        StridedLoop.forEach(dst.shape(), new int[] {Internals.offset(dst), Internals.offset(src), Internals.offset(mask)},
                new int[][] {Internals.strides(dst), Internals.strides(src), Internals.strides(mask)}, (n, off, str) -> {
                    for (int e = 0, dp = off[0], sp = off[1], mp = off[2]; e < n; e++, dp += str[0], sp += str[1], mp += str[2]) {
                        if (md[mp] != 0) {
                            System.arraycopy(sd, sp, dd, dp, w);
                        }
                    }
                });
    }

    private static boolean isSequence(Object o) {
        return o instanceof java.util.List || o instanceof Object[] || o instanceof double[] || o instanceof long[]
                || o instanceof int[] || o instanceof float[] || o instanceof short[] || o instanceof byte[]
                || o instanceof boolean[];
    }

    private static boolean isPythonInt(Object v) {
        return v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte || v instanceof BigInteger;
    }

    /** The dtype NumPy 2 gives a Python scalar next to an array of dtype dt (bool and str are not weak). */
    private static DType scalarType(Object v, DType dt) {
        if (v instanceof Boolean) {
            return DType.BOOL;
        }
        if (v instanceof String) {
            return DType.str(((String) v).codePointCount(0, ((String) v).length()));
        }
        if (v instanceof Number || v instanceof Complex) {
            if (dt.isString()) {
                return v instanceof Complex ? DType.COMPLEX128 : isPythonInt(v) ? DType.INT64 : DType.FLOAT64;
            }
            return DType.resultType(dt, v);
        }
        throw new TypeError("np.copyto: unsupported source " + (v == null ? "None" : v.getClass().getSimpleName()));
    }

    /** A shape as NumPy's assignment messages print it: {@code (2,1)}, {@code (3,)}. */
    private static String compact(int[] shape) {
        return Shapes.tupleString(shape).replace(" ", "");
    }
}
