package org.numpyjvm.api.printing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.numpyjvm.api.Complex;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.FloatFormatOptions;
import org.numpyjvm.api.NumpyException;
import org.numpyjvm.api.Printing;
import org.numpyjvm.api.testing.Golden;

/** {@code format_float_positional/scientific} and scalar str/repr against NumPy (tools/golden/gen_float_format.py). */
class FloatFormatGoldenTest {

    private static final JsonNode DATA = Golden.load("float_format");

    static FloatFormatOptions options(JsonNode o) {
        FloatFormatOptions.Builder b = FloatFormatOptions.builder();
        if (o.has("precision")) {
            b.precision(o.get("precision").asInt());
        }
        if (o.has("unique")) {
            b.unique(o.get("unique").asBoolean());
        }
        if (o.has("fractional")) {
            b.fractional(o.get("fractional").asBoolean());
        }
        if (o.has("trim")) {
            b.trim(o.get("trim").asText());
        }
        if (o.has("sign")) {
            b.sign(o.get("sign").asBoolean());
        }
        if (o.has("pad_left")) {
            b.padLeft(o.get("pad_left").asInt());
        }
        if (o.has("pad_right")) {
            b.padRight(o.get("pad_right").asInt());
        }
        if (o.has("min_digits")) {
            b.minDigits(o.get("min_digits").asInt());
        }
        if (o.has("exp_digits")) {
            b.expDigits(o.get("exp_digits").asInt());
        }
        return b.build();
    }

    static long bits(JsonNode n) {
        return Long.parseUnsignedLong(n.asText(), 16);
    }

    static String format(String fn, String type, long bits, FloatFormatOptions o) {
        boolean sci = fn.equals("sci");
        switch (type) {
            case "f2":
                return sci ? Printing.formatFloat16Scientific((short) bits, o) : Printing.formatFloat16Positional((short) bits, o);
            case "f4": {
                float f = Float.intBitsToFloat((int) bits);
                return sci ? Printing.formatFloatScientific(f, o) : Printing.formatFloatPositional(f, o);
            }
            default: {
                double d = Double.longBitsToDouble(bits);
                return sci ? Printing.formatFloatScientific(d, o) : Printing.formatFloatPositional(d, o);
            }
        }
    }

    private static void report(List<String> failures, int total) {
        if (!failures.isEmpty()) {
            StringBuilder sb = new StringBuilder(failures.size() + " of " + total + " cases differ from NumPy:\n");
            for (int i = 0; i < Math.min(30, failures.size()); i++) {
                sb.append(failures.get(i)).append('\n');
            }
            fail(sb.toString());
        }
    }

    @Test
    void formatMatchesNumpy() {
        List<String> failures = new ArrayList<>();
        JsonNode cases = DATA.get("format");
        assertTrue(cases.size() > 5000);
        for (JsonNode c : cases) {
            String expected = c.get("out").asText();
            String actual;
            try {
                actual = format(c.get("fn").asText(), c.get("type").asText(), bits(c.get("bits")), options(c.get("opts")));
            } catch (RuntimeException e) {
                actual = e.toString();
            }
            if (!expected.equals(actual)) {
                failures.add(c.get("expr").asText() + ": expected [" + expected + "] got [" + actual + "]");
            }
        }
        report(failures, cases.size());
    }

    @Test
    void errorsMatchNumpy() {
        for (JsonNode c : DATA.get("errors")) {
            FloatFormatOptions o = options(c.get("opts"));
            try {
                format(c.get("fn").asText(), "f8", Double.doubleToLongBits(1.5), o);
                fail("no error for " + c);
            } catch (NumpyException e) {
                assertEquals(c.get("type").asText(), e.pythonType(), c.toString());
                assertEquals(c.get("msg").asText(), e.getMessage(), c.toString());
            }
        }
    }

    @Test
    void scalarsMatchNumpy() {
        List<String> failures = new ArrayList<>();
        JsonNode cases = DATA.get("scalars");
        for (JsonNode c : cases) {
            DType dtype;
            Object value;
            switch (c.get("kind").asText()) {
                case "float": {
                    String t = c.get("type").asText();
                    long b = bits(c.get("bits"));
                    if (t.equals("f2")) {
                        dtype = DType.FLOAT16;
                        value = halfToDouble((short) b);
                    } else if (t.equals("f4")) {
                        dtype = DType.FLOAT32;
                        value = (double) Float.intBitsToFloat((int) b);
                    } else {
                        dtype = DType.FLOAT64;
                        value = Double.longBitsToDouble(b);
                    }
                    break;
                }
                case "complex": {
                    if (c.get("type").asText().equals("c8")) {
                        dtype = DType.COMPLEX64;
                        value = new Complex(Float.intBitsToFloat((int) bits(c.get("rebits"))),
                                Float.intBitsToFloat((int) bits(c.get("imbits"))));
                    } else {
                        dtype = DType.COMPLEX128;
                        value = new Complex(Double.longBitsToDouble(bits(c.get("rebits"))),
                                Double.longBitsToDouble(bits(c.get("imbits"))));
                    }
                    break;
                }
                case "int": {
                    dtype = intType(c.get("type").asText());
                    value = Long.parseUnsignedLong(c.get("value").asText().startsWith("-")
                            ? "0" : c.get("value").asText());
                    if (c.get("value").asText().startsWith("-")) {
                        value = Long.parseLong(c.get("value").asText());
                    }
                    break;
                }
                case "str":
                    dtype = DType.str(c.get("value").asText().length());
                    value = c.get("value").asText();
                    break;
                case "bytes": {
                    byte[] b = new byte[c.get("value").size()];
                    for (int i = 0; i < b.length; i++) {
                        b[i] = (byte) c.get("value").get(i).asInt();
                    }
                    dtype = DType.bytes(b.length);
                    value = b;
                    break;
                }
                default:
                    dtype = DType.BOOL;
                    value = c.get("value").asBoolean();
            }
            String s = Printing.scalarStr(dtype, value);
            String r = Printing.scalarRepr(dtype, value);
            if (!s.equals(c.get("str").asText()) || !r.equals(c.get("repr").asText())) {
                failures.add(c + ": got str [" + s + "] repr [" + r + "]");
            }
        }
        report(failures, cases.size());
    }

    static DType intType(String name) {
        switch (name) {
            case "int8": return DType.INT8;
            case "int16": return DType.INT16;
            case "int32": return DType.INT32;
            case "int64": return DType.INT64;
            case "uint8": return DType.UINT8;
            case "uint16": return DType.UINT16;
            case "uint32": return DType.UINT32;
            default: return DType.UINT64;
        }
    }

    static double halfToDouble(short h) {
        int e = (h >>> 10) & 0x1F;
        int m = h & 0x3FF;
        double v = e == 0x1F ? (m == 0 ? Double.POSITIVE_INFINITY : Double.NaN)
                : e == 0 ? m * 0x1p-24 : (1024 + m) * Math.pow(2, e - 25);
        return (h & 0x8000) != 0 ? -v : v;
    }

    @Test
    void float16BitsRoundTrip() {
        for (int b = 0; b < 0x10000; b++) {
            double d = halfToDouble((short) b);
            if (!Double.isNaN(d)) {
                assertEquals((short) b, Printing.float16Bits(d), "bits " + Integer.toHexString(b));
            }
        }
        assertEquals((short) 0x3C00, Printing.float16Bits(1.0004));
        assertEquals((short) 0x7C00, Printing.float16Bits(65520.0));
        assertEquals((short) 0x7BFF, Printing.float16Bits(65519.99));
    }
}
