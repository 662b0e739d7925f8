package org.numpyjvm.api.casts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.NotImplementedError;
import org.numpyjvm.api.Np;
import org.numpyjvm.api.TypeError;
import org.numpyjvm.api.ValueError;
import org.numpyjvm.api.internal.core.CastRules;
import org.numpyjvm.api.internal.core.Internals;
import org.numpyjvm.api.testing.Golden;

/** np.can_cast for every dtype pair and rule, and astype(dtype, casting) errors, against NumPy. */
class CastingRulesTest {
    static final String[] RULES = {"no", "equiv", "safe", "same_kind", "unsafe"};

    @Test
    void canCastTableMatchesNumpy() {
        List<String> failures = new ArrayList<>();
        int n = 0;
        for (JsonNode row : AstypeGoldenTest.DOC.get("casting")) {
            DType s = CastGolden.dtype(row.get("src").asText());
            DType d = CastGolden.dtype(row.get("dst").asText());
            for (String rule : RULES) {
                n++;
                if (CastRules.canCast(s, d, rule) != row.get(rule).asBoolean()) {
                    failures.add("can_cast(" + row.get("src").asText() + ", " + row.get("dst").asText() + ", " + rule
                            + ") should be " + row.get(rule).asBoolean());
                }
            }
        }
        assertEquals(2000, n);
        assertEquals(List.of(), failures);
    }

    @Test
    void astypeSafeRaisesNumpysTypeError() {
        int checked = 0;
        for (JsonNode row : AstypeGoldenTest.DOC.get("casting")) {
            String src = row.get("src").asText();
            if (src.equals("U") || src.equals("S")) {
                continue; // no array has a flexible dtype
            }
            NDArray a = zeros(CastGolden.dtype(src));
            DType d = CastGolden.dtype(row.get("dst").asText());
            JsonNode msg = row.get("msg");
            if (msg.isNull()) {
                a.astype(d, "safe");
            } else {
                TypeError e = assertThrows(TypeError.class, () -> a.astype(d, "safe"), src + "->" + d);
                assertEquals(msg.asText(), e.getMessage());
            }
            checked++;
        }
        assertTrue(checked > 300);
    }

    static NDArray zeros(DType dt) {
        if (dt.code() == DType.Code.STR) {
            return Internals.wrap(dt, new Object[] {""}, new int[] {1});
        }
        if (dt.code() == DType.Code.BYTES) {
            return Internals.wrap(dt, new Object[] {new byte[0]}, new int[] {1});
        }
        return Np.zeros(dt, 1);
    }

    @Test
    void castingArgumentIsChecked() {
        NDArray a = Np.zeros(3);
        ValueError e = assertThrows(ValueError.class, () -> a.astype(DType.INT32, "bogus"));
        assertEquals("casting must be one of 'no', 'equiv', 'safe', 'same_kind', 'unsafe', 'same_value' (got 'bogus')",
                e.getMessage());
        assertThrows(NotImplementedError.class, () -> a.astype(DType.INT32, "same_value"));
        ValueError o = assertThrows(ValueError.class, () -> a.astype(DType.INT32, 'X', "unsafe", true));
        assertEquals("order must be one of 'C', 'F', 'A', or 'K' (got 'X')", o.getMessage());
        assertEquals("Cannot cast array data from dtype('float64') to dtype('int32') according to the rule 'same_kind'",
                assertThrows(TypeError.class, () -> a.astype(DType.INT32, "same_kind")).getMessage());
    }

    @Test
    void copyFalseReturnsSelfWhenNothingChanges() {
        NDArray a = Np.zeros(2, 3);
        assertSame(a, a.astype(DType.FLOAT64, 'K', "no", false));
        assertSame(a, a.astype(DType.FLOAT64, 'C', "safe", false));
        NDArray f = a.astype(DType.FLOAT64, 'F', "safe", false);
        assertTrue(f != a && f.isFContiguous());
        assertTrue(a.astype(DType.FLOAT64, 'K', "safe", true) != a);
        assertTrue(a.astype(DType.FLOAT32, 'K', "unsafe", false) != a);
    }
}
