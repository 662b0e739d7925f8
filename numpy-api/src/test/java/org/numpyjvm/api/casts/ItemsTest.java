package org.numpyjvm.api.casts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.numpyjvm.api.Complex;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.NDArray;

/** item() and tolist() of values of every dtype against NumPy's Python objects. */
class ItemsTest {
    @Test
    void itemMatchesNumpy() {
        List<String> failures = new ArrayList<>();
        int n = 0;
        for (JsonNode c : AstypeGoldenTest.DOC.get("items")) {
            DType dt = CastGolden.dtype(c.get("dtype").asText());
            NDArray a = CastGolden.one(dt, c.get("in").asText());
            Object item = a.item();
            Object fromList = ((List<?>) a.tolist()).get(0);
            String why = check(c.get("type").asText(), c.get("value"), item);
            if (why == null && !same(item, fromList)) {
                why = "tolist()[0] differs from item(): " + fromList;
            }
            if (why != null) {
                failures.add(dt + " " + c.get("in").asText() + ": " + why);
            }
            n++;
        }
        assertTrue(n > 400);
        assertEquals(List.of(), failures);
    }

    static boolean same(Object a, Object b) {
        if (a instanceof byte[] && b instanceof byte[]) {
            return Arrays.equals((byte[]) a, (byte[]) b);
        }
        if (a instanceof Double && b instanceof Double) {
            return Double.doubleToRawLongBits((Double) a) == Double.doubleToRawLongBits((Double) b);
        }
        if (a instanceof Complex && b instanceof Complex) {
            return same(((Complex) a).re(), ((Complex) b).re()) && same(((Complex) a).im(), ((Complex) b).im());
        }
        return a.equals(b);
    }

    static double pyFloat(String hex) {
        switch (hex) {
            case "nan":
            case "-nan": return Double.NaN;
            case "inf": return Double.POSITIVE_INFINITY;
            case "-inf": return Double.NEGATIVE_INFINITY;
            default: return Double.parseDouble(hex);
        }
    }

    static boolean sameFloat(double want, Object got) {
        if (!(got instanceof Double)) {
            return false;
        }
        double g = (Double) got;
        return Double.isNaN(want) ? Double.isNaN(g) : Double.doubleToRawLongBits(want) == Double.doubleToRawLongBits(g);
    }

    static String check(String type, JsonNode value, Object item) {
        switch (type) {
            case "bool":
                return item.equals(value.asBoolean()) ? null : "want " + value + " got " + item;
            case "int": {
                BigInteger want = new BigInteger(value.asText());
                boolean ok = want.bitLength() < 64 ? item.equals(want.longValue()) : item.equals(want);
                return ok ? null : "want int " + want + " got " + item + " (" + item.getClass().getSimpleName() + ")";
            }
            case "float":
                return sameFloat(pyFloat(value.asText()), item) ? null : "want float " + value + " got " + item;
            case "complex": {
                if (!(item instanceof Complex)) {
                    return "want complex got " + item;
                }
                Complex z = (Complex) item;
                return sameFloat(pyFloat(value.get(0).asText()), z.re()) && sameFloat(pyFloat(value.get(1).asText()), z.im())
                        ? null : "want complex " + value + " got " + z.re() + "," + z.im();
            }
            case "str":
                return value.asText().equals(item) ? null : "want str " + value + " got " + item;
            case "bytes":
                return item instanceof byte[] && Arrays.equals(CastGolden.latin1(value.asText()), (byte[]) item)
                        ? null : "want bytes " + value;
            default:
                return "unknown type " + type;
        }
    }
}
