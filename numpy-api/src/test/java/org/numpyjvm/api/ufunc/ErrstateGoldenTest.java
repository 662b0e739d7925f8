package org.numpyjvm.api.ufunc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.numpyjvm.api.Complex;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.FloatErrors;
import org.numpyjvm.api.FloatingPointError;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.Np;
import org.numpyjvm.api.ValueError;
import org.numpyjvm.api.dynamic.ContextManager;
import org.numpyjvm.api.dynamic.Registry;
import org.numpyjvm.api.testing.Golden;

/** FP error detection against golden/errstate.json (tools/golden/gen_errstate.py), and the state API. */
class ErrstateGoldenTest {
    private static final JsonNode G = Golden.load("errstate");

    @AfterEach
    void reset() {
        FloatErrors.seterr(FloatErrors.Settings.defaults());
        FloatErrors.seterrcall(null);
        FloatErrors.setHandler(FloatErrors.COLLECT);
        FloatErrors.takePending();
    }

    private static double num(String s) {
        switch (s) {
            case "inf": return Double.POSITIVE_INFINITY;
            case "-inf": return Double.NEGATIVE_INFINITY;
            case "nan": return Double.NaN;
            default: return Double.parseDouble(s);
        }
    }

    private static Object arg(JsonNode a) {
        if (a.has("float")) {
            return num(a.get("float").asText());
        }
        if (a.has("int")) {
            return a.get("int").asLong();
        }
        if (a.has("list")) {
            List<Object> vals = new ArrayList<>();
            for (JsonNode v : a.get("list")) {
                String t = v.asText();
                vals.add(t.matches("-?[0-9]+") ? (Object) Long.parseLong(t) : (Object) num(t));
            }
            return vals;
        }
        DType dt = DType.of(a.get("dtype").asText());
        List<Object> vals = new ArrayList<>();
        for (JsonNode v : a.get("values")) {
            if (dt.isComplex()) {
                vals.add(Complex.of(num(v.get(0).asText()), num(v.get(1).asText())));
            } else if (dt.isBool()) {
                vals.add(v.asText().equals("True"));
            } else if (dt.isInteger()) {
                vals.add(Long.parseLong(v.asText()));
            } else {
                vals.add(num(v.asText()));
            }
        }
        return Np.array(vals, dt);
    }

