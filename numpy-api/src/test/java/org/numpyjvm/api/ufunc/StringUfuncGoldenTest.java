package org.numpyjvm.api.ufunc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.numpyjvm.api.Bytes;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.Np;
import org.numpyjvm.api.UFuncNoLoopError;
import org.numpyjvm.api.UFuncTypeError;
import org.numpyjvm.api.Ufunc;
import org.numpyjvm.api.internal.core.Elements;
import org.numpyjvm.api.internal.core.Internals;
import org.numpyjvm.api.testing.Golden;

/**
 * The ufuncs' string loops (comparisons, add, multiply by a count with out=, logical_and/or/xor of
 * U/S arrays) and NumPy's errors for strings with
 * other operands: golden/string_ufuncs.json (tools/golden/gen_string_ufuncs.py).
 */
class StringUfuncGoldenTest {
    private static final JsonNode G = Golden.load("string_ufuncs");

    private static Object element(DType dt, JsonNode x) {
        if (dt.code() == DType.Code.BYTES) {
            return x.asText().getBytes(StandardCharsets.ISO_8859_1);
        }
        if (dt.code() == DType.Code.STR) {
            return x.asText();
        }
        if (dt.isBool()) {
            return x.asBoolean();
        }
        if (dt.isFloat()) {
            return UfuncGolden.dbl(x);
        }
        return x.asLong();
    }

    static NDArray array(JsonNode j) {
        DType dt = DType.of(j.get("a").asText());
        int[] shape = ints(j.get("shape"));
        NDArray a = Internals.allocate(dt, shape);
        Object data = Internals.data(a);
        JsonNode v = j.get("v");
        for (int i = 0; i < v.size(); i++) {
            Elements.setItem(dt, data, i * dt.slots(), element(dt, v.get(i)));
        }
        return a;
    }

    static Object operand(JsonNode j) {
        if (j.has("a")) {
            return array(j);
        }
        if (j.has("str")) {
            return j.get("str").asText();
        }
        if (j.has("bytes")) {
            return new Bytes(j.get("bytes").asText().getBytes(StandardCharsets.ISO_8859_1));
        }
        return UfuncGolden.operand(j);
    }

    private static int[] ints(JsonNode j) {
        int[] out = new int[j.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = j.get(i).asInt();
        }
        return out;
    }

    private static NDArray run(JsonNode c) {
        Ufunc f = Ufunc.of(c.get("f").asText());
        JsonNode kw = c.get("kw");
        List<Object> args = new ArrayList<>();
        for (JsonNode a : c.get("args")) {
            args.add(operand(a));
        }
        DType dtype = kw.has("dtype") ? DType.of(kw.get("dtype").asText()) : null;
        switch (c.get("method").asText()) {
            case "call": {
                NDArray out = kw.has("out") ? array(kw.get("out")) : null;
                Object where = kw.has("where") ? array(kw.get("where")) : null;
                String casting = kw.has("casting") ? kw.get("casting").asText() : null;
                NDArray r = f.call(args.toArray(), out, where, dtype, casting);
                return out != null ? out : r;
            }
            case "outer":
                return f.outer(args.get(0), args.get(1));
            case "reduce":
                return f.reduce(args.get(0), new int[] {0}, dtype, false, null);
            case "accumulate":
                return f.accumulate(args.get(0), 0, dtype);
            case "reduceat":
                return f.reduceat(args.get(0), args.get(1), 0, dtype);
            case "at": {
                NDArray a = (NDArray) args.get(0);
                f.atFlat(a, args.get(1), args.get(2));
                return a;
            }
            default:
                throw new IllegalArgumentException(c.get("method").asText());
        }
    }

    private static void checkResult(JsonNode res, NDArray r, String ctx) {
        DType dt = r.dtype();
        assertEquals(res.get("dtype").asText(), dt.isString() ? dt.str() : dt.name(), ctx + ": dtype");
        assertEquals(Arrays.toString(ints(res.get("shape"))), Arrays.toString(r.shape()), ctx + ": shape");
        NDArray flat = r.flatten();
        Object data = Internals.data(flat);
        JsonNode v = res.get("v");
        assertEquals(v.size(), flat.size(), ctx + ": size");
        for (int i = 0; i < v.size(); i++) {
            Object want = element(dt, v.get(i));
            Object got = Elements.getItem(dt, data, i * dt.slots());
            if (want instanceof byte[]) {
                assertEquals(Arrays.toString((byte[]) want), Arrays.toString((byte[]) got), ctx + " [" + i + "]");
            } else if (want instanceof Boolean) {
                assertEquals(want, got, ctx + " [" + i + "]");
            } else if (want instanceof Long) {
                assertEquals(want, ((Number) got).longValue(), ctx + " [" + i + "]");
            } else {
                assertEquals(want, got, ctx + " [" + i + "]");
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> golden() {
        List<DynamicTest> tests = new ArrayList<>();
        int k = 0;
        for (JsonNode c : G) {
            String name = (k++) + " " + c.get("expr").asText();
            tests.add(DynamicTest.dynamicTest(name,
                    () -> UfuncGolden.outcome(c, name, () -> run(c), r -> checkResult(c.get("res"), r, name))));
        }
        return tests.stream();
    }

    @Test
    void errorTypes() {
        NDArray u = Np.array(Arrays.asList("a", "b"));
        assertThrows(UFuncNoLoopError.class, () -> Np.equal(u, 1L));
        assertThrows(UFuncNoLoopError.class, () -> Np.maximum(u, u));
        UFuncTypeError e = assertThrows(UFuncTypeError.class, () -> Np.add(u, Np.array(Arrays.asList(new Bytes(new byte[] {97})))));
        assertEquals("ufunc 'add' cannot use operands with types dtype('<U1') and dtype('S1')", e.getMessage());
        assertEquals("[true, false]", Np.equal(u, "a").tolist().toString());
        assertEquals("[ab, bb]", Np.add(u, "b").tolist().toString());
    }

    @Test
    void typesListNoStringLoops() {
        // NumPy lists its string loops in neither ufunc.types nor ntypes
        for (String t : Ufunc.EQUAL.types()) {
            assertEquals(-1, t.indexOf('U'), t);
        }
        assertEquals(16, Ufunc.EQUAL.ntypes());
    }
}
