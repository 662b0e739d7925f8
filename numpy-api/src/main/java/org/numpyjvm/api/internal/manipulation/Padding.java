package org.numpyjvm.api.internal.manipulation;

import java.util.Map;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.IndexError;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.NotImplementedError;
import org.numpyjvm.api.TypeError;
import org.numpyjvm.api.ValueError;
import org.numpyjvm.api.internal.core.Internals;
import org.numpyjvm.api.internal.creation.FromObject;
import org.numpyjvm.api.internal.loops.Assign;

/**
 * {@code np.pad}: a port of NumPy's {@code _arraypad_impl} (same order of per-axis passes, so
 * corners come out identical): the padded array is allocated, the input copied into its middle,
 * then each axis' pad areas are filled from views of the already-filled part.
 *
 * <p>{@code pad_width} accepts an Integer/Long, {@code int[]}/{@code long[]} ({@code (pad,)} or
 * {@code (before, after)}), {@code int[][]} per-axis pairs, nested Lists, an integer NDArray, or a
 * {@code Map<Integer, Object>} (NumPy's dict form: axis → int or pair). Keyword arguments come as
 * a Map: {@code constant_values}, {@code end_values}, {@code stat_length}, {@code reflect_type}.
 */
public final class Padding {
    private Padding() {
    }

    private static final String[][] ALLOWED = {
        {"empty"}, {"edge"}, {"wrap"}, {"constant", "constant_values"}, {"linear_ramp", "end_values"},
        {"maximum", "stat_length"}, {"mean", "stat_length"}, {"median", "stat_length"}, {"minimum", "stat_length"},
        {"reflect", "reflect_type"}, {"symmetric", "reflect_type"},
    };

    /** {@code np.pad(array, pad_width, mode, **kwargs)}; kwargs may be null. */
    public static NDArray pad(NDArray array, Object padWidth, String mode, Map<String, ?> kwargs) {
        int nd = array.ndim();
        long[][] pw = padWidthPairs(padWidth, nd);
        if (mode == null) {
            throw new NotImplementedError("np.pad: a callable mode is not supported");
        }
        String[] allowed = null;
        for (String[] a : ALLOWED) {
            if (a[0].equals(mode)) {
                allowed = a;
            }
        }
        if (allowed == null) {
            throw new ValueError("mode '" + mode + "' is not supported");
        }
        Map<String, ?> kw = kwargs == null ? java.util.Collections.<String, Object>emptyMap() : kwargs;
        java.util.TreeSet<String> bad = new java.util.TreeSet<>(kw.keySet());
        for (int i = 1; i < allowed.length; i++) {
            bad.remove(allowed[i]);
        }
        if (!bad.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            for (String b : bad) {
                sb.append(sb.length() == 0 ? "{'" : ", '").append(b).append('\'');
            }
            throw new ValueError("unsupported keyword arguments for mode '" + mode + "': " + sb.append('}'));
        }
        int[] shape = array.shape();
        int[] newShape = new int[nd];
        for (int d = 0; d < nd; d++) {
            long n = pw[d][0] + shape[d] + pw[d][1];
            if (n > Integer.MAX_VALUE) {
                throw new ValueError("array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.");
            }
            newShape[d] = (int) n;
        }
        NDArray padded = Views.allocateLike(array.dtype(), newShape, array);
        NDArray center = padded;
        for (int d = 0; d < nd; d++) {
            center = Views.slice(center, d, (int) pw[d][0], (int) pw[d][0] + shape[d]);
        }
        Assign.copyInto(center, array);
        int[][] w = new int[nd][2];
        for (int d = 0; d < nd; d++) {
            w[d][0] = (int) pw[d][0];
            w[d][1] = (int) pw[d][1];
        }
        switch (mode) {
            case "constant": {
                Object[][] values = asPairs(kw.containsKey("constant_values") ? kw.get("constant_values") : 0L, nd, false);
                for (int d = 0; d < nd; d++) {
                    NDArray roi = roi(padded, w, shape, d);
                    Assign.fill(Views.slice(roi, d, 0, w[d][0]), values[d][0]);
                    Assign.fill(Views.slice(roi, d, newShape[d] - w[d][1], newShape[d]), values[d][1]);
                }
                return padded;
            }
            case "empty":
                return padded;
            default:
                break;
        }
        if (array.size() == 0) {
            for (int d = 0; d < nd; d++) {
                if (shape[d] == 0 && (w[d][0] != 0 || w[d][1] != 0)) {
                    throw new ValueError("can't extend empty axis " + d + " using modes other than 'constant' or 'empty'");
                }
            }
            return padded;
        }
        switch (mode) {
            case "edge":
                for (int d = 0; d < nd; d++) {
                    NDArray roi = roi(padded, w, shape, d);
                    setEdges(roi, d, w[d]);
                }
                break;
            case "linear_ramp": {
                Object ev = kw.containsKey("end_values") ? kw.get("end_values") : 0L;
                Object[][] values = asPairs(ev, nd, false);
                boolean weak = weakPairs(ev);
                for (int d = 0; d < nd; d++) {
                    NDArray roi = roi(padded, w, shape, d);
                    PadStats.linearRamp(roi, d, w[d], values[d], weak);
                }
                break;
            }
            case "maximum":
            case "minimum":
            case "mean":
            case "median": {
                Object[][] len = asPairs(kw.get("stat_length"), nd, true);
                for (int d = 0; d < nd; d++) {
                    NDArray roi = roi(padded, w, shape, d);
                    PadStats.stats(roi, d, w[d], len[d], mode);
                }
                break;
            }
            case "reflect":
            case "symmetric": {
                Object rt = kw.get("reflect_type");
                boolean odd = "odd".equals(rt);
                boolean includeEdge = mode.equals("symmetric");
                for (int d = 0; d < nd; d++) {
                    int left = w[d][0];
                    int right = w[d][1];
                    if (shape[d] == 1 && (left > 0 || right > 0)) {
                        setEdges(padded, d, w[d]);
                        continue;
                    }
                    NDArray roi = roi(padded, w, shape, d);
                    while (left > 0 || right > 0) {
                        int[] lr = reflectBoth(roi, d, left, right, odd, shape[d], includeEdge);
                        left = lr[0];
                        right = lr[1];
                    }
                }
                break;
            }
            case "wrap":
                for (int d = 0; d < nd; d++) {
                    int left = w[d][0];
                    int right = w[d][1];
                    NDArray roi = roi(padded, w, shape, d);
                    int period = newShape[d] - right - left;
                    while (left > 0 || right > 0) {
                        int[] lr = wrapBoth(roi, d, left, right, period);
                        left = lr[0];
                        right = lr[1];
                    }
                }
                break;
            default:
                throw new IllegalStateException(mode);
        }
        return padded;
    }

