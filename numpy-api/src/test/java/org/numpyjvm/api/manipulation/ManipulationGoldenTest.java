package org.numpyjvm.api.manipulation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.numpyjvm.api.Complex;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.Np;
import org.numpyjvm.api.NumpyException;
import org.numpyjvm.api.Slice;
import org.numpyjvm.api.dynamic.Registry;
import org.numpyjvm.api.testing.Golden;

/**
 * Every case of {@code golden/manipulation.json} (tools/golden/gen_manipulation.py) run through
 * the {@link Np} facade: result dtype, shape and values, whether the result shares memory with
 * the input (views vs copies), or the exception type and message.
 */
class ManipulationGoldenTest {

    @TestFactory
    Stream<DynamicTest> golden() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : Golden.load("manipulation")) {
            tests.add(DynamicTest.dynamicTest(c.get("expr").asText(), () -> {
                try {
                    run(c);
                } catch (AssertionError | RuntimeException e) {
                    throw new AssertionError(c.get("expr").asText() + " -> " + e, e);
                }
            }));
        }
        return tests.stream();
    }

    /**
     * The same cases through the dynamic layer ({@code Registry.global().call(name, args, kwargs)}
     * with the Python-level arguments), which the Python package and the WASI runner use.
     */
    @TestFactory
    Stream<DynamicTest> goldenDynamic() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : Golden.load("manipulation")) {
            tests.add(DynamicTest.dynamicTest("dynamic " + c.get("expr").asText(), () -> {
                try {
                    check(c, (args, kw) -> {
                        Object r = Registry.global().call(c.get("fn").asText(), args.toArray(), kw);
                        if (c.get("fn").asText().equals("copyto")) {
                            return args.get(0);
                        }
                        if (r instanceof List) {
                            return ((List<?>) r).toArray(new NDArray[0]);
                        }
                        return r;
                    });
                } catch (AssertionError | RuntimeException e) {
                    throw new AssertionError(c.get("expr").asText() + " -> " + e, e);
                }
            }));
        }
        return tests.stream();
    }

    /** mode='empty' leaves the pad area undefined in NumPy (no golden values): shape, dtype and the middle only. */
    @Test
    void padEmptyMode() {
        NDArray a = Np.arange(6).reshape(2, 3);
        NDArray p = Np.pad(a, new int[][] {{1, 2}, {0, 3}}, "empty");
        assertArrayEquals(new int[] {5, 6}, p.shape());
        assertEquals(DType.INT64, p.dtype());
        assertEquals(5L, p.item(2, 2));
        assertEquals(0L, p.item(1, 0));
    }

    private static void run(JsonNode c) {
        check(c, (args, kw) -> call(c.get("fn").asText(), args, kw));
    }

    /** Calls the function under test with the decoded arguments. */
    private interface Caller {
        Object call(List<Object> args, Map<String, Object> kw);
    }

    private static void check(JsonNode c, Caller caller) {
        List<Object> args = new ArrayList<>();
        for (JsonNode a : c.get("args")) {
            args.add(decode(a));
        }
        Map<String, Object> kw = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = c.get("kwargs").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            kw.put(e.getKey(), decode(e.getValue()));
        }
        Object result;
        try {
            result = caller.call(args, kw);
        } catch (NumpyException e) {
            if (!c.has("error")) {
                throw e;
            }
            JsonNode err = c.get("error");
            assertEquals(err.get("type").asText(), e.getClass().getSimpleName(), "exception type; message: " + e.getMessage());
            assertEquals(err.get("msg").asText(), e.getMessage());
            return;
        }
        if (c.has("error")) {
            fail("expected " + c.get("error").get("type").asText() + ": " + c.get("error").get("msg").asText());
        }
        JsonNode expected = c.get("result");
        Object first = args.isEmpty() ? null : args.get(0);
        if (expected.isArray()) {
            NDArray[] rs = (NDArray[]) result;
            assertEquals(expected.size(), rs.length, "number of arrays");
            for (int i = 0; i < rs.length; i++) {
                checkArray(expected.get(i).get("nd"), rs[i], "result " + i);
                checkFlags(c.get("flags").get(i), rs[i], "result " + i);
                if (c.has("shares") && first instanceof NDArray) {
                    assertEquals(c.get("shares").get(i).asBoolean(), Np.sharesMemory(rs[i], (NDArray) first), "shares memory " + i);
                }
            }
        } else {
            checkArray(expected.get("nd"), (NDArray) result, "result");
            checkFlags(c.get("flags"), (NDArray) result, "result");
            if (c.has("shares") && first instanceof NDArray) {
                assertEquals(c.get("shares").asBoolean(), Np.sharesMemory((NDArray) result, (NDArray) first), "shares memory");
            }
        }
    }

    // ------------------------------------------------------------------ dispatch to Np

    private static Object call(String fn, List<Object> a, Map<String, Object> kw) {
        if (!a.isEmpty() && a.get(0) instanceof NDArray && kw.isEmpty()) {
            // one array where NumPy takes a sequence of arrays
            NDArray x = (NDArray) a.get(0);
            switch (fn) {
                case "concatenate": return Np.concatenate(x);
                case "stack": return Np.stack(x);
                case "vstack": return Np.vstack(x);
                case "hstack": return Np.hstack(x);
                case "dstack": return Np.dstack(x);
                case "column_stack": return Np.columnStack(x);
                default: break;
            }
        }
        switch (fn) {
            case "squeeze":
                return kw.get("axis") == null ? Np.squeeze(arr(a.get(0))) : Np.squeeze(arr(a.get(0)), ints(kw.get("axis")));
            case "expand_dims":
                return Np.expandDims(arr(a.get(0)), ints(kw.get("axis")));
            case "atleast_1d":
                return a.size() == 1 ? Np.atleast1d(arr(a.get(0))) : Np.atleast1d(arrs(a));
            case "atleast_2d":
                return a.size() == 1 ? Np.atleast2d(arr(a.get(0))) : Np.atleast2d(arrs(a));
            case "atleast_3d":
                return a.size() == 1 ? Np.atleast3d(arr(a.get(0))) : Np.atleast3d(arrs(a));
            case "concatenate":
                return kw.containsKey("axis") ? Np.concatenate(arrs(a.get(0)), integer(kw.get("axis")))
                        : Np.concatenate(arrs(a.get(0)));
            case "stack":
                return kw.containsKey("axis") ? Np.stack(arrs(a.get(0)), (int) (long) (Long) kw.get("axis")) : Np.stack(arrs(a.get(0)));
            case "vstack":
                return Np.vstack(arrs(a.get(0)));
            case "hstack":
                return Np.hstack(arrs(a.get(0)));
            case "dstack":
                return Np.dstack(arrs(a.get(0)));
            case "column_stack":
                return Np.columnStack(arrs(a.get(0)));
            case "block":
                return Np.block(a.get(0));
            case "split":
            case "array_split": {
                NDArray x = arr(a.get(0));
                int axis = kw.containsKey("axis") ? (int) (long) (Long) kw.get("axis") : 0;
                boolean sections = a.get(1) instanceof Long;
                if (fn.equals("split")) {
                    return sections ? Np.split(x, (int) (long) (Long) a.get(1), axis) : Np.split(x, ints(a.get(1)), axis);
                }
                return sections ? Np.arraySplit(x, (int) (long) (Long) a.get(1), axis) : Np.arraySplit(x, ints(a.get(1)), axis);
            }
            case "hsplit":
                return a.get(1) instanceof Long ? Np.hsplit(arr(a.get(0)), (int) (long) (Long) a.get(1)) : Np.hsplit(arr(a.get(0)), ints(a.get(1)));
            case "vsplit":
                return a.get(1) instanceof Long ? Np.vsplit(arr(a.get(0)), (int) (long) (Long) a.get(1)) : Np.vsplit(arr(a.get(0)), ints(a.get(1)));
            case "dsplit":
                return a.get(1) instanceof Long ? Np.dsplit(arr(a.get(0)), (int) (long) (Long) a.get(1)) : Np.dsplit(arr(a.get(0)), ints(a.get(1)));
            case "tile":
                return Np.tile(arr(a.get(0)), ints(a.get(1)));
            case "repeat": {
                NDArray x = arr(a.get(0));
                Object r = a.get(1);
                if (r instanceof Long) {
                    return kw.get("axis") == null ? Np.repeat(x, (int) (long) (Long) r) : Np.repeat(x, (int) (long) (Long) r, (int) (long) (Long) kw.get("axis"));
                }
                return Np.repeat(x, r, integer(kw.get("axis")));
            }
            case "resize":
                return Np.resize(arr(a.get(0)), ints(a.get(1)));
            case "flip":
                return a.size() == 1 ? Np.flip(arr(a.get(0))) : Np.flip(arr(a.get(0)), ints(a.get(1)));
            case "fliplr":
                return Np.fliplr(arr(a.get(0)));
            case "flipud":
                return Np.flipud(arr(a.get(0)));
            case "roll": {
                NDArray x = arr(a.get(0));
                Object axis = kw.get("axis");
                if (a.get(1) instanceof Long && axis == null) {
                    return Np.roll(x, (Long) a.get(1));
                }
                if (a.get(1) instanceof Long && axis instanceof Long) {
                    return Np.roll(x, (Long) a.get(1), (int) (long) (Long) axis);
                }
                return Np.roll(x, longs(a.get(1)), axis == null ? null : ints(axis));
            }
            case "rot90": {
                NDArray m = arr(a.get(0));
                if (a.size() == 1) {
                    return Np.rot90(m);
                }
                int k = (int) (long) (Long) a.get(1);
                return a.size() == 2 ? Np.rot90(m, k) : Np.rot90(m, k, ints(a.get(2)));
            }
            case "append":
                return kw.containsKey("axis") ? Np.append(arr(a.get(0)), a.get(1), integer(kw.get("axis"))) : Np.append(arr(a.get(0)), a.get(1));
            case "insert":
                return kw.containsKey("axis") ? Np.insert(arr(a.get(0)), a.get(1), a.get(2), integer(kw.get("axis")))
                        : Np.insert(arr(a.get(0)), a.get(1), a.get(2));
            case "delete": {
                Integer axis = a.size() > 2 ? integer(a.get(2)) : integer(kw.get("axis"));
                return a.size() > 2 || kw.containsKey("axis") ? Np.delete(arr(a.get(0)), a.get(1), axis) : Np.delete(arr(a.get(0)), a.get(1));
            }
            case "trim_zeros": {
                String trim = a.size() > 1 ? (String) a.get(1) : kw.containsKey("trim") ? (String) kw.get("trim") : "fb";
                return kw.containsKey("axis") ? Np.trimZeros(arr(a.get(0)), trim, ints(kw.get("axis"))) : Np.trimZeros(arr(a.get(0)), trim);
            }
            case "pad": {
                NDArray x = arr(a.get(0));
                String mode = a.size() > 2 ? (String) a.get(2) : "constant";
                return kw.isEmpty() ? Np.pad(x, a.get(1), mode) : Np.pad(x, a.get(1), mode, kw);
            }
            case "unravel_index": {
                Object order = a.size() > 2 ? a.get(2) : kw.get("order");
                return Np.unravelIndex(a.get(0), ints(a.get(1)), order == null ? 'C' : ((String) order).charAt(0));
            }
            case "ravel_multi_index": {
                Object[] mi;
                if (a.get(0) instanceof NDArray) {
                    NDArray m = (NDArray) a.get(0);
                    mi = new Object[m.shape()[0]];
                    for (int i = 0; i < mi.length; i++) {
                        mi[i] = m.get((Object) i);
                    }
                } else {
                    mi = ((List<?>) a.get(0)).toArray();
                }
                char order = kw.get("order") == null ? 'C' : ((String) kw.get("order")).charAt(0);
                Object mode = kw.get("mode");
                if (mode instanceof List) {
                    List<?> l = (List<?>) mode;
                    return Np.ravelMultiIndex(mi, ints(a.get(1)), l.toArray(new String[0]), order);
                }
                return Np.ravelMultiIndex(mi, ints(a.get(1)), mode == null ? "raise" : (String) mode, order);
            }
            case "tril_indices":
            case "triu_indices": {
                boolean lower = fn.startsWith("tril");
                int n = (int) (long) (Long) a.get(0);
                int k = a.size() > 1 ? (int) (long) (Long) a.get(1) : 0;
                int m = a.size() > 2 ? (int) (long) (Long) a.get(2) : n;
                return lower ? Np.trilIndices(n, k, m) : Np.triuIndices(n, k, m);
            }
            case "tril_indices_from":
            case "triu_indices_from": {
                boolean lower = fn.startsWith("tril");
                Object ko = a.size() > 1 ? a.get(1) : kw.get("k");
                int k = ko == null ? 0 : (int) (long) (Long) ko;
                return lower ? Np.trilIndicesFrom(arr(a.get(0)), k) : Np.triuIndicesFrom(arr(a.get(0)), k);
            }
            case "copyto": {
                NDArray dst = (NDArray) a.get(0);
                Object casting = kw.containsKey("casting") ? kw.get("casting") : "same_kind";
                Np.copyto(dst, a.get(1), (String) casting, kw.get("where"));
                return dst;
            }
            case "concat":
                return Np.concat(arrs(a.get(0)), integer(kw.get("axis")));
            case "unstack":
                return kw.containsKey("axis") ? Np.unstack(arr(a.get(0)), integer(kw.get("axis"))) : Np.unstack(arr(a.get(0)));
            case "rollaxis":
                return a.size() > 2 ? Np.rollaxis(arr(a.get(0)), integer(a.get(1)), integer(a.get(2)))
                        : Np.rollaxis(arr(a.get(0)), integer(a.get(1)));
            case "permute_dims":
                return Np.permuteDims(arr(a.get(0)), a.size() > 1 ? ints(a.get(1)) : null);
            case "matrix_transpose":
                return Np.matrixTranspose(arr(a.get(0)));
            default:
                throw new AssertionError("no dispatch for " + fn);
        }
    }

    private static NDArray arr(Object o) {
        return o instanceof NDArray ? (NDArray) o : Np.asarray(o);
    }

    private static NDArray[] arrs(Object o) {
        List<?> l = (List<?>) o;
        NDArray[] out = new NDArray[l.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = arr(l.get(i));
        }
        return out;
    }

    private static Integer integer(Object o) {
        return o == null ? null : (int) (long) (Long) o;
    }

    private static long[] longs(Object o) {
        if (o instanceof Long) {
            return new long[] {(Long) o};
        }
        if (o instanceof NDArray) {
            return ((NDArray) o).toLongArray();
        }
        List<?> l = (List<?>) o;
        long[] out = new long[l.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (Long) l.get(i);
        }
        return out;
    }

    private static int[] ints(Object o) {
        long[] l = longs(o);
        int[] out = new int[l.length];
        for (int i = 0; i < l.length; i++) {
            out[i] = (int) l[i];
        }
        return out;
    }

    // ------------------------------------------------------------------ JSON → Java values

    private static Object decode(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        if (n.isIntegralNumber()) {
            return n.longValue();
        }
        if (n.isNumber()) {
            return n.doubleValue();
        }
        if (n.isTextual()) {
            return n.textValue();
        }
        if (n.isArray()) {
            List<Object> l = new ArrayList<>();
            for (JsonNode e : n) {
                l.add(decode(e));
            }
            return l;
        }
        if (n.has("nd")) {
            NDArray a = build(n.get("nd"));
            if (n.has("index")) {
                a = a.get(n.get("index").asText());
            }
            if (n.has("transpose")) {
                a = a.transpose(ints(decode(n.get("transpose"))));
            }
            return a;
        }
        if (n.has("complex")) {
            return new Complex(dbl(n.get("complex").get(0)), dbl(n.get("complex").get(1)));
        }
        if (n.has("slice")) {
            JsonNode s = n.get("slice");
            return new Slice(s.get(0).isNull() ? null : s.get(0).intValue(), s.get(1).isNull() ? null : s.get(1).intValue(),
                    s.get(2).isNull() ? null : s.get(2).intValue());
        }
        if (n.has("dict")) {
            Map<Integer, Object> m = new LinkedHashMap<>();
            for (JsonNode e : n.get("dict")) {
                m.put(e.get(0).intValue(), decode(e.get(1)));
            }
            return m;
        }
        throw new AssertionError("cannot decode " + n);
    }

    private static double dbl(JsonNode v) {
        if (v.isTextual()) {
            switch (v.asText()) {
                case "nan": return Double.NaN;
                case "inf": return Double.POSITIVE_INFINITY;
                default: return Double.NEGATIVE_INFINITY;
            }
        }
        return v.doubleValue();
    }

    private static NDArray build(JsonNode nd) {
        DType dt = DType.of(nd.get("dtype").asText());
        List<Object> values = new ArrayList<>();
        for (JsonNode v : nd.get("data")) {
            if (dt.isComplex()) {
                values.add(new Complex(dbl(v.get(0)), dbl(v.get(1))));
            } else if (dt.isFloat()) {
                values.add(dbl(v));
            } else if (dt.isBool()) {
                values.add(v.booleanValue());
            } else if (dt.isString()) {
                values.add(v.asText());
            } else {
                values.add(v.longValue());
            }
        }
        int[] shape = new int[nd.get("shape").size()];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = nd.get("shape").get(i).intValue();
        }
        return Np.array(values, dt).reshape(shape);
    }

    // ------------------------------------------------------------------ comparison

    private static void checkArray(JsonNode nd, NDArray actual, String what) {
        assertEquals(nd.get("dtype").asText(), actual.dtype().str(), what + " dtype");
        int[] shape = new int[nd.get("shape").size()];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = nd.get("shape").get(i).intValue();
        }
        assertArrayEquals(shape, actual.shape(), what + " shape");
        NDArray flat = actual.flatten();
        JsonNode data = nd.get("data");
        assertEquals(data.size(), flat.size(), what + " size");
        DType dt = actual.dtype();
        for (int i = 0; i < data.size(); i++) {
            Object got = flat.item(i);
            JsonNode exp = data.get(i);
            String at = what + " element " + i;
            if (dt.isComplex()) {
                Complex z = (Complex) got;
                assertClose(dbl(exp.get(0)), z.re(), at + " (real)");
                assertClose(dbl(exp.get(1)), z.im(), at + " (imag)");
            } else if (dt.isFloat()) {
                assertClose(dbl(exp), (Double) got, at);
            } else if (dt.isBool()) {
                assertEquals(exp.booleanValue(), got, at);
            } else if (dt.code() == DType.Code.BYTES) {
                assertEquals(exp.asText(), new String((byte[]) got, StandardCharsets.ISO_8859_1), at);
            } else if (dt.isString()) {
                assertEquals(exp.asText(), got, at);
            } else {
                assertEquals(exp.asText(), String.valueOf(got), at);
            }
        }
    }

    /** Memory layout as NumPy reports it: flags.c_contiguous, flags.f_contiguous. */
    private static void checkFlags(JsonNode flags, NDArray actual, String what) {
        assertEquals(flags.get(0).asBoolean(), actual.isCContiguous(), what + " C-contiguous");
        assertEquals(flags.get(1).asBoolean(), actual.isFContiguous(), what + " F-contiguous");
    }

    private static void assertClose(double expected, double actual, String what) {
        if (Double.isNaN(expected)) {
            assertTrue(Double.isNaN(actual), what + ": expected nan, got " + actual);
            return;
        }
        assertEquals(expected, actual, 0.0, what);
    }
}
