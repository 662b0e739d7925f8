package org.numpyjvm.api.ufunc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.numpyjvm.api.RuntimeError;
import org.numpyjvm.api.TypeError;
import org.numpyjvm.api.Ufunc;
import org.numpyjvm.api.ValueError;
import org.numpyjvm.api.dynamic.Registry;

/** Two-output ufuncs, gufunc attributes, reductions of the new ufuncs, dynamic registrations (values from NumPy 2.4.6). */
class UfuncMoreTest {
    private final Registry r = Registry.global();

    @Test
    void attributes() {
        Ufunc mm = Ufunc.of("matmul");
        assertEquals("(n?,k),(k,m?)->(n?,m?)", mm.signature());
        assertEquals(2, mm.nin());
        assertEquals(1, mm.nout());
        assertEquals(3, mm.nargs());
        assertEquals(14, mm.ntypes());
        Ufunc dm = Ufunc.of("divmod");
        assertEquals(2, dm.nout());
        assertEquals(4, dm.nargs());
        assertNull(dm.signature());
        assertEquals("[e->ei, f->fi, d->di]", Ufunc.of("frexp").types().toString());
        assertEquals(Double.NEGATIVE_INFINITY, Ufunc.of("logaddexp").identity());
        assertEquals(0L, Ufunc.of("gcd").identity());
        assertEquals("conjugate", Ufunc.of("conj").name());
    }

    @Test
    void twoOutputs() {
        NDArray[] qr = Ufunc.of("divmod").callAll(Np.array(new double[] {7.5, -7.5}), 2.0);
        assertEquals(List.of(3.0, -4.0), qr[0].tolist());
        assertEquals(List.of(1.5, 0.5), qr[1].tolist());
        TypeError t = assertThrows(TypeError.class, () -> Ufunc.of("divmod").call(1L, 2L));
        assertEquals("ufunc 'divmod' has 2 outputs: use Ufunc.callAll", t.getMessage());
        ValueError v = assertThrows(ValueError.class, () -> Ufunc.of("divmod").reduce(Np.arange(3)));
        assertEquals("reduce only supported for functions returning a single value", v.getMessage());
        v = assertThrows(ValueError.class, () -> Ufunc.of("modf").accumulate(Np.arange(3)));
        assertEquals("accumulate only supported for functions returning a single value", v.getMessage());
        RuntimeError re = assertThrows(RuntimeError.class, () -> Ufunc.of("matmul").reduce(Np.ones(2, 2, 2)));
        assertEquals("Reduction not defined on ufunc with signature", re.getMessage());
        t = assertThrows(TypeError.class, () -> Ufunc.of("matmul").outer(Np.ones(2), Np.ones(2)));
        assertEquals("method outer is not allowed in ufunc with non-trivial signature", t.getMessage());
        NDArray o2 = Np.zeros(2);
        NDArray[] m = Ufunc.of("modf").callAll(new Object[] {Np.array(new double[] {1.25, -2.5})}, new NDArray[] {null, o2},
            null, null, null);
        assertSame(o2, m[1]);
        assertEquals(List.of(1.0, -2.0), o2.tolist());
        assertEquals(List.of(0.25, -0.5), m[0].tolist());
    }

    @Test
    void reductions() {
        assertEquals(6L, Ufunc.of("gcd").reduce(Np.array(new long[] {12, 18, 24})).item());
        assertEquals(Math.sqrt(5), (Double) Ufunc.of("hypot").reduce(Np.arange(0.0, 3.0, 1.0)).item(), 0);
        assertEquals(Double.NEGATIVE_INFINITY, Ufunc.of("logaddexp").reduce(Np.zeros(0)).item());
        assertEquals(List.of(1.0, 2.0, 3.0), Ufunc.of("fmax").accumulate(Np.array(new double[] {1, Double.NaN, 2, 3}))
            .get("1:").tolist());
    }

    @Test
    void dynamicLayer() {
        NDArray a = Np.array(new double[] {7.5, -7.5, 3.0});
        @SuppressWarnings("unchecked")
        List<NDArray> qr = (List<NDArray>) r.call("divmod", new Object[] {a, 2.0}, null);
        assertEquals(List.of(3.0, -4.0, 1.0), qr.get(0).tolist());
        NDArray o1 = Np.zeros(3);
        NDArray o2 = Np.zeros(3);
        @SuppressWarnings("unchecked")
        List<NDArray> res = (List<NDArray>) r.call("divmod", new Object[] {a, 2.0}, Map.of("out", Arrays.asList(o1, o2)));
        assertSame(o1, res.get(0));
        assertEquals(List.of(1.5, 0.5, 1.0), o2.tolist());
        res = (List<NDArray>) r.call("frexp", new Object[] {a, null, o2}, null);
        assertSame(o2, res.get(1));
        TypeError t = assertThrows(TypeError.class, () -> r.call("divmod", new Object[] {a, 2.0}, Map.of("out", o1)));
        assertEquals("'out' must be a tuple of arrays", t.getMessage());
        ValueError v = assertThrows(ValueError.class,
            () -> r.call("divmod", new Object[] {a, 2.0}, Map.of("out", List.of(o1))));
        assertEquals("The 'out' tuple must have exactly one entry per ufunc output", v.getMessage());
        NDArray mm = (NDArray) r.call("matmul", new Object[] {Np.arange(0.0, 6.0, 1.0).reshape(2, 3), Np.arange(0.0, 3.0, 1.0)}, null);
        assertEquals(List.of(5.0, 14.0), mm.tolist());
        NotImplementedError n = assertThrows(NotImplementedError.class,
            () -> r.call("matmul", new Object[] {Np.ones(2, 2), Np.ones(2, 2)}, Map.of("axes", List.of())));
        assertEquals("The 'axes' argument to numpy.matmul is not supported.", n.getMessage());
        t = assertThrows(TypeError.class,
            () -> r.call("matmul", new Object[] {Np.ones(2, 2), Np.ones(2, 2)}, Map.of("where", true)));
        assertEquals(DType.FLOAT64, ((NDArray) r.call("arcsinh", new Object[] {1.0}, null)).dtype());
        assertEquals(List.of(1.0, -1.0), ((NDArray) r.call("conj", new Object[] {List.of(1.0, -1.0)}, null)).tolist());
    }

    @Test
    void matmulLarge() {
        // the float64 fast path against a naive sum over a block larger than the kernel's blocks
        int n = 130;
        int k = 300;
        int m = 600;
        NDArray a = Np.arange(0.0, (double) n * k, 1.0).reshape(n, k);
        NDArray b = Np.arange(0.0, (double) k * m, 1.0).reshape(k, m);
        NDArray c = Ufunc.of("matmul").call(a, b);
        double want = 0;
        for (int p = 0; p < k; p++) {
            want += (double) (7 * k + p) * (p * m + 555);
        }
        assertEquals(want, (Double) c.get(7, 555).item(), 0);
        NDArray c32 = Ufunc.of("matmul").call(a.astype(DType.FLOAT32), b.astype(DType.FLOAT32));
        assertEquals(DType.FLOAT32, c32.dtype());
        assertEquals(want, ((Number) c32.get(7, 555).item()).doubleValue(), want * 1e-6);
    }
}
