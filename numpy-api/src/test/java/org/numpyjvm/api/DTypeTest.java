package org.numpyjvm.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.numpyjvm.api.testing.Golden;

/** Byte order (golden {@code dtype_byteorder}) and the Java conveniences of {@link DType}. */
class DTypeTest {
    private static final JsonNode DATA = Golden.load("dtype_byteorder");

    @TestFactory
    Stream<DynamicTest> newbyteorder() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : DATA.get("newbyteorder")) {
            String expr = c.get("expr").asText();
            DType d = DType.of(c.get("dtype").asText());
            String order = c.get("order").asText();
            tests.add(DynamicTest.dynamicTest(expr, () -> {
                if (c.has("error")) {
                    ValueError e = assertThrows(ValueError.class, () -> d.newbyteorder(order), expr);
                    assertEquals(c.get("message").asText(), e.getMessage(), expr);
                } else {
                    DType r = d.newbyteorder(order);
                    assertEquals(c.get("str").asText(), r.str(), expr);
                    assertEquals(c.get("repr").asText(), r.repr(), expr);
                }
            }));
        }
        return tests.stream();
    }

    @Test
    void equality() {
        for (JsonNode line : DATA.get("equal")) {
            String[] p = line.asText().split(" ");
            DType a = DType.of(p[0]);
            DType b = DType.of(p[1]);
            boolean eq = Boolean.parseBoolean(p[2]);
            assertEquals(eq, a.equals(b), "np.dtype('" + p[0] + "') == np.dtype('" + p[1] + "')");
            if (eq) {
                assertEquals(a.hashCode(), b.hashCode());
            }
        }
    }

    @Test
    void byteOrderBasics() {
        DType big = DType.of(">f8");
        assertNotEquals(DType.FLOAT64, big);
        assertFalse(big.isNative());
        assertEquals("dtype('>f8')", big.repr());
        assertEquals(">f8", big.toString());
        assertEquals(DType.FLOAT64, big.newbyteorder());
        assertEquals(big, DType.FLOAT64.newbyteorder());
        assertSame(DType.INT8, DType.INT8.newbyteorder());
        assertEquals('|', DType.bytes(3).withByteOrder('>').byteorder());
    }

    @Test
    void explicitNativeOrderIsKeptLikeNumPy() {
        DType x = DType.of(">f8").newbyteorder(); // NumPy: byteorder '<', repr dtype('<f8'), str float64
        assertEquals('<', x.byteorder());
        assertEquals("dtype('<f8')", x.repr());
        assertEquals("float64", x.toString());
        assertEquals(DType.FLOAT64, x);
        assertEquals(DType.FLOAT64.hashCode(), x.hashCode());
        assertEquals("dtype('<f8')", DType.promoteTypes(x, x).repr());
        assertEquals("dtype('<f8')", DType.resultType(x).repr());
        assertEquals("dtype('float64')", DType.resultType(x, x).repr());
        assertTrue(DType.canCast(x, DType.FLOAT64, "no"));
    }

    @Test
    void reprOfStrings() {
        assertEquals("dtype('S3')", DType.bytes(3).repr());
        assertEquals("dtype('S')", DType.bytes(0).repr());
        assertEquals("dtype('<U')", DType.str(0).repr());
        assertEquals("dtype('<U5')", DType.str(5).repr());
        assertEquals("|S3", DType.bytes(3).toString());
        assertEquals("str160", DType.str(5).name());
        assertEquals("numpy.str_", DType.str(5).typeName());
    }

    @Test
    void fromJavaClasses() {
        assertSame(DType.FLOAT64, DType.of(double.class));
        assertSame(DType.FLOAT64, DType.of(Double.class));
        assertSame(DType.FLOAT32, DType.of(float.class));
        assertSame(DType.INT64, DType.of(long.class));
        assertSame(DType.INT64, DType.of(BigInteger.class));
        assertSame(DType.INT32, DType.of(int.class));
        assertSame(DType.INT16, DType.of(short.class));
        assertSame(DType.INT8, DType.of(byte.class));
        assertSame(DType.BOOL, DType.of(boolean.class));
        assertEquals(DType.str(0), DType.of(String.class));
        assertEquals(DType.bytes(0), DType.of(byte[].class));
        assertSame(DType.COMPLEX128, DType.of(Complex.class));
        TypeError e = assertThrows(TypeError.class, () -> DType.of(char.class));
        assertEquals("Cannot interpret 'char' as a data type", e.getMessage());
        assertSame(DType.FLOAT64, DType.of((String) null));
        assertThrows(NotImplementedError.class, () -> DType.of(Object.class));
    }

    @Test
    void resultTypeJavaArguments() {
        assertEquals(DType.INT8, DType.resultType("int8", 300));
        assertEquals(DType.INT8, DType.resultType(byte.class, 7L));
        assertEquals(DType.FLOAT16, DType.resultType(DType.FLOAT16, 1.5f));
        assertEquals(DType.COMPLEX64, DType.resultType(DType.FLOAT32, Complex.of(0, 1)));
        assertEquals(DType.UINT64, DType.resultType(BigInteger.ONE.shiftLeft(63)));
        assertEquals(DType.INT64, DType.resultType((short) 3));
        TypeError e = assertThrows(TypeError.class, () -> DType.resultType(DType.INT8, new Object() {
            @Override
            public String toString() {
                return "thing";
            }
        }));
        assertEquals("Cannot interpret 'thing' as a data type", e.getMessage());
        DTypePromotionError p = assertThrows(DTypePromotionError.class, () -> DType.resultType("U5", 1));
        assertEquals("numpy.exceptions.DTypePromotionError", p.pythonType());
        assertTrue(p instanceof TypeError);
    }

    @Test
    void resultTypeWithArrays() {
        // NumPy 2: np.result_type(np.array(1, np.int64), np.int8) is int64 (0-d arrays are not weak)
        assertEquals(DType.INT64, DType.resultType(Np.zeros(DType.INT64), DType.INT8));
        assertEquals(DType.FLOAT64, DType.resultType(DType.FLOAT32, Np.zeros(DType.FLOAT64, 2)));
        assertEquals(DType.INT8, DType.resultType(Np.zeros(DType.INT8, 3), 300));
        assertEquals(DType.FLOAT64, DType.resultType(Np.zeros(DType.INT8), 1.0));
        assertEquals(DType.INT16, DType.resultType(Np.zeros(DType.INT16.newbyteorder(), 2)));
        assertEquals("dtype('<U21')", DType.resultType(Np.zeros(DType.INT64), DType.str(3)).repr());
    }

    @Test
    void noneArgumentsAsNumPy() {
        assertEquals("did not understand one of the types; 'None' not accepted",
                assertThrows(TypeError.class, () -> DType.canCast(null, DType.FLOAT64)).getMessage());
        assertEquals("did not understand one of the types",
                assertThrows(TypeError.class, () -> DType.promoteTypes(null, DType.INT8)).getMessage());
        assertEquals("casting must be str, not NoneType",
                assertThrows(TypeError.class, () -> DType.canCast(DType.INT8, DType.FLOAT64, null)).getMessage());
        assertEquals("byteorder must be str, not NoneType",
                assertThrows(TypeError.class, () -> DType.FLOAT64.newbyteorder(null)).getMessage());
        assertEquals("Invalid integer data type 'f'.",
                assertThrows(ValueError.class, () -> IInfo.of((DType) null)).getMessage());
        assertEquals(DType.FLOAT64, FInfo.of((DType) null).dtype());
        assertEquals(DType.FLOAT64, DType.resultType((Object[]) null));
        assertEquals(DType.FLOAT64, DType.resultType(null, DType.INT8));
    }

    @Test
    void weakScalars() {
        assertTrue(DType.weakScalarFits(DType.INT8, 127));
        assertFalse(DType.weakScalarFits(DType.INT8, 300));
        assertFalse(DType.weakScalarFits(DType.UINT64, -1));
        assertTrue(DType.weakScalarFits(DType.FLOAT16, Long.MAX_VALUE));
        OverflowError e = assertThrows(OverflowError.class, () -> DType.checkWeakInt(DType.INT8, 300));
        assertEquals("Python integer 300 out of bounds for int8", e.getMessage());
    }
}
