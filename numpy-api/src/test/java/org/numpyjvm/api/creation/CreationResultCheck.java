package org.numpyjvm.api.creation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.numpyjvm.api.Complex;
import org.numpyjvm.api.NDArray;

/**
 * Compares a creation routine's result (called through {@code Np} or through the registry) with
 * a golden record of gen_creation.py: tuple, scalar or array (dtype, shape, values, flags,
 * strides, writeability, whether the input came back uncopied).
 */
final class CreationResultCheck {
    private CreationResultCheck() {
    }

    static String describe(Object r) {
        if (r instanceof NDArray) {
            NDArray a = (NDArray) r;
            return "array " + a.dtype().str() + " " + Arrays.toString(a.shape()) + " " + a.tolist();
        }
        if (r instanceof Object[]) {
            return Arrays.deepToString((Object[]) r);
        }
        return String.valueOf(r);
    }

    /** {@code fn} names the routine (for its writeability check); a tuple may be Object[] or List. */
    static void compare(String fn, JsonNode expect, Object result, Object input, double tol) {
        if (expect.has("tuple")) {
            List<?> parts = result instanceof Object[] ? Arrays.asList((Object[]) result) : (List<?>) result;
            JsonNode t = expect.get("tuple");
            assertEquals(t.size(), parts.size(), "tuple length");
            for (int i = 0; i < parts.size(); i++) {
                compare(fn, t.get(i), parts.get(i), null, tol);
            }
            return;
        }
        if (expect.has("scalar")) {
            assertValue(GoldenValues.decode(expect.get("scalar")), result, tol, "scalar");
            return;
        }
        assertTrue(result instanceof NDArray, () -> "expected an array, got " + describe(result));
        NDArray a = (NDArray) result;
        assertEquals(expect.get("dtype").textValue(), a.dtype().str(), "dtype");
        int[] shape = new int[expect.get("shape").size()];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = expect.get("shape").get(i).intValue();
        }
        assertArrayEquals(shape, a.shape(), "shape");
        List<Object> flat = new ArrayList<>();
        flatten(a.tolist(), a.ndim(), flat);
        JsonNode data = expect.get("data");
        if (!data.isNull()) { // null: np.empty's uninitialised memory
            assertEquals(data.size(), flat.size(), "size");
            for (int i = 0; i < flat.size(); i++) {
                assertValue(GoldenValues.decode(data.get(i)), flat.get(i), tol, "element " + i + " of " + describe(a));
            }
        }
        if (a.size() > 0) { // NumPy's strides of empty results depend on how they were made
            assertEquals(expect.get("c").booleanValue(), a.isCContiguous(), "C_CONTIGUOUS");
            assertEquals(expect.get("f").booleanValue(), a.isFContiguous(), "F_CONTIGUOUS");
            long[] strides = new long[a.ndim()];
            for (int i = 0; i < strides.length; i++) {
                strides[i] = expect.get("strides").get(i).longValue();
            }
            assertArrayEquals(strides, a.strides(), "strides");
        }
        if ("frombuffer".equals(fn) || "diag".equals(fn)) {
            assertEquals(expect.get("w").booleanValue(), a.isWriteable(), "WRITEABLE");
        }
        if (expect.has("same") && input instanceof NDArray) {
            if (expect.get("same").booleanValue()) {
                assertSame(input, a, "no copy");
            } else {
                assertTrue(input != a, "a copy");
            }
        }
    }

    private static void flatten(Object o, int depth, List<Object> out) {
        if (depth == 0) {
            out.add(o);
            return;
        }
        for (Object e : (List<?>) o) {
            flatten(e, depth - 1, out);
        }
    }

    static void assertValue(Object want, Object got, double tol, String what) {
        if (want instanceof Complex || got instanceof Complex) {
            Complex w = want instanceof Complex ? (Complex) want : new Complex(((Number) want).doubleValue(), 0);
            assertTrue(got instanceof Complex, () -> what + ": expected a complex, got " + got);
            Complex g = (Complex) got;
            double scale = Math.max(Math.hypot(w.re(), w.im()), Math.hypot(g.re(), g.im()));
            assertClose(w.re(), g.re(), tol, scale, what + " (real)");
            assertClose(w.im(), g.im(), tol, scale, what + " (imag)");
            return;
        }
        if (want instanceof Double) {
            Object g0 = got instanceof NDArray && ((NDArray) got).ndim() == 0 ? ((NDArray) got).item() : got;
            assertTrue(g0 instanceof Double, () -> what + ": expected a float, got " + got);
            double w = (Double) want;
            double g = (Double) g0;
            assertClose(w, g, tol, Math.max(Math.abs(w), Math.abs(g)), what);
            return;
        }
        if (want instanceof Long || want instanceof BigInteger) {
            assertTrue(got instanceof Long || got instanceof BigInteger, () -> what + ": expected an int, got " + got);
            assertEquals(new BigInteger(want.toString()), new BigInteger(got.toString()), what);
            return;
        }
        if (want instanceof byte[]) {
            assertArrayEquals((byte[]) want, (byte[]) got, what);
            return;
        }
        assertEquals(want, got, what);
    }

    private static void assertClose(double w, double g, double tol, double scale, String what) {
        if (Double.isNaN(w)) {
            assertTrue(Double.isNaN(g), () -> what + ": expected nan, got " + g);
            return;
        }
        if (tol == 0 || Double.isInfinite(w)) {
            assertEquals(w, g, 0.0, what);
            return;
        }
        assertTrue(Math.abs(w - g) <= tol * Math.ulp(scale), () -> what + ": expected " + w + ", got " + g);
    }
}
