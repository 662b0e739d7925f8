package org.numpyjvm.api.internal.manipulation;

import org.numpyjvm.api.DType;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.NotImplementedError;
import org.numpyjvm.api.TypeError;
import org.numpyjvm.api.ValueError;
import org.numpyjvm.api.internal.core.Internals;
import org.numpyjvm.api.internal.loops.Assign;

/**
 * The arithmetic {@code np.pad} needs (statistics along an axis, linear ramps, odd reflection),
 * computed on bulk copies: the chunk is copied once into a contiguous {@code double[]} or
 * {@code long[]} with the padded axis last, worked on lane by lane, and the result assigned
 * back (cast) with {@link Assign#copyInto}.
 */
final class PadStats {
    private PadStats() {
    }

    /** np.rint of a real array (float64 result). */
    static NDArray rint(NDArray a) {
        double[] v = a.toDoubleArray();
        for (int i = 0; i < v.length; i++) {
            v[i] = Math.rint(v[i]);
        }
        return Internals.wrap(DType.FLOAT64, v, a.shape());
    }

    private static void realOnly(NDArray a, String what) {
        if (a.dtype().isComplex() || a.dtype().isString()) {
            throw new NotImplementedError("np.pad: mode '" + what + "' is not supported for dtype " + a.dtype().name());
        }
    }

    /** Lanes of {@code chunk} along {@code axis}, moved last and copied contiguous in the given dtype. */
    private static NDArray lanes(NDArray chunk, int axis, DType dt) {
        return chunk.moveaxis(axis, -1).astype(dt, 'C');
    }

    /** A result with one value per lane, shaped like {@code chunk} with {@code axis} of length 1. */
    private static NDArray perLane(DType dt, Object data, NDArray chunk, int axis) {
        int[] s = chunk.moveaxis(axis, -1).shape();
        s[s.length - 1] = 1;
        return Internals.wrap(dt, data, s).moveaxis(-1, axis);
    }

    /** {@code _get_stats} + {@code _set_pad_area} for maximum, minimum, mean, median. */
    static void stats(NDArray padded, int axis, int[] width, Object[] lengthPair, String mode) {
        realOnly(padded, mode);
        int n = padded.shape()[axis];
        int leftIndex = width[0];
        int rightIndex = n - width[1];
        int maxLength = rightIndex - leftIndex;
        int leftLength = lengthPair[0] == null ? maxLength : (int) Math.min(maxLength, ((Number) lengthPair[0]).longValue());
        int rightLength = lengthPair[1] == null ? maxLength : (int) Math.min(maxLength, ((Number) lengthPair[1]).longValue());
        boolean extreme = mode.equals("maximum") || mode.equals("minimum");
        if ((leftLength == 0 || rightLength == 0) && extreme) {
            throw new ValueError("stat_length of 0 yields no value for padding");
        }
        NDArray leftStat = stat(Views.slice(padded, axis, leftIndex, leftIndex + leftLength), axis, mode);
        NDArray rightStat = leftLength == rightLength && rightLength == maxLength ? leftStat
                : stat(Views.slice(padded, axis, rightIndex - rightLength, rightIndex), axis, mode);
        Assign.copyInto(Views.slice(padded, axis, 0, width[0]), leftStat);
        Assign.copyInto(Views.slice(padded, axis, n - width[1], n), rightStat);
    }

    private static NDArray stat(NDArray chunk, int axis, String mode) {
        DType dt = chunk.dtype();
        int len = chunk.shape()[axis];
        int[] cs = chunk.shape();
        int count = 1;
        for (int d = 0; d < cs.length; d++) {
            if (d != axis) {
                count *= cs[d];
            }
        }
        boolean extreme = mode.equals("maximum") || mode.equals("minimum");
        if (extreme && (dt.isInteger() || dt.isBool())) {
            boolean max = mode.equals("maximum");
            boolean unsigned = dt.code() == DType.Code.UINT64;
            long[] v = (long[]) Internals.data(lanes(chunk, axis, DType.INT64));
            long[] r = new long[count];
            for (int l = 0; l < count; l++) {
                long best = v[l * len];
                for (int i = 1; i < len; i++) {
                    long x = v[l * len + i];
                    int c = unsigned ? Long.compareUnsigned(x, best) : Long.compare(x, best);
                    if (max ? c > 0 : c < 0) {
                        best = x;
                    }
                }
                r[l] = best;
            }
            return perLane(unsigned ? DType.UINT64 : DType.INT64, r, chunk, axis);
        }
        double[] v = (double[]) Internals.data(lanes(chunk, axis, DType.FLOAT64));
        double[] r = new double[count];
        double[] buf = new double[len];
        for (int l = 0; l < count; l++) {
            int base = l * len;
            double res;
            switch (mode) {
                case "maximum":
                case "minimum": {
                    boolean max = mode.equals("maximum");
                    res = v[base];
                    for (int i = 1; i < len && !Double.isNaN(res); i++) {
                        double x = v[base + i];
                        if (Double.isNaN(x) || (max ? x > res : x < res)) {
                            res = x;
                        }
                    }
                    break;
                }
                case "mean": {
                    double s = 0;
                    for (int i = 0; i < len; i++) {
                        s += v[base + i];
                    }
                    res = s / len;
                    break;
                }
                default: {
                    System.arraycopy(v, base, buf, 0, len);
                    java.util.Arrays.sort(buf);
                    if (len == 0 || Double.isNaN(buf[len - 1])) {
                        res = Double.NaN;
                    } else if (len % 2 == 1) {
                        res = buf[len / 2];
                    } else {
                        res = (buf[len / 2 - 1] + buf[len / 2]) / 2;
                    }
                }
            }
            r[l] = dt.isInteger() ? Math.rint(res) : res;
        }
        return perLane(DType.FLOAT64, r, chunk, axis);
    }

