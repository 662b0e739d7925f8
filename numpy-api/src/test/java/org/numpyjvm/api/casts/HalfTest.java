package org.numpyjvm.api.casts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.Np;
import org.numpyjvm.api.internal.core.Half;
import org.numpyjvm.api.internal.core.Internals;

/**
 * float16 against NumPy: all 65536 bit patterns to float32/float64 and back, double->half and
 * float->half of hard cases (ties, subnormal edges, overflow edge) and of 200000 pseudo-random
 * doubles (splitmix64, the generator script's stream), compared by SHA-256 of the bytes.
 */
class HalfTest {
    static final JsonNode HALF = AstypeGoldenTest.DOC.get("half");

    static String sha(byte[] b) throws Exception {
        return CastGolden.hex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    static NDArray allHalves() {
        short[] h = new short[65536];
        for (int k = 0; k < 65536; k++) {
            h[k] = (short) k;
        }
        return Internals.wrap(DType.FLOAT16, h, new int[] {65536});
    }

    @Test
    void everyHalfToFloatAndBack() throws Exception {
        NDArray h = allHalves();
        NDArray f32 = h.astype(DType.FLOAT32);
        NDArray f64 = h.astype(DType.FLOAT64);
        assertEquals(HALF.get("f32_sha").asText(), sha(f32.tobytes()));
        assertEquals(HALF.get("f64_sha").asText(), sha(f64.tobytes()));
        assertEquals(HALF.get("back32_sha").asText(), sha(f32.astype(DType.FLOAT16).tobytes()));
        assertEquals(HALF.get("back64_sha").asText(), sha(f64.astype(DType.FLOAT16).tobytes()));
    }

    static double[] stream(int n) {
        long s = 42;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            s += 0x9E3779B97F4A7C15L;
            long z = s;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            z = z ^ (z >>> 31);
            long e = 993 + Long.remainderUnsigned(z >>> 52, 48);
            out[i] = Double.longBitsToDouble((z & 0x800FFFFFFFFFFFFFL) | (e << 52));
        }
        return out;
    }

    @Test
    void doubleToHalfRoundsOnceLikeNumpy() throws Exception {
        NDArray d = Np.array(stream(HALF.get("stream_n").asInt()));
        assertEquals(HALF.get("stream_sha").asText(), sha(d.astype(DType.FLOAT16).tobytes()));
        assertEquals(HALF.get("stream_f32_sha").asText(), sha(d.astype(DType.FLOAT32).astype(DType.FLOAT16).tobytes()));
        List<String> failures = new ArrayList<>();
        for (JsonNode c : HALF.get("hard")) {
            double x = ItemsTest.pyFloat(c.get(0).asText());
            int got = Half.fromDouble(x) & 0xFFFF;
            if (got != c.get(1).asInt()) {
                failures.add("double " + c.get(0).asText() + " -> " + Integer.toHexString(got) + " want " + Integer.toHexString(c.get(1).asInt()));
            }
        }
        for (JsonNode c : HALF.get("hard_f32")) {
            float x = (float) ItemsTest.pyFloat(c.get(0).asText());
            int got = Half.fromFloat(x) & 0xFFFF;
            if (got != c.get(1).asInt()) {
                failures.add("float " + c.get(0).asText() + " -> " + Integer.toHexString(got) + " want " + Integer.toHexString(c.get(1).asInt()));
            }
        }
        assertEquals(List.of(), failures);
    }
}
