package org.numpyjvm.api.internal.indexing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.FloatErrors;
import org.numpyjvm.api.Index;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.Np;

/**
 * {@code a[i] = v} by the element fast path ({@link Indexing#setInt}) against the general
 * assignment ({@link Indexing#set}): same stored bytes, same exception and message, same
 * floating-point events, for every numeric dtype, Python int/float/bool values at and past the
 * dtype's limits, in-range and out-of-range indices, strided views, under each error mode.
 */
class ElementStoreTest {
    private static final String[] DTYPES = {"bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32",
        "uint64", "float16", "float32", "float64", "complex64", "complex128", "<U3", "S3"};
    private static final Object[] VALUES = {0L, 1L, -1L, 7L, 127L, 128L, -128L, -129L, 255L, 256L, 32767L, 32768L,
        -32769L, 65535L, 65536L, 2147483647L, 2147483648L, -2147483648L, -2147483649L, 4294967295L, 4294967296L,
        (1L << 24) + 1, -(1L << 24) - 1, 1L << 24, (1L << 53) + 1, 1L << 53, -(1L << 53) - 1, Long.MAX_VALUE,
        Long.MIN_VALUE, 0.0, -0.0, 1.5, -1.5, 2.75, -2.75, 1e300, -1e300, 3.4e38, 3.5e38, -3.5e38, 1e-40, -1e-45,
        1e-50, 1.17549435e-38, 65504.0, 65520.0, 2147483647.9, 2147483648.0, -2147483648.9, -2147483649.0, 0x1p63,
        -0x1p63, 9.2e18, -9.2e18, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE,
        true, false};
    private static final long[] INDICES = {0, 2, -1, -3, 3, -4, 100};

    @Test
    void fastPathMatchesGeneralAssignment() {
        FloatErrors.Settings saved = FloatErrors.geterr();
        try {
            for (FloatErrors.Settings mode : new FloatErrors.Settings[] {FloatErrors.Settings.defaults(),
                FloatErrors.Settings.all(FloatErrors.Mode.RAISE), FloatErrors.Settings.all(FloatErrors.Mode.WARN),
                FloatErrors.Settings.all(FloatErrors.Mode.IGNORE)}) {
                FloatErrors.seterr(mode);
                for (String dt : DTYPES) {
                    for (int layout = 0; layout < 3; layout++) {
                        for (long i : INDICES) {
                            for (Object v : VALUES) {
                                String fast = outcome(make(dt, layout), i, v, true);
                                String general = outcome(make(dt, layout), i, v, false);
                                assertEquals(general, fast, dt + " layout " + layout + " a[" + i + "] = " + v + " " + mode);
                            }
                        }
                    }
                }
            }
        } finally {
            FloatErrors.seterr(saved);
            FloatErrors.takePending();
        }
    }

    @Test
    void publicEntryPointsAgree() {
        NDArray a = Np.arange(5);
        a.set(1L, 9L);
        a.set(Index.of(-1L), 2.5);
        a.set(Index.of(2), true);
        assertEquals("[0, 9, 1, 3, 2]", Arrays.toString(a.toLongArray()));
    }

    /** A 3-element 1-d array of dtype dt: contiguous (0), every other element of 6 (1), reversed (2). */
    private static NDArray make(String dt, int layout) {
        DType d = DType.of(dt);
        NDArray base = Np.arange(layout == 1 ? 6 : 3).astype(d);
        return layout == 1 ? base.get("::2") : layout == 2 ? base.get("::-1") : base;
    }

    private static String outcome(NDArray a, long i, Object v, boolean fast) {
        FloatErrors.takePending();
        String result;
        try {
            if (fast) {
                Indexing.setInt(a, i, v);
            } else {
                Indexing.set(a, Index.of(i).items(), v);
            }
            result = "ok " + (a.dtype().isString() ? a.toString() : Arrays.toString(a.tobytes('C')));
        } catch (RuntimeException e) {
            result = e.getClass().getName() + ": " + e.getMessage();
        }
        List<String> events = new ArrayList<>();
        for (FloatErrors.Event e : FloatErrors.takePending()) {
            events.add(e.toString());
        }
        return result + " " + events;
    }
}
