package org.numpyjvm.api.dynamic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.numpyjvm.api.Bytes;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.Np;
import org.numpyjvm.api.TypeError;

/**
 * NumPy scalars reach the dynamic layer as 0-d arrays of their dtype (np.int64(3) is a 0-d int64
 * array): where NumPy calls {@code __index__} (shapes, axes, indices, counts) a 0-d integer array
 * is accepted as its int; Python bytes are one {@link Bytes} element.
 */
class ConversionsTest {
    private final Registry r = Registry.global();

    private static NDArray scalar(long v, DType dt) {
        return Np.array(v, dt);
    }

    @Test
    void zeroDimIntegerArraysAreInts() {
        assertEquals(3, Conversions.index(scalar(3, DType.INT8)));
        assertArrayEquals(new int[] {4}, Conversions.shape(scalar(4, DType.UINT16)));
        assertArrayEquals(new int[] {2, 5}, Conversions.shape(List.of(scalar(2, DType.INT64), 5L)));
        assertArrayEquals(new int[] {0, 1}, Conversions.intSequence(List.of(scalar(0, DType.INT32), 1L)));
        TypeError e = assertThrows(TypeError.class, () -> Conversions.shape(Np.array(1.5, DType.FLOAT32)));
        assertEquals("expected a sequence of integers or a single integer, got 'np.float32(1.5)'", e.getMessage());
    }

    @Test
    void registryCallsTakeIntegerScalars() {
        NDArray z = (NDArray) r.call("zeros", new Object[] {List.of(scalar(2, DType.INT8), scalar(3, DType.UINT8))},
                null);
        assertArrayEquals(new int[] {2, 3}, z.shape());
        NDArray s = (NDArray) r.call("sum", new Object[] {Np.ones(2, 3)},
                Map.of("axis", scalar(1, DType.INT64)));
        assertArrayEquals(new int[] {2}, s.shape());
        NDArray full = (NDArray) r.call("full", new Object[] {3L, Np.array(1.0, DType.FLOAT32)}, null);
        assertEquals(DType.FLOAT32, full.dtype());
        List<?> parts = (List<?>) r.call("split", new Object[] {Np.arange(4), scalar(2, DType.INT8)}, null);
        assertEquals(2, parts.size()); // sections, not the index list [2]
        NDArray rolled = (NDArray) r.call("roll", new Object[] {Np.arange(4), List.of(scalar(1, DType.INT64))}, null);
        assertEquals(3L, ((Number) rolled.item(0)).longValue());
    }

    @Test
    void bytesAreOneElement() {
        NDArray a = Np.array(new Bytes(new byte[] {'a', 'b'}));
        assertEquals(DType.bytes(2), a.dtype());
        assertEquals(0, a.ndim());
        NDArray b = Np.array(List.of(new Bytes(new byte[] {'a'}), new Bytes(new byte[] {'b', 'c'})));
        assertEquals(DType.bytes(2), b.dtype());
        assertArrayEquals(new int[] {2}, b.shape());
        assertEquals("bytes", Conversions.typeName(new Bytes(new byte[0])));
        assertEquals("b'a\\'\\x00'", new Bytes(new byte[] {'a', '\'', 0}).toString());
    }
}
