package org.numpyjvm.api.internal.creation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.numpyjvm.api.DType;

/** The long fast paths of creation against the BigInteger ones they shortcut. */
class CreationFastPathTest {

    @Test
    void arangeLengthOfLongsMatchesExactArithmetic() {
        Random r = new Random(7);
        long[] edges = {0, 1, -1, 2, -2, 3, 7, -7, 10, (1L << 49) - 1, -(1L << 49) + 1, 1L << 49, -(1L << 49),
            1L << 53, Long.MAX_VALUE, Long.MIN_VALUE, 1_000_000_007L};
        for (int k = 0; k < 200_000; k++) {
            long a = pick(r, edges, k);
            long b = pick(r, edges, k + 1);
            long s = pick(r, edges, k + 2);
            String fast;
            String exact;
            try {
                fast = String.valueOf(Ranges.length(a, b, s));
            } catch (RuntimeException e) {
                fast = e.toString();
            }
            try {
                exact = String.valueOf(Ranges.length(BigInteger.valueOf(a), BigInteger.valueOf(b), BigInteger.valueOf(s)));
            } catch (RuntimeException e) {
                exact = e.toString();
            }
            assertEquals(exact, fast, "arange(" + a + ", " + b + ", " + s + ")");
        }
    }

    private static long pick(Random r, long[] edges, int k) {
        switch (r.nextInt(4)) {
            case 0: return edges[r.nextInt(edges.length)];
            case 1: return r.nextInt(41) - 20;
            case 2: return r.nextLong() >> r.nextInt(64);
            default: return (r.nextLong() >> 15) + (k & 1);
        }
    }

    @Test
    void intFitsOfLongsMatchesBigInteger() {
        String[] dts = {"int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64"};
        long[] vs = {0, 1, -1, 127, 128, -128, -129, 255, 256, 32767, 32768, -32768, -32769, 65535, 65536,
            2147483647L, 2147483648L, -2147483648L, -2147483649L, 4294967295L, 4294967296L, Long.MAX_VALUE, Long.MIN_VALUE};
        for (String name : dts) {
            DType dt = DType.of(name);
            for (long v : vs) {
                assertEquals(outcome(() -> PyValues.checkIntFits(BigInteger.valueOf(v), dt)),
                        outcome(() -> PyValues.checkIntFits(v, dt)), name + " " + v);
                assertEquals(outcome(() -> PyValues.checkIntFits(BigInteger.valueOf(v), dt)),
                        outcome(() -> PyValues.checkIntFits((Object) v, dt)), name + " " + v);
            }
        }
    }

    @Test
    void flatListsOfNumbersMatchTheGeneralWalk() {
        Random r = new Random(11);
        Object[] pool = {0L, 1L, -1L, Long.MAX_VALUE, Long.MIN_VALUE, (1L << 53) + 1, 0.0, -0.0, 1.5, Double.NaN,
            Double.NEGATIVE_INFINITY, 1e300, true, "x", null};
        DType[] dtypes = {null, DType.INT64, DType.FLOAT64, DType.of("float64"), DType.of(">f8"), DType.FLOAT32, DType.INT8};
        for (int k = 0; k < 20_000; k++) {
            int n = r.nextInt(5);
            java.util.List<Object> l = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                l.add(pool[r.nextInt(k % 3 == 0 ? pool.length : 10)]);
            }
            DType dt = dtypes[r.nextInt(dtypes.length)];
            String viaList = outcome(() -> FromObject.array(l, dt));
            String viaArray = outcome(() -> FromObject.array(l.toArray(), dt));
            assertEquals(viaArray, viaList, l + " " + dt);
        }
    }

    private static String outcome(java.util.function.Supplier<org.numpyjvm.api.NDArray> f) {
        try {
            org.numpyjvm.api.NDArray a = f.get();
            return a.dtype().str() + " " + java.util.Arrays.toString(a.shape()) + " "
                    + java.util.Arrays.toString(a.tobytes('C'));
        } catch (RuntimeException e) {
            return e.toString();
        }
    }

    private static String outcome(Runnable r) {
        try {
            r.run();
            return "ok";
        } catch (RuntimeException e) {
            return e.toString();
        }
    }
}
