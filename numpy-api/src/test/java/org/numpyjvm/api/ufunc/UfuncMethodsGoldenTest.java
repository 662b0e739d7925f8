package org.numpyjvm.api.ufunc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.Np;
import org.numpyjvm.api.Ufunc;
import org.numpyjvm.api.testing.Golden;

/**
 * {@link Ufunc#at}/{@link Ufunc#atFlat}, {@link Ufunc#reduceat}, reduce and accumulate with
 * {@code out=} and {@code initial=None}: golden/ufunc_methods.json (tools/golden/gen_ufunc_methods.py).
 */
class UfuncMethodsGoldenTest {
    private static final JsonNode G = Golden.load("ufunc_methods");

    private static void check(JsonNode c, String name, Supplier<NDArray> run) {
        UfuncGolden.checkCase(c, name, run, 0);
    }

    private static int[] ints(JsonNode j) {
        int[] out = new int[j.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = j.get(i).asInt();
        }
        return out;
    }

    private static NDArray outOrNull(JsonNode c) {
        return c.has("out") ? UfuncGolden.array(c.get("out")) : null;
    }

    @TestFactory
    Stream<DynamicTest> at() {
        List<DynamicTest> tests = new ArrayList<>();
        int k = 0;
        for (JsonNode c : G.get("at")) {
            String name = "at " + (k++) + " " + c.get("f").asText() + " " + c.get("a").get("a") + " flat=" + c.get("flat");
            tests.add(DynamicTest.dynamicTest(name, () -> check(c, name, () -> {
                NDArray a = UfuncGolden.array(c.get("a"));
                if (c.get("T").asBoolean()) {
                    a = a.transpose();
                }
                Object b = c.get("b").isNull() ? null : UfuncGolden.operand(c.get("b"));
                Ufunc.of(c.get("f").asText()).atFlat(a, ints(c.get("flat")), b);
                return a;
            })));
        }
        // the Index form: a[indices] with repeated fancy indices
        tests.add(DynamicTest.dynamicTest("at with an Index", () -> {
            NDArray a = Np.zeros(3);
            Ufunc.ADD.at(a, org.numpyjvm.api.Index.of(Np.asarray(new long[] {0, 0, 2})), 1L);
            org.junit.jupiter.api.Assertions.assertEquals("[2.0, 0.0, 1.0]", a.tolist().toString());
        }));
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> reduceat() {
        List<DynamicTest> tests = new ArrayList<>();
        int k = 0;
        for (JsonNode c : G.get("reduceat")) {
            String name = "reduceat " + (k++) + " " + c.get("f").asText() + " " + c.get("a").get("a") + " "
                    + c.get("indices") + " axis=" + c.get("axis");
            tests.add(DynamicTest.dynamicTest(name, () -> check(c, name, () -> {
                DType dtype = c.get("dtype").isNull() ? null : DType.of(c.get("dtype").asText());
                return Ufunc.of(c.get("f").asText()).reduceat(UfuncGolden.array(c.get("a")), ints(c.get("indices")),
                        c.get("axis").asInt(), dtype, outOrNull(c));
            })));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> reduceIntoAndInitialNone() {
        List<DynamicTest> tests = new ArrayList<>();
        int k = 0;
        for (JsonNode c : G.get("reduce")) {
            String name = "reduce " + (k++) + " " + c.get("f").asText() + " " + c.get("a").get("a") + " axis="
                    + c.get("axis") + (c.has("out") ? " out=" + c.get("out").get("a") : "")
                    + (c.has("initial") ? " initial=None" : "");
            tests.add(DynamicTest.dynamicTest(name, () -> check(c, name, () -> {
                int[] axis = c.get("axis").isNull() ? null : ints(c.get("axis"));
                Object initial = c.has("initial") ? Ufunc.INITIAL_NONE : null;
                Object where = c.has("where") ? UfuncGolden.array(c.get("where")) : null;
                return Ufunc.of(c.get("f").asText()).reduce(UfuncGolden.array(c.get("a")), axis, null, outOrNull(c), false,
                        initial, where);
            })));
        }
        for (JsonNode c : G.get("accumulate")) {
            String name = "accumulate " + (k++) + " " + c.get("f").asText() + " " + c.get("a").get("a") + " out="
                    + c.get("out").get("a");
            tests.add(DynamicTest.dynamicTest(name, () -> check(c, name, () -> Ufunc.of(c.get("f").asText())
                    .accumulate(UfuncGolden.array(c.get("a")), c.get("axis").asInt(), null, outOrNull(c)))));
        }
        return tests.stream();
    }
}