    /**
     * {@code _get_linear_ramps} + {@code _set_pad_area}: linspace(end_value, edge, width,
     * endpoint=False) per lane, floored for integer dtypes; float32 arithmetic when NumPy would
     * use it (float32 array, end values handed out as Python scalars).
     */
    static void linearRamp(NDArray padded, int axis, int[] width, Object[] endValues, boolean weak) {
        realOnly(padded, "linear_ramp");
        int n = padded.shape()[axis];
        NDArray leftEdge = Views.slice(padded, axis, width[0], width[0] + 1);
        NDArray rightEdge = Views.slice(padded, axis, n - width[1] - 1, n - width[1]);
        NDArray left = ramp(leftEdge, axis, width[0], endValues[0], weak, padded.dtype());
        NDArray right = ramp(rightEdge, axis, width[1], endValues[1], weak, padded.dtype());
        Assign.copyInto(Views.slice(padded, axis, 0, width[0]), left);
        Assign.copyInto(Views.slice(padded, axis, n - width[1], n), Views.slice(right, axis, null, null, -1));
    }

    private static NDArray ramp(NDArray edge, int axis, int num, Object endValue, boolean weak, DType dt) {
        double[] stop = (double[]) Internals.data(lanes(edge, axis, DType.FLOAT64));
        if (!(endValue instanceof Number || endValue instanceof Boolean)) {
            throw new TypeError("np.pad: end_values must be real numbers, not " + (endValue == null ? "None" : endValue));
        }
        double start = endValue instanceof Boolean ? ((Boolean) endValue ? 1 : 0) : ((Number) endValue).doubleValue();
        boolean f32 = weak && dt.code() == DType.Code.FLOAT32;
        int count = stop.length;
        double[] out = new double[count * num];
        boolean anyZero = false;
        double[] step = new double[count];
        for (int l = 0; l < count; l++) {
            double delta = f32 ? (float) ((float) stop[l] - (float) start) : stop[l] - start;
            step[l] = f32 ? (float) (delta / num) : delta / num;
            anyZero |= step[l] == 0;
        }
        boolean integer = dt.isInteger();
        for (int l = 0; l < count; l++) {
            double delta = f32 ? (float) ((float) stop[l] - (float) start) : stop[l] - start;
            for (int i = 0; i < num; i++) {
                double y;
                if (f32) {
                    float yf = anyZero ? (float) i / num * (float) delta : i * (float) step[l];
                    y = yf + (float) start;
                    y = (float) y;
                } else {
                    y = anyZero ? (double) i / num * delta : i * step[l];
                    y += start;
                }
                out[l * num + i] = integer ? Math.floor(y) : y;
            }
        }
        int[] s = edge.moveaxis(axis, -1).shape();
        s[s.length - 1] = num;
        return Internals.wrap(DType.FLOAT64, out, s).moveaxis(-1, axis);
    }

    /** {@code 2 * edge - chunk} in NumPy's arithmetic for the dtype (integers wrap), shaped like chunk. */
    static NDArray twiceMinus(NDArray edge, NDArray chunk) {
        DType dt = chunk.dtype();
        int[] shape = chunk.shape();
        if (dt.isString()) {
            throw new TypeError("np.pad: reflect_type='odd' needs numbers, not dtype " + dt.name());
        }
        if (dt.isBool() || dt.isInteger()) {
            long[] e = edge.broadcastTo(shape).toLongArray();
            long[] c = chunk.toLongArray();
            for (int i = 0; i < c.length; i++) {
                c[i] = 2 * e[i] - c[i];
            }
            return Internals.wrap(DType.INT64, c, shape);
        }
        DType work = dt.isComplex() ? DType.COMPLEX128 : DType.FLOAT64;
        double[] e = (double[]) Internals.data(edge.broadcastTo(shape).astype(work, 'C'));
        double[] c = (double[]) Internals.data(chunk.astype(work, 'C'));
        for (int i = 0; i < c.length; i++) {
            c[i] = 2 * e[i] - c[i];
        }
        return Internals.wrap(work, c, shape);
    }
}
