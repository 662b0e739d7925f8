"""NumPy scalar types and dtypes: repr/str as NumPy 2, element access returns scalars."""
import unittest
import warnings
import numpy as np


class ScalarTest(unittest.TestCase):
    def test_repr_and_str(self):
        self.assertEqual(repr(np.float64(1.5)), "np.float64(1.5)")
        self.assertEqual(str(np.float64(2.0)), "2.0")
        self.assertEqual(repr(np.int64(5)), "np.int64(5)")
        self.assertEqual(str(np.int64(5)), "5")
        self.assertEqual(repr(np.float32(1 / 3)), "np.float32(0.33333334)")
        self.assertEqual(repr(np.uint8(200)), "np.uint8(200)")
        self.assertEqual(repr(np.complex64(1 + 2j)), "np.complex64(1+2j)")
        self.assertEqual(repr(np.False_), "np.False_")
        self.assertEqual(repr(np.bool_(1)), "np.True_")
        self.assertEqual(str(np.True_), "True")
        self.assertTrue(np.True_)

    def test_elements_are_scalars(self):
        self.assertEqual(repr(np.arange(3)[1]), "np.int64(1)")
        self.assertIs(type(np.arange(3.0)[1]), np.float64)
        self.assertEqual(repr(np.array([1, 2], dtype="u2")[0]), "np.uint16(1)")
        self.assertEqual(repr(np.array([True])[0]), "np.True_")
        self.assertEqual(repr(np.array(["ab"])[0]), "np.str_('ab')")
        self.assertEqual(repr(np.array([1 + 2j])[0]), "np.complex128(1+2j)")

    def test_scalar_hierarchy(self):
        x = np.arange(3.0)[0]
        self.assertIsInstance(x, float)
        self.assertIsInstance(x, np.floating)
        self.assertIsInstance(x, np.generic)
        self.assertIsInstance(np.int32(3), np.signedinteger)
        self.assertNotIsInstance(np.int64(3), int)  # as NumPy: only np.float64/np.complex128 subclass Python's
        self.assertNotIsInstance(np.float32(3), float)
        self.assertIsInstance(np.complex128(3), complex)
        self.assertEqual(np.float64(1.5) + 1, 2.5)
        self.assertEqual(np.int64(2) * 3, 6)

    def test_as_dtype_arguments(self):
        for t, name in ((np.float64, "float64"), (np.int8, "int8"), (np.uint32, "uint32"), (np.bool_, "bool"),
                        (np.complex64, "complex64"), (np.float16, "float16")):
            self.assertEqual(np.zeros(1, dtype=t).dtype.name, name)


def _same(test, got, expected_type, expected_value):
    test.assertIs(type(got), expected_type)
    test.assertEqual(got.item(), expected_value)


