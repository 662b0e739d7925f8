package org.numpyjvm.api.internal.indexing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.numpyjvm.api.Complex;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.Np;
import org.numpyjvm.api.testing.Golden;

/** NumPy's indexing routines against NumPy (tools/golden/gen_indexing_routines.py). */
class IndexRoutinesGoldenTest {
    private static final JsonNode DATA = Golden.load("indexing_routines");

    @TestFactory
    Stream<DynamicTest> routines() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : DATA) {
            String what = c.get("expr").asText().replaceAll("\\s+", " ");
            tests.add(DynamicTest.dynamicTest(what, () -> check(what, c)));
        }
        return tests.stream();
    }

    private static void check(String what, JsonNode c) {
        List<Object> args = new ArrayList<>();
        for (JsonNode a : c.get("args")) {
            args.add(decode(a));
        }
        Object out;
        try {
            out = call(c.get("fn").asText(), args);
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
        if (c.has("inplace")) {
            GoldenCheck.checkArray(what, c.get("inplace"), (NDArray) args.get(0));
        } else if (c.has("results")) {
            NDArray[] rs = (NDArray[]) out;
            assertEquals(c.get("results").size(), rs.length, what + " count");
            for (int i = 0; i < rs.length; i++) {
                GoldenCheck.checkArray(what + " [" + i + "]", c.get("results").get(i), rs[i]);
            }
        } else {
            GoldenCheck.checkArray(what, c.get("result"), (NDArray) out);
        }
    }

    static Object decode(JsonNode n) {
        if (n.isObject() && n.has("nd")) {
            String dn = n.get("dtype").asText();
            List<Object> vals = new ArrayList<>();
            for (JsonNode v : n.get("nd")) {
                vals.add(dn.startsWith("complex") ? new Complex(v.get(0).asDouble(), v.get(1).asDouble()) : GoldenCheck.java(v));
            }
            NDArray a = dn.startsWith("<U") ? Np.array(vals) : Np.array(vals, GoldenCheck.dtype(dn));
            a = a.reshape(GoldenCheck.ints(n.get("shape")));
            if (n.path("readonly").asBoolean(false)) {
                a.setWriteable(false);
            }
            return a;
        }
        if (n.isArray()) {
            List<Object> l = new ArrayList<>();
            for (JsonNode v : n) {
                l.add(decode(v));
            }
            return l;
        }
        return n.isNull() ? null : GoldenCheck.java(n);
    }

    private static Integer axis(List<Object> args, int i) {
        if (args.size() <= i || args.get(i) == null) {
            return null;
        }
        return ((Number) args.get(i)).intValue();
    }

    private static String str(List<Object> args, int i) {
        return args.size() > i ? (String) args.get(i) : "raise";
    }

    private static Object call(String fn, List<Object> a) {
        switch (fn) {
            case "take": return Np.take(a.get(0), a.get(1), axis(a, 2), str(a, 3));
            case "put":
                Np.put((NDArray) a.get(0), a.get(1), a.get(2), str(a, 3));
                return null;
            case "take_along_axis": return Np.takeAlongAxis((NDArray) a.get(0), a.get(1), axis(a, 2));
            case "put_along_axis":
                Np.putAlongAxis((NDArray) a.get(0), a.get(1), a.get(2), axis(a, 3));
                return null;
            case "putmask":
                Np.putmask((NDArray) a.get(0), a.get(1), a.get(2));
                return null;
            case "place":
                Np.place((NDArray) a.get(0), a.get(1), a.get(2));
                return null;
            case "compress": return a.size() == 2 ? Np.compress(a.get(0), a.get(1)) : Np.compress(a.get(0), a.get(1), axis(a, 2));
            case "extract": return Np.extract(a.get(0), a.get(1));
            case "choose": return Np.choose(a.get(0), a.get(1), str(a, 2));
            case "select": return a.size() == 2 ? Np.select(a.get(0), a.get(1)) : Np.select(a.get(0), a.get(1), a.get(2));
            case "where": return Np.where(a.get(0), a.get(1), a.get(2));
            case "where1": return Np.where(a.get(0));
            case "nonzero": return Np.nonzero(a.get(0));
            case "flatnonzero": return Np.flatnonzero(a.get(0));
            case "argwhere": return Np.argwhere(a.get(0));
            case "ix_": return Np.ix(a.toArray());
            case "diag_indices":
                return a.size() == 1 ? Np.diagIndices(axis(a, 0)) : Np.diagIndices(axis(a, 0), axis(a, 1));
            case "diag_indices_from": return Np.diagIndicesFrom((NDArray) a.get(0));
            case "fill_diagonal":
                if (a.size() == 2) {
                    Np.fillDiagonal((NDArray) a.get(0), a.get(1));
                } else {
                    Np.fillDiagonal((NDArray) a.get(0), a.get(1), (Boolean) a.get(2));
                }
                return null;
            default: throw new IllegalArgumentException(fn);
        }
    }
}
