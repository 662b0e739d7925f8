package org.numpyjvm.api.creation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.numpyjvm.api.Complex;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.GridSlice;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.Np;
import org.numpyjvm.api.OverflowError;
import org.numpyjvm.api.Slice;
import org.numpyjvm.api.ValueError;

/**
 * Creation from Java-only inputs (primitive arrays, iterators, the GridSlice API), where NumPy
 * has no literal to generate golden data from; expected values are the NumPy results of the
 * equivalent Python inputs, quoted in each test.
 */
class CreationJavaTest {

    private static final String RAGGED1 = "setting an array element with a sequence. The requested array has an "
            + "inhomogeneous shape after 1 dimensions. The detected shape was (2,) + inhomogeneous part.";

    @Test
    void primitiveArraysKeepTheirType() {
        NDArray a = Np.array(new double[][] {{1, 2, 3}, {4, 5, 6}});
        assertEquals(DType.FLOAT64, a.dtype());
        assertArrayEquals(new int[] {2, 3}, a.shape());
        assertEquals(6.0, a.getDouble(1, 2));
        assertEquals(DType.INT32, Np.array(new int[][][] {{{1}, {2}}, {{3}, {4}}}).dtype());
        assertArrayEquals(new int[] {2, 2, 1}, Np.array(new int[][][] {{{1}, {2}}, {{3}, {4}}}).shape());
        assertEquals(DType.FLOAT32, Np.array(new float[] {1f}).dtype());
        assertEquals(DType.INT16, Np.array(new short[][] {{1}}).dtype());
        assertEquals(DType.INT8, Np.array(new byte[] {1, 2}).dtype());
        NDArray b = Np.array(new boolean[][] {{true, false}, {false, true}});
        assertEquals(DType.BOOL, b.dtype());
        assertEquals(Arrays.asList(Arrays.asList(true, false), Arrays.asList(false, true)), b.tolist());
        assertEquals(DType.INT64, Np.array(new long[0]).dtype());
        assertArrayEquals(new int[] {2, 0}, Np.array(new double[][] {{}, {}}).shape());
    }

    @Test
    void primitiveArraysAreCopied() {
        double[] src = {1, 2};
        NDArray a = Np.array(src);
        src[0] = 9;
        assertEquals(1.0, a.getDouble(0));
        double[][] src2 = {{1, 2}, {3, 4}};
        NDArray b = Np.array(src2);
        src2[1][1] = 9;
        assertEquals(4.0, b.getDouble(1, 1));
    }

    @Test
    void mixedPrimitiveRowsPromote() {
        // np.array([np.int32([1, 2]), np.int64([3, 4])]) -> int64
        assertEquals(DType.INT64, Np.array(new Object[] {new int[] {1, 2}, new long[] {3, 4}}).dtype());
        // np.array([np.float32([1]), np.int64([3])]) -> float64
        assertEquals(DType.FLOAT64, Np.array(new Object[] {new float[] {1}, new long[] {3}}).dtype());
        // a list of Python ints next to a float32 row: float64
        assertEquals(DType.FLOAT64, Np.array(List.of(new float[] {1f, 2f}, List.of(1L, 2L))).dtype());
    }

    @Test
    void raggedPrimitiveArrays() {
        ValueError e = assertThrows(ValueError.class, () -> Np.array(new double[][] {{1, 2}, {3}}));
        assertEquals(RAGGED1, e.getMessage());
        e = assertThrows(ValueError.class, () -> Np.array(new Object[] {new int[] {1, 2}, 3L}));
        assertEquals(RAGGED1, e.getMessage());
        e = assertThrows(ValueError.class, () -> Np.array(new int[][][] {{{1}, {2}}, {{1}, {2, 3}}}));
        assertEquals("setting an array element with a sequence. The requested array has an inhomogeneous shape after 2 "
                + "dimensions. The detected shape was (2, 2) + inhomogeneous part.", e.getMessage());
    }

