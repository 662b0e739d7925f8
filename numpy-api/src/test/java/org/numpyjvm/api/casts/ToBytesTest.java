package org.numpyjvm.api.casts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.Np;
import org.numpyjvm.api.ValueError;
import org.numpyjvm.api.internal.core.Internals;

/** tobytes(order) of every dtype, of views and of string arrays, byte for byte against NumPy. */
class ToBytesTest {
    static NDArray base(DType dt) {
        double[] v = new double[24];
        for (int k = 0; k < 24; k++) {
            v[k] = k - 5.5;
        }
        if (dt.isComplex()) {
            double[] z = new double[48];
            for (int k = 0; k < 24; k++) {
                z[2 * k] = v[k];
                z[2 * k + 1] = v[k];
            }
            return Internals.wrap(DType.COMPLEX128, z, new int[] {2, 3, 4}).astype(dt);
        }
        return Np.array(v).reshape(2, 3, 4).astype(dt);
    }

    static NDArray view(NDArray a, String expr) {
        switch (expr) {
            case "a": return a;
            case "a.T": return a.T();
            case "a[:, ::2, 1:]": return a.get(":, ::2, 1:");
            case "a[::-1, 1]": return a.get("::-1, 1");
            case "a[1, 2, 3]": return a.get("1, 2, 3");
            default: throw new IllegalArgumentException(expr);
        }
    }

    @Test
    void tobytesMatchesNumpy() {
        List<String> failures = new ArrayList<>();
        int n = 0;
        for (JsonNode c : AstypeGoldenTest.DOC.get("tobytes")) {
            DType dt = CastGolden.dtype(c.get("dtype").asText());
            NDArray a;
            if (dt.isString()) {
                Object[] vals = new Object[4];
                for (int k = 0; k < 4; k++) {
                    String s = c.get("values").get(k).asText();
                    vals[k] = dt.code() == DType.Code.STR ? s : CastGolden.latin1(s);
                }
                a = Internals.wrap(dt, vals, new int[] {2, 2});
            } else {
                a = base(dt);
            }
            NDArray v = view(a, c.get("expr").asText());
            String got = CastGolden.hex(v.tobytes(c.get("order").asText().charAt(0)));
            if (!got.equals(c.get("hex").asText())) {
                failures.add(dt + " " + c.get("expr").asText() + ".tobytes('" + c.get("order").asText() + "'): want "
                        + c.get("hex").asText() + " got " + got);
            }
            n++;
        }
        assertTrue(n > 200);
        assertEquals(List.of(), failures);
    }

    @Test
    void defaultOrderIsCAndBadOrderRaises() {
        NDArray a = Np.array(new double[] {1, 2, 3, 4}).reshape(2, 2).T();
        assertEquals(CastGolden.hex(a.tobytes('C')), CastGolden.hex(a.tobytes()));
        assertEquals("000000000000f03f", CastGolden.hex(Np.array(new double[] {1}).tobytes()));
        // np.array([1.0, -2.5], '>f8').tobytes(), np.array([1, 2], '>i4').tobytes(), complex '>c8'
        assertEquals("3ff0000000000000c004000000000000",
                CastGolden.hex(Np.array(new double[] {1, -2.5}).astype(DType.of(">f8")).tobytes()));
        assertEquals("0000000100000002", CastGolden.hex(Np.array(new int[] {1, 2}).astype(DType.of(">i4")).tobytes()));
        assertEquals("3f800000c0000000",
                CastGolden.hex(Internals.wrap(DType.COMPLEX64, new float[] {1, -2}, new int[] {1}).astype(DType.of(">c8")).tobytes()));
        assertEquals("000000000000f03f",
                CastGolden.hex(Np.array(new double[] {1}).astype(DType.of(">f8")).astype(DType.of("<f8")).tobytes()));
        assertEquals("0000006100000062",
                CastGolden.hex(Internals.wrap(DType.str(2), new Object[] {"ab"}, new int[] {1}).astype(DType.of(">U2")).tobytes()));
        ValueError e = assertThrows(ValueError.class, () -> a.tobytes('X'));
        assertEquals("order must be one of 'C', 'F', 'A', or 'K' (got 'X')", e.getMessage());
    }
}
