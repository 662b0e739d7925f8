"""numpy's module functions (from the dynamic layer): keywords, results, exception types and messages."""
import array
import unittest
import numpy as np
from numpy.exceptions import AxisError


class CreationTest(unittest.TestCase):
    def test_keywords(self):
        a = np.zeros((2, 3), dtype="int32")
        self.assertEqual(a.dtype, np.int32)
        self.assertEqual(a.shape, (2, 3))
        self.assertEqual(np.zeros(shape=4, dtype=np.float32).dtype, "float32")
        self.assertEqual(repr(np.full((2,), 7, dtype=np.int8)), "array([7, 7], dtype=int8)")
        self.assertEqual(np.ones((2, 2), order="F").flags.f_contiguous, True)

    def test_array_and_arange(self):
        self.assertEqual(repr(np.array([[1, 2], [3, 4]], dtype=float)), "array([[1., 2.],\n       [3., 4.]])")
        self.assertEqual(repr(np.arange(2, 10, 3)), "array([2, 5, 8])")
        self.assertEqual(repr(np.arange(0.0, 1.0, 0.25)), "array([0.  , 0.25, 0.5 , 0.75])")
        self.assertEqual(np.array(range(3)).tolist(), [0, 1, 2])
        self.assertEqual(np.array((1, 2.5)).dtype, np.float64)
        self.assertEqual(np.array([1, 2], ndmin=3).shape, (1, 1, 2))

    def test_array_from_buffer(self):
        a = np.array(array.array("d", [1.0, 2.5]))
        self.assertEqual(repr(a), "array([1. , 2.5])")
        self.assertEqual(np.array(array.array("i", [1, -2])).dtype, np.int32)
        self.assertEqual(repr(np.asarray(array.array("B", [1, 255]))), "array([  1, 255], dtype=uint8)")

    def test_python_types_as_dtypes(self):
        self.assertEqual(np.zeros(1, dtype=int).dtype, np.int64)
        self.assertEqual(np.zeros(1, dtype=float).dtype, np.float64)
        self.assertEqual(np.zeros(1, dtype=bool).dtype, np.bool_)
        self.assertEqual(np.zeros(1, dtype=complex).dtype, np.complex128)
        self.assertEqual(np.zeros(1, dtype=np.dtype("u2")).dtype, "uint16")

    def test_array_passes_through(self):
        a = np.arange(4)
        self.assertEqual(np.reshape(a, (2, 2)).shape, (2, 2))
        self.assertTrue(np.shares_memory(a, np.reshape(a, (2, 2))))
        self.assertFalse(np.may_share_memory(a, np.copy(a)))


class ShapeFunctionTest(unittest.TestCase):
    def test_functions(self):
        a = np.zeros((2, 3, 4))
        self.assertEqual(np.moveaxis(a, 0, -1).shape, (3, 4, 2))
        self.assertEqual(np.swapaxes(a, 0, 2).shape, (4, 3, 2))
        self.assertEqual(np.transpose(a).shape, (4, 3, 2))
        self.assertEqual(np.ravel(np.arange(6).reshape(2, 3), order="F").tolist(), [0, 3, 1, 4, 2, 5])
        self.assertEqual(np.broadcast_to(np.arange(3), (2, 3)).tolist(), [[0, 1, 2], [0, 1, 2]])
        self.assertEqual(np.diagonal(np.arange(9).reshape(3, 3)).tolist(), [0, 4, 8])

    def test_tuple_results(self):
        self.assertEqual(np.broadcast_shapes((2, 1), (3,)), (2, 3))
        r = np.broadcast_arrays(np.zeros(2), np.zeros((3, 1)))
        self.assertIsInstance(r, tuple)
        self.assertEqual([x.shape for x in r], [(3, 2), (3, 2)])

    def test_dtype_functions(self):
        self.assertEqual(repr(np.result_type("i4", "f4")), "dtype('float64')")
        self.assertIs(np.can_cast("i8", "f8"), True)
        self.assertEqual(repr(np.promote_types("i1", "u1")), "dtype('int16')")


class ManipulationTest(unittest.TestCase):
    """Functions registered by other families reach Python with no Python change."""

    def test_joining_and_splitting(self):
        a = np.arange(4).reshape(2, 2)
        self.assertEqual(repr(np.concatenate([a, a], axis=1)), "array([[0, 1, 0, 1],\n       [2, 3, 2, 3]])")
        self.assertEqual(repr(np.stack((np.zeros(2), np.ones(2)))), "array([[0., 0.],\n       [1., 1.]])")
        parts = np.split(np.arange(6), 3)
        self.assertIsInstance(parts, list)
        self.assertEqual(repr(parts), "[array([0, 1]), array([2, 3]), array([4, 5])]")

    def test_tile_pad(self):
        self.assertEqual(repr(np.tile(np.arange(2), 2)), "array([0, 1, 0, 1])")
        self.assertEqual(repr(np.pad(np.arange(3), 1)), "array([0, 0, 1, 2, 0])")


class ErrorTest(unittest.TestCase):
    def check(self, exc, message, f, *args, **kwargs):
        with self.assertRaises(exc) as cm:
            f(*args, **kwargs)
        self.assertEqual(str(cm.exception), message)
        return cm.exception

    def test_value_errors(self):
        self.check(ValueError, "order must be one of 'C', 'F', 'A', or 'K' (got 'X')", np.zeros, (2, 3), order="X")
        self.check(ValueError, "cannot reshape array of size 6 into shape (4,2)", np.reshape, np.zeros(6), (4, 2))
        self.check(ValueError, "negative dimensions are not allowed", np.zeros, -1)
        self.check(ValueError, "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is "
                               "between arg 0 with shape (2, 3) and arg 1 with shape (4,).",
                   np.broadcast_shapes, (2, 3), (4,))

    def test_type_errors(self):
        self.check(TypeError, "data type 'foo' not understood", np.zeros, 3, dtype="foo")
        self.check(TypeError, "zeros() got an unexpected keyword argument 'dtpe'", np.zeros, 3, dtpe=1)
        # NumPy says "arange() requires stop to be specified."; the dynamic layer's binding differs (reported)
        self.assertRaises(TypeError, np.arange)

    def test_axis_error(self):
        e = self.check(AxisError, "source: axis 5 is out of bounds for array of dimension 2",
                       np.moveaxis, np.zeros((2, 3)), 5, 0)
        self.assertIsInstance(e, ValueError)
        self.assertIsInstance(e, IndexError)
        self.assertEqual(type(e).__module__ + "." + type(e).__name__, "numpy.exceptions.AxisError")
        self.check(IndexError, "axis2: axis 1 is out of bounds for array of dimension 1",
                   np.swapaxes, np.zeros(3), 0, 1)

    def test_unknown_attribute(self):
        self.check(AttributeError, "module 'numpy' has no attribute 'no_such_function'",
                   getattr, np, "no_such_function")


class ModuleTest(unittest.TestCase):
    def test_version(self):
        self.assertTrue(np.__version__.startswith("2."))
        self.assertTrue(np.__numpy_jvm_version__)

    def test_missing_submodules(self):
        import importlib
        for name in ("linalg", "fft", "random", "ma", "char", "strings", "polynomial", "lib"):
            with self.assertRaises(ImportError) as cm:
                importlib.import_module("numpy." + name)
            self.assertIn("numpy.%s is not available in numpy-jvm yet" % name, str(cm.exception))

    def test_dir(self):
        self.assertIn("zeros", dir(np))
        self.assertIn("ndarray", dir(np))


if __name__ == "__main__":
    unittest.main()
