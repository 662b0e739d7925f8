package org.numpyjvm.python;

import org.numpyjvm.api.DType;
import org.numpyjvm.api.NDArray;

/**
 * The results of the {@link Bridge}'s fast calls in the shapes the package reads without further
 * calls: a new NDArray as itself, an element as {@code [SCALAR, value, scalar type code, name]}, an
 * array related to an argument (a view, or the argument itself) as {@code [LINK, ...]}, other
 * kinds as {@code [kind, value]} (see {@link Bridge#SCALAR}). One per bridge (it remembers the last
 * dtype's code).
 */
final class FastResults {
    private final Bridge bridge;

    FastResults(Bridge bridge) {
        this.bridge = bridge;
    }

    /** A fast call's result (see {@link Bridge#SCALAR}, {@link Bridge#LINK}). */
    Object of(Object r, boolean scalar0d, Object x, Object y, Object z) {
        if (r instanceof NDArray) {
            NDArray a = (NDArray) r;
            if (scalar0d && a.ndim() == 0) {
                return scalar(a);
            }
            return linked(a, x, y, z);
        }
        if (r == null || r instanceof Long || r instanceof Double || r instanceof Boolean || r instanceof String) {
            return r;
        }
        Object v = bridge.result(r);
        if (v instanceof Long || v instanceof Double) {
            return v;
        }
        return new Object[] {bridge.kind(v), v};
    }

    /** An array result: untagged when unrelated to the arguments, else tagged {@link Bridge#LINK}. */
    static Object linked(NDArray r, Object x, Object y, Object z) {
        NDArray base = r.base();
        Object t = link(r, base, x, 0);
        if (t == null) {
            t = link(r, base, y, 1);
            if (t == null) {
                t = link(r, base, z, 2);
            }
        }
        return t == null || t == NONE ? r : t;
    }

    /**
     * The result r of a view-making call on s ({@code a[i]}, {@code a[i:j]}, {@code a.T}, {@code a.reshape}...):
     * r itself when its base is the array Python's wrapper of s expects for a view of s, which is {@code pb}
     * (the Java array of the wrapper s knows as its base) or s itself when Python knows no base of s;
     * otherwise as {@link #linked} tags it, and {@code [FRESH, r]} for an array unrelated to s (a copy).
     * The package takes an untagged NDArray as such a view without reading anything more.
     */
    static Object view(NDArray r, NDArray s, NDArray pb) {
        NDArray base = r.base();
        if (base != null && base == (pb != null ? pb : s)) {
            return r;
        }
        Object t = linked(r, s, null, null);
        return t == r ? new Object[] {Bridge.FRESH, r} : t;
    }

    /** No link, and no further argument to look at. */
    private static final Object NONE = new Object();

    /** r's link to the argument s at index i; null: none, look at the next argument; NONE: none. */
    private static Object link(NDArray r, NDArray base, Object s, int i) {
        if (!(s instanceof NDArray)) {
            return null;
        }
        if (s == r) {
            return new Object[] {Bridge.LINK, r, i, 0, base};
        }
        if (base == null) {
            return NONE;
        }
        if (s == base) {
            return new Object[] {Bridge.LINK, r, i, 1, base};
        }
        if (((NDArray) s).base() == base) {
            return new Object[] {Bridge.LINK, r, i, 2, base};
        }
        return null;
    }

    static final String[] SCALAR_NAMES = {"bool", "int8", "int16", "int32", "int64", "uint8", "uint16",
        "uint32", "uint64", "float16", "float32", "float64", "complex64", "complex128", "str", "bytes"};

    private final DType[] canonical = new DType[SCALAR_NAMES.length];

    /** The code ({@link Bridge#dtypeCode}) of a dtype (the last one asked is remembered). */
    int dtypeCode(DType d) {
        if (d != codeDType) {
            codeDType = d;
            codeOfDType = canonicalCode(d);
        }
        return codeOfDType;
    }

    private DType codeDType;
    private int codeOfDType;

    private int canonicalCode(DType d) {
        if (d.isString()) {
            return -1;
        }
        int c = scalarCode(d.name());
        if (c < 0) {
            return -1;
        }
        DType k = canonical[c];
        if (k == null) {
            k = DType.of(SCALAR_NAMES[c]);
            canonical[c] = k;
        }
        return d.equals(k) && d.byteorder() == k.byteorder() ? c : -1;
    }

    private static int scalarCode(String name) {
        for (int i = 0; i < SCALAR_NAMES.length; i++) {
            if (SCALAR_NAMES[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * An element of an array of dtype d: a Java Long, Double or Boolean as itself (the package makes it the
     * scalar type of the array's dtype, which it knows), other values as {@link #scalar(DType, Object)}.
     */
    Object element(DType d, Object item) {
        Object v = bridge.result(item);
        if (v instanceof Long || v instanceof Double || v instanceof Boolean) {
            return v;
        }
        return scalar(d, item);
    }

    /** The element of a 0-d array as {@code [SCALAR, value, code, name when code is -1]}. */
    Object scalar(NDArray r) {
        return scalar(r.dtype(), r.item());
    }

    private DType lastDType;
    private int lastCode;

    Object scalar(DType d, Object item) {
        int code;
        if (d == lastDType) {
            code = lastCode;
        } else {
            code = scalarCode(scalarName(d));
            lastDType = d;
            lastCode = code;
        }
        return new Object[] {Bridge.SCALAR, bridge.result(item), code, code < 0 ? scalarName(d) : null};
    }

    private static String scalarName(DType d) {
        return d.isString() ? (d.kind() == 'U' ? "str" : "bytes") : d.name();
    }
}
