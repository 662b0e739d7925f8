package org.numpyjvm.api.dynamic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.NotImplementedError;
import org.numpyjvm.api.NumpyException;
import org.numpyjvm.api.Np;
import org.numpyjvm.api.TypeError;
import org.numpyjvm.api.ValueError;

/** The global registry (found through ServiceLoader) calling numpy-api's functions dynamically. */
class RegistryTest {
    private final Registry r = Registry.global();

    private static void assertRaises(Class<? extends NumpyException> type, String message, Runnable body) {
        NumpyException e = assertThrows(type, body::run);
        assertEquals(message, e.getMessage());
    }

    @Test
    void findsCoreNamespaceThroughServiceLoader() {
        assertEquals("numpy-api", r.lookup("zeros").provider());
        assertEquals("(a, /, shape, order='C', *, copy=None)", r.lookup("reshape").signature().toString());
    }

    @Test
    void callsWithPythonStyleArguments() {
        NDArray z = (NDArray) r.call("zeros", new Object[] {List.of(2L, 3L)}, Map.of("dtype", "int32", "order", "F"));
        assertArrayEquals(new int[] {2, 3}, z.shape());
        assertEquals(DType.INT32, z.dtype());
        assertTrue(z.isFContiguous());
        NDArray a = (NDArray) r.call("arange", new Object[] {2L, 8L, 2L}, null);
        assertEquals(List.of(2L, 4L, 6L), a.tolist());
        NDArray b = (NDArray) r.call("arange", new Object[] {3L}, Map.of("dtype", "float64"));
        assertEquals(List.of(0.0, 1.0, 2.0), b.tolist());
        NDArray t = (NDArray) r.call("transpose", new Object[] {Np.arange(6).reshape(2, 3)}, Map.of("axes", List.of(1L, 0L)));
        assertArrayEquals(new int[] {3, 2}, t.shape());
        assertEquals(List.of(2L, 3L), r.call("broadcast_shapes", new Object[] {List.of(1L, 3L), List.of(2L, 1L)}, null));
        NDArray arr = (NDArray) r.call("array", new Object[] {List.of(1L, 2L)}, Map.of("ndmin", 3L));
        assertArrayEquals(new int[] {1, 1, 2}, arr.shape());
    }

    @Test
    void reshapeCopySemantics() {
        NDArray a = Np.arange(6).reshape(2, 3);
        assertRaises(ValueError.class, "Unable to avoid creating a copy while reshaping.",
                () -> r.call("reshape", new Object[] {a.T(), 6L}, Map.of("copy", false)));
        NDArray c = (NDArray) r.call("reshape", new Object[] {a, 6L}, Map.of("copy", true));
        assertFalse(Np.sharesMemory(a, c));
        assertRaises(ValueError.class, "order 'K' is not permitted for reshaping",
                () -> r.call("reshape", new Object[] {a, 6L}, Map.of("order", "K")));
    }

    @Test
    void errorsAreNumpys() {
        assertRaises(TypeError.class, "zeros() got an unexpected keyword argument 'foo'",
                () -> r.call("zeros", new Object[] {2L}, Map.of("foo", 1L)));
        assertRaises(TypeError.class, "expected a sequence of integers or a single integer, got '2.5'",
                () -> r.call("zeros", new Object[] {2.5}, null));
        assertRaises(TypeError.class, "'str' object cannot be interpreted as an integer",
                () -> r.call("zeros", new Object[] {"a"}, null));
        assertRaises(TypeError.class, "data type 'foo' not understood",
                () -> r.call("zeros", new Object[] {3L}, Map.of("dtype", "foo")));
        assertRaises(ValueError.class, "order must be one of 'C', 'F', 'A', or 'K' (got 'X')",
                () -> r.call("zeros", new Object[] {3L}, Map.of("order", "X")));
        assertRaises(TypeError.class, "'float' object cannot be interpreted as an integer",
                () -> r.call("swapaxes", new Object[] {Np.zeros(2, 2), 0.5, 1L}, null));
        assertRaises(NotImplementedError.class, "The 'like' argument to numpy.zeros is not supported.",
                () -> r.call("zeros", new Object[] {3L}, Map.of("like", Np.zeros(1))));
        assertRaises(Registry.UnknownFunctionError.class, "module 'numpy' has no attribute 'frobnicate'",
                () -> r.call("frobnicate", null, null));
        assertRaises(Registry.UnknownFunctionError.class, "module 'numpy.linalg' has no attribute 'inv'",
                () -> r.call("linalg.inv", null, null));
    }

    @Test
    void duplicateNamesAreRejected() {
        NamespaceProvider p = new NamespaceProvider() {
            @Override
            public String id() {
                return "dup";
            }

            @Override
            public void register(Registry.Builder b) {
                b.def("zeros", "(shape)", a -> null);
            }
        };
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Registry.of(new org.numpyjvm.api.internal.dynamic.CoreNamespace(), p));
        assertEquals("numpy function 'zeros' registered twice: by numpy-api and by dup", e.getMessage());
    }
}
