package org.numpyjvm.api.manipulation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.numpyjvm.api.AxisError;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.Np;
import org.numpyjvm.api.Slice;
import org.numpyjvm.api.TypeError;
import org.numpyjvm.api.ValueError;

/**
 * The Java forms of the manipulation arguments (primitive arrays, Object[] nesting, Maps, Slice)
 * that the golden data (Lists and Longs from JSON) does not reach; expected values from NumPy.
 */
class ManipulationJavaApiTest {

    private static long[] longs(NDArray a) {
        return a.toLongArray();
    }

    @Test
    void padWidthForms() {
        NDArray a = Np.arange(6).reshape(2, 3);
        // np.pad(a, ((1, 0), (0, 2))).shape == (3, 5)
        assertArrayEquals(new int[] {3, 5}, Np.pad(a, new int[][] {{1, 0}, {0, 2}}).shape());
        assertArrayEquals(new int[] {3, 5}, Np.pad(a, new long[][] {{1, 0}, {0, 2}}).shape());
        assertArrayEquals(new int[] {5, 6}, Np.pad(a, new int[] {1, 2}).shape());
        assertArrayEquals(new int[] {4, 5}, Np.pad(a, new int[] {1}).shape());
        assertArrayEquals(new int[] {4, 5}, Np.pad(a, 1).shape());
        assertArrayEquals(new int[] {4, 5}, Np.pad(a, Np.array(new long[] {1})).shape());
        Map<Integer, Object> dict = new LinkedHashMap<>();
        dict.put(-1, new int[] {2, 0});
        dict.put(0, 1);
        // np.pad(a, {-1: (2, 0), 0: 1})
        NDArray p = Np.pad(a, dict);
        assertArrayEquals(new int[] {4, 5}, p.shape());
        assertArrayEquals(new long[] {0, 0, 0, 1, 2}, longs(p.get("1")));
        assertThrows(TypeError.class, () -> Np.pad(a, new double[] {1.5}));
    }

    @Test
    void padKeywordsAsJavaValues() {
        NDArray a = Np.arange(1, 6);
        Map<String, Object> kw = new LinkedHashMap<>();
        kw.put("constant_values", new int[] {4, 6});
        // np.pad([1, 2, 3, 4, 5], (2, 3), 'constant', constant_values=(4, 6))
        assertArrayEquals(new long[] {4, 4, 1, 2, 3, 4, 5, 6, 6, 6}, longs(Np.pad(a, new int[] {2, 3}, "constant", kw)));
        Map<String, Object> odd = new LinkedHashMap<>();
        odd.put("reflect_type", "odd");
        assertArrayEquals(new long[] {-1, 0, 1, 2, 3, 4, 5, 6, 7, 8}, longs(Np.pad(a, new int[] {2, 3}, "reflect", odd)));
        Map<String, Object> ramp = new LinkedHashMap<>();
        ramp.put("end_values", List.of(5, -4));
        assertArrayEquals(new long[] {5, 3, 1, 2, 3, 4, 5, 2, -1, -4}, longs(Np.pad(a, new int[] {2, 3}, "linear_ramp", ramp)));
        ValueError e = assertThrows(ValueError.class, () -> Np.pad(a, 1, "edge", odd));
        assertEquals("unsupported keyword arguments for mode 'edge': {'reflect_type'}", e.getMessage());
    }

    @Test
    void insertDeleteObjForms() {
        NDArray b = Np.arange(6);
        // np.insert(b, [2, 2], [6, 7]) / np.insert(b, slice(2, 4), [7, 8])
        assertArrayEquals(new long[] {0, 1, 6, 7, 2, 3, 4, 5}, longs(Np.insert(b, new int[] {2, 2}, new long[] {6, 7})));
        assertArrayEquals(new long[] {0, 1, 7, 2, 8, 3, 4, 5}, longs(Np.insert(b, Slice.of(2, 4), List.of(7, 8))));
        assertArrayEquals(new long[] {9, 0, 1, 2, 3, 4, 5}, longs(Np.insert(b, 0, 9)));
        // np.delete(b, np.s_[::2]) / np.delete(b, [True, False] * 3)
        assertArrayEquals(new long[] {1, 3, 5}, longs(Np.delete(b, Slice.of(null, null, 2))));
        assertArrayEquals(new long[] {1, 3, 5}, longs(Np.delete(b, new boolean[] {true, false, true, false, true, false})));
        assertArrayEquals(new long[] {0, 2, 3, 4}, longs(Np.delete(b, new long[] {1, -1})));
        assertThrows(AxisError.class, () -> Np.delete(b, 0, 1));
    }

