package org.numpyjvm.api.internal.dynamic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.FloatErrors;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.Np;
import org.numpyjvm.api.dynamic.Registry;
import org.numpyjvm.api.testing.Golden;

/**
 * isclose, allclose, array_equal, array_equiv called through {@link Registry#global()} with
 * NumPy's arguments, error modes and edge cases, against NumPy (tools/golden/gen_closeness.py):
 * results, dtypes, errors and the warnings (in order).
 */
class LogicGoldenTest {
    private final Registry registry = Registry.global();

    @TestFactory
    Stream<DynamicTest> callsMatchNumpy() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : Golden.load("closeness")) {
            String what = c.get("expr").asText().replaceAll("\\s+", " ");
            tests.add(DynamicTest.dynamicTest(what, () -> check(what, c)));
        }
        return tests.stream();
    }

    private void check(String what, JsonNode c) {
        String fn = c.get("fn").asText();
        Object[] pos = DynamicGolden.positional(c.get("args"));
        Map<String, Object> kw = DynamicGolden.keywords(c.get("kwargs"));
        FloatErrors.Settings modes = FloatErrors.geterr();
        Iterator<Map.Entry<String, JsonNode>> it = c.get("errstate").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            FloatErrors.Mode m = FloatErrors.Mode.of(e.getValue().asText());
            if (e.getKey().equals("all")) {
                modes = FloatErrors.Settings.all(m);
            } else {
                modes = modes.with(FloatErrors.Category.of(e.getKey()), m);
            }
        }
        FloatErrors.takePending();
        Object out = null;
        RuntimeException error = null;
        try (FloatErrors.Scope scope = FloatErrors.errstate(modes)) {
            out = registry.call(fn, pos, kw);
        } catch (RuntimeException e) {
            error = e;
        }
        List<String> warnings = new ArrayList<>();
        for (FloatErrors.Event e : FloatErrors.takePending()) {
            warnings.add(e.message());
        }
        List<String> expected = new ArrayList<>();
        c.get("warnings").forEach(w -> expected.add(w.asText()));
        if (c.has("error")) {
            if (error == null) {
                fail(what + ": expected " + c.get("error") + " but got " + out);
            }
            DynamicGolden.checkError(what, c.get("error"), error);
            return;
        }
        if (error != null) {
            throw error;
        }
        assertEquals(expected, warnings, what + ": warnings");
        JsonNode r = c.get("result");
        if (r.has("bool")) {
            assertEquals(r.get("bool").asBoolean(), out, what);
            return;
        }
        JsonNode exp = r.get("array");
        assertEquals(DType.BOOL, ((NDArray) out).dtype(), what + " dtype");
        // NumPy's scalar is our 0-d array (the Python package makes it an np.bool_)
        assertEquals(r.get("scalar").asBoolean(), ((NDArray) out).ndim() == 0, what + ": 0-d");
        DynamicGolden.checkArray(what, exp, out);
    }

    @Test
    void facadeMatchesTheRegistry() {
        NDArray x = Np.array(new double[] {1.0, 2.0, Double.NaN});
        NDArray y = Np.array(new double[] {1.0 + 1e-9, 2.1, Double.NaN});
        assertEquals("[ True False False]", Np.isclose(x, y).str());
        assertEquals("[ True  True  True]", Np.isclose(x, y, 0.1, 0.0, true).str());
        assertFalse(Np.allclose(x, y));
        assertTrue(Np.allclose(x, y, 0.1, 1e-8, true));
        assertTrue(Np.arrayEqual(x, x.copy(), true));
        assertFalse(Np.arrayEqual(x, x.copy()));
        assertTrue(Np.arrayEquiv(Np.array(new long[] {1, 2}), Np.array(List.of(List.of(1L, 2L), List.of(1L, 2L)))));
        assertEquals(0, Np.isclose(1.0, 1L).ndim());
    }
}
