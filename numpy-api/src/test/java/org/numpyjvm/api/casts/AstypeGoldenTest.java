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

    /**
     * The bulk loops: all values of a numeric source at once, contiguous and through a reversed
     * view, give each value's single-element result (NumPy's scalar-loop result).
     */
    @ParameterizedTest
    @MethodSource("sources")
    void bulkAndStridedCastsAgreeWithSingleValues(String srcKind) {
        DType st = CastGolden.dtype(srcKind);
        if (st.isString()) {
            return;
        }
        List<JsonNode> cases = new ArrayList<>();
        for (JsonNode c : DOC.get("cases")) {
            if (c.get("src").asText().equals(srcKind)) {
                cases.add(c);
            }
        }
        int n = cases.size();
        int w = st.itemsize();
        byte[] all = new byte[n * w];
        for (int i = 0; i < n; i++) {
            System.arraycopy(CastGolden.hex(cases.get(i).get("in").asText()), 0, all, i * w, w);
        }
        NDArray a = CastGolden.fromBytes(st, all, new int[] {n});
        NDArray rev = a.get("::-1");
        List<String> failures = new ArrayList<>();
        for (String t : List.of("bool", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64",
                "float16", "float32", "float64", "complex64", "complex128")) {
            DType dt = CastGolden.dtype(t);
            byte[] got = a.astype(dt).tobytes();
            byte[] gotRev = rev.astype(dt).tobytes();
            int tw = dt.itemsize();
            for (int i = 0; i < n; i++) {
                String want = cases.get(i).get("out").get(t).get(1).asText();
                String g = CastGolden.hex(java.util.Arrays.copyOfRange(got, i * tw, (i + 1) * tw));
                String gr = CastGolden.hex(java.util.Arrays.copyOfRange(gotRev, (n - 1 - i) * tw, (n - i) * tw));
                if (!want.equals(g) || !want.equals(gr)) {
                    failures.add(srcKind + "->" + t + " " + cases.get(i).get("in").asText() + ": want " + want
                            + " bulk " + g + " strided " + gr);
                }
            }
        }
        assertEquals(List.of(), failures);
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
