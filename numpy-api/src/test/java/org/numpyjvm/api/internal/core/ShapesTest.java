package org.numpyjvm.api.internal.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The pure stride arithmetic; sizes from NumPy's {@code _ArrayMemoryError._size_to_string}. */
class ShapesTest {

    @Test
    void formatBytesMatchesNumpy() {
        long[] n = {0, 1, 1023, 1024, 1536, 17179869183L, 1024000, 1073740775L, 8000000000000000000L, Long.MAX_VALUE};
        String[] expected = {"0 bytes", "1 bytes", "1023 bytes", "1.00 KiB", "1.50 KiB", "16.0 GiB", "1000. KiB",
            "1.00 GiB", "6.94 EiB", "8.00 EiB"};
        for (int i = 0; i < n.length; i++) {
            assertEquals(expected[i], Shapes.formatBytes(n[i]), "bytes " + n[i]);
        }
    }

    @Test
    void stridesAndContiguity() {
        assertArrayEquals(new int[] {12, 4, 1}, Shapes.cStrides(new int[] {2, 3, 4}, 1));
        assertArrayEquals(new int[] {2, 4, 12}, Shapes.fStrides(new int[] {2, 3, 4}, 2));
        assertArrayEquals(new int[] {0, 0}, Shapes.allocStrides(new int[] {0, 3}, 1, false));
        assertEquals(true, Shapes.isCContiguous(new int[] {3, 1}, new int[] {1, 99}, 1));
        assertEquals(false, Shapes.isCContiguous(new int[] {3, 2}, new int[] {1, 3}, 1));
        assertEquals(true, Shapes.isFContiguous(new int[] {3, 2}, new int[] {1, 3}, 1));
    }

    @Test
    void reshapeWithoutCopy() {
        // a transposed (3,4) C array: F-contiguous, so an F reshape is a view, a C reshape is not
        int[] shape = {4, 3};
        int[] strides = {1, 4};
        assertNull(Shapes.reshapeStrides(shape, strides, new int[] {12}, false));
        assertArrayEquals(new int[] {1}, Shapes.reshapeStrides(shape, strides, new int[] {12}, true));
        assertArrayEquals(new int[] {1, 2, 4}, Shapes.reshapeStrides(shape, strides, new int[] {2, 2, 3}, true));
        // a[:, :, ::2] of a (2,3,4) C array: (2,3,2) with strides (12,4,2) is evenly strided
        int[] sh = {2, 3, 2};
        int[] st = {12, 4, 2};
        assertArrayEquals(new int[] {4, 2}, Shapes.reshapeStrides(sh, st, new int[] {6, 2}, false));
        assertArrayEquals(new int[] {12, 2}, Shapes.reshapeStrides(sh, st, new int[] {2, 6}, false));
        // a[:, ::2] of a (2,3,4) C array: (2,2,4) with strides (12,8,1) has a gap: a copy is needed
        assertNull(Shapes.reshapeStrides(new int[] {2, 2, 4}, new int[] {12, 8, 1}, new int[] {16}, false));
        assertArrayEquals(new int[] {12, 8, 1}, Shapes.reshapeStrides(new int[] {2, 2, 4}, new int[] {12, 8, 1},
                new int[] {2, 2, 4}, false));
    }

    @Test
    void broadcastStridesAreZeroOnStretchedDims() {
        assertArrayEquals(new int[] {0, 1}, Shapes.broadcastStrides(new int[] {3}, new int[] {1}, new int[] {2, 3}));
        assertArrayEquals(new int[] {5, 0}, Shapes.broadcastStrides(new int[] {2, 1}, new int[] {5, 5}, new int[] {2, 4}));
        assertNull(Shapes.broadcastStrides(new int[] {3}, new int[] {1}, new int[] {4}));
    }
}
