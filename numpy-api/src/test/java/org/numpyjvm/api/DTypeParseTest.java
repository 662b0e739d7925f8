package org.numpyjvm.api;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.numpyjvm.api.testing.Golden;

/** {@link DType#of(String)} against {@code tools/golden/gen_dtype_parse.py}. */
class DTypeParseTest {

    /** NumPy dtypes numpy-jvm has: bool, ints, float16/32/64, complex64/128, str, bytes. */
    static boolean supported(JsonNode c) {
        String kind = c.get("kind").asText();
        int size = c.get("itemsize").asInt();
        return "biuUS".contains(kind) || kind.equals("f") && size <= 8 || kind.equals("c") && size <= 16;
    }

    @TestFactory
    Stream<DynamicTest> parse() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : Golden.load("dtype_parse")) {
            String spelling = c.get("spelling").asText();
            String expr = c.get("expr").asText();
            tests.add(DynamicTest.dynamicTest(expr, () -> check(c, spelling, expr)));
        }
        return tests.stream();
    }

    private static void check(JsonNode c, String spelling, String expr) {
        if (!c.get("ok").asBoolean()) {
            String type = c.get("error").asText();
            NumpyException e = assertThrows(NumpyException.class, () -> DType.of(spelling), expr);
            assertEquals(type, e.pythonType(), expr);
            assertEquals(c.get("message").asText(), e.getMessage(), expr);
            return;
        }
        if (!supported(c)) {
            assertThrows(NotImplementedError.class, () -> DType.of(spelling), expr + " is " + c.get("repr").asText());
            return;
        }
        DType d = DType.of(spelling);
        String ch = c.get("char").asText();
        assertAll(expr,
                () -> assertEquals(c.get("str").asText(), d.str(), "str"),
                () -> assertEquals(c.get("name").asText(), d.name(), "name"),
                () -> assertEquals(c.get("kind").asText(), String.valueOf(d.kind()), "kind"),
                // numpy-jvm has one int64 and one uint64 (char 'l'/'L'); NumPy's longlong is 'q'/'Q',
                // and its 'c' is S1 with char 'c'
                () -> assertEquals("qQc".contains(ch) ? "lLS".substring("qQc".indexOf(ch), "qQc".indexOf(ch) + 1) : ch,
                        String.valueOf(d.ch()), "char"),
                () -> assertEquals(c.get("itemsize").asInt(), d.itemsize(), "itemsize"),
                () -> assertEquals(c.get("byteorder").asText(), String.valueOf(d.byteorder()), "byteorder"),
                () -> assertEquals(c.get("repr").asText(), d.repr(), "repr"),
                () -> assertEquals(c.get("text").asText(), d.toString(), "str()"),
                () -> assertEquals(c.get("isnative").asBoolean(), d.isNative(), "isnative"),
                () -> assertEquals(ch.equals("q") ? 7 : ch.equals("Q") ? 8 : c.get("num").asInt(), d.num(), "num"),
                () -> assertEquals(d, DType.of(d.str()), "round trip through dtype.str"));
    }
}
