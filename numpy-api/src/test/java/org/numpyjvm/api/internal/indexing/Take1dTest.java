package org.numpyjvm.api.internal.indexing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.Np;

/** {@code a[ix]} of a 1-d array by {@link AdvancedIndexing#take1d} against the general plan. */
class Take1dTest {
    private static final String[] DTYPES = {"bool", "int8", "int32", "int64", "uint64", "float16", "float32", "float64",
        "complex64", "complex128"};
    private static final String[] INDEX_DTYPES = {"int64", "int32", "uint8", "uint64", "int8"};

    @Test
    void matchesTheGeneralPlan() {
        Random r = new Random(3);
        for (String dt : DTYPES) {
            for (int layout = 0; layout < 3; layout++) {
                for (String it : INDEX_DTYPES) {
                    for (int k = 0; k < 60; k++) {
                        NDArray a = make(dt, layout, k % 7 == 0 ? 0 : 5);
                        long[] iv = new long[r.nextInt(5)];
                        for (int i = 0; i < iv.length; i++) {
                            iv[i] = r.nextInt(14) - 7;
                        }
                        NDArray ix;
                        try {
                            ix = Np.array(iv).astype(DType.of(it));
                        } catch (RuntimeException e) {
                            continue;
                        }
                        if (k % 5 == 1) {
                            ix = Np.array(concat(iv, iv)).astype(DType.of(it)).get("::2"); // a strided index
                        }
                        List<Object> items = Collections.singletonList(ix);
                        String fast = outcome(() -> Indexing.get(a, items));
                        String general = outcome(() -> AdvancedIndexing.get(IndexPlan.of(a, items)));
                        assertEquals(general, fast, dt + " layout " + layout + " [" + ix + "]");
                    }
                }
            }
        }
    }

    private static long[] concat(long[] x, long[] y) {
        long[] out = Arrays.copyOf(x, x.length + y.length);
        System.arraycopy(y, 0, out, x.length, y.length);
        return out;
    }

    private static NDArray make(String dt, int layout, int n) {
        NDArray base = Np.arange(layout == 1 ? 2 * n : n).astype(DType.of(dt));
        return layout == 1 ? base.get("::2") : layout == 2 ? base.get("::-1") : base;
    }

    private static String outcome(java.util.function.Supplier<NDArray> f) {
        try {
            NDArray a = f.get();
            return a.dtype().str() + " " + Arrays.toString(a.shape()) + " " + Arrays.toString(a.strides()) + " "
                    + (a.base() == null) + " " + a.isWriteable() + " " + Arrays.toString(a.tobytes('C'));
        } catch (RuntimeException e) {
            return e.toString();
        }
    }
}