    @Test
    void pythonScalars() {
        assertEquals(DType.INT64, Np.array(List.of(1, 2)).dtype()); // Integer is a Python int
        assertEquals(DType.FLOAT64, Np.array(List.of(1.5f)).dtype()); // Float is a Python float
        assertEquals(DType.UINT64, Np.array(List.of(BigInteger.ONE.shiftLeft(63))).dtype());
        assertEquals(DType.COMPLEX128, Np.array(List.of(new Complex(1, 2), 1L)).dtype());
        assertEquals(0, Np.array(5L).ndim());
        assertThrows(OverflowError.class, () -> Np.array(List.of(300L), DType.INT8));
    }

    @Test
    void asarrayDoesNotCopy() {
        NDArray a = Np.arange(6).reshape(2, 3);
        assertSame(a, Np.asarray(a));
        assertSame(a, Np.asarray(a, DType.INT64));
        assertSame(a, Np.asanyarray(a));
        assertSame(a, Np.ascontiguousarray(a));
        assertFalse(Np.asfortranarray(a) == a);
        assertTrue(Np.asfortranarray(a).isFContiguous());
        assertTrue(Np.sharesMemory(a, Np.array(a, null, null, 'K', 3)));
        assertArrayEquals(new int[] {1, 2, 3}, Np.array(a, null, null, 'K', 3).shape());
        ValueError e = assertThrows(ValueError.class, () -> Np.array(a, DType.FLOAT64, Boolean.FALSE, 'K', 0));
        assertTrue(e.getMessage().startsWith("Unable to avoid copy while creating an array as requested."));
    }

    @Test
    void gridSliceApi() {
        // np.mgrid[0:5] and np.mgrid[-1:1:5j]
        assertEquals(Arrays.asList(0L, 1L, 2L, 3L, 4L), Np.mgrid(Slice.of(0, 5)).tolist());
        assertEquals(Arrays.asList(-1.0, -0.5, 0.0, 0.5, 1.0), Np.mgrid(GridSlice.points(-1, 1, 5)).tolist());
        // np.mgrid[0:2, 0:3].shape == (2, 2, 3)
        assertArrayEquals(new int[] {2, 2, 3}, Np.mgrid(Slice.of(0, 2), Slice.of(0, 3)).shape());
        NDArray[] o = Np.ogrid(GridSlice.of(0, 5), GridSlice.of(0, 3));
        assertArrayEquals(new int[] {5, 1}, o[0].shape());
        assertArrayEquals(new int[] {1, 3}, o[1].shape());
        assertEquals("-1:1:5j", GridSlice.points(-1, 1, 5).toString());
    }

    @Test
    void fromiterTakesIterators() {
        NDArray a = Np.fromiter(List.of(1L, 4L, 9L).iterator(), DType.INT32, -1);
        assertEquals(DType.INT32, a.dtype());
        assertEquals(Arrays.asList(1L, 4L, 9L), a.tolist());
    }

    @Test
    void frombufferIsReadOnlyAndHonoursByteOrder() {
        NDArray a = Np.frombuffer(new byte[] {0x3f, (byte) 0xf0, 0, 0, 0, 0, 0, 0}, DType.FLOAT64.withByteOrder('>'));
        assertEquals(1.0, a.getDouble(0));
        assertEquals(">f8", a.dtype().str());
        assertFalse(a.isWriteable());
    }

    @Test
    void linspaceRetstepScalar() {
        Object[] r = Np.linspaceRetstep(2.0, 3.0, 5, true, null, 0);
        assertEquals(0.25, r[1]);
        assertEquals(5, ((NDArray) r[0]).size());
    }

    @Test
    void fromfunctionGetsCoordinates() {
        // np.fromfunction(lambda i, j: j, (2, 2), dtype=float)
        NDArray r = Np.fromfunction(c -> c[1], new int[] {2, 2}, DType.FLOAT64);
        assertEquals(Arrays.asList(Arrays.asList(0.0, 1.0), Arrays.asList(0.0, 1.0)), r.tolist());
    }
}
