package org.numpyjvm.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;
import org.numpyjvm.api.testing.Golden;

/**
 * {@link DType#promoteTypes}, {@link DType#canCast}, {@link DType#resultType} and the weak-int
 * checks against {@code tools/golden/gen_dtype_promotion.py}.
 */
class DTypePromotionTest {
    private static final JsonNode DATA = Golden.load("dtype_promotion");

    /** Expects {@code body} to give {@code case.result} (a dtype.str) or raise {@code case.error}. */
    private static void expect(JsonNode c, java.util.function.Supplier<DType> body) {
        String expr = c.get("expr").asText();
        if (c.has("result")) {
            DType d = body.get();
            assertEquals(c.get("result").asText(), d.str(), expr);
            assertEquals(DType.of(c.get("result").asText()), d, expr);
        } else {
            NumpyException e = assertThrows(NumpyException.class, body::get, expr);
            assertEquals(c.get("error").asText(), e.pythonType().replace("numpy.exceptions.", ""), expr);
            assertEquals(c.get("message").asText(), e.getMessage(), expr);
        }
    }

    @TestFactory
    Stream<DynamicTest> promoteTypes() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : DATA.get("promote")) {
            DType a = DType.of(c.get("a").asText());
            DType b = DType.of(c.get("b").asText());
            tests.add(DynamicTest.dynamicTest(c.get("expr").asText(), () -> expect(c, () -> DType.promoteTypes(a, b))));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> canCast() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, JsonNode> mode : (Iterable<Map.Entry<String, JsonNode>>) DATA.get("can_cast")::fields) {
            String casting = mode.getKey();
            List<Executable> checks = new ArrayList<>();
            for (JsonNode line : mode.getValue()) {
                String[] p = line.asText().split(" ");
                checks.add(() -> assertEquals(Boolean.parseBoolean(p[2]),
                        DType.canCast(DType.of(p[0]), DType.of(p[1]), casting),
                        "np.can_cast('" + p[0] + "', '" + p[1] + "', '" + casting + "')"));
            }
            tests.add(DynamicTest.dynamicTest("can_cast " + casting,
                    () -> org.junit.jupiter.api.Assertions.assertAll(checks)));
        }
        for (JsonNode c : DATA.get("can_cast_errors")) {
            tests.add(DynamicTest.dynamicTest(c.get("expr").asText(), () -> {
                ValueError e = assertThrows(ValueError.class,
                        () -> DType.canCast(DType.INT64, DType.FLOAT64, c.get("casting").asText()));
                assertEquals(c.get("message").asText(), e.getMessage());
            }));
        }
        return tests.stream();
    }

    /** A golden argument as the Java value standing for it. */
    static Object arg(JsonNode a) {
        if (a.has("dtype")) {
            return DType.of(a.get("dtype").asText());
        }
        if (a.has("bool")) {
            return a.get("bool").asBoolean();
        }
        if (a.has("int")) {
            BigInteger v = new BigInteger(a.get("int").asText());
            return v.bitLength() < 32 ? (Object) v.intValue() : v.bitLength() < 64 ? (Object) v.longValue() : v;
        }
        if (a.has("float")) {
            return a.get("float").asDouble();
        }
        JsonNode c = a.get("complex");
        return new Complex(c.get(0).asDouble(), c.get(1).asDouble());
    }

    @TestFactory
    Stream<DynamicTest> resultType() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : DATA.get("result_type")) {
            List<Object> args = new ArrayList<>();
            for (JsonNode a : c.get("args")) {
                args.add(arg(a));
            }
            String expr = c.get("expr").asText();
            Object[] argv = args.toArray();
            if (c.has("result") && c.get("result").asText().equals("|O")) {
                // a lone Python int beyond uint64 is the object dtype in NumPy
                tests.add(DynamicTest.dynamicTest(expr, () -> assertThrows(NotImplementedError.class,
                        () -> DType.resultType(argv))));
                continue;
            }
            tests.add(DynamicTest.dynamicTest(expr, () -> expect(c, () -> DType.resultType(argv))));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> weakInt() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : DATA.get("weak_int")) {
            DType d = DType.of(c.get("dtype").asText());
            BigInteger v = new BigInteger(c.get("value").asText());
            String expr = c.get("expr").asText();
            tests.add(DynamicTest.dynamicTest(expr, () -> {
                if (c.has("ok")) {
                    DType.checkWeakInt(d, v);
                    if (v.bitLength() < 64) {
                        assertEquals(true, DType.weakScalarFits(d, v.longValue()), expr);
                    }
                } else {
                    OverflowError e = assertThrows(OverflowError.class, () -> DType.checkWeakInt(d, v), expr);
                    assertEquals(c.get("message").asText(), e.getMessage(), expr);
                    if (v.bitLength() < 64) {
                        assertEquals(false, DType.weakScalarFits(d, v.longValue()), expr);
                    }
                }
            }));
        }
        return tests.stream();
    }
}
