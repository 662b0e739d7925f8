package org.numpyjvm.api.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.numpyjvm.api.Complex;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.IndexError;
import org.numpyjvm.api.MemoryError;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.Np;
import org.numpyjvm.api.NumpyException;
import org.numpyjvm.api.TypeError;
import org.numpyjvm.api.ValueError;

/** Element access, flags and allocation errors; expectations checked in python3 + NumPy 2.4. */
class NDArrayBasicsTest {

    private static void assertRaises(Class<? extends NumpyException> type, String message, Runnable r) {
        NumpyException e = assertThrows(type, r::run);
        assertEquals(message, e.getMessage());
    }

    @Test
    void itemFollowsNumpyIndexRules() {
        NDArray a = Np.arange(6).reshape(2, 3);
        assertRaises(ValueError.class, "can only convert an array of size 1 to a Python scalar", () -> a.item());
        assertRaises(IndexError.class, "index 7 is out of bounds for size 6", () -> a.item(7));
        assertRaises(IndexError.class, "index -7 is out of bounds for size 6", () -> a.item(-7));
        assertRaises(IndexError.class, "index 5 is out of bounds for axis 1 with size 3", () -> a.item(1, 5));
        assertRaises(ValueError.class, "incorrect number of indices for array", () -> a.item(1, 2, 3));
        assertEquals(5L, a.item(-1));
        assertEquals(4L, a.item(1, 1));
        assertEquals(4L, a.T().item(1, 1));
        assertRaises(TypeError.class, "len() of unsized object", () -> Np.array(5L).len());
    }

    @Test
    void itemGivesPythonValues() {
        assertEquals(new BigInteger("18446744073709551615"), Np.array(new long[] {-1}).view(DType.UINT64).item(0));
        assertEquals(1.5, Np.array(new float[] {1.5f}).item(0));
        assertEquals(Boolean.TRUE, Np.array(new boolean[] {true}).item(0));
        assertEquals(new Complex(1, 2), Np.array(List.of(new Complex(1, 2))).item(0));
        assertEquals("ab", Np.array(List.of("ab", "c")).item(0));
        assertEquals(List.of(List.of(0L, 1L), List.of(2L, 3L)), Np.arange(4).reshape(2, 2).tolist());
        assertEquals(3L, Np.array(3L).tolist());
    }

    @Test
    void setItemCastsLikeNumpy() {
        NDArray a = Np.zeros(DType.INT8, 3);
        a.setItem(300L, 0).setItem(-1.9, 1).setItem(true, 2);
        assertEquals(List.of(44L, -1L, 1L), a.tolist());
    }

    @Test
    void writeableFlags() {
        NDArray b = Np.broadcastTo(Np.arange(3), 2, 3);
        assertFalse(b.isWriteable());
        assertRaises(ValueError.class, "assignment destination is read-only", () -> b.set("0, 0", 1L));
        // NumPy 2.4: a broadcast_to view of writeable data may be made writeable (writes reach every row)
        b.setWriteable(true);
        b.set("0, 0", 7L);
        assertEquals(List.of(List.of(7L, 1L, 2L), List.of(7L, 1L, 2L)), b.tolist());
        assertEquals(List.of(7L, 1L, 2L), b.base().tolist());
        NDArray ro = Np.arange(3);
        ro.setWriteable(false);
        assertRaises(ValueError.class, "cannot set WRITEABLE flag to True of this array",
                () -> Np.broadcastTo(ro, 2, 3).setWriteable(true));
        NDArray im = Np.arange(3).astype(DType.FLOAT64).imag(); // NumPy: a read-only zero array that may become writeable
        assertFalse(im.isWriteable());
        im.setWriteable(true);
        im.set("0", 5.0);
        assertEquals(List.of(5.0, 0.0, 0.0), im.tolist());

        NDArray c = Np.arange(3);
        c.setWriteable(false);
        NDArray v = c.get("1:");
        assertFalse(v.isWriteable());
        assertRaises(ValueError.class, "cannot set WRITEABLE flag to True of this array", () -> v.setWriteable(true));
        c.setWriteable(true);
        v.setWriteable(true);
        v.set("0", 7L);
        assertEquals(List.of(0L, 7L, 2L), c.tolist());

        NDArray a = Np.arange(6).reshape(2, 3);
        NDArray d = a.diagonal();
        assertFalse(d.isWriteable());
        d.setWriteable(true);
        d.set("0", 5L);
        assertEquals(5L, a.item(0, 0));
        assertFalse(Np.arange(3).imag().isWriteable());
    }

