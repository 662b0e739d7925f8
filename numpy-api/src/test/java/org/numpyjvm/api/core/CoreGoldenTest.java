package org.numpyjvm.api.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.Np;
import org.numpyjvm.api.NumpyException;
import org.numpyjvm.api.testing.Golden;
import org.numpyjvm.api.testing.Values;

/** Views, strides, flags and sharing against NumPy (tools/golden/gen_core.py). */
class CoreGoldenTest {

    private static final JsonNode DATA = Golden.load("core");

    static NDArray base(String dtype, int[] shape) {
        DType dt = Values.dtype(dtype);
        int n = 1;
        for (int d : shape) {
            n *= d;
        }
        NDArray a;
        if (dt.isComplex()) {
            NDArray z = Np.zeros(DType.COMPLEX128, n);
            z.real().setAll(Np.arange(n));
            z.imag().setAll(Np.arange(n).get("::-1"));
            a = z.astype(dt);
        } else {
            a = Np.arange(n).astype(dt);
        }
        return a.reshape(shape);
    }

    static NDArray apply(NDArray a, JsonNode op) {
        String name = op.get(0).asText();
        switch (name) {
            case "reshape": return a.reshape(Values.ints(op.get(1)));
            case "reshapeF": return a.reshape('F', Values.ints(op.get(1)));
            case "T": return a.T();
            case "transpose": return a.transpose(Values.ints(op.get(1)));
            case "swapaxes": return a.swapaxes(op.get(1).asInt(), op.get(2).asInt());
            case "moveaxis": return a.moveaxis(Values.ints(op.get(1)), Values.ints(op.get(2)));
            case "ravel": return a.ravel();
            case "flatten": return a.flatten();
            case "get": return a.get(op.get(1).asText());
            case "broadcast_to": return a.broadcastTo(Values.ints(op.get(1)));
            case "diagonal": return a.diagonal(op.get(1).asInt(), op.get(2).asInt(), op.get(3).asInt());
            case "real": return a.real();
            case "imag": return a.imag();
            case "view": return a.view(Values.dtype(op.get(1).asText()));
            case "copy": return a.copy(op.get(1).asText().charAt(0));
            case "astype": return a.astype(Values.dtype(op.get(1).asText()));
            default: throw new IllegalArgumentException(name);
        }
    }

    @TestFactory
    Stream<DynamicTest> viewChains() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : DATA.get("cases")) {
            String expr = c.get("expr").asText();
            tests.add(DynamicTest.dynamicTest(expr, () -> {
                NDArray a = base(c.get("dtype").asText(), Values.ints(c.get("shape")));
                NDArray r = a;
                try {
                    for (JsonNode op : c.get("ops")) {
                        r = apply(r, op);
                    }
                } catch (NumpyException e) {
                    if (!c.has("error")) {
                        throw e;
                    }
                    String type = c.get("error").get("type").asText();
                    assertEquals(type, e.pythonType().replace("numpy.exceptions.", ""), expr);
                    assertEquals(c.get("error").get("message").asText(), e.getMessage(), expr);
                    return;
                }
                if (c.has("error")) {
                    fail(expr + ": expected " + c.get("error") + " but got shape " + java.util.Arrays.toString(r.shape()));
                }
                JsonNode e = c.get("result");
                assertArrayEquals(Values.ints(e.get("shape")), r.shape(), expr + " shape");
                assertArrayEquals(Values.longs(e.get("strides")), r.strides(), expr + " strides");
                assertEquals(e.get("dtype").asText(), r.dtype().str(), expr + " dtype");
                assertEquals(e.get("c").asBoolean(), r.isCContiguous(), expr + " C_CONTIGUOUS");
                assertEquals(e.get("f").asBoolean(), r.isFContiguous(), expr + " F_CONTIGUOUS");
                assertEquals(e.get("writeable").asBoolean(), r.isWriteable(), expr + " WRITEABLE");
                assertEquals(e.get("shares").asBoolean(), Np.sharesMemory(a, r), expr + " shares_memory");
                Object flat = r.ravel().tolist();
                Values.assertValues(e.get("values"), (List<?>) flat, expr);
            }));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> broadcastShapes() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : DATA.get("broadcast_shapes")) {
            tests.add(DynamicTest.dynamicTest("broadcast_shapes" + c.get("shapes"), () -> {
                int[][] shapes = new int[c.get("shapes").size()][];
                for (int i = 0; i < shapes.length; i++) {
                    shapes[i] = Values.ints(c.get("shapes").get(i));
                }
                if (c.has("error")) {
                    NumpyException e = org.junit.jupiter.api.Assertions.assertThrows(NumpyException.class,
                            () -> Np.broadcastShapes(shapes));
                    assertEquals(c.get("error").get("message").asText(), e.getMessage());
                } else {
                    assertArrayEquals(Values.ints(c.get("result")), Np.broadcastShapes(shapes));
                }
            }));
        }
        for (JsonNode c : DATA.get("broadcast_to")) {
            tests.add(DynamicTest.dynamicTest("broadcast_to " + c.get("src") + " -> " + c.get("dst"), () -> {
                NDArray src = Np.zeros(Values.ints(c.get("src")));
                int[] dst = Values.ints(c.get("dst"));
                if (c.has("error")) {
                    NumpyException e = org.junit.jupiter.api.Assertions.assertThrows(NumpyException.class,
                            () -> src.broadcastTo(dst));
                    assertEquals(c.get("error").get("type").asText(), e.pythonType());
                    assertEquals(c.get("error").get("message").asText(), e.getMessage());
                } else {
                    NDArray r = src.broadcastTo(dst);
                    assertArrayEquals(Values.ints(c.get("result")), r.shape());
                    assertArrayEquals(Values.longs(c.get("strides")), r.strides());
                }
            }));
        }
        return tests.stream();
    }
}
