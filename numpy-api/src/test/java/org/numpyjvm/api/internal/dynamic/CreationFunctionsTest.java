package org.numpyjvm.api.internal.dynamic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.IndexFunction;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.Np;
import org.numpyjvm.api.NumpyException;
import org.numpyjvm.api.TypeError;
import org.numpyjvm.api.dynamic.Registry;
import org.numpyjvm.api.dynamic.Signature;

/**
 * The creation registrations with Java-specific argument kinds (function objects, iterators,
 * byte[]) and result shapes (List for tuples) that the JSON golden data cannot express.
 */
class CreationFunctionsTest {
    private final Registry r = Registry.global();

    private static void assertRaises(Class<? extends NumpyException> type, String message, Runnable body) {
        NumpyException e = assertThrows(type, body::run);
        assertEquals(message, e.getMessage());
    }

    @Test
    void signaturesAreNumpys() {
        assertEquals("(N, M=None, k=0, dtype=<class 'float'>, order='C', *, device=None, like=None)",
                r.lookup("eye").signature().toString());
        assertEquals("(dimensions, dtype=<class 'int'>, sparse=False)", r.lookup("indices").signature().toString());
        assertEquals("(*xi, copy=True, sparse=False, indexing='xy')", r.lookup("meshgrid").signature().toString());
        for (Signature.Param p : r.lookup("eye").signature().params()) {
            if (p.name().equals("dtype")) {
                assertEquals(DType.FLOAT64, p.defaultValue());
            }
        }
        for (String name : new String[] {"array", "asarray", "asanyarray", "ascontiguousarray", "asfortranarray", "astype",
            "copy", "zeros", "ones", "empty", "full", "zeros_like", "ones_like", "empty_like", "full_like", "arange",
            "linspace", "logspace", "geomspace", "eye", "identity", "tri", "tril", "triu", "diag", "diagflat", "vander",
            "meshgrid", "indices", "fromfunction", "frombuffer", "fromiter", "fromstring"}) {
            assertEquals("numpy-api", r.lookup(name).provider(), name);
        }
    }

    @Test
    void fromfunctionTakesIndexFunctionOrJavaFunction() {
        IndexFunction first = coords -> coords[0];
        NDArray a = (NDArray) r.call("fromfunction", new Object[] {first, List.of(2L, 3L)}, Map.of("dtype", "int64"));
        assertEquals(List.of(List.of(0L, 0L, 0L), List.of(1L, 1L, 1L)), a.tolist());
        Function<NDArray[], Object> count = coords -> (long) coords.length;
        assertEquals(2L, r.call("fromfunction", new Object[] {count, List.of(2L, 2L)}, null));
        Function<NDArray[], Object> second = coords -> coords[1];
        NDArray b = (NDArray) r.call("fromfunction", null, Map.of("function", second, "shape", List.of(1L, 2L)));
        assertEquals(DType.FLOAT64, b.dtype());
        assertEquals(List.of(List.of(0.0, 1.0)), b.tolist());
        assertRaises(TypeError.class, "'str' object is not callable",
                () -> r.call("fromfunction", new Object[] {"f", List.of(2L)}, null));
    }

    @Test
    void fromiterTakesIterablesIteratorsArrays() {
        NDArray a = (NDArray) r.call("fromiter", new Object[] {List.of(1L, 2L, 3L).iterator(), "i4"}, null);
        assertEquals(DType.INT32, a.dtype());
        assertEquals(List.of(1L, 2L, 3L), a.tolist());
        NDArray b = (NDArray) r.call("fromiter", new Object[] {java.util.Set.of(5L), null}, null);
        assertEquals(List.of(5.0), b.tolist());
        NDArray c = (NDArray) r.call("fromiter", new Object[] {new Object[] {1L, 2.5}, "f8"}, Map.of("count", 1L));
        assertEquals(List.of(1.0), c.tolist());
        NDArray d = (NDArray) r.call("fromiter", new Object[] {Np.arange(3), "i8"}, null);
        assertEquals(List.of(0L, 1L, 2L), d.tolist());
        assertRaises(TypeError.class, "iteration over a 0-d array",
                () -> r.call("fromiter", new Object[] {Np.array(3L), "i8"}, null));
    }

    @Test
    void tuplesAreLists() {
        List<?> ls = (List<?>) r.call("linspace", new Object[] {0L, 1L, 5L}, Map.of("retstep", true));
        assertEquals(2, ls.size());
        assertEquals(List.of(0.0, 0.25, 0.5, 0.75, 1.0), ((NDArray) ls.get(0)).tolist());
        assertEquals(0.25, ls.get(1));
        List<?> mg = (List<?>) r.call("meshgrid", new Object[] {List.of(1L, 2L), List.of(3L)}, Map.of("indexing", "ij"));
        assertArrayEquals(new int[] {2, 1}, ((NDArray) mg.get(0)).shape());
        List<?> ix = (List<?>) r.call("indices", new Object[] {List.of(2L, 3L)}, Map.of("sparse", true));
        assertArrayEquals(new int[] {1, 3}, ((NDArray) ix.get(1)).shape());
        assertEquals(List.of(), r.call("meshgrid", null, null));
    }

    @Test
    void bytesAndCopies() {
        NDArray a = (NDArray) r.call("frombuffer", new Object[] {new byte[] {1, 0, 2, 0}, "<u2"}, null);
        assertEquals(List.of(1L, 2L), a.tolist());
        assertTrue(!a.isWriteable());
        NDArray s = (NDArray) r.call("fromstring", new Object[] {"1 2".getBytes(java.nio.charset.StandardCharsets.US_ASCII)},
                Map.of("sep", " "));
        assertEquals(List.of(1.0, 2.0), s.tolist());
        NDArray x = Np.arange(4);
        assertSame(x, r.call("asarray", new Object[] {x}, null));
        assertSame(x, r.call("array", new Object[] {x}, Map.of("copy", false)));
        assertSame(x, r.call("astype", new Object[] {x, "i8"}, Map.of("copy", false)));
        assertTrue(x != r.call("astype", new Object[] {x, "i8"}, null));
        NDArray big = (NDArray) r.call("array", new Object[] {List.of(java.math.BigInteger.ONE.shiftLeft(63))}, null);
        assertEquals(DType.UINT64, big.dtype());
    }
}
