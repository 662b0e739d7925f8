package org.numpyjvm.api.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.numpyjvm.api.Complex;
import org.numpyjvm.api.DType;

/** Comparing Java element values with JSON values written by the golden generators. */
public final class Values {
    private Values() {
    }

    /** DType by NumPy name. */
    public static DType dtype(String name) {
        return DType.of(name);
    }

    /** Asserts a Java value (as {@code item()} returns) equals a JSON value. */
    public static void assertValue(JsonNode expected, Object actual, String context) {
        if (expected.isArray()) {
            assertTrue(actual instanceof Complex, context + ": expected complex, got " + actual);
            Complex c = (Complex) actual;
            assertDouble(expected.get(0), c.re(), context);
            assertDouble(expected.get(1), c.im(), context);
        } else if (expected.isBoolean()) {
            assertEquals(expected.asBoolean(), actual, context);
        } else if (expected.isIntegralNumber()) {
            assertTrue(actual instanceof Number, context + ": expected number, got " + actual);
            assertEquals(expected.bigIntegerValue().toString(), actual.toString(), context);
        } else if (expected.isNumber() || expected.isTextual() && isSpecial(expected.asText())) {
            assertTrue(actual instanceof Double, context + ": expected float, got " + actual);
            assertDouble(expected, (Double) actual, context);
        } else {
            assertEquals(expected.asText(), actual, context);
        }
    }

    private static boolean isSpecial(String s) {
        return s.equals("nan") || s.equals("inf") || s.equals("-inf");
    }

    public static void assertDouble(JsonNode expected, double actual, String context) {
        double e;
        if (expected.isTextual()) {
            String s = expected.asText();
            e = s.equals("nan") ? Double.NaN : s.equals("inf") ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        } else {
            e = expected.asDouble();
        }
        assertEquals(Double.doubleToLongBits(e), Double.doubleToLongBits(actual), context + ": expected " + e + " got " + actual);
    }

    /** Asserts a flat list of Java values equals a JSON array. */
    public static void assertValues(JsonNode expected, List<?> actual, String context) {
        assertEquals(expected.size(), actual.size(), context + ": length");
        for (int i = 0; i < actual.size(); i++) {
            assertValue(expected.get(i), actual.get(i), context + " [" + i + "]");
        }
    }

    public static int[] ints(JsonNode arr) {
        int[] out = new int[arr.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = arr.get(i).asInt();
        }
        return out;
    }

    public static long[] longs(JsonNode arr) {
        long[] out = new long[arr.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = arr.get(i).asLong();
        }
        return out;
    }
}
