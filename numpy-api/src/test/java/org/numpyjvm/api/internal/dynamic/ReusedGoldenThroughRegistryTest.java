package org.numpyjvm.api.internal.dynamic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
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
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.Np;
import org.numpyjvm.api.PrintOptions;
import org.numpyjvm.api.Printing;
import org.numpyjvm.api.dynamic.Registry;
import org.numpyjvm.api.testing.Golden;

/**
 * The golden data of the indexing and printing families (indexing_routines.json,
 * float_format.json, array_print.json) replayed through {@link Registry#global()} instead of
 * {@code Np}: the dynamic layer must give the same results and errors.
 */
class ReusedGoldenThroughRegistryTest {
    private final Registry registry = Registry.global();

    @AfterEach
    void resetPrintoptions() {
        Printing.setPrintoptions(PrintOptions.defaults());
    }

    @TestFactory
    Stream<DynamicTest> indexingRoutines() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : Golden.load("indexing_routines")) {
            String what = c.get("expr").asText().replaceAll("\\s+", " ");
            tests.add(DynamicTest.dynamicTest(what, () -> indexing(what, c)));
        }
        return tests.stream();
    }

    private void indexing(String what, JsonNode c) {
        String fn = c.get("fn").asText();
        List<Object> pos = new ArrayList<>();
        for (JsonNode a : c.get("args")) {
            pos.add(DynamicGolden.decode(a));
        }
        Map<String, Object> kw = new LinkedHashMap<>();
        if (fn.equals("where1")) {
            fn = "where";
        } else if (fn.equals("take") && pos.size() == 4 || fn.equals("choose") && pos.size() == 3) {
            kw.put("mode", pos.remove(pos.size() - 1)); // the generator passes these as mode=
        }
        Object out;
        try {
            out = registry.call(fn, pos.toArray(), kw);
        } catch (RuntimeException e) {
            if (!c.has("error")) {
                throw e;
            }
            DynamicGolden.checkError(what, c.get("error"), e);
            return;
        }
        if (c.has("error")) {
            fail(what + ": expected " + c.get("error"));
        }
        if (c.has("inplace")) {
            DynamicGolden.checkArray(what, c.get("inplace"), pos.get(0));
        } else if (c.has("results")) {
            List<?> l = (List<?>) out;
            assertEquals(c.get("results").size(), l.size(), what);
            for (int i = 0; i < l.size(); i++) {
                DynamicGolden.checkArray(what + " [" + i + "]", c.get("results").get(i), l.get(i));
            }
        } else {
            DynamicGolden.checkArray(what, c.get("result"), out);
        }
    }

    @Test
    void formatFloatFloat64() {
        // float16/float32 cases need NumPy scalars, which the dynamic value set does not have
        JsonNode data = Golden.load("float_format");
        List<String> failures = new ArrayList<>();
        int n = 0;
        for (JsonNode c : data.get("format")) {
            if (!c.get("type").asText().equals("f8")) {
                continue;
            }
            n++;
            double x = Double.longBitsToDouble(Long.parseUnsignedLong(c.get("bits").asText(), 16));
            String fn = c.get("fn").asText().equals("sci") ? "format_float_scientific" : "format_float_positional";
            String got;
            try {
                got = (String) registry.call(fn, new Object[] {x}, DynamicGolden.keywords(c.get("opts")));
            } catch (RuntimeException e) {
                got = e.toString();
            }
            if (!got.equals(c.get("out").asText())) {
                failures.add(c.get("expr").asText() + ": " + c.get("out").asText() + " got " + got);
            }
        }
        for (JsonNode c : data.get("errors")) {
            String fn = c.get("fn").asText().equals("sci") ? "format_float_scientific" : "format_float_positional";
            try {
                registry.call(fn, new Object[] {1.0}, DynamicGolden.keywords(c.get("opts")));
                failures.add(fn + c.get("opts") + ": no error");
            } catch (RuntimeException e) {
                DynamicGolden.checkError(fn + c.get("opts"), errorPair(c), e);
            }
        }
        assertTrue(n > 5000, "float64 cases: " + n);
        assertTrue(failures.isEmpty(), failures.size() + " differ, e.g. " + (failures.isEmpty() ? "" : failures.get(0)));
    }

    private static JsonNode errorPair(JsonNode c) {
        com.fasterxml.jackson.databind.node.ArrayNode a = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        a.add(c.get("type").asText());
        a.add(c.get("msg").asText());
        return a;
    }

    @Test
    void arrayReprAndStr() {
        List<String> failures = new ArrayList<>();
        int n = 0;
        for (JsonNode c : Golden.load("array_print")) {
            String dt = c.get("dtype").asText();
            if (c.has("index") || dt.charAt(0) == '>' || dt.charAt(1) == 'S') {
                continue; // views and byte orders: NDArrayPrintGoldenTest; bytes need byte[] elements
            }
            n++;
            NDArray a = array(c);
            Printing.setPrintoptions(PrintOptions.defaults());
            registry.call("set_printoptions", null, DynamicGolden.keywords(c.get("opts")));
            Object r = registry.call("array_repr", new Object[] {a}, null);
            Object s = registry.call("array_str", new Object[] {a}, null);
            if (!c.get("repr").asText().equals(r)) {
                failures.add(c.get("expr").asText() + " repr:\n" + c.get("repr").asText() + "\ngot:\n" + r);
            }
            if (!c.get("str").asText().equals(s)) {
                failures.add(c.get("expr").asText() + " str:\n" + c.get("str").asText() + "\ngot:\n" + s);
            }
        }
        assertTrue(n > 3000, "cases: " + n);
        assertTrue(failures.isEmpty(), failures.size() + " differ, e.g. " + (failures.isEmpty() ? "" : failures.get(0)));
    }

    private static NDArray array(JsonNode c) {
        DType dt = DType.of(c.get("dtype").asText());
        List<Object> vals = new ArrayList<>();
        for (JsonNode v : c.get("values")) {
            switch (dt.kind()) {
                case 'b': vals.add(v.asBoolean()); break;
                case 'i': vals.add(Long.parseLong(v.asText())); break;
                case 'u': {
                    BigInteger b = new BigInteger(v.asText());
                    vals.add(b.bitLength() > 63 ? b : (Object) b.longValue());
                    break;
                }
                case 'f': vals.add(bits(v)); break;
                case 'c': vals.add(new Complex(bits(v.get(0)), bits(v.get(1)))); break;
                default: vals.add(v.asText());
            }
        }
        return Np.array(vals, dt).reshape(DynamicGolden.ints(c.get("shape")));
    }

    private static double bits(JsonNode n) {
        return Double.longBitsToDouble(Long.parseUnsignedLong(n.asText(), 16));
    }
}
