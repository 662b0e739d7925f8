package org.numpyjvm.api.core;

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
import org.numpyjvm.api.DType;
import org.numpyjvm.api.IndexError;
import org.numpyjvm.api.Index;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.NotImplementedError;
import org.numpyjvm.api.Np;
import org.numpyjvm.api.NumpyException;
import org.numpyjvm.api.ValueError;
import org.numpyjvm.api.dynamic.Registry;

/**
 * What numpy-api gained for ndarray's Python gaps (session 5): the base of reshape's copy, index lists that make
 * no integer array, NumPy's "Maximum allowed dimension exceeded", withStrides (a.strides = s) and _contains
 * (x in a). Expectations checked in python3 + NumPy 2.4.6.
 */
class NDArrayGapsTest {
    private static final String INVALID = "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and "
            + "integer or boolean arrays are valid indices";

    private static void assertRaises(Class<? extends NumpyException> type, String message, Runnable r) {
        NumpyException e = assertThrows(type, r::run);
        assertEquals(message, e.getMessage());
    }

    @Test
    void reshapeCopyIsAViewOfTheCopy() {
        // np.arange(6).reshape(2,3).T.reshape(6): owndata False, base the C copy of the transpose
        NDArray t = Np.arange(6).reshape(2, 3).T();
        NDArray r = t.reshape(6);
        assertFalse(r.ownsData());
        assertEquals(List.of(List.of(0L, 3L), List.of(1L, 4L), List.of(2L, 5L)), r.base().tolist());
        assertTrue(r.base().ownsData());
        assertEquals(List.of(0L, 3L, 1L, 4L, 2L, 5L), r.tolist());
        // ravel's and flatten's copies own their data
        assertTrue(t.ravel().ownsData());
        assertTrue(t.ravel('C').ownsData());
        assertTrue(t.flatten().ownsData());
        assertTrue(Np.arange(6).reshape(2, 3).flatten('F').ownsData());
        assertEquals(List.of(0L, 3L, 1L, 4L, 2L, 5L), Np.arange(6).reshape(2, 3).flatten('F').tolist());
        // a view stays a view of the owner
        NDArray a = Np.arange(6);
        assertSame(a, a.reshape(2, 3).reshape(3, 2).base());
    }

    @Test
    void indexListsThatMakeNoIntegerArray() {
        NDArray a = Np.arange(3);
        assertRaises(IndexError.class, INVALID, () -> a.get(Index.of(Arrays.asList((Object) null))));
        assertRaises(IndexError.class, INVALID, () -> a.get(Index.of(List.of(1.0))));
        assertRaises(IndexError.class, INVALID, () -> a.get(Index.of(List.of("a"))));
        assertRaises(IndexError.class, INVALID, () -> a.get(Index.of(List.of(BigInteger.ONE.shiftLeft(70)))));
        // an index array (not a list) keeps its own message
        assertRaises(IndexError.class, "arrays used as indices must be of integer (or boolean) type",
                () -> a.get(Index.of(Np.array(new double[] {1.0}))));
        assertEquals(List.of(1L), a.get(Index.of(List.of(1L))).tolist());
        assertEquals(List.of(0L, 2L), a.get(Index.of(List.of(true, false, true))).tolist());
        NDArray e = a.get(Index.of(List.of(List.of()))); // [[]]: an empty integer index of shape (1, 0)
        assertArrayEquals(new int[] {1, 0}, e.shape());
        assertEquals(DType.INT64, e.dtype());
    }

    @Test
    void maximumAllowedDimension() {
        Registry r = Registry.global();
        BigInteger big = BigInteger.ONE.shiftLeft(70);
        assertRaises(ValueError.class, "Maximum allowed dimension exceeded",
                () -> r.call("zeros", new Object[] {big}, null));
        assertRaises(ValueError.class, "Maximum allowed dimension exceeded",
                () -> r.call("reshape", new Object[] {Np.arange(6), List.of(BigInteger.ONE.shiftLeft(63), 1L)}, null));
        assertRaises(ValueError.class, "Maximum allowed dimension exceeded",
                () -> r.call("zeros", new Object[] {BigInteger.ONE.shiftLeft(64).negate()}, null));
        // within int64, beyond numpy-jvm's int dimensions: the size error (NumPy's for np.zeros(2**62))
        assertRaises(ValueError.class,
                "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.",
                () -> r.call("zeros", new Object[] {1L << 62}, null));
    }

    @Test
    void withStrides() {
        NDArray a = Np.arange(6).astype(DType.FLOAT64);
        NDArray v = a.get(Index.of(org.numpyjvm.api.Slice.of(null, 3))).withStrides(16);
        assertEquals(List.of(0.0, 2.0, 4.0), v.tolist());
        assertSame(a, v.base());
        assertEquals(List.of(List.of(0.0, 2.0, 4.0), List.of(1.0, 3.0, 5.0)),
                a.reshape(2, 3).withStrides(8, 16).tolist());
        assertEquals(List.of(2.0, 1.0, 0.0), a.get(Index.of(org.numpyjvm.api.Slice.of(2, 5))).withStrides(-8).tolist());
        assertEquals(List.of(0.0, 0.0), a.get(Index.of(org.numpyjvm.api.Slice.of(null, 2))).withStrides(0).tolist());
        assertRaises(ValueError.class, "strides is not compatible with available memory", () -> a.withStrides(16));
        assertRaises(ValueError.class, "strides is not compatible with available memory",
                () -> a.get(Index.of(org.numpyjvm.api.Slice.of(1, null))).withStrides(-8));
        assertRaises(ValueError.class, "strides is not compatible with available memory",
                () -> a.withStrides(Long.MAX_VALUE));
        assertRaises(ValueError.class, "strides must be  same length as shape (1)", () -> a.withStrides(8, 8));
        assertThrows(NotImplementedError.class, () -> a.get(Index.of(org.numpyjvm.api.Slice.of(null, 3))).withStrides(4));
        NDArray c = Np.arange(3).astype(DType.COMPLEX128).get(Index.of(org.numpyjvm.api.Slice.of(null, 2)));
        assertEquals(2, c.withStrides(32).size());
        assertArrayEquals(new long[] {32}, c.withStrides(32).strides());
        assertEquals(0, Np.zeros(DType.FLOAT64, 0).withStrides(1L << 40).size());
    }

    @Test
    void contains() {
        Registry r = Registry.global();
        NDArray a = Np.arange(6).reshape(2, 3);
        assertEquals(true, r.call("_contains", new Object[] {a, 5L}, null));
        assertEquals(false, r.call("_contains", new Object[] {a, 6L}, null));
        assertEquals(true, r.call("_contains", new Object[] {a, 2.0}, null));
        assertEquals(false, r.call("_contains", new Object[] {Np.zeros(DType.FLOAT64, 0, 3), 1L}, null));
        assertEquals(true, r.call("_contains", new Object[] {a, List.of(3L, 9L, 9L)}, null));
        assertRaises(ValueError.class, "operands could not be broadcast together with shapes (2,3) (4,) ",
                () -> r.call("_contains", new Object[] {a, List.of(1L, 2L, 3L, 4L)}, null));
    }
}