    @Test
    void joiningAndBlockForms() {
        NDArray a = Np.array(new int[] {1, 2});
        NDArray f = Np.array(new double[] {3.5});
        NDArray c = Np.concatenate(a, f);
        assertEquals(DType.FLOAT64, c.dtype());
        assertArrayEquals(new double[] {1, 2, 3.5}, c.toDoubleArray());
        // int32 with int64 promotes to int64
        assertEquals(DType.INT64, Np.concatenate(a, Np.arange(2)).dtype());
        // np.block([[A, B], [C]]) with Object[] nesting and a scalar leaf
        NDArray blk = Np.block(new Object[] {new Object[] {Np.ones(1, 1), Np.zeros(1, 1)}, new Object[] {Np.full(new int[] {1, 2}, 7.0)}});
        assertArrayEquals(new int[] {2, 2}, blk.shape());
        assertArrayEquals(new double[] {1, 0, 7, 7}, blk.toDoubleArray());
        assertArrayEquals(new double[] {1, 2, 3}, Np.block(Arrays.asList(1.0, 2.0, 3.0)).toDoubleArray());
        assertEquals(3, Np.atleast1d(a, f, Np.array(5L)).length);
    }

    @Test
    void viewsAndCopies() {
        NDArray a = Np.arange(12).reshape(3, 4);
        assertTrue(Np.sharesMemory(Np.flip(a), a));
        assertTrue(Np.sharesMemory(Np.rot90(a), a));
        assertTrue(Np.sharesMemory(Np.expandDims(a, 0), a));
        assertTrue(Np.sharesMemory(Np.split(a, 3)[1], a));
        assertFalse(Np.sharesMemory(Np.roll(a, 1), a));
        assertFalse(Np.sharesMemory(Np.concatenate(a), a));
        // flip is a view with negative strides: writing through it changes a
        Np.flip(a, 0).setItem(100L, 0, 0);
        assertEquals(100L, a.item(2, 0));
        NDArray r = Np.repeat(a, new int[] {1, 0, 2}, 0);
        assertArrayEquals(new int[] {3, 4}, r.shape());
        assertArrayEquals(new long[] {0, 1, 2, 3}, longs(r.get("0")));
        assertArrayEquals(new long[] {100, 9, 10, 11}, longs(r.get("2")));
    }

    @Test
    void indexArithmetic() {
        NDArray[] rc = Np.unravelIndex(new long[] {22, 41, 37}, 7, 6);
        assertArrayEquals(new long[] {3, 6, 6}, longs(rc[0]));
        assertArrayEquals(new long[] {4, 5, 1}, longs(rc[1]));
        NDArray flat = Np.ravelMultiIndex(new Object[] {new long[] {3, 6, 6}, new long[] {4, 5, 1}}, 7, 6);
        assertArrayEquals(new long[] {22, 41, 37}, longs(flat));
        NDArray one = Np.ravelMultiIndex(new Object[] {3L, 1L, 4L, 1L}, 6, 7, 8, 9);
        assertEquals(0, one.ndim());
        assertEquals(1621L, one.item());
        assertArrayEquals(new long[] {0, 1, 1}, longs(Np.trilIndices(2, 0, 2)[0]));
    }

    @Test
    void basicOperations() {
        // np.ndim(5) == 0; np.shape([[1, 2]]) == (1, 2); np.size(np.zeros((2, 3)), -1) == 3
        assertEquals(0, Np.ndim(5L));
        assertArrayEquals(new int[] {1, 2}, Np.shape(List.of(List.of(1L, 2L))));
        assertEquals(6, Np.size(Np.zeros(2, 3)));
        assertEquals(3, Np.size(Np.zeros(2, 3), -1));
        assertThrows(AxisError.class, () -> Np.size(Np.zeros(2, 3), 2));
        org.numpyjvm.api.dynamic.Registry r = org.numpyjvm.api.dynamic.Registry.global();
        assertEquals(List.of(2L, 3L), r.call("shape", new Object[] {Np.zeros(2, 3)}, null));
        assertEquals(6L, r.call("size", new Object[] {Np.zeros(2, 3), List.of(0L, 1L)}, null));
        assertEquals(2L, r.call("ndim", new Object[] {Np.zeros(2, 3)}, null));
        NDArray dst = Np.zeros(DType.INT32, 3);
        Np.copyto(dst, new int[] {1, 2, 3}, "same_kind", new boolean[] {true, false, true});
        assertArrayEquals(new long[] {1, 0, 3}, dst.toLongArray());
        assertThrows(ValueError.class, () -> Np.copyto(Np.zeros(3).broadcastTo(2, 3), 1.0));
    }
}
