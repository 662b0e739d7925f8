package org.numpyjvm.api.internal.indexing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.numpyjvm.api.Complex;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.Np;
import org.numpyjvm.api.NumpyException;

/** Helpers shared by the golden indexing tests: JSON to Java values and result comparison. */
final class GoldenCheck {
    private GoldenCheck() {
    }

    static DType dtype(String name) {
        return DType.of(name);
    }

    static String dtypeName(NDArray a) {
        return a.dtype().isString() ? "str" : a.dtype().name();
    }

    /** As gen_indexing.py's make: layout "C", "T" (transpose of the reversed shape) or "R" (last axis reversed). */
    static NDArray make(int[] shape, String dtype, String layout) {
        if (layout.equals("T")) {
            int[] rev = new int[shape.length];
            for (int i = 0; i < shape.length; i++) {
                rev[i] = shape[shape.length - 1 - i];
            }
            return make(rev, dtype).T();
        }
        NDArray a = make(shape, dtype);
        return layout.equals("R") ? a.get("..., ::-1") : a;
    }

    /** np.arange(size).reshape(shape).astype(dtype); "str": the decimal strings. */
    static NDArray make(int[] shape, String dtype) {
        int n = 1;
        for (int d : shape) {
            n *= d;
        }
        if (dtype.equals("str")) {
            List<Object> l = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                l.add(Integer.toString(i));
            }
            return Np.array(l).reshape(shape);
        }
        return Np.arange(n).reshape(shape).astype(dtype(dtype));
    }

    static int[] ints(JsonNode n) {
        int[] out = new int[n.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = n.get(i).asInt();
        }
        return out;
    }

    /** A JSON value as the Java value of the Python one (Long, Double, Boolean, String, List). */
    static Object java(JsonNode n) {
        if (n.isArray()) {
            List<Object> l = new ArrayList<>();
            for (JsonNode c : n) {
                l.add(java(c));
            }
            return l;
        }
        if (n.isBoolean()) {
            return n.asBoolean();
        }
        if (n.isIntegralNumber()) {
            return n.bigIntegerValue().bitLength() < 64 ? (Object) n.asLong() : n.bigIntegerValue();
        }
        if (n.isNumber()) {
            return n.asDouble();
        }
        return n.asText();
    }

    static void checkError(String what, JsonNode expected, Throwable e) {
        if (!(e instanceof NumpyException)) {
            throw new AssertionError(what + ": expected " + expected + " but got " + e, e);
        }
        assertEquals(expected.get(0).asText(), e.getClass().getSimpleName(), what + " type; message " + e.getMessage());
        assertEquals(expected.get(1).asText(), e.getMessage(), what + " message");
    }

    static void checkArray(String what, JsonNode exp, NDArray r) {
        assertArrayEquals(ints(exp.get("shape")), r.shape(), what + " shape");
        String dn = exp.get("dtype").asText();
        assertEquals(dn.startsWith("<U") ? "str" : dn, dtypeName(r), what + " dtype");
        JsonNode vals = exp.get("values");
        NDArray flat = r.reshape(-1);
        assertEquals(vals.size(), flat.size(), what + " size");
        for (int i = 0; i < vals.size(); i++) {
            Object got = flat.item(i);
            JsonNode v = vals.get(i);
            String msg = what + " value " + i;
            if (got instanceof Complex) {
                assertEquals(v.get(0).asDouble(), ((Complex) got).re(), msg);
                assertEquals(v.get(1).asDouble(), ((Complex) got).im(), msg);
            } else if (got instanceof Double) {
                assertEquals(v.asDouble(), (Double) got, msg);
            } else if (got instanceof Boolean) {
                assertEquals(v.asBoolean(), got, msg);
            } else if (got instanceof Long || got instanceof BigInteger) {
                assertEquals(v.bigIntegerValue(), got instanceof Long ? BigInteger.valueOf((Long) got) : got, msg);
            } else {
                assertEquals(v.asText(), String.valueOf(got), msg);
            }
        }
        if (exp.has("view")) {
            assertEquals(exp.get("view").asBoolean(), r.base() != null, what + " view");
        }
    }

    static void expectFailure(String what, JsonNode err) {
        fail(what + ": expected " + err + " but no exception");
    }
}
