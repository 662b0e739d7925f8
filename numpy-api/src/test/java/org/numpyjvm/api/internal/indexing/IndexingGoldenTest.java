package org.numpyjvm.api.internal.indexing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.testing.Golden;

/** a[index] and a[index] = value against NumPy (tools/golden/gen_indexing.py). */
class IndexingGoldenTest {
    private static final JsonNode DATA = Golden.load("indexing");

    @TestFactory
    Stream<DynamicTest> get() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : DATA.get("get")) {
            String what = c.get("dtype").asText() + " " + c.get("shape") + c.path("layout").asText("") + " "
                    + c.get("expr").asText();
            tests.add(DynamicTest.dynamicTest(what, () -> {
                NDArray a = GoldenCheck.make(GoldenCheck.ints(c.get("shape")), c.get("dtype").asText(),
                        c.path("layout").asText("C"));
                NDArray r;
                try {
                    r = a.get(c.get("index").asText());
                } catch (RuntimeException e) {
                    if (!c.has("error")) {
                        throw e;
                    }
                    GoldenCheck.checkError(what, c.get("error"), e);
                    return;
                }
                if (c.has("error")) {
                    GoldenCheck.expectFailure(what, c.get("error"));
                }
                GoldenCheck.checkArray(what, c.get("result"), r);
            }));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> set() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : DATA.get("set")) {
            String what = c.get("dtype").asText() + " " + c.get("shape") + c.path("layout").asText("") + " "
                    + c.get("expr").asText();
            tests.add(DynamicTest.dynamicTest(what, () -> {
                NDArray a = GoldenCheck.make(GoldenCheck.ints(c.get("shape")), c.get("dtype").asText(),
                        c.path("layout").asText("C"));
                try {
                    a.set(c.get("index").asText(), GoldenCheck.java(c.get("value")));
                } catch (RuntimeException e) {
                    if (!c.has("error")) {
                        throw e;
                    }
                    GoldenCheck.checkError(what, c.get("error"), e);
                    return;
                }
                if (c.has("error")) {
                    GoldenCheck.expectFailure(what, c.get("error"));
                }
                GoldenCheck.checkArray(what, c.get("result"), a);
            }));
        }
        return tests.stream();
    }
}
