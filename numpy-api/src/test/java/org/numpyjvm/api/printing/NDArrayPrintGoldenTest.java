package org.numpyjvm.api.printing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.Np;
import org.numpyjvm.api.PrintOptions;
import org.numpyjvm.api.Printing;

/**
 * The same golden cases as {@link ArrayPrintGoldenTest}, printed through real {@link NDArray}s
 * (built with {@code Np.zeros} + {@code setItem}, then indexed with {@code get} and transposed
 * for the view cases), with the options set globally via {@link Printing#printoptions}.
 */
class NDArrayPrintGoldenTest {

    static NDArray build(JsonNode c) {
        ArrayPrintGoldenTest.FlatArray f = ArrayPrintGoldenTest.array(c);
        NDArray a = Np.zeros(f.dtype, f.shape);
        for (int i = 0; i < f.values.length; i++) {
            Object v = f.values[i];
            if (v instanceof BigInteger) {
                v = ((BigInteger) v).longValue();
            }
            if (f.shape.length == 0) {
                a.setItem(v);
            } else {
                a.setItem(v, i);
            }
        }
        if (c.has("index")) {
            a = a.get(c.get("index").asText());
            if (c.get("T").asBoolean()) {
                a = a.T();
            }
        }
        return a;
    }

    @Test
    void ndarrayReprAndStrMatchNumpy() {
        List<String> failures = new ArrayList<>();
        int n = 0;
        for (JsonNode c : ArrayPrintGoldenTest.DATA) {
            n++;
            String r;
            String s;
            try (Printing.PrintoptionsScope scope = Printing.printoptions(ArrayPrintGoldenTest.options(c.get("opts")))) {
                NDArray a = build(c);
                r = a.toString();
                s = a.str();
            } catch (RuntimeException e) {
                r = e.toString();
                s = "";
            }
            if (!r.equals(c.get("repr").asText())) {
                failures.add(c.get("expr").asText() + " repr:\n" + c.get("repr").asText() + "\ngot:\n" + r);
            }
            if (!s.equals(c.get("str").asText())) {
                failures.add(c.get("expr").asText() + " str:\n" + c.get("str").asText() + "\ngot:\n" + s);
            }
        }
        assertEquals(PrintOptions.defaults(), Printing.getPrintoptions());
        if (!failures.isEmpty()) {
            StringBuilder sb = new StringBuilder(failures.size() + " of " + 2 * n + " differ from NumPy:\n");
            for (int i = 0; i < Math.min(12, failures.size()); i++) {
                sb.append(failures.get(i)).append("\n----\n");
            }
            fail(sb.toString());
        }
    }

    @Test
    void printingEntryPoints() {
        NDArray a = Np.arange(6).reshape(2, 3);
        assertEquals("array([[0, 1, 2],\n       [3, 4, 5]])", Printing.arrayRepr(a));
        assertEquals("[[0 1 2]\n [3 4 5]]", Printing.arrayStr(a));
        assertEquals("[[0 1 2]\n [3 4 5]]", Printing.array2string(a));
        assertEquals("[[0,1,2],\n [3,4,5]]", Printing.array2string(a, Printing.getPrintoptions(), ",", "", ""));
        try (Printing.PrintoptionsScope s = Printing.printoptions(Printing.getPrintoptions().withThreshold(3).withEdgeitems(1))) {
            assertEquals("array([[0, ..., 2],\n       [3, ..., 5]], shape=(2, 3))", a.toString());
        }
        assertEquals(PrintOptions.defaults(), Printing.getPrintoptions());
        NDArray f = Np.array(new double[] {1.5, Double.NaN, -0.0}, DType.FLOAT32);
        assertEquals("array([ 1.5,  nan, -0. ], dtype=float32)", f.toString());
        assertEquals("np.float32(1.5)", Printing.scalarRepr(DType.FLOAT32, f.item(0)));
    }
}
