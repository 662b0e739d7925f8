package org.numpyjvm.api.internal.dynamic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.numpyjvm.api.Bytes;
import org.numpyjvm.api.Complex;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.Np;
import org.numpyjvm.api.NumpyException;

/** JSON golden values to the dynamic layer's Java values, and result checks. */
final class DynamicGolden {
    private DynamicGolden() {
    }

    /**
     * A golden argument: JSON scalars and lists as Python's (Long/BigInteger, Double, Boolean,
     * String, List), {"nd", "shape", "dtype"} an ndarray, {"dtype"} a DType, {"float": "nan"}.
     */
    static Object decode(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isObject()) {
            if (n.has("nd")) {
                String dn = n.get("dtype").asText();
                List<Object> vals = new ArrayList<>();
                for (JsonNode v : n.get("nd")) {
                    vals.add(dn.startsWith("complex") ? new Complex(real(v.get(0)), real(v.get(1))) : decode(v));
                }
                NDArray a = dn.startsWith("<U") ? Np.array(vals) : Np.array(vals, DType.of(dn));
                a = a.reshape(ints(n.get("shape")));
                if (n.path("readonly").asBoolean(false)) {
                    a.setWriteable(false);
                }
                return a;
            }
            if (n.has("float")) {
                return real(n);
            }
            if (n.has("complex")) {
                return new Complex(real(n.get("complex").get(0)), real(n.get("complex").get(1)));
            }
            if (n.has("bytes")) {
                return new Bytes(n.get("bytes").asText().getBytes(StandardCharsets.ISO_8859_1));
            }
            return DType.of(n.get("dtype").asText());
        }
        if (n.isArray()) {
            List<Object> l = new ArrayList<>();
            for (JsonNode v : n) {
                l.add(decode(v));
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

    /** A float: a JSON number or {"float": "nan" | "inf" | "-inf"}. */
    static double real(JsonNode n) {
        if (n.isObject()) {
            String f = n.get("float").asText();
            return f.equals("nan") ? Double.NaN : f.equals("inf") ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        }
        return n.asDouble();
    }

    static Object[] positional(JsonNode args) {
        Object[] out = new Object[args.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = decode(args.get(i));
        }
        return out;
    }

    static Map<String, Object> keywords(JsonNode kwargs) {
        Map<String, Object> kw = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = kwargs.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            kw.put(e.getKey(), decode(e.getValue()));
        }
        return kw;
    }

    static int[] ints(JsonNode n) {
        int[] out = new int[n.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = n.get(i).asInt();
        }
        return out;
    }

    /** NumPy's exception [type, message] against ours (type by Python name or class name). */
    static void checkError(String what, JsonNode expected, Throwable e) {
        if (!(e instanceof NumpyException)) {
            throw new AssertionError(what + ": expected " + expected + " but got " + e, e);
        }
        String type = expected.get(0).asText();
        String ours = ((NumpyException) e).pythonType();
        assertTrue(ours.equals(type) || ours.endsWith("." + type) || e.getClass().getSimpleName().equals(type),
                what + ": type " + ours + " for " + type + "; message " + e.getMessage());
        assertEquals(expected.get(1).asText(), e.getMessage(), what + " message");
    }

    /** An array result {"shape", "dtype", "values"}. */
    static void checkArray(String what, JsonNode exp, Object result) {
        assertTrue(result instanceof NDArray, what + ": not an array: " + result);
        NDArray r = (NDArray) result;
        assertArrayEquals(ints(exp.get("shape")), r.shape(), what + " shape");
        String dn = exp.get("dtype").asText();
        assertEquals(dn.startsWith("<U") ? "str" : dn, r.dtype().isString() ? "str" : r.dtype().name(), what + " dtype");
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
    }
}
