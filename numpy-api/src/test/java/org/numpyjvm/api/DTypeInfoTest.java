package org.numpyjvm.api;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.numpyjvm.api.testing.Golden;

/** {@link IInfo} and {@link FInfo} against {@code tools/golden/gen_dtype_info.py}. */
class DTypeInfoTest {
    private static final JsonNode DATA = Golden.load("dtype_info");

    @TestFactory
    Stream<DynamicTest> iinfo() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : DATA.get("iinfo")) {
            DType d = DType.of(c.get("dtype").asText());
            String expr = c.get("expr").asText();
            tests.add(DynamicTest.dynamicTest(expr, () -> {
                if (c.has("error")) {
                    ValueError e = assertThrows(ValueError.class, () -> IInfo.of(d), expr);
                    assertEquals(c.get("message").asText(), e.getMessage(), expr);
                    return;
                }
                IInfo i = IInfo.of(d);
                assertAll(expr,
                        () -> assertEquals(c.get("bits").asInt(), i.bits()),
                        () -> assertEquals(new BigInteger(c.get("min").asText()), i.min()),
                        () -> assertEquals(new BigInteger(c.get("max").asText()), i.max()),
                        () -> assertEquals(new BigInteger(c.get("max").asText()).longValue(), i.maxBits()),
                        () -> assertEquals(c.get("kind").asText(), String.valueOf(i.kind())),
                        () -> assertEquals(c.get("info_dtype").asText(), i.dtype().str()),
                        () -> assertEquals(c.get("repr").asText(), i.repr()),
                        () -> assertEquals(c.get("str").asText(), i.toString()));
            }));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> finfo() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : DATA.get("finfo")) {
            DType d = DType.of(c.get("dtype").asText());
            String expr = c.get("expr").asText();
            tests.add(DynamicTest.dynamicTest(expr, () -> {
                if (c.has("error")) {
                    ValueError e = assertThrows(ValueError.class, () -> FInfo.of(d), expr);
                    assertEquals(c.get("message").asText(), e.getMessage(), expr);
                    return;
                }
                FInfo f = FInfo.of(d);
                assertAll(expr,
                        () -> assertEquals(c.get("eps").asDouble(), f.eps(), "eps"),
                        () -> assertEquals(c.get("epsneg").asDouble(), f.epsneg(), "epsneg"),
                        () -> assertEquals(c.get("max").asDouble(), f.max(), "max"),
                        () -> assertEquals(c.get("min").asDouble(), f.min(), "min"),
                        () -> assertEquals(c.get("tiny").asDouble(), f.tiny(), "tiny"),
                        () -> assertEquals(c.get("smallest_normal").asDouble(), f.smallestNormal(), "smallest_normal"),
                        () -> assertEquals(c.get("smallest_subnormal").asDouble(), f.smallestSubnormal(), "smallest_subnormal"),
                        () -> assertEquals(c.get("resolution").asDouble(), f.resolution(), "resolution"),
                        () -> assertEquals(c.get("bits").asInt(), f.bits(), "bits"),
                        () -> assertEquals(c.get("precision").asInt(), f.precision(), "precision"),
                        () -> assertEquals(c.get("iexp").asInt(), f.iexp(), "iexp"),
                        () -> assertEquals(c.get("maxexp").asInt(), f.maxexp(), "maxexp"),
                        () -> assertEquals(c.get("minexp").asInt(), f.minexp(), "minexp"),
                        () -> assertEquals(c.get("machep").asInt(), f.machep(), "machep"),
                        () -> assertEquals(c.get("negep").asInt(), f.negep(), "negep"),
                        () -> assertEquals(c.get("nexp").asInt(), f.nexp(), "nexp"),
                        () -> assertEquals(c.get("nmant").asInt(), f.nmant(), "nmant"),
                        () -> assertEquals(c.get("info_dtype").asText(), f.dtype().str(), "dtype"),
                        () -> assertEquals(c.get("repr").asText(), f.repr(), "repr"),
                        () -> assertEquals(c.get("str").asText(), f.toString(), "str"));
            }));
        }
        return tests.stream();
    }

    @Test
    void javaConveniences() {
        assertEquals(IInfo.of(DType.INT64), IInfo.of(long.class));
        assertEquals(DType.INT8, IInfo.of("i1").dtype());
        assertEquals(DType.FLOAT64, FInfo.of(double.class).dtype());
        assertEquals(DType.FLOAT32, FInfo.of("complex64").dtype());
        assertEquals(-1L, IInfo.of("uint64").maxBits());
        assertEquals(Long.MIN_VALUE, IInfo.of("int64").minBits());
    }
}
