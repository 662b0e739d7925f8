package org.numpyjvm.api.ufunc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.NotImplementedError;
import org.numpyjvm.api.Np;
import org.numpyjvm.api.OverflowError;
import org.numpyjvm.api.TypeError;
import org.numpyjvm.api.Ufunc;
import org.numpyjvm.api.ValueError;
import org.numpyjvm.api.dynamic.Registry;

/** Np's ufunc section and the dynamic registrations (values checked against NumPy 2.4 by hand). */
class UfuncFacadeTest {
    private final Registry r = Registry.global();

    @Test
    void facade() {
        NDArray a = Np.arange(6).reshape(2, 3);
        assertEquals(List.of(List.of(0L, 2L, 4L), List.of(6L, 8L, 10L)), Np.add(a, a).tolist());
        assertEquals(DType.FLOAT64, Np.divide(a, 2L).dtype());
        assertEquals(List.of(3L, 12L), Np.sum(a, 1).tolist());
        assertEquals(15L, Np.sum(a).item());
        assertEquals(5L, Np.max(a).item());
        assertEquals(List.of(0L, 4L, 10L), Np.prod(a, 0).tolist());
        assertEquals(DType.INT64, Np.sum(Np.array(new byte[] {1, 2})).dtype());
        assertEquals(List.of(List.of(0L), List.of(3L)), Np.min(a, new int[] {1}, true, null).tolist());
        NDArray i8 = Np.array(new byte[] {1});
        OverflowError e = assertThrows(OverflowError.class, () -> Np.add(i8, 300L));
        assertEquals("Python integer 300 out of bounds for int8", e.getMessage());
        ValueError v = assertThrows(ValueError.class, () -> Np.power(Np.arange(3), -1L));
        assertEquals("Integers to negative integer powers are not allowed.", v.getMessage());
        assertEquals(0L, Np.floorDivide(1L, 0L).item());
        assertEquals(0L, Np.remainder(1L, 0L).item());
        assertEquals("[??->?, bb->b, BB->B, hh->h, HH->H, ii->i, II->I, ll->l, LL->L, ee->e, ff->f, dd->d, FF->F, DD->D]",
                Ufunc.ADD.types().toString());
        assertEquals("<ufunc 'add'>", Ufunc.of("add").toString());
        assertEquals(0L, Ufunc.ADD.identity());
        assertEquals(3, Ufunc.ADD.nargs());
        assertEquals(List.of(0L, 1L, 3L, 6L, 10L, 15L), Np.cumsum(a).tolist());
        assertEquals(List.of(List.of(0L, 1L, 2L), List.of(0L, 4L, 10L)), Np.cumprod(a, 0).tolist());
        assertEquals(List.of(List.of(0L, 1L, 3L), List.of(3L, 7L, 12L)),
                ((NDArray) r.call("cumsum", new Object[] {a}, Map.of("axis", 1L))).tolist());
        assertEquals(DType.FLOAT32, ((NDArray) r.call("cumsum", new Object[] {a}, Map.of("dtype", "float32"))).dtype());
    }

    @Test
    void outIsReturnedAndInPlaceWorks() {
        NDArray a = Np.arange(5).astype(DType.FLOAT64);
        NDArray res = Ufunc.ADD.call(new Object[] {a, 1.0}, a, null, null, null);
        assertSame(a, res);
        assertEquals(List.of(1.0, 2.0, 3.0, 4.0, 5.0), a.tolist());
        // overlapping shifted views: NumPy's result as if inputs were copied first
        NDArray b = Np.arange(5);
        Ufunc.ADD.call(new Object[] {b.get("1:"), b.get(":-1")}, b.get(":-1"), null, null, null);
        assertEquals(List.of(1L, 3L, 5L, 7L, 4L), b.tolist());
        TypeError t = assertThrows(TypeError.class,
            () -> Ufunc.ADD.call(new Object[] {Np.arange(3), 0.5}, Np.arange(3), null, null, null));
        assertEquals("Cannot cast ufunc 'add' output from dtype('float64') to dtype('int64') with casting rule 'same_kind'",
                t.getMessage());
    }

    @Test
    void dynamicLayer() {
        NDArray a = Np.arange(6).reshape(2, 3);
        assertEquals(List.of(List.of(1L, 2L, 3L), List.of(4L, 5L, 6L)), ((NDArray) r.call("add", new Object[] {a, 1L}, null)).tolist());
        assertEquals(List.of(true, false), ((NDArray) r.call("less", new Object[] {List.of(1L, 5L), 3L}, null)).tolist());
        assertEquals(DType.FLOAT32,
                ((NDArray) r.call("multiply", new Object[] {a, a}, Map.of("dtype", "float32"))).dtype());
        NDArray out = Np.zeros(3);
        Object res = r.call("sqrt", new Object[] {List.of(4.0, 9.0, 16.0)}, Map.of("out", out, "where", List.of(true, false, true)));
        assertSame(out, res);
        assertEquals(List.of(2.0, 0.0, 4.0), out.tolist());
        assertEquals(List.of(List.of(15L)), ((NDArray) r.call("sum", new Object[] {a}, Map.of("axis", List.of(0L, 1L), "keepdims", true))).tolist());
        assertEquals(List.of(3L, 12L), ((NDArray) r.call("sum", new Object[] {a, 1L}, null)).tolist());
        assertEquals(25L, ((NDArray) r.call("sum", new Object[] {a}, Map.of("initial", 10L))).item());
        assertEquals(5L, ((NDArray) r.call("amax", new Object[] {a}, null)).item());
        assertEquals(10L, ((NDArray) r.call("sum", new Object[] {a}, Map.of("where", List.of(true, false, true)))).item());
        assertEquals(4L, ((NDArray) r.call("max", new Object[] {a},
            Map.of("where", List.of(true, true, false), "initial", -1L))).item());
        assertEquals(List.of(0L, 3L), ((NDArray) r.call("min", new Object[] {a}, Map.of("axis", 1L))).tolist());
        assertEquals(1.5, ((NDArray) r.call("divide", new Object[] {3L, 2L}, null)).item());
        assertEquals(List.of(1L, 0L), ((NDArray) r.call("mod", new Object[] {List.of(4L, 6L), 3L}, null)).tolist());
        ValueError e = assertThrows(ValueError.class, () -> r.call("max", new Object[] {Np.zeros(0)}, null));
        assertEquals("zero-size array to reduction operation maximum which has no identity", e.getMessage());
        NotImplementedError n = assertThrows(NotImplementedError.class,
            () -> r.call("add", new Object[] {1L, 2L}, Map.of("order", "C")));
        assertEquals("The 'order' argument to numpy.add is not supported.", n.getMessage());
        assertEquals("(a, axis=None, dtype=None, out=None, keepdims=<no value>, initial=<no value>, where=<no value>)",
                r.lookup("sum").signature().toString());
        assertArrayEquals(new int[] {2, 3}, ((NDArray) r.call("negative", new Object[] {a}, null)).shape());
        assertEquals("[0, 1]", Arrays.toString(((NDArray) r.call("invert", new Object[] {List.of(true, false)}, null))
                .astype(DType.INT64).toLongArray()));
    }
}
