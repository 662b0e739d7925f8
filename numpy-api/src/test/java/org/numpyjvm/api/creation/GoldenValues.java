package org.numpyjvm.api.creation;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.numpyjvm.api.Complex;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.GridSlice;
import org.numpyjvm.api.IndexFunction;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.Np;

/** Decoding the values of golden/creation.json (see tools/golden/gen_creation.py) into Java values. */
final class GoldenValues {
    private GoldenValues() {
    }

    static Object decode(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        if (n.isIntegralNumber()) {
            BigInteger b = n.bigIntegerValue();
            return b.bitLength() < 64 ? (Object) b.longValue() : b;
        }
        if (n.isNumber()) {
            return n.doubleValue();
        }
        if (n.isTextual()) {
            return n.textValue();
        }
        if (n.isArray()) {
            List<Object> out = new ArrayList<>();
            for (JsonNode e : n) {
                out.add(decode(e));
            }
            return out;
        }
        if (n.has("f")) {
            return floatOf(n.get("f").textValue());
        }
        if (n.has("c")) {
            return new Complex(((Number) decode(n.get("c").get(0))).doubleValue(), ((Number) decode(n.get("c").get(1))).doubleValue());
        }
        if (n.has("b")) {
            return n.get("b").textValue().getBytes(StandardCharsets.ISO_8859_1);
        }
        if (n.has("hex")) {
            String h = n.get("hex").textValue();
            byte[] b = new byte[h.length() / 2];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16);
            }
            return b;
        }
        if (n.has("arr")) {
            NDArray a = Np.array(decode(n.get("arr")), dtype(n.get("dtype")));
            JsonNode v = n.get("view");
            if (v != null) {
                String view = v.textValue();
                if (view.equals("T")) {
                    a = a.T();
                } else if (view.startsWith("t:")) {
                    String[] p = view.substring(2).split(",");
                    int[] axes = new int[p.length];
                    for (int i = 0; i < p.length; i++) {
                        axes[i] = Integer.parseInt(p[i]);
                    }
                    a = a.transpose(axes);
                } else {
                    a = a.get(view);
                }
            }
            return a;
        }
        if (n.has("slice")) {
            JsonNode s = n.get("slice");
            Number start = (Number) decode(s.get(0));
            Number stop = (Number) decode(s.get(1));
            Object step = decode(s.get(2));
            if (step instanceof Complex) {
                return GridSlice.points(start, stop, ((Complex) step).im());
            }
            return step == null ? GridSlice.of(start, stop) : GridSlice.of(start, stop, (Number) step);
        }
        if (n.has("fn")) {
            return function(n.get("fn").textValue());
        }
        throw new IllegalArgumentException("cannot decode " + n);
    }

    static double floatOf(String s) {
        switch (s) {
            case "nan": return Double.NaN;
            case "inf": return Double.POSITIVE_INFINITY;
            case "-inf": return Double.NEGATIVE_INFINITY;
            default: throw new IllegalArgumentException(s);
        }
    }

    /** Element-wise test functions for fromfunction (no ufuncs needed). */
    static IndexFunction function(String name) {
        return coords -> {
            if (name.equals("first")) {
                return coords[0];
            }
            if (name.equals("second")) {
                return coords[1];
            }
            NDArray out = coords[0].copy();
            int n = out.size();
            for (int k = 1; k < coords.length; k++) {
                NDArray flatOut = out.reshape(n);
                NDArray flatIn = coords[k].copy().reshape(n);
                for (int i = 0; i < n; i++) {
                    double a = flatOut.getDouble(i);
                    double b = flatIn.getDouble(i);
                    flatOut.setItem(name.equals("add") ? a + b : a * b, i);
                }
            }
            return out;
        };
    }

    /** A dtype from NumPy's name ({@code int8}) or typestr ({@code <i8}, {@code >f4}, {@code |S3}, {@code U}). */
    static DType dtype(JsonNode n) {
        return n == null || n.isNull() ? null : dtype(n.textValue());
    }

    static DType dtype(String s) {
        return DType.of(s);
    }
}
