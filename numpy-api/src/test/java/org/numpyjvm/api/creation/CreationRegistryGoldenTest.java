package org.numpyjvm.api.creation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.numpyjvm.api.NumpyException;
import org.numpyjvm.api.dynamic.Registry;
import org.numpyjvm.api.testing.Golden;

/**
 * The creation routines through {@link Registry#global()}: every case of
 * golden/dynamic_creation.json (tools/golden/gen_dynamic_creation.py: keywords, defaults, bad
 * arguments) and of golden/creation.json (the family's own golden data, replayed with its
 * positional and keyword arguments unchanged; mgrid/ogrid are objects, not functions).
 */
class CreationRegistryGoldenTest {
    private static final Registry REGISTRY = Registry.global();

    @TestFactory
    Stream<DynamicTest> dynamicCreation() {
        return cases("dynamic_creation");
    }

    @TestFactory
    Stream<DynamicTest> creationGoldenThroughRegistry() {
        return cases("creation");
    }

    private static Stream<DynamicTest> cases(String file) {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : Golden.load(file)) {
            String fn = c.get("fn").textValue();
            if (fn.equals("mgrid") || fn.equals("ogrid")) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(c.get("expr").textValue(), () -> check(c)));
        }
        return tests.stream();
    }

    private static void check(JsonNode c) {
        String fn = c.get("fn").textValue();
        List<Object> args = new ArrayList<>();
        for (JsonNode a : c.get("args")) {
            args.add(GoldenValues.decode(a));
        }
        Map<String, Object> kw = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = c.get("kw").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            kw.put(e.getKey(), GoldenValues.decode(e.getValue()));
        }
        JsonNode expect = c.get("expect");
        double tol = c.has("tol") ? c.get("tol").asDouble() : 0;
        Object result;
        try {
            result = REGISTRY.call(fn, args.toArray(), kw);
        } catch (NumpyException e) {
            if (!expect.has("error")) {
                throw new AssertionError("unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
            }
            assertEquals(expect.get("error").textValue(), e.getClass().getSimpleName(), "exception type");
            assertEquals(expect.get("msg").textValue(), e.getMessage(), "message");
            return;
        }
        if (expect.has("error")) {
            fail("expected " + expect.get("error").textValue() + ": " + expect.get("msg").textValue() + ", got " + CreationResultCheck.describe(result));
        }
        Object input = args.isEmpty() ? (kw.isEmpty() ? null : kw.values().iterator().next()) : args.get(0);
        CreationResultCheck.compare(null, expect, result, input, tol);
    }

}
