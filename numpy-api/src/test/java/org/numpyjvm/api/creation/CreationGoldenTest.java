package org.numpyjvm.api.creation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.GridSlice;
import org.numpyjvm.api.IndexFunction;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.Np;
import org.numpyjvm.api.NumpyException;
import org.numpyjvm.api.testing.Golden;

/** Table-driven: every case of golden/creation.json (tools/golden/gen_creation.py) against Np. */
class CreationGoldenTest {

    @TestFactory
    Stream<DynamicTest> creation() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : Golden.load("creation")) {
            tests.add(DynamicTest.dynamicTest(c.get("expr").textValue(), () -> check(c)));
        }
        return tests.stream();
    }

    private static void check(JsonNode c) {
        String fn = c.get("fn").textValue();
        List<Object> args = new ArrayList<>();
        for (JsonNode a : c.get("args")) {
            args.add(GoldenValues.decode(a));
        }
        JsonNode kw = c.get("kw");
        JsonNode expect = c.get("expect");
        double tol = c.has("tol") ? c.get("tol").asDouble() : 0;
        Object result;
        try {
            result = call(fn, args, kw);
        } catch (NumpyException e) {
            if (!expect.has("error")) {
                throw new AssertionError("unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
            }
            assertEquals(expect.get("error").textValue(), e.getClass().getSimpleName(), "exception type");
            assertEquals(expect.get("msg").textValue(), e.getMessage(), "message");
            return;
        }
        if (expect.has("error")) {
            fail("expected " + expect.get("error").textValue() + ": " + expect.get("msg").textValue() + ", got " + CreationResultCheck.describe(result));
        }
        CreationResultCheck.compare(fn, expect, result, args.isEmpty() ? null : args.get(0), tol);
    }

    // ---------------------------------------------------------------- dispatch

    private static Object kwv(JsonNode kw, String name, Object dflt) {
        return kw.has(name) ? GoldenValues.decode(kw.get(name)) : dflt;
    }

    private static DType dtypeKw(JsonNode kw) {
        return GoldenValues.dtype(kw.get("dtype"));
    }

    private static char order(JsonNode kw, char dflt) {
        return kw.has("order") ? kw.get("order").textValue().charAt(0) : dflt;
    }

    private static int[] shapeOf(Object o) {
        if (o instanceof Long) {
            return new int[] {((Long) o).intValue()};
        }
        List<?> l = (List<?>) o;
        int[] s = new int[l.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = ((Long) l.get(i)).intValue();
        }
        return s;
    }

    private static Object arg(List<Object> args, int i, JsonNode kw, String name, Object dflt) {
        return i < args.size() ? args.get(i) : kwv(kw, name, dflt);
    }

    private static int intArg(List<Object> args, int i, JsonNode kw, String name, int dflt) {
        return ((Number) arg(args, i, kw, name, (long) dflt)).intValue();
    }

    private static Integer optInt(List<Object> args, int i, JsonNode kw, String name) {
        Object v = arg(args, i, kw, name, null);
        return v == null ? null : ((Number) v).intValue();
    }

    private static boolean boolArg(JsonNode kw, String name, boolean dflt) {
        return kw.has(name) ? kw.get(name).booleanValue() : dflt;
    }

    private static Object call(String fn, List<Object> a, JsonNode kw) {
        DType dt = dtypeKw(kw);
        switch (fn) {
            case "array": {
                Boolean copy = kw.has("copy") ? (Boolean) kwv(kw, "copy", null) : Boolean.TRUE;
                return Np.array(a.get(0), dt, copy, order(kw, 'K'), ((Number) kwv(kw, "ndmin", 0L)).intValue());
            }
            case "asarray": return Np.asarray(a.get(0), dt, order(kw, 'K'));
            case "asanyarray": return Np.asanyarray(a.get(0), dt);
            case "ascontiguousarray": return Np.ascontiguousarray(a.get(0), dt);
            case "asfortranarray": return Np.asfortranarray(a.get(0), dt);
            case "copy": return Np.copy(a.get(0), order(kw, 'K'));
            case "astype": return Np.astype((NDArray) a.get(0), GoldenValues.dtype((String) a.get(1)), boolArg(kw, "copy", true));
            case "zeros": return Np.zeros(shapeOf(a.get(0)), dt == null ? DType.FLOAT64 : dt, order(kw, 'C'));
            case "empty": return Np.empty(shapeOf(a.get(0)), dt == null ? DType.FLOAT64 : dt, order(kw, 'C'));
            case "ones": return Np.ones(shapeOf(a.get(0)), dt == null ? DType.FLOAT64 : dt, order(kw, 'C'));
            case "full": return Np.full(shapeOf(a.get(0)), a.get(1), dt, order(kw, 'C'));
            case "zeros_like": return Np.zerosLike(a.get(0), dt, order(kw, 'K'), null);
            case "empty_like": return Np.emptyLike(a.get(0), dt, order(kw, 'K'), null);
            case "ones_like": return Np.onesLike(a.get(0), dt, order(kw, 'K'), null);
            case "full_like": return Np.fullLike(a.get(0), a.get(1), dt, order(kw, 'K'), null);
            case "arange": {
                if (a.size() == 1) {
                    return Np.arange(a.get(0), dt);
                }
                return Np.arange(a.get(0), a.get(1), a.size() > 2 ? a.get(2) : null, dt);
            }
            case "linspace": {
                int num = intArg(a, 2, kw, "num", 50);
                boolean endpoint = boolArg(kw, "endpoint", true);
                int axis = ((Number) kwv(kw, "axis", 0L)).intValue();
                if (boolArg(kw, "retstep", false)) {
                    return Np.linspaceRetstep(a.get(0), a.get(1), num, endpoint, dt, axis);
                }
                return Np.linspace(a.get(0), a.get(1), num, endpoint, dt, axis);
            }
            case "logspace":
                return Np.logspace(a.get(0), a.get(1), intArg(a, 2, kw, "num", 50), boolArg(kw, "endpoint", true),
                        kwv(kw, "base", 10.0), dt, ((Number) kwv(kw, "axis", 0L)).intValue());
            case "geomspace":
                return Np.geomspace(a.get(0), a.get(1), intArg(a, 2, kw, "num", 50), boolArg(kw, "endpoint", true), dt,
                        ((Number) kwv(kw, "axis", 0L)).intValue());
            case "eye":
                return Np.eye(intArg(a, 0, kw, "N", 0), optInt(a, 1, kw, "M"), intArg(a, 2, kw, "k", 0),
                        dt == null ? DType.FLOAT64 : dt, order(kw, 'C'));
            case "identity": return Np.identity(intArg(a, 0, kw, "n", 0), dt == null ? DType.FLOAT64 : dt);
            case "tri":
                return Np.tri(intArg(a, 0, kw, "N", 0), optInt(a, 1, kw, "M"), intArg(a, 2, kw, "k", 0),
                        dt == null ? DType.FLOAT64 : dt);
            case "tril": return Np.tril(a.get(0), intArg(a, 1, kw, "k", 0));
            case "triu": return Np.triu(a.get(0), intArg(a, 1, kw, "k", 0));
            case "diag": return Np.diag(a.get(0), intArg(a, 1, kw, "k", 0));
            case "diagflat": return Np.diagflat(a.get(0), intArg(a, 1, kw, "k", 0));
            case "vander": return Np.vander(a.get(0), optInt(a, 1, kw, "N"), boolArg(kw, "increasing", false));
            case "meshgrid":
                return Np.meshgrid(kw.has("indexing") ? kw.get("indexing").textValue() : "xy", boolArg(kw, "sparse", false),
                        boolArg(kw, "copy", true), a.toArray());
            case "mgrid": return Np.mgrid(a.toArray(new GridSlice[0]));
            case "ogrid": {
                NDArray[] r = Np.ogrid(a.toArray(new GridSlice[0]));
                return a.size() == 1 ? r[0] : r;
            }
            case "indices": {
                int[] dims = shapeOf(a.get(0));
                if (boolArg(kw, "sparse", false)) {
                    return Np.indicesSparse(dims, dt == null ? DType.INT64 : dt);
                }
                return Np.indices(dims, dt == null ? DType.INT64 : dt);
            }
            case "fromfunction":
                return Np.fromfunction((IndexFunction) a.get(0), shapeOf(a.get(1)), dt == null ? DType.FLOAT64 : dt);
            case "frombuffer":
                return Np.frombuffer((byte[]) a.get(0), dt == null ? DType.FLOAT64 : dt, ((Number) kwv(kw, "count", -1L)).longValue(),
                        ((Number) kwv(kw, "offset", 0L)).longValue());
            case "fromiter":
                return Np.fromiter((List<?>) a.get(0), dt, ((Number) kwv(kw, "count", -1L)).longValue());
            case "fromstring":
                return Np.fromstring((String) a.get(0), dt, ((Number) kwv(kw, "count", -1L)).longValue(), (String) kwv(kw, "sep", ""));
            default: throw new IllegalArgumentException("no dispatch for " + fn);
        }
    }
}
