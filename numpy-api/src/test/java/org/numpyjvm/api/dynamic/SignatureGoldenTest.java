package org.numpyjvm.api.dynamic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.numpyjvm.api.TypeError;
import org.numpyjvm.api.testing.Golden;

/** Python's binding rules and TypeError texts (tools/golden/gen_signatures.py, CPython 3.11). */
class SignatureGoldenTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static Object value(JsonNode n) {
        if (n.isNull()) {
            return null;
        }
        if (n.isIntegralNumber()) {
            return n.asLong();
        }
        if (n.isTextual()) {
            return n.asText();
        }
        if (n.isBoolean()) {
            return n.asBoolean();
        }
        throw new IllegalArgumentException(n.toString());
    }

    @TestFactory
    Stream<DynamicTest> bindingMatchesPython() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : Golden.load("signatures")) {
            String label = c.get("name").asText() + c.get("signature").asText() + " <- " + c.get("args") + " " + c.get("kwargs");
            tests.add(DynamicTest.dynamicTest(label, () -> {
                Signature sig = Signature.parse(c.get("name").asText(), c.get("signature").asText());
                Object[] pos = new Object[c.get("args").size()];
                for (int i = 0; i < pos.length; i++) {
                    pos[i] = value(c.get("args").get(i));
                }
                Map<String, Object> kw = new LinkedHashMap<>();
                Iterator<Map.Entry<String, JsonNode>> it = c.get("kwargs").fields();
                while (it.hasNext()) {
                    Map.Entry<String, JsonNode> e = it.next();
                    kw.put(e.getKey(), value(e.getValue()));
                }
                if (c.has("error")) {
                    TypeError e = assertThrows(TypeError.class, () -> sig.bind(pos, kw));
                    assertEquals(c.get("error").asText(), e.getMessage());
                } else {
                    // reparse so numbers compare by value; object equality ignores key order
                    assertEquals(c.get("bound"), MAPPER.readTree(MAPPER.writeValueAsString(sig.bind(pos, kw))));
                }
            }));
        }
        return tests.stream();
    }
}
