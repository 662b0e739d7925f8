package org.numpyjvm.api.internal.dynamic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.FInfo;
import org.numpyjvm.api.IInfo;
import org.numpyjvm.api.NotImplementedError;
import org.numpyjvm.api.PrintOptions;
import org.numpyjvm.api.Printing;
import org.numpyjvm.api.TypeError;
import org.numpyjvm.api.dynamic.ContextManager;
import org.numpyjvm.api.dynamic.Registry;
import org.numpyjvm.api.testing.Golden;

/**
 * The registered indexing, printing and dtype functions called through
 * {@link Registry#global()} with keyword arguments, defaults and bad arguments, against NumPy
 * (tools/golden/gen_dynamic_calls.py).
 */
class DynamicCallsGoldenTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final Registry registry = Registry.global();

    @AfterEach
    void resetPrintoptions() {
        Printing.setPrintoptions(PrintOptions.defaults());
    }

    @TestFactory
    Stream<DynamicTest> callsMatchNumpy() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : Golden.load("dynamic_calls")) {
            String what = c.get("expr").asText().replaceAll("\\s+", " ");
            tests.add(DynamicTest.dynamicTest(what, () -> {
                Printing.setPrintoptions(PrintOptions.defaults());
                try {
                    check(what, c);
                } finally {
                    Printing.setPrintoptions(PrintOptions.defaults());
                }
            }));
        }
        return tests.stream();
    }

    private void check(String what, JsonNode c) throws Exception {
        String fn = c.get("fn").asText();
        Object[] pos = DynamicGolden.positional(c.get("args"));
        Map<String, Object> kw = DynamicGolden.keywords(c.get("kwargs"));
        if (kw.containsKey("out") && kw.get("out") != null) {
            // out= is not supported (NumPy writes into it): rejected, never ignored
            assertThrows(NotImplementedError.class, () -> registry.call(fn, pos, kw), what);
            return;
        }
        if (fn.equals("promote_types") && !kw.isEmpty()) {
            // CPython's builtin says "numpy.promote_types() takes no keyword arguments"
            assertThrows(TypeError.class, () -> registry.call(fn, pos, kw), what);
            return;
        }
        Object out;
        try {
            PrintOptions before = Printing.getPrintoptions();
            out = registry.call(fn, pos, kw);
            if (fn.equals("printoptions")) {
                assertEquals(before, Printing.getPrintoptions(), what + ": nothing changes before __enter__");
                try (ContextManager ctx = (ContextManager) out) {
                    out = ctx.enter();
                }
                assertEquals(before, Printing.getPrintoptions(), what + ": restored on exit");
            }
        } catch (RuntimeException e) {
            if (!c.has("error")) {
                throw e;
            }
            DynamicGolden.checkError(what, c.get("error"), e);
            return;
        }
        if (c.has("error")) {
            fail(what + ": expected " + c.get("error") + " but got " + out);
        }
        if (c.has("inplace")) {
            assertEquals(null, out, what + " returns None");
            Object first = pos.length > 0 ? pos[0] : kw.values().iterator().next();
            DynamicGolden.checkArray(what, c.get("inplace"), first);
        } else if (c.has("after")) {
            assertEquals(c.get("after"), json(PrintOptionArgs.asDict(Printing.getPrintoptions())), what);
        } else if (c.has("entered")) {
            assertEquals(c.get("entered"), json(out), what);
        } else {
            checkResult(what, c.get("result"), out);
        }
    }

    private static JsonNode json(Object o) throws Exception {
        return MAPPER.readTree(MAPPER.writeValueAsString(o));
    }

    private static void checkResult(String what, JsonNode r, Object out) throws Exception {
        if (r.has("array")) {
            DynamicGolden.checkArray(what, r.get("array"), out);
        } else if (r.has("tuple")) {
            assertTrue(out instanceof List, what + ": a tuple is a List, got " + out);
            List<?> l = (List<?>) out;
            assertEquals(r.get("tuple").size(), l.size(), what + " length");
            for (int i = 0; i < l.size(); i++) {
                DynamicGolden.checkArray(what + " [" + i + "]", r.get("tuple").get(i), l.get(i));
            }
        } else if (r.has("str")) {
            assertEquals(r.get("str").asText(), out, what);
        } else if (r.has("dtype")) {
            assertEquals(DType.of(r.get("dtype").asText()), out, what);
        } else if (r.has("bool")) {
            assertEquals(r.get("bool").asBoolean(), out, what);
        } else if (r.has("repr")) {
            String repr = out instanceof IInfo ? ((IInfo) out).repr() : ((FInfo) out).repr();
            assertEquals(r.get("repr").asText(), repr, what);
        } else if (r.has("dict")) {
            assertEquals(r.get("dict"), json(out), what);
        } else {
            fail(what + ": unknown result " + r);
        }
    }
}
