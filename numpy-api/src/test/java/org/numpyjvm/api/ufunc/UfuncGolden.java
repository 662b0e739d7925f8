package org.numpyjvm.api.ufunc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.Arrays;
import org.numpyjvm.api.Complex;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.NumpyException;
import org.numpyjvm.api.internal.core.Elements;
import org.numpyjvm.api.internal.core.Internals;

/** Decoding operands and checking results of golden/ufuncs.json. */
final class UfuncGolden {
    private UfuncGolden() {
    }

    static double dbl(JsonNode n) {
        String s = n.asText();
        switch (s) {
            case "nan": return Double.NaN;
            case "inf": return Double.POSITIVE_INFINITY;
            case "-inf": return Double.NEGATIVE_INFINITY;
            default: return Double.parseDouble(s);
        }
    }

    static NDArray array(JsonNode j) {
        DType dt = DType.of(j.get("a").asText());
        int[] shape = new int[j.get("shape").size()];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = j.get("shape").get(i).asInt();
        }
        NDArray a = Internals.allocate(dt, shape);
        Object data = Internals.data(a);
        JsonNode v = j.get("v");
        for (int i = 0; i < v.size(); i++) {
            int slot = i * dt.slots();
            JsonNode x = v.get(i);
            if (dt.isComplex()) {
                Elements.setComplex(dt, data, slot, dbl(x.get(0)), dbl(x.get(1)));
            } else if (dt.isFloat()) {
                Elements.setDouble(dt, data, slot, dbl(x));
            } else if (dt.isBool()) {
                Elements.setLong(dt, data, slot, x.asBoolean() ? 1 : 0);
            } else {
                Elements.setLong(dt, data, slot, x.bigIntegerValue().longValue());
            }
        }
        return a;
    }

    static Object operand(JsonNode j) {
        if (j.has("a")) {
            return array(j);
        }
        if (j.has("int")) {
            BigInteger b = j.get("int").bigIntegerValue();
            return b.bitLength() < 64 ? (Object) b.longValue() : b;
        }
        if (j.has("float")) {
            return dbl(j.get("float"));
        }
        if (j.has("bool")) {
            return j.get("bool").asBoolean();
        }
        return new Complex(dbl(j.get("complex").get(0)), dbl(j.get("complex").get(1)));
    }

    /**
     * A golden case's outcome: {@code call}'s result given to {@code check}, or, when the case records an
     * error ({@code "err"}), the exception the call must throw.
     */
    static <T> void outcome(JsonNode c, String ctx, java.util.function.Supplier<T> call,
            java.util.function.Consumer<T> check) {
        T r;
        try {
            r = call.get();
        } catch (RuntimeException e) {
            if (c.has("err")) {
                checkError(c.get("err"), e, ctx);
                return;
            }
            throw new AssertionError(ctx + ": " + e, e);
        }
        if (c.has("err")) {
            throw new AssertionError(ctx + ": expected " + c.get("err") + " got "
                    + (r instanceof Object[] ? java.util.Arrays.toString((Object[]) r) : String.valueOf(r)));
        }
        check.accept(r);
    }

    static void checkError(JsonNode err, Throwable t, String ctx) {
        if (!(t instanceof NumpyException)) {
            throw new AssertionError(ctx + ": unexpected " + t, t);
        }
        String type = err.get(0).asText();
        String cls = t.getClass().getSimpleName();
        // the generator records the first of its types in the Python class's MRO: a Java subclass
        // (DTypePromotionError, UFuncTypeError of TypeError) matches its base's name
        boolean ok = false;
        for (Class<?> k = t.getClass(); k != null && !ok; k = k.getSuperclass()) {
            ok = k.getSimpleName().equals(type);
        }
        assertTrue(ok, ctx + ": expected " + type + " got " + cls + ": " + t.getMessage());
        assertEquals(err.get(1).asText(), t.getMessage(), ctx);
    }

    /** Compares r with res; ulps > 0 allows that many units in the last place for floats. */
    static void checkResult(JsonNode res, NDArray r, int ulps, String ctx) {
        assertEquals(res.get("dtype").asText(), r.dtype().name(), ctx + ": dtype");
        int[] shape = new int[res.get("shape").size()];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = res.get("shape").get(i).asInt();
        }
        assertEquals(Arrays.toString(shape), Arrays.toString(r.shape()), ctx + ": shape");
        NDArray flat = r.flatten();
        Object data = Internals.data(flat);
        DType dt = flat.dtype();
        JsonNode v = res.get("v");
        for (int i = 0; i < v.size(); i++) {
            int slot = i * dt.slots();
            JsonNode x = v.get(i);
            String c = ctx + " [" + i + "]";
            if (dt.isComplex()) {
                close(dbl(x.get(0)), Elements.getDouble(dt, data, slot), ulps, dt, c + ".re");
                close(dbl(x.get(1)), Elements.getImag(dt, data, slot), ulps, dt, c + ".im");
            } else if (dt.isFloat()) {
                close(dbl(x), Elements.getDouble(dt, data, slot), ulps, dt, c);
            } else if (dt.isBool()) {
                assertEquals(x.asBoolean(), Elements.getLong(dt, data, slot) != 0, c);
            } else {
                assertEquals(x.bigIntegerValue().longValue(), Elements.getLong(dt, data, slot), c);
            }
        }
    }

    static void close(double e, double a, int ulps, DType dt, String ctx) {
        if (Double.doubleToLongBits(e) == Double.doubleToLongBits(a)) {
            return;
        }
        if (ulps > 0 && !Double.isNaN(e) && !Double.isInfinite(e)) {
            double u = dt.code() == DType.Code.FLOAT64 || dt.code() == DType.Code.COMPLEX128 ? Math.ulp(e)
                    : dt.code() == DType.Code.FLOAT16 ? Math.max(Math.ulp((float) e) * 8192, 6e-8) : Math.ulp((float) e);
            if (Math.abs(e - a) <= ulps * u) {
                return;
            }
        }
        fail(ctx + ": expected " + e + " got " + a);
    }

    /**
     * Runs one golden case: {@code c.err} expects the exception (type and message), else
     * {@code c.res} the result within {@code ulps}.
     */
    static void checkCase(JsonNode c, String name, java.util.function.Supplier<NDArray> run, int ulps) {
        NDArray r;
        try {
            r = run.get();
        } catch (RuntimeException e) {
            if (c.has("err")) {
                checkError(c.get("err"), e, name);
                return;
            }
            throw new AssertionError(name + ": " + e, e);
        }
        if (c.has("err")) {
            throw new AssertionError(name + ": expected " + c.get("err") + " but got " + r);
        }
        checkResult(c.get("res"), r, ulps, name);
    }
}