    @Test
    void viewsRecordTheirBase() {
        NDArray a = Np.arange(12);
        NDArray v = a.reshape(3, 4).get("1:").T();
        assertSame(a, v.base());
        assertTrue(a.ownsData());
        assertFalse(v.ownsData());
        assertTrue(Np.sharesMemory(a, v));
        assertTrue(Np.mayShareMemory(a.get("::2"), a.get("1::2")));
        assertFalse(Np.sharesMemory(a.get("::2"), a.get("1::2")));
        assertFalse(Np.sharesMemory(a, a.copy()));
    }

    @Test
    void allocationErrors() {
        assertRaises(ValueError.class, "negative dimensions are not allowed", () -> Np.zeros(-1));
        assertRaises(ValueError.class, "negative dimensions are not allowed", () -> Np.zeros(2, -3));
        assertRaises(MemoryError.class,
                "Unable to allocate 7.11 PiB for an array with shape (100000, 100000, 100000) and data type float64",
                () -> Np.zeros(100000, 100000, 100000));
        // within Java's array limit but beyond any test heap: the JVM's OutOfMemoryError becomes MemoryError
        MemoryError e = assertThrows(MemoryError.class, () -> Np.zeros(DType.COMPLEX128, 1_000_000_000));
        assertTrue(e.getMessage().startsWith("Unable to allocate 14.9 GiB for an array with shape (1000000000,) and data type complex128"),
                e.getMessage());
        // and the JVM keeps working
        assertArrayEquals(new int[] {2}, Np.zeros(2).shape());
    }

    @Test
    void basicAssignmentBroadcastsAndCasts() {
        NDArray a = Np.zeros(DType.INT32, 2, 3);
        a.set(":, 1:", Np.array(new double[] {1.7, -2.2}));
        assertEquals(List.of(List.of(0L, 1L, -2L), List.of(0L, 1L, -2L)), a.tolist());
        assertRaises(ValueError.class, "could not broadcast input array from shape (3,) into shape (2,2)",
                () -> a.set(":, 1:", Np.arange(3)));
        NDArray x = Np.arange(5);
        x.set("1:", x.get(":-1")); // overlapping copy
        assertEquals(List.of(0L, 0L, 1L, 2L, 3L), x.tolist());
    }

    @Test
    void copyInOrderKKeepsTheMemoryOrder() {
        // np.ones((2,3,4)).transpose(1,0,2).copy(order='K').strides == (16, 48, 4) for float32
        NDArray a = Np.ones(DType.FLOAT64, 2, 3, 4).transpose(1, 0, 2);
        assertArrayEquals(new long[] {32, 96, 8}, a.copy('K').strides());
        assertArrayEquals(new long[] {16, 48, 4}, a.astype(DType.FLOAT32, 'K').strides());
        // flipped and strided, then transposed: (16, 96, -32) -> (8, 48, 16)
        NDArray b = Np.ones(DType.FLOAT64, 2, 3, 4).get(":, ::-1, ::2").transpose(2, 0, 1);
        assertArrayEquals(new long[] {16, 96, -32}, b.strides());
        assertArrayEquals(new long[] {8, 48, 16}, b.copy('K').strides());
        assertEquals(b.tolist(), b.copy('K').tolist());
        assertArrayEquals(new long[] {8, 16}, Np.ones(DType.FLOAT64, 4, 3).T().get("::2").copy('K').strides());
    }

    @Test
    void transposeOfZeroDimensionalIsAView() {
        NDArray z = Np.array(5L);
        assertEquals(0, z.T().ndim());
        assertTrue(Np.sharesMemory(z, z.transpose()));
    }
}