    private static void run(JsonNode c) {
        String fn = c.get("fn").asText();
        Object[] args = new Object[c.get("args").size()];
        for (int i = 0; i < args.length; i++) {
            args[i] = arg(c.get("args").get(i));
        }
        Map<String, Object> kw = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = c.get("kwargs").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            kw.put(e.getKey(), e.getValue().isNumber() ? (Object) e.getValue().asLong() : e.getValue().asText());
        }
        FloatErrors.takePending(); // building the arguments does not count
        if (fn.equals("astype")) {
            ((NDArray) args[0]).astype(DType.of((String) kw.get("dtype")));
        } else {
            Registry.global().call(fn, args, kw);
        }
    }

    private static List<String> messages(List<FloatErrors.Event> events, boolean withCategory) {
        List<String> out = new ArrayList<>();
        for (FloatErrors.Event e : events) {
            assertEquals(FloatErrors.Mode.WARN, e.mode());
            out.add(withCategory ? "RuntimeWarning: " + e.message() : e.message());
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> cases() {
        List<DynamicTest> tests = new ArrayList<>();
        int k = 0;
        for (JsonNode c : G.get("cases")) {
            String name = (k++) + " " + c.get("fn").asText() + " " + c.get("args") + " " + c.get("kwargs");
            tests.add(DynamicTest.dynamicTest(name, () -> {
                try {
                    List<String> dflt = new ArrayList<>();
                    for (JsonNode w : c.get("default")) {
                        dflt.add(w.get(0).asText() + ": " + w.get(1).asText());
                    }
                    FloatErrors.seterr(FloatErrors.Settings.defaults());
                    run(c);
                    assertEquals(dflt, messages(FloatErrors.takePending(), true), "default settings");
                    List<String> warn = new ArrayList<>();
                    c.get("warn").forEach(w -> warn.add(w.asText()));
                    FloatErrors.seterr(FloatErrors.Settings.all(FloatErrors.Mode.WARN));
                    run(c);
                    assertEquals(warn, messages(FloatErrors.takePending(), false), "all='warn'");
                    FloatErrors.seterr(FloatErrors.Settings.all(FloatErrors.Mode.RAISE));
                    String raised = null;
                    try {
                        run(c);
                    } catch (FloatingPointError e) {
                        raised = e.pythonType() + ": " + e.getMessage();
                    }
                    JsonNode r = c.get("raise");
                    assertEquals(r.isNull() ? null : r.get(0).asText() + ": " + r.get(1).asText(), raised, "all='raise'");
                } finally {
                    reset();
                }
            }));
        }
        return tests.stream();
    }

    @Test
    void ignoreSkipsDetection() {
        FloatErrors.takePending();
        try (FloatErrors.Scope s = FloatErrors.errstate(FloatErrors.Settings.all(FloatErrors.Mode.IGNORE))) {
            assertFalse(FloatErrors.checking());
            Registry.global().call("divide", new Object[] {Np.array(new double[] {1}), 0.0}, Map.of());
            assertFalse(FloatErrors.hasPending());
        }
        assertTrue(FloatErrors.checking());
        assertEquals(FloatErrors.Settings.defaults(), FloatErrors.geterr());
    }

    @Test
    void callbackAndLog() {
        List<String> got = new ArrayList<>();
        FloatErrors.Callback cb = new FloatErrors.Callback() {
            @Override
            public void call(String errtype, int flag) {
                got.add(errtype + " " + flag);
            }

            @Override
            public void write(String message) {
                got.add(message);
            }
        };
        try (FloatErrors.Scope s = FloatErrors.errstate(FloatErrors.Settings.all(FloatErrors.Mode.CALL), cb)) {
            Registry.global().call("divide", new Object[] {Np.array(new double[] {1, 0}), 0.0}, Map.of());
            FloatErrors.seterr(FloatErrors.Settings.all(FloatErrors.Mode.LOG));
            Registry.global().call("divide", new Object[] {Np.array(new double[] {1}), 0.0}, Map.of());
        }
        assertNull(FloatErrors.geterrcall());
        assertEquals(List.of("divide by zero 9", "invalid value 9", "Warning: divide by zero encountered in divide\n"), got);
    }

    @Test
    void dynamicLayer() {
        Registry r = Registry.global();
        Object old = r.call("seterr", new Object[0], Map.of("all", "raise", "under", "ignore"));
        assertEquals("{divide=warn, over=warn, under=ignore, invalid=warn}", old.toString());
        assertEquals("{divide=raise, over=raise, under=ignore, invalid=raise}",
                r.call("geterr", new Object[0], Map.of()).toString());
        ValueError e = assertThrows(ValueError.class, () -> r.call("seterr", new Object[] {"bogus"}, Map.of()));
        assertEquals("invalid error mode 'bogus'", e.getMessage());
        r.call("seterr", new Object[0], Map.of("all", "warn", "under", "ignore"));
        ContextManager cm = (ContextManager) r.call("errstate", new Object[0], Map.of("divide", "raise"));
        assertEquals("warn", FloatErrors.geterr().divide().pythonName());
        cm.enter();
        assertEquals(FloatErrors.Mode.RAISE, FloatErrors.geterr().divide());
        assertEquals("Cannot enter `np.errstate` twice.",
                assertThrows(org.numpyjvm.api.TypeError.class, cm::enter).getMessage());
        r.call("setbufsize", new Object[] {4096L}, Map.of());
        cm.close();
        assertEquals(FloatErrors.Settings.defaults(), FloatErrors.geterr());
        assertEquals(8192L, r.call("getbufsize", new Object[0], Map.of()));
        assertEquals("Buffer size, 17, is not a multiple of 16",
                assertThrows(ValueError.class, () -> r.call("setbufsize", new Object[] {17L}, Map.of())).getMessage());
        ContextManager bad = (ContextManager) r.call("errstate", new Object[0], Map.of("divide", "bogus"));
        assertThrows(ValueError.class, bad::enter);
        assertEquals(FloatErrors.Settings.defaults(), FloatErrors.geterr());
    }

    @Test
    void noFalseAlarmsOnCommonOps() {
        FloatErrors.takePending(); // left by other test classes in this JVM
        NDArray a = Np.arange(0, 1000).astype(DType.of("float64"));
        Registry.global().call("add", new Object[] {a, a}, Map.of());
        Registry.global().call("multiply", new Object[] {a, 0.5}, Map.of());
        Registry.global().call("sum", new Object[] {a}, Map.of());
        assertFalse(FloatErrors.hasPending());
    }
}
