package org.numpyjvm.api.internal.indexing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.Index;
import org.numpyjvm.api.IndexError;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.Np;
import org.numpyjvm.api.Slice;
import org.numpyjvm.api.ValueError;

/** Index forms the string syntax cannot spell (0-d arrays, Java arrays, Index builder) and behaviours. */
class IndexingEdgeTest {

    private static NDArray a23() {
        return Np.arange(6).reshape(2, 3);
    }

    @Test
    void zeroDimIntegerArrayActsAsIntegerButCopies() {
        NDArray a = a23();
        NDArray r = a.get(Np.array(1L));
        assertArrayEquals(new int[] {3}, r.shape());
        assertArrayEquals(new long[] {3, 4, 5}, r.toLongArray());
        assertNull(r.base()); // NumPy: a copy (fancy path)
        NDArray s = a.get(Np.array(1L), Np.array(0L));
        assertEquals(0, s.ndim());
        assertEquals(3L, s.item());
        NDArray t = a.get(Np.array(1L), Np.array(new long[] {0}));
        assertArrayEquals(new int[] {1}, t.shape());
    }

    @Test
    void zeroDimBoolArrayActsAsPythonBool() {
        NDArray a = a23();
        assertArrayEquals(new int[] {1, 2, 3}, a.get(Np.array(true)).shape());
        assertArrayEquals(new int[] {0, 2, 3}, a.get(Np.array(false)).shape());
    }

    @Test
    void javaArraysAndIndexBuilder() {
        NDArray a = a23();
        assertArrayEquals(new long[] {2, 0}, a.get(0, new int[] {2, 0}).toLongArray());
        assertArrayEquals(new long[] {3, 4, 5}, a.get(new boolean[] {false, true}).reshape(-1).toLongArray());
        NDArray r = a.get(Index.at(1).array(Np.array(new long[] {-1, 0})));
        assertArrayEquals(new long[] {5, 3}, r.toLongArray());
        assertArrayEquals(new int[] {2, 1, 2}, a.get(Slice.all(), null, new long[] {0, 1}).shape());
        assertArrayEquals(new long[] {1, 4}, a.get(Index.ELLIPSIS, Np.array(new long[] {1}, DType.UINT64)).reshape(-1).toLongArray());
        IndexError e = assertThrows(IndexError.class, () -> a.get(1.5));
        assertTrue(e.getMessage().startsWith("only integers, slices"));
        assertThrows(IndexError.class, () -> a.get(Np.array(new double[] {1})));
    }

    @Test
    void setWithIndexForms() {
        NDArray a = a23();
        a.set(Index.of(new int[] {0, 1}, new int[] {2, 0}), Np.array(new long[] {-1, -2}));
        assertArrayEquals(new long[] {0, 1, -1, -2, 4, 5}, a.reshape(-1).toLongArray());
        a.set(Index.of(Np.array(1L)), 9L);
        assertArrayEquals(new long[] {0, 1, -1, 9, 9, 9}, a.reshape(-1).toLongArray());
    }

    @Test
    void readOnlyDestination() {
        NDArray b = Np.arange(3).broadcastTo(2, 3);
        ValueError e = assertThrows(ValueError.class, () -> b.set("[0]", 1L));
        assertEquals("assignment destination is read-only", e.getMessage());
        assertThrows(ValueError.class, () -> Np.put(b, new int[] {0}, 1L));
        assertThrows(ValueError.class, () -> Np.putmask(b, Np.ones(DType.BOOL, 2, 3), 1L));
    }

    @Test
    void overlappingValueIsReadBeforeWriting() {
        NDArray a = Np.arange(5);
        a.set("[1, 2, 3]", a.get("0:3"));
        assertArrayEquals(new long[] {0, 0, 1, 2, 4}, a.toLongArray());
        NDArray b = Np.arange(5);
        b.set("[True, True, True, False, False]", b.get("2:"));
        assertArrayEquals(new long[] {2, 3, 4, 3, 4}, b.toLongArray());
    }

    @Test
    void maskOnNonContiguousArrays() {
        NDArray a = Np.arange(12).reshape(3, 4).T(); // (4, 3)
        NDArray m = Np.array(new boolean[] {true, false, true}).broadcastTo(4, 3);
        assertArrayEquals(new long[] {0, 8, 1, 9, 2, 10, 3, 11}, a.get(Index.of(m)).toLongArray());
        a.set(Index.of(m), 0L);
        assertArrayEquals(new long[] {0, 0, 0, 0, 4, 5, 6, 7, 0, 0, 0, 0}, a.T().reshape(-1).toLongArray());
    }

    @Test
    void largeGatherAndScatterAreLinear() {
        int n = 2_000_000;
        NDArray a = Np.arange(0.0, n, 1.0);
        long[] idx = new long[n];
        boolean[] mask = new boolean[n];
        for (int i = 0; i < n; i++) {
            idx[i] = (i * 7919L) % n;
            mask[i] = i % 3 == 0;
        }
        NDArray ix = Np.array(idx);
        NDArray mk = Np.array(mask);
        long t0 = System.nanoTime();
        NDArray r = a.get(ix);
        a.set(Index.of(ix), r);
        NDArray m = a.get(Index.of(mk));
        a.set(Index.of(mk), 0.0);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(7919.0 * 3 % n, r.getDouble(3));
        assertEquals((n + 2) / 3, m.size());
        assertEquals(0.0, a.getDouble(3));
        assertTrue(ms < 5000, "took " + ms + " ms");
    }
}
