package org.numpyjvm.python;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.numpyjvm.api.Complex;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.FInfo;
import org.numpyjvm.api.FloatErrors;
import org.numpyjvm.api.IInfo;
import org.numpyjvm.api.NDArray;

/**
 * The {@link Bridge}'s results on their way to Python: Java values in the shapes the package
 * reads ({@link #of}), their kinds ({@link #kind}), the value classes for big integers, bytes and
 * dicts, results carrying floating-point error events ({@link Warned}), and the attributes of
 * {@code iinfo}/{@code finfo} results.
 */
final class Results {
    private Results() {
    }

    /** The kind of a result: {@link Bridge#ARRAY}, {@link Bridge#DTYPE}, {@link Bridge#COMPLEX}, {@link Bridge#LIST}... */
    static int kind(Object o) {
        if (o instanceof NDArray) {
            return Bridge.ARRAY;
        }
        if (o instanceof DType) {
            return Bridge.DTYPE;
        }
        if (o instanceof double[]) {
            return Bridge.COMPLEX;
        }
        if (o instanceof Object[]) {
            return Bridge.LIST;
        }
        if (o instanceof BigText) {
            return Bridge.BIGINT;
        }
        if (o instanceof BytesText) {
            return Bridge.BYTES;
        }
        if (o instanceof IInfo) {
            return Bridge.IINFO;
        }
        if (o instanceof FInfo) {
            return Bridge.FINFO;
        }
        if (o instanceof DictItems) {
            return Bridge.DICT;
        }
        if (o instanceof Warned) {
            return Bridge.WARNED;
        }
        return Bridge.OTHER;
    }

    /** Java results in shapes Python reads: lists as Object[], Complex as double[2], BigInteger as decimal text. */
    static Object of(Object r) {
        if (r == null || r instanceof Long || r instanceof Double || r instanceof Boolean || r instanceof String
                || r instanceof NDArray) {
            return r; // the common results, as they are (before the interface checks)
        }
        if (r instanceof List) {
            List<?> l = (List<?>) r;
            Object[] out = new Object[l.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = of(l.get(i));
            }
            return out;
        }
        if (r instanceof Map) {
            Map<?, ?> m = (Map<?, ?>) r;
            Object[] items = new Object[m.size()];
            int i = 0;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                items[i++] = new Object[] {of(e.getKey()), of(e.getValue())};
            }
            return new DictItems(items);
        }
        if (r instanceof Complex) {
            return new double[] {((Complex) r).re(), ((Complex) r).im()};
        }
        if (r instanceof BigInteger) {
            return new BigText(r.toString());
        }
        if (r instanceof Integer || r instanceof Short || r instanceof Byte) {
            return ((Number) r).longValue();
        }
        if (r instanceof Float) {
            return ((Float) r).doubleValue();
        }
        if (r instanceof byte[]) {
            return new BytesText(new String((byte[]) r, StandardCharsets.ISO_8859_1));
        }
        if (r instanceof org.numpyjvm.api.Bytes) {
            return new BytesText(new String(((org.numpyjvm.api.Bytes) r).toByteArray(), StandardCharsets.ISO_8859_1));
        }
        if (r instanceof int[]) {
            int[] a = (int[]) r;
            Object[] out = new Object[a.length];
            for (int i = 0; i < a.length; i++) {
                out[i] = (long) a[i];
            }
            return out;
        }
        return r;
    }

    /** A BigInteger on its way to Python (as its decimal text). */
    public static final class BigText {
        final String text;

        BigText(String text) {
            this.text = text;
        }
    }

    /** A bytes value on its way to Python (as Latin-1 text: Python encodes it back). */
    public static final class BytesText {
        final String text;

        BytesText(String text) {
            this.text = text;
        }
    }

    /** A Java Map on its way to Python (a dict): its [key, value] items in order. */
    public static final class DictItems {
        final Object[] items;

        DictItems(Object[] items) {
            this.items = items;
        }
    }

    /**
     * A result with the pending floating-point error events of its call ({@link FloatErrors}:
     * 'warn', 'print', 'call', 'log' modes); the package's {@code _wrap} issues them
     * ({@code numpy._ufunc_config}) and unwraps the result. Calls without events return the
     * result itself: the normal path pays one list-emptiness check.
     */
    public static final class Warned {
        final Object result;
        final Object[] events;

        Warned(Object result, Object[] events) {
            this.result = result;
            this.events = events;
        }
    }

    /** Events left by Java code outside a bridge call that returns them (an embedder's own numpy-api calls). */
    static void dropStaleEvents() {
        if (FloatErrors.hasPending()) {
            FloatErrors.takePending();
        }
    }

    static Object warned(Object r) {
        return FloatErrors.hasPending() ? new Warned(r, events()) : r;
    }

    /**
     * The pending events as [mode, category, message, errtype, where, flags] each (and clears them);
     * NumPy's other warnings as ["warning", class name in numpy.exceptions or builtins, message, mode, null, 0]
     * (mode 'print': the message alone on stdout).
     */
    static Object[] events() {
        List<FloatErrors.Event> pending = FloatErrors.takePending();
        Object[] events = new Object[pending.size()];
        for (int i = 0; i < events.length; i++) {
            FloatErrors.Event e = pending.get(i);
            events[i] = e.warning() != null ? new Object[] {"warning", e.warning(), e.message(), e.mode().pythonName(), null, 0L}
                : new Object[] {e.mode().pythonName(), e.category().key(), e.message(), e.category().errtype(),
                    e.where(), (long) e.flags()};
        }
        return events;
    }

    /** An attribute of an {@code np.iinfo}/{@code np.finfo} result (NumPy's attribute names). */
    static Object info(Object o, String attr) {
        if (o instanceof IInfo) {
            IInfo i = (IInfo) o;
            switch (attr) {
                case "min": return of(i.min());
                case "max": return of(i.max());
                case "bits": return (long) i.bits();
                case "kind": return String.valueOf(i.kind());
                case "dtype": return i.dtype();
                case "repr": return i.repr();
                case "str": return i.toString();
                default: return null;
            }
        }
        FInfo f = (FInfo) o;
        switch (attr) {
            case "eps": return f.eps();
            case "epsneg": return f.epsneg();
            case "max": return f.max();
            case "min": return f.min();
            case "tiny": return f.tiny();
            case "smallest_normal": return f.smallestNormal();
            case "smallest_subnormal": return f.smallestSubnormal();
            case "resolution": return f.resolution();
            case "bits": return (long) f.bits();
            case "precision": return (long) f.precision();
            case "iexp": return (long) f.iexp();
            case "maxexp": return (long) f.maxexp();
            case "minexp": return (long) f.minexp();
            case "machep": return (long) f.machep();
            case "negep": return (long) f.negep();
            case "nexp": return (long) f.nexp();
            case "nmant": return (long) f.nmant();
            case "dtype": return f.dtype();
            case "repr": return f.repr();
            case "str": return f.toString();
            default: return null;
        }
    }
}