    /** {@code _view_roi}: axes after {@code axis} restricted to the original area. */
    private static NDArray roi(NDArray padded, int[][] w, int[] shape, int axis) {
        NDArray r = padded;
        for (int d = axis + 1; d < shape.length; d++) {
            r = Views.slice(r, d, w[d][0], w[d][0] + shape[d]);
        }
        return r;
    }

    private static void setEdges(NDArray roi, int axis, int[] width) {
        int n = roi.shape()[axis];
        NDArray leftEdge = Views.slice(roi, axis, width[0], width[0] + 1);
        NDArray rightEdge = Views.slice(roi, axis, n - width[1] - 1, n - width[1]);
        Assign.copyInto(Views.slice(roi, axis, 0, width[0]), leftEdge);
        Assign.copyInto(Views.slice(roi, axis, n - width[1], n), rightEdge);
    }

    /** {@code _set_reflect_both}. */
    private static int[] reflectBoth(NDArray padded, int axis, int leftPad, int rightPad, boolean odd, int period,
            boolean includeEdge) {
        int n = padded.shape()[axis];
        int oldLength = n - rightPad - leftPad;
        int edgeOffset;
        if (includeEdge) {
            oldLength = oldLength / period * period;
            edgeOffset = 1;
        } else {
            oldLength = (oldLength - 1) / (period - 1) * (period - 1) + 1;
            edgeOffset = 0;
            oldLength -= 1;
        }
        if (leftPad > 0) {
            int chunkLength = Math.min(oldLength, leftPad);
            int stop = leftPad - edgeOffset;
            int start = stop + chunkLength;
            NDArray chunk = Views.slice(padded, axis, start, stop, -1);
            if (odd) {
                chunk = PadStats.twiceMinus(Views.slice(padded, axis, leftPad, leftPad + 1), chunk);
            }
            Assign.copyInto(Views.slice(padded, axis, leftPad - chunkLength, leftPad), chunk);
            leftPad -= chunkLength;
        }
        if (rightPad > 0) {
            int chunkLength = Math.min(oldLength, rightPad);
            int start = -rightPad + edgeOffset - 2;
            int stop = start - chunkLength;
            NDArray chunk = Views.slice(padded, axis, start, stop, -1);
            if (odd) {
                chunk = PadStats.twiceMinus(Views.slice(padded, axis, n - rightPad - 1, n - rightPad), chunk);
            }
            int s = n - rightPad;
            Assign.copyInto(Views.slice(padded, axis, s, s + chunkLength), chunk);
            rightPad -= chunkLength;
        }
        return new int[] {leftPad, rightPad};
    }

    /** {@code _set_wrap_both}. */
    private static int[] wrapBoth(NDArray padded, int axis, int leftPad, int rightPad, int originalPeriod) {
        int n = padded.shape()[axis];
        int period = n - rightPad - leftPad;
        period = period / originalPeriod * originalPeriod;
        int newLeft = 0;
        int newRight = 0;
        if (leftPad > 0) {
            int sliceEnd = leftPad + period;
            int sliceStart = sliceEnd - Math.min(period, leftPad);
            NDArray chunk = Views.slice(padded, axis, sliceStart, sliceEnd);
            NDArray area;
            if (leftPad > period) {
                area = Views.slice(padded, axis, leftPad - period, leftPad);
                newLeft = leftPad - period;
            } else {
                area = Views.slice(padded, axis, 0, leftPad);
            }
            Assign.copyInto(area, chunk);
        }
        if (rightPad > 0) {
            int sliceStart = n - rightPad - period;
            int sliceEnd = sliceStart + Math.min(period, rightPad);
            NDArray chunk = Views.slice(padded, axis, sliceStart, sliceEnd);
            NDArray area;
            if (rightPad > period) {
                area = Views.slice(padded, axis, n - rightPad, n - rightPad + period);
                newRight = rightPad - period;
            } else {
                area = Views.slice(padded, axis, n - rightPad, n);
            }
            Assign.copyInto(area, chunk);
        }
        return new int[] {newLeft, newRight};
    }

