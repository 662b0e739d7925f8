package org.numpyjvm.api.casts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.NumpyException;
import org.numpyjvm.api.testing.Golden;

/**
 * astype for every (source, target) pair of the 16 dtype kinds against NumPy
 * (tools/golden/gen_casts.py): values bit for bit, result dtypes, exception types and messages.
 */
class AstypeGoldenTest {
    static final JsonNode DOC = Golden.load("casts");

    static Stream<String> sources() {
        List<String> names = new ArrayList<>();
        for (JsonNode c : DOC.get("cases")) {
            String s = kind(c.get("src").asText());
            if (!names.contains(s)) {
                names.add(s);
            }
        }
        return names.stream();
    }

    static String kind(String src) {
        return src.startsWith("U") || src.startsWith("S") ? src.substring(0, 1) : src;
    }

    @ParameterizedTest
    @MethodSource("sources")
    void astypeMatchesNumpy(String srcKind) {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (JsonNode c : DOC.get("cases")) {
            if (!kind(c.get("src").asText()).equals(srcKind)) {
                continue;
            }
            DType st = CastGolden.dtype(c.get("src").asText());
            String in = c.get("in").asText();
            Iterator<Map.Entry<String, JsonNode>> it = c.get("out").fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                checked++;
                String got = run(st, in, CastGolden.dtype(e.getKey()));
                String want = e.getValue().get(0).asText() + " " + e.getValue().get(1).asText();
                if (!accept(want, got) && failures.stream().noneMatch(f -> f.contains("astype(" + e.getKey() + ")"))) {
                    failures.add("np.array([" + in + "], " + st + ").astype(" + e.getKey() + "): want " + want
                            + ", got " + got);
                }
            }
        }
        assertTrue(checked > 0);
        assertEquals(0, failures.size(), failures.size() + " of " + checked + " casts differ:\n"
                + String.join("\n", failures.subList(0, Math.min(60, failures.size()))));
    }

    /** Python's Unicode{En,De}codeError are ValueErrors: we raise ValueError with NumPy's text. */
    static boolean accept(String want, String got) {
        if (want.equals(got)) {
            return true;
        }
        return (want.startsWith("!UnicodeEncodeError ") || want.startsWith("!UnicodeDecodeError "))
                && got.equals("!ValueError " + want.substring(want.indexOf(' ') + 1));
    }

    static String run(DType st, String in, DType target) {
        NDArray a = CastGolden.one(st, in);
        try {
            NDArray r = a.astype(target);
            return CastGolden.name(r.dtype()) + " " + CastGolden.encode(r);
        } catch (NumpyException e) {
            return "!" + e.getClass().getSimpleName() + " " + e.getMessage();
        } catch (RuntimeException e) {
            return "!!" + e;
        }
    }
}
