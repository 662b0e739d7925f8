"""NumPy scalar types and dtypes: repr/str as NumPy 2, element access returns scalars."""
import unittest
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
        self.assertEqual(np.float64(1.5) + 1, 2.5)
        self.assertEqual(np.int64(2) * 3, 6)

    def test_as_dtype_arguments(self):
        for t, name in ((np.float64, "float64"), (np.int8, "int8"), (np.uint32, "uint32"), (np.bool_, "bool"),
                        (np.complex64, "complex64"), (np.float16, "float16")):
            self.assertEqual(np.zeros(1, dtype=t).dtype.name, name)


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