    // ------------------------------------------------------------------ argument normalization

    private static long[][] padWidthPairs(Object padWidth, int nd) {
        Object pw = padWidth;
        if (padWidth instanceof Map) {
            Object[] seq = new Object[nd];
            for (int i = 0; i < nd; i++) {
                seq[i] = new long[] {0, 0};
            }
            for (Map.Entry<?, ?> e : ((Map<?, ?>) padWidth).entrySet()) {
                Object key = e.getKey();
                if (!(key instanceof Integer || key instanceof Long || key instanceof Short || key instanceof Byte)) {
                    throw new TypeError("list indices must be integers or slices, not "
                            + (key instanceof String ? "str" : key == null ? "NoneType" : key.getClass().getSimpleName()));
                }
                int ax = ((Number) key).intValue();
                if (ax >= nd || ax < -nd) {
                    throw new IndexError("list assignment index out of range");
                }
                Object v = e.getValue();
                if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
                    long b = ((Number) v).longValue();
                    v = new long[] {b, b};
                } else {
                    NDArray pair = v == null ? null : FromObject.asarray(v, null);
                    if (pair == null || !pair.dtype().isInteger() || pair.ndim() != 1 || pair.size() != 2) {
                        throw new TypeError("Expected code to be unreachable, but got: " + v);
                    }
                    v = pair.toLongArray();
                }
                seq[ax < 0 ? ax + nd : ax] = v;
            }
            pw = seq;
        }
        NDArray x = FromObject.asarray(pw, null);
        if (!x.dtype().isInteger()) {
            throw new TypeError("`pad_width` must be of integral type.");
        }
        Object[][] pairs = asPairs(x, nd, true);
        long[][] out = new long[nd][2];
        for (int d = 0; d < nd; d++) {
            out[d][0] = ((Number) pairs[d][0]).longValue();
            out[d][1] = ((Number) pairs[d][1]).longValue();
        }
        return out;
    }

    /** Whether {@code _as_pairs} hands out Python scalars (the broadcast path) rather than NumPy scalars. */
    private static boolean weakPairs(Object x) {
        NDArray a = FromObject.asarray(x, null);
        return !(a.ndim() < 3 && (a.size() == 1 || a.size() == 2 && !(a.ndim() == 2 && a.shape()[0] == 2)));
    }

    /** {@code _as_pairs(x, ndim, as_index)}: x broadcast to ndim (before, after) pairs of Java values. */
    static Object[][] asPairs(Object x, int nd, boolean asIndex) {
        Object[][] out = new Object[nd][2];
        if (x == null) {
            return out;
        }
        NDArray a = FromObject.asarray(x, null);
        if (asIndex) {
            if (!a.dtype().isInteger() && !a.dtype().isBool()) {
                a = PadStats.rint(a);
            }
            a = a.astype(DType.INT64);
        }
        if (a.ndim() < 3) {
            if (a.size() == 1) {
                Object v = a.reshape(-1).item(0);
                if (asIndex && ((Number) v).longValue() < 0) {
                    throw new ValueError("index can't contain negative values");
                }
                for (Object[] p : out) {
                    p[0] = v;
                    p[1] = v;
                }
                return out;
            }
            if (a.size() == 2 && !(a.ndim() == 2 && a.shape()[0] == 2)) {
                NDArray r = a.reshape(-1);
                Object v0 = r.item(0);
                Object v1 = r.item(1);
                if (asIndex && (((Number) v0).longValue() < 0 || ((Number) v1).longValue() < 0)) {
                    throw new ValueError("index can't contain negative values");
                }
                for (Object[] p : out) {
                    p[0] = v0;
                    p[1] = v1;
                }
                return out;
            }
        }
        if (asIndex) {
            for (long v : a.toLongArray()) {
                if (v < 0) {
                    throw new ValueError("index can't contain negative values");
                }
            }
        }
        NDArray b;
        try {
            b = a.broadcastTo(nd, 2);
        } catch (ValueError e) {
            String orig = Views.tuple(a.shape()).replace(" ", "");
            throw new ValueError("operands could not be broadcast together with remapped shapes [original->remapped]: "
                    + orig + "  and requested shape (" + nd + ",2)");
        }
        for (int d = 0; d < nd; d++) {
            out[d][0] = b.item(d, 0);
            out[d][1] = b.item(d, 1);
        }
        return out;
    }
}
