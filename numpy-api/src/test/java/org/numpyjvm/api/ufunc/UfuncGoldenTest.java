package org.numpyjvm.api.ufunc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.Ufunc;
import org.numpyjvm.api.testing.Golden;

/** Table-driven: every call and reduction in golden/ufuncs.json (tools/golden/gen_ufuncs.py). */
class UfuncGoldenTest {
    private static final JsonNode G = Golden.load("ufuncs");

    private static int ulps(String f, JsonNode res) {
        switch (f) {
            case "power":
                // complex64 powers: NumPy computes cpowf in float, we in double (rounded once)
                return res.get("dtype").asText().equals("complex64") ? 16 : 1;
            case "exp": case "log": case "sin": case "cos":
                return res.get("dtype").asText().startsWith("complex") ? 2 : 1;
            case "sqrt": case "true_divide":
                return res.get("dtype").asText().startsWith("complex") ? 2 : 0;
            default:
                return 0;
        }
    }

    @TestFactory
    Stream<DynamicTest> calls() {
        List<DynamicTest> tests = new ArrayList<>();
        int k = 0;
        for (JsonNode c : G.get("calls")) {
            String f = c.get("f").asText();
            String name = "call " + (k++) + " " + f + " " + c.get("args");
            tests.add(DynamicTest.dynamicTest(name.length() > 200 ? name.substring(0, 200) : name, () -> runCall(c, name)));
        }
        return tests.stream();
    }

    private static void runCall(JsonNode c, String name) {
        String f = c.get("f").asText();
        Object[] args = new Object[c.get("args").size()];
        for (int i = 0; i < args.length; i++) {
            args[i] = UfuncGolden.operand(c.get("args").get(i));
        }
        JsonNode kw = c.get("kw");
        NDArray out = null;
        Object where = null;
        DType dtype = null;
        String casting = null;
        if (kw != null) {
            if (kw.has("out")) {
                out = UfuncGolden.array(kw.get("out"));
            }
            if (kw.has("where")) {
                where = UfuncGolden.array(kw.get("where"));
            }
            if (kw.has("dtype")) {
                dtype = DType.of(kw.get("dtype").asText());
            }
            if (kw.has("casting")) {
                casting = kw.get("casting").asText();
            }
        }
        final NDArray o = out;
        final Object w = where;
        final DType d = dtype;
        final String cast = casting;
        UfuncGolden.outcome(c, name, () -> Ufunc.of(f).call(args, o, w, d, cast),
                r -> UfuncGolden.checkResult(c.get("res"), r, ulps(f, c.get("res")), name));
    }

    @TestFactory
    Stream<DynamicTest> reductions() {
        List<DynamicTest> tests = new ArrayList<>();
        int k = 0;
        for (JsonNode c : G.get("reduce")) {
            String name = "reduce " + (k++) + " " + c.get("f").asText() + " axis=" + c.get("axis") + " " + c.get("a").get("a")
                    + c.get("a").get("shape") + " keepdims=" + c.get("keepdims") + " initial=" + c.get("initial");
            tests.add(DynamicTest.dynamicTest(name, () -> runReduce(c, name)));
        }
        return tests.stream();
    }

    private static void runReduce(JsonNode c, String name) {
        NDArray a = UfuncGolden.array(c.get("a"));
        int[] axis = null;
        if (!c.get("axis").isNull()) {
            axis = new int[c.get("axis").size()];
            for (int i = 0; i < axis.length; i++) {
                axis[i] = c.get("axis").get(i).asInt();
            }
        }
        DType dtype = c.get("dtype").isNull() ? null : DType.of(c.get("dtype").asText());
        Object initial = c.has("initial") ? (Object) c.get("initial").asLong() : null;
        NDArray r;
        try {
            Object where = c.has("where") ? UfuncGolden.array(c.get("where")) : null;
            r = Ufunc.of(c.get("f").asText()).reduce(a, axis, dtype, c.get("keepdims").asBoolean(), initial, where);
        } catch (RuntimeException e) {
            if (c.has("err")) {
                UfuncGolden.checkError(c.get("err"), e, name);
                return;
            }
            throw new AssertionError(name + ": " + e, e);
        }
        if (c.has("err")) {
            throw new AssertionError(name + ": expected " + c.get("err") + " got " + r);
        }
        UfuncGolden.checkResult(c.get("res"), r, 0, name);
    }

    @TestFactory
    Stream<DynamicTest> accumulateAndOuter() {
        List<DynamicTest> tests = new ArrayList<>();
        int k = 0;
        for (JsonNode c : G.get("accumulate")) {
            String name = "accumulate " + (k++) + " " + c.get("f").asText() + " " + c.get("a").get("a") + " axis=" + c.get("axis");
            tests.add(DynamicTest.dynamicTest(name, () -> check(c, name,
                () -> Ufunc.of(c.get("f").asText()).accumulate(UfuncGolden.array(c.get("a")), c.get("axis").asInt(), null))));
        }
        for (JsonNode c : G.get("outer")) {
            String name = "outer " + (k++) + " " + c.get("f").asText() + " " + c.get("a").get("a");
            tests.add(DynamicTest.dynamicTest(name, () -> check(c, name,
                () -> Ufunc.of(c.get("f").asText()).outer(UfuncGolden.array(c.get("a")), UfuncGolden.array(c.get("b"))))));
        }
        return tests.stream();
    }

    private static void check(JsonNode c, String name, java.util.function.Supplier<NDArray> body) {
        UfuncGolden.checkCase(c, name, body, c.has("res") ? ulps(c.get("f").asText(), c.get("res")) : 0);
    }

    @TestFactory
    Stream<DynamicTest> tables() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) () -> G.get("types").fields()) {
            tests.add(DynamicTest.dynamicTest("types " + e.getKey(), () -> {
                Ufunc u = Ufunc.of(e.getKey());
                JsonNode t = e.getValue();
                assertEquals(t.get(0).asInt(), u.nin());
                assertEquals(t.get(1).asInt(), u.nout());
                Object id = u.identity();
                assertEquals(t.get(2).isNull() ? "null" : t.get(2).asText(), id == null ? "null"
                        : id instanceof Boolean ? id.toString() : id.toString());
                List<String> want = new ArrayList<>();
                for (JsonNode s : t.get(3)) {
                    String sig = s.asText().replace('q', 'l').replace('Q', 'L');
                    String ins = sig.substring(0, sig.indexOf('-'));
                    if (ins.chars().distinct().count() > 1 && !ins.equals("lL") && !ins.equals("Ll") || want.contains(sig)) {
                        continue;
                    }
                    want.add(sig);
                }
                assertEquals(want, u.types());
            }));
        }
        return tests.stream();
    }
}