class ScalarArithmeticTest(unittest.TestCase):
    """NEP 50 result types, wrap-around with NumPy's reports, NumPy's errors."""

    def test_result_types(self):
        _same(self, np.int8(1) + 1, np.int8, 2)
        _same(self, np.int8(1) + np.int16(1), np.int16, 2)
        _same(self, np.int8(1) + np.uint8(1), np.int16, 2)
        _same(self, np.uint64(1) + np.int64(1), np.float64, 2.0)
        _same(self, np.float32(1) + 1.0, np.float32, 2.0)
        _same(self, np.int64(1) / np.int64(2), np.float64, 0.5)
        _same(self, np.int16(1) + np.float16(1), np.float32, 2.0)
        _same(self, np.float16(1) + 1j, np.complex64, 1 + 1j)
        _same(self, np.True_ + 1, np.int64, 2)
        self.assertIs(np.True_ + np.True_, np.True_)
        _same(self, np.float32(0.1) * 3, np.float32, 0.30000001192092896)
        self.assertIs(np.int8(1) < 300, np.True_)
        self.assertIs(np.float32(0.1) == 0.1, np.True_)  # the weak 0.1 is cast to float32 first

    def test_overflow_wraps_and_reports(self):
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            r = np.int8(127) + np.int8(1)
        _same(self, r, np.int8, -128)
        self.assertEqual([str(x.message) for x in w], ["overflow encountered in scalar add"])
        self.assertIs(w[0].category, RuntimeWarning)

    def test_reports_go_through_the_error_state_hook(self):
        from numpy import _scalar_ops
        saved = _scalar_ops._report
        seen = []

        def report(category, message):
            seen.append(category)
            raise FloatingPointError(message)
        _scalar_ops._report = report
        try:
            with self.assertRaises(FloatingPointError) as cm:
                np.float64(1) / 0
            self.assertEqual(str(cm.exception), "divide by zero encountered in scalar divide")
            with self.assertRaises(FloatingPointError):
                np.int8(1) // np.int8(0)
            with self.assertRaises(FloatingPointError):
                np.float64(0) / 0
        finally:
            _scalar_ops._report = saved
        self.assertEqual(seen, ["divide", "divide", "invalid"])

    def test_division_by_zero(self):
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            _same(self, np.int8(1) // np.int8(0), np.int8, 0)
            self.assertEqual(np.float64(-1) / 0, float("-inf"))
        self.assertEqual([str(x.message) for x in w], ["divide by zero encountered in scalar floor_divide",
                                                       "divide by zero encountered in scalar divide"])

    def test_python_int_out_of_bounds(self):
        with self.assertRaises(OverflowError) as cm:
            np.int8(1) + 300
        self.assertEqual(str(cm.exception), "Python integer 300 out of bounds for int8")
        with self.assertRaises(OverflowError) as cm:
            np.int64(1) + 2 ** 63
        self.assertEqual(str(cm.exception), "Python int too large to convert to C long")
        _same(self, np.uint64(1) + 2 ** 63, np.uint64, 2 ** 63 + 1)

    def test_ndarray_operand_defers_to_the_array(self):
        r = np.int8(1) + np.array([1, 2], dtype=np.int8)
        self.assertEqual(r.dtype, np.int8)
        self.assertEqual(r.tolist(), [2, 3])
        self.assertEqual((np.int8(1) + [1, 2]).dtype, np.int64)

    def test_conversions_and_protocols(self):
        self.assertIs(np.bool_(1), np.True_)
        self.assertEqual(hash(np.float32(1.5)), hash(1.5))
        self.assertEqual(hash(np.int8(-1)), hash(-1))
        self.assertEqual([1, 2, 3][np.uint8(2)], 3)
        with self.assertRaises(TypeError):
            [1, 2][np.True_]
        with self.assertRaises(AttributeError):
            np.float32(1).__index__()
        self.assertEqual(round(np.float64(2.675), 2), 2.68)  # NumPy's scale-round-unscale, not Python's
        self.assertIs(type(round(np.float32(2.5))), int)
        self.assertEqual(np.int8(-7).bit_count(), 3)
        self.assertEqual(np.float16(0.1).as_integer_ratio(), (819, 8192))
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            self.assertEqual(float(np.complex128(1 + 2j)), 1.0)
        self.assertIs(w[0].category, np.exceptions.ComplexWarning)

    def test_attributes(self):
        x = np.complex64(1 + 2j)
        self.assertEqual((x.itemsize, x.nbytes, x.ndim, x.shape, x.size), (8, 8, 0, (), 1))
        _same(self, x.real, np.float32, 1.0)
        _same(self, x.conjugate(), np.complex64, 1 - 2j)
        _same(self, np.float64(2).imag, np.float64, 0.0)
        _same(self, np.int8(3).astype(np.float32), np.float32, 3.0)
        self.assertEqual(np.float32(1.5).__array__().dtype, np.float32)
        self.assertEqual(np.int8(3).reshape(1).dtype, np.int8)


class ScalarBridgeTest(unittest.TestCase):
    """NumPy scalars reach numpy-api as values of their dtype."""

    def test_dtypes_kept(self):
        self.assertEqual(np.array(np.float32(1.5)).dtype, np.float32)
        self.assertEqual(np.array([np.int8(1)]).dtype, np.int8)
        self.assertEqual(np.array([np.float32(1), 2.0]).dtype, np.float64)  # a Python float in a list is float64
        self.assertEqual(np.full(3, np.float32(1)).dtype, np.float32)
        _same(self, np.add(np.int8(1), 1), np.int8, 2)

    def test_integer_scalars_as_ints(self):
        self.assertEqual(np.zeros((np.int8(2), np.uint16(3))).shape, (2, 3))
        self.assertEqual(np.arange(5)[np.int64(1):np.int8(3)].tolist(), [1, 2])
        self.assertEqual(np.arange(5)[np.int64(4)], 4)
        self.assertEqual(np.arange(6).reshape(np.int64(2), 3).shape, (2, 3))

    def test_bytes_elements(self):
        a = np.array(b"ab")
        self.assertEqual((a.dtype.str, a.shape), ("|S2", ()))
        a = np.array([b"a", b"bc"])
        a[0] = b"xyz"
        self.assertEqual(a.tolist(), [b"xy", b"bc"])


class DTypeTest(unittest.TestCase):
    def test_attributes(self):
        self.assertEqual(np.dtype("i4").itemsize, 4)
        self.assertEqual(np.dtype("<f4").str, "<f4")
        self.assertEqual(np.dtype("c16").kind, "c")
        self.assertEqual(np.dtype("U3").name, "str96")
        self.assertEqual(str(np.dtype("U3")), "<U3")
        self.assertEqual(repr(np.dtype(np.int8)), "dtype('int8')")
        self.assertIs(np.dtype("f8").type, np.float64)

    def test_equality(self):
        self.assertTrue(np.dtype("float64") == "f8")
        self.assertTrue(np.dtype("i4") == np.int32)
        self.assertTrue(np.dtype("i4") == np.dtype("int32"))
        self.assertFalse(np.dtype("i4") == "i8")
        self.assertFalse(np.dtype("i4") == "not a dtype")
        self.assertEqual(np.zeros(2).dtype, float)

    def test_errors(self):
        with self.assertRaises(TypeError) as cm:
            np.dtype("foo")
        self.assertEqual(str(cm.exception), "data type 'foo' not understood")


if __name__ == "__main__":
    unittest.main()
