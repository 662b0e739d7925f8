package org.numpyjvm.api.printing;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.numpyjvm.api.Complex;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.PrintOptions;
import org.numpyjvm.api.internal.printing.ArrayFormat;
import org.numpyjvm.api.internal.printing.PrintSource;
import org.numpyjvm.api.testing.Golden;

/**
 * repr/str of arrays against NumPy (tools/golden/gen_array_print.py), read through a
 * test-side {@link PrintSource} so the layout engine is checked independently of NDArray.
 */
class ArrayPrintGoldenTest {

    static final JsonNode DATA = Golden.load("array_print");

    /** A flat C-order array of boxed values, as NDArray.item() returns them. */
    static final class FlatArray implements PrintSource {
        final int[] shape;
        final DType dtype;
        final Object[] values;

        FlatArray(int[] shape, DType dtype, Object[] values) {
            this.shape = shape;
            this.dtype = dtype;
            this.values = values;
        }

        @Override
        public int[] shape() {
            return shape.clone();
        }

        @Override
        public DType dtype() {
            return dtype;
        }

        @Override
        public Object item(int[] index) {
            int flat = 0;
            for (int d = 0; d < shape.length; d++) {
                flat = flat * shape[d] + index[d];
            }
            return values[flat];
        }
    }

    static DType parseDtype(String s) {
        char order = s.charAt(0);
        char kind = s.charAt(1);
        int n = Integer.parseInt(s.substring(2));
        DType dt;
        switch (kind) {
            case 'b': dt = DType.BOOL; break;
            case 'i': dt = n == 1 ? DType.INT8 : n == 2 ? DType.INT16 : n == 4 ? DType.INT32 : DType.INT64; break;
            case 'u': dt = n == 1 ? DType.UINT8 : n == 2 ? DType.UINT16 : n == 4 ? DType.UINT32 : DType.UINT64; break;
            case 'f': dt = n == 2 ? DType.FLOAT16 : n == 4 ? DType.FLOAT32 : DType.FLOAT64; break;
            case 'c': dt = n == 8 ? DType.COMPLEX64 : DType.COMPLEX128; break;
            case 'U': dt = DType.str(n); break;
            case 'S': dt = DType.bytes(n); break;
            default: throw new IllegalArgumentException(s);
        }
        return dt.withByteOrder(order);
    }

    static double d(JsonNode n) {
        return Double.longBitsToDouble(Long.parseUnsignedLong(n.asText(), 16));
    }

    static Object value(DType dt, JsonNode v) {
        switch (dt.kind()) {
            case 'b': return v.asBoolean();
            case 'i': return Long.parseLong(v.asText());
            case 'u': {
                BigInteger b = new BigInteger(v.asText());
                return b.bitLength() > 63 ? b : (Object) b.longValue();
            }
            case 'f': return d(v);
            case 'c': return new Complex(d(v.get(0)), d(v.get(1)));
            case 'U': return v.asText();
            default: {
                byte[] b = new byte[v.size()];
                for (int i = 0; i < b.length; i++) {
                    b[i] = (byte) v.get(i).asInt();
                }
                return b;
            }
        }
    }

    static FlatArray array(JsonNode c) {
        DType dt = parseDtype(c.get("dtype").asText());
        JsonNode sh = c.get("shape");
        int[] shape = new int[sh.size()];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = sh.get(i).asInt();
        }
        JsonNode vals = c.get("values");
        Object[] values = new Object[vals.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = value(dt, vals.get(i));
        }
        return new FlatArray(shape, dt, values);
    }

    static PrintOptions options(JsonNode o) {
        PrintOptions p = PrintOptions.defaults();
        if (o.has("precision")) {
            p = p.withPrecision(o.get("precision").asInt());
        }
        if (o.has("threshold")) {
            p = p.withThreshold(o.get("threshold").asLong());
        }
        if (o.has("edgeitems")) {
            p = p.withEdgeitems(o.get("edgeitems").asInt());
        }
        if (o.has("linewidth")) {
            p = p.withLinewidth(o.get("linewidth").asInt());
        }
        if (o.has("suppress")) {
            p = p.withSuppress(o.get("suppress").asBoolean());
        }
        if (o.has("nanstr")) {
            p = p.withNanstr(o.get("nanstr").asText());
        }
        if (o.has("infstr")) {
            p = p.withInfstr(o.get("infstr").asText());
        }
        if (o.has("sign")) {
            p = p.withSign(o.get("sign").asText().charAt(0));
        }
        if (o.has("floatmode")) {
            p = p.withFloatmode(o.get("floatmode").asText());
        }
        return p;
    }

    @Test
    void reprAndStrMatchNumpy() {
        List<String> failures = new ArrayList<>();
        assertTrue(DATA.size() > 1000);
        for (JsonNode c : DATA) {
            if (c.has("index")) {
                continue; // views: NDArrayPrintGoldenTest
            }
            FlatArray a = array(c);
            PrintOptions o = options(c.get("opts"));
            String r;
            String s;
            try {
                r = ArrayFormat.repr(a, o);
                s = ArrayFormat.str(a, o);
            } catch (RuntimeException e) {
                r = e.toString();
                s = "";
                e.printStackTrace();
            }
            if (!r.equals(c.get("repr").asText())) {
                failures.add(c.get("expr").asText() + " repr:\n" + c.get("repr").asText() + "\ngot:\n" + r);
            }
            if (!s.equals(c.get("str").asText())) {
                failures.add(c.get("expr").asText() + " str:\n" + c.get("str").asText() + "\ngot:\n" + s);
            }
        }
        if (!failures.isEmpty()) {
            StringBuilder sb = new StringBuilder(failures.size() + " of " + 2 * DATA.size() + " differ from NumPy:\n");
            for (int i = 0; i < Math.min(12, failures.size()); i++) {
                sb.append(failures.get(i)).append("\n----\n");
            }
            fail(sb.toString());
        }
    }
}
