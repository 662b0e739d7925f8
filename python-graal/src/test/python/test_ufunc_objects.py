"""numpy.ufunc objects: every ufunc of the dynamic layer is an instance of numpy.ufunc with NumPy's
attributes and methods (reduce, accumulate, reduceat, outer, at); the operators call them."""
import pickle
import unittest
import warnings
import numpy as np


class UfuncObjectTest(unittest.TestCase):
    def test_type_and_identity(self):
        self.assertIs(type(np.add), np.ufunc)
        self.assertIsInstance(np.sqrt, np.ufunc)
        self.assertEqual(repr(np.ufunc), "<class 'numpy.ufunc'>")
        self.assertIs(np.divide, np.true_divide)
        self.assertIs(np.mod, np.remainder)
        self.assertIs(np.abs, np.absolute)
        self.assertIs(np.bitwise_not, np.invert)
        self.assertNotIsInstance(np.sum, np.ufunc)  # reductions stay functions
        self.assertFalse(isinstance(np.add.reduce, np.ufunc))

    def test_names_and_repr(self):
        self.assertEqual(repr(np.add), "<ufunc 'add'>")
        self.assertEqual(str(np.divide), "<ufunc 'divide'>")
        self.assertEqual(np.true_divide.__name__, "divide")
        self.assertEqual(np.absolute.__name__, "absolute")
        self.assertEqual(np.invert.__name__, "invert")

    def test_attributes(self):
        self.assertEqual((np.add.nin, np.add.nout, np.add.nargs), (2, 1, 3))
        self.assertEqual((np.sqrt.nin, np.sqrt.nout, np.sqrt.nargs), (1, 1, 2))
        self.assertEqual(np.add.identity, 0)
        self.assertEqual(np.multiply.identity, 1)
        self.assertIsNone(np.subtract.identity)
        self.assertIsNone(np.maximum.identity)
        self.assertIs(np.logical_and.identity, True)
        self.assertIs(np.logical_or.identity, False)
        self.assertIsNone(np.add.signature)
        self.assertIn("ll->l", np.add.types)
        self.assertIn("dd->d", np.add.types)
        self.assertIn("dd->?", np.less.types)
        self.assertEqual(np.add.ntypes, len(np.add.types))
        self.assertEqual(np.add.types[0], "??->?")

    def test_read_only_and_not_constructible(self):
        with self.assertRaisesRegex(AttributeError, "attribute 'nin' of 'numpy.ufunc' objects is not writable"):
            np.add.nin = 3
        with self.assertRaisesRegex(TypeError, "cannot create 'numpy.ufunc' instances"):
            np.ufunc()
        with self.assertRaisesRegex(TypeError, "not an acceptable base type"):
            type("U", (np.ufunc,), {})

    def test_pickle_and_class_attribute(self):
        self.assertIs(pickle.loads(pickle.dumps(np.divide)), np.divide)

        class C:
            f = np.add  # a ufunc is no descriptor: not bound as a method
        self.assertEqual(C().f(2, 3), 5)

    def test_two_outputs_and_warned_scalars(self):
        o1 = np.zeros(3)
        q, r = np.divmod(np.arange(3.), 2., out=(o1, None))
        self.assertIs(q, o1)
        self.assertEqual((q.tolist(), r.tolist()), ([0.0, 0.0, 1.0], [0.0, 1.0, 0.0]))
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            self.assertEqual(repr(np.log(0.0)), "np.float64(-inf)")  # a 0-d result with a warning: a scalar
        self.assertEqual([str(w.message) for w in caught], ["divide by zero encountered in log"])

    def test_dir(self):
        self.assertIn("add", dir(np))
        self.assertFalse([n for n in dir(np) if n in ("_ufunc_info", "_ufunc_reduce", "_ufunc_at")])
        with self.assertRaises(AttributeError):
            np._ufunc_info

    def test_call(self):
        r = np.add(1, 2)
        self.assertIs(type(r), np.int64)
        self.assertEqual(r, 3)
        self.assertEqual(repr(np.add([1, 2], 3.5)), "array([4.5, 5.5])")
        self.assertEqual(repr(np.sqrt(np.array(4, np.float32))), "np.float32(2.0)")
        self.assertEqual(repr(np.add(np.array(100, np.int8), np.array(100, np.int8))), "np.int8(-56)")
        o = np.zeros(3)
        self.assertIs(np.add(np.arange(3), 1, out=o), o)
        self.assertIs(np.add(np.arange(3), 1, o), o)
        self.assertIs(np.add(np.arange(3), 1, out=(o,)), o)
        self.assertEqual(o.tolist(), [1.0, 2.0, 3.0])
        z = np.zeros(())
        self.assertIs(np.add(1, 2, out=z), z)  # with out= the 0-d array itself, no scalar

    def test_call_errors(self):
        with self.assertRaisesRegex(TypeError, r"^add\(\) takes from 2 to 3 positional arguments but 1 was given$"):
            np.add(1)
        with self.assertRaisesRegex(TypeError, r"^add\(\) takes from 2 to 3 positional arguments but 4 were given$"):
            np.add(1, 2, 3, 4)
        with self.assertRaisesRegex(TypeError, r"^divide\(\) takes from 2 to 3 positional arguments but 0 were"):
            np.divide()

    def test_operators_use_ufunc_objects(self):
        a = np.arange(3)
        b = a
        a += 1
        self.assertIs(a, b)
        self.assertEqual((a + 1).tolist(), [2, 3, 4])
        self.assertEqual((2 - a).tolist(), [1, 0, -1])
        self.assertEqual((-a).tolist(), [-1, -2, -3])
        self.assertIs(type(np.arange(3)[1] + np.array(2)), np.int64)
        self.assertIs(type(np.array(2.0) * np.array(3.0)), np.float64)


class ReduceTest(unittest.TestCase):
    def test_values_and_dtypes(self):
        self.assertEqual(repr(np.add.reduce([1, 2, 3])), "np.int64(6)")
        self.assertEqual(repr(np.add.reduce(np.arange(8, dtype=np.int8))), "np.int64(28)")
        self.assertEqual(repr(np.add.reduce(np.arange(8, dtype=np.uint16))), "np.uint64(28)")
        self.assertEqual(repr(np.add.reduce([1, 2], axis=None, dtype=np.int8)), "np.int8(3)")
        m = np.arange(6).reshape(2, 3)
        self.assertEqual(np.add.reduce(m).tolist(), [3, 5, 7])
        self.assertEqual(np.add.reduce(m, axis=1).tolist(), [3, 12])
        self.assertEqual(repr(np.add.reduce(m, axis=None)), "np.int64(15)")
        self.assertEqual(np.add.reduce(m, axis=-1, keepdims=True).shape, (2, 1))
        self.assertEqual(np.add.reduce(np.arange(24).reshape(2, 3, 4), axis=(0, 2)).tolist(), [60, 92, 124])

    def test_where_and_initial(self):
        self.assertEqual(np.add.reduce(np.arange(4), where=[True, False, True, False]), 2)
        self.assertEqual(np.add.reduce([[1, 2]], initial=5, where=[True, False]).tolist(), [6, 5])
        self.assertEqual(np.maximum.reduce([], initial=3), 3.0)
        self.assertEqual(np.maximum.reduce(np.arange(4), where=[True, False, True, False], initial=-1), 2)
        with self.assertRaisesRegex(ValueError, "reduction operation 'maximum' does not have an identity, so to use "
                                                "a where mask one has to specify 'initial'"):
            np.maximum.reduce(np.arange(4), where=[True, False, True, False])

    def test_initial_none_means_no_identity(self):
        self.assertEqual(np.add.reduce([], initial=0), 0.0)
        self.assertEqual(np.add.reduce([]), 0.0)
        with self.assertRaisesRegex(ValueError, "^zero-size array to reduction operation add which has no identity$"):
            np.add.reduce([], initial=None)
        self.assertEqual(np.add.reduce([1.5, 2], initial=None), 3.5)
        self.assertEqual(np.add.reduce(np.zeros((0, 3)), axis=1, initial=None).shape, (0,))

    def test_errors(self):
        with self.assertRaisesRegex(ValueError, "^zero-size array to reduction operation subtract which has no "
                                                "identity$"):
            np.subtract.reduce([])
        with self.assertRaisesRegex(ValueError, "^reduce only supported for binary functions$"):
            np.sqrt.reduce([1])
        with self.assertRaisesRegex(np.exceptions.AxisError, "axis 1 is out of bounds for array of dimension 1"):
            np.add.reduce([1, 2], axis=1)
        with self.assertRaisesRegex(TypeError, "No loop matching the specified signature and casting was found "
                                               "for ufunc equal"):
            np.equal.reduce([1, 1, 1])

    def test_out(self):
        self.assertEqual(repr(np.add.reduce(np.array([255, 1], np.uint8), out=np.zeros((), np.uint8))),
                         "array(0, dtype=uint8)")  # out's dtype is the loop's
        self.assertEqual(repr(np.add.reduce(np.array([1.5, 2.5]), out=np.zeros((), int))), "array(4)")
        o = np.zeros(3)
        self.assertIs(np.add.reduce(np.ones((2, 3)), out=o), o)
        self.assertEqual(o.tolist(), [2.0, 2.0, 2.0])
        with self.assertRaisesRegex(ValueError, "output parameter for reduction operation add has the wrong number "
                                                "of dimensions: Found 1 but expected 0"):
            np.add.reduce(np.array([1, 2]), out=np.zeros((1,)))


class AccumulateReduceatOuterTest(unittest.TestCase):
    def test_accumulate(self):
        self.assertEqual(repr(np.add.accumulate(np.arange(4, dtype=np.int8))), "array([0, 1, 3, 6])")
        self.assertEqual(np.add.accumulate([[1, 2], [3, 4]], axis=1, dtype=float).tolist(), [[1.0, 3.0], [3.0, 7.0]])
        self.assertEqual(np.maximum.accumulate([1, 3, 2, 5, 4]).tolist(), [1, 3, 3, 5, 5])
        o = np.zeros(3, np.uint8)
        self.assertIs(np.add.accumulate(np.array([200, 50, 10], np.uint8), out=o), o)
        self.assertEqual(o.tolist(), [200, 250, 4])
        with self.assertRaisesRegex(TypeError, "^cannot accumulate on a scalar$"):
            np.add.accumulate(5)
        with self.assertRaisesRegex(ValueError, "^accumulate only supported for binary functions$"):
            np.sqrt.accumulate([1])

    def test_reduceat(self):
        self.assertEqual(np.add.reduceat(np.arange(8), [0, 4, 1, 5]).tolist(), [6, 4, 10, 18])
        self.assertEqual(np.add.reduceat(np.arange(12).reshape(3, 4), [0, 2], axis=1).tolist(),
                         [[1, 5], [9, 13], [17, 21]])
        self.assertEqual(np.add.reduceat(np.arange(8, dtype=np.int8), [0, 4]).dtype, np.int64)
        self.assertEqual(np.add.reduceat(np.arange(8), []).shape, (0,))
        self.assertEqual(np.maximum.reduceat(np.array([3, 1, 4, 1, 5, 9, 2, 6]), [0, 3, 6]).tolist(), [4, 9, 6])
        with self.assertRaisesRegex(IndexError, r"^index 10 out-of-bounds in add.reduceat \[0, 8\)$"):
            np.add.reduceat(np.arange(8), [0, 10])
        with self.assertRaisesRegex(TypeError, "^cannot reduceat on a scalar$"):
            np.add.reduceat(5, [0])
        with self.assertRaisesRegex(ValueError, "^reduceat only supported for binary functions$"):
            np.sqrt.reduceat([1], [0])

    def test_outer(self):
        self.assertEqual(np.add.outer([1, 2], [10, 20, 30]).tolist(), [[11, 21, 31], [12, 22, 32]])
        self.assertEqual(np.add.outer([[1, 2]], [3, 4]).shape, (1, 2, 2))
        self.assertEqual(repr(np.add.outer(1, 2)), "np.int64(3)")
        self.assertEqual(np.add.outer([1, 2], [3], dtype=float).dtype, np.float64)
        self.assertEqual(np.less.outer([1, 2], [2, 1]).tolist(), [[True, False], [False, False]])
        o = np.zeros((2, 1))
        self.assertIs(np.add.outer([1, 2], [3], out=o), o)
        with self.assertRaisesRegex(ValueError, "^outer product only supported for binary functions$"):
            np.sqrt.outer([1], [2])


class AtTest(unittest.TestCase):
    def test_repeated_indices_accumulate(self):
        x = np.zeros(3, int)
        self.assertIsNone(np.add.at(x, [0, 0, 2], 1))
        self.assertEqual(x.tolist(), [2, 0, 1])
        x = np.ones(4)
        np.multiply.at(x, [1, 1, 1], 2)
        self.assertEqual(x.tolist(), [1.0, 8.0, 1.0, 1.0])
        x = np.arange(3)
        np.negative.at(x, [0, 1, 1])
        self.assertEqual(x.tolist(), [0, 1, 2])

    def test_casts_per_element(self):
        x = np.zeros(3, int)
        np.add.at(x, [0, 0, 1], 1.5)  # int(int(0 + 1.5) + 1.5): cast back after each update
        self.assertEqual(x.tolist(), [2, 1, 0])
        x = np.zeros(3, np.int8)
        np.add.at(x, [0, 0, 2], [100, 100, 300])
        self.assertEqual(x.tolist(), [-56, 0, 44])

    def test_index_forms(self):
        x = np.zeros((2, 3))
        np.add.at(x, (slice(None), [0, 0]), 1)
        self.assertEqual(x.tolist(), [[2.0, 0.0, 0.0], [2.0, 0.0, 0.0]])
        x = np.zeros((2, 3))
        np.add.at(x, 0, [1, 2, 3])
        self.assertEqual(x.tolist(), [[1.0, 2.0, 3.0], [0.0, 0.0, 0.0]])
        x = np.zeros(4)
        np.add.at(x, np.array([True, False, True, False]), 1)
        self.assertEqual(x.tolist(), [1.0, 0.0, 1.0, 0.0])
        base = np.arange(6)
        x = base[::2]
        np.add.at(x, [0, 2, 2], 1)  # a strided view: updates reach the base
        self.assertEqual(base.tolist(), [1, 1, 2, 3, 6, 5])

    def test_errors(self):
        with self.assertRaisesRegex(TypeError, "^first operand must be array$"):
            np.add.at([1, 2], [0], 1)
        with self.assertRaisesRegex(ValueError, "^array is not broadcastable to correct shape$"):
            np.add.at(np.zeros(3), [0, 1], [1, 2, 3])
        with self.assertRaisesRegex(IndexError, "^index 5 is out of bounds for axis 0 with size 3$"):
            np.add.at(np.zeros(3), [5], 1)
        with self.assertRaisesRegex(ValueError, "^second operand needed for ufunc$"):
            np.add.at(np.zeros(3), [0])
        with self.assertRaisesRegex(ValueError, "^second operand provided when ufunc is unary$"):
            np.negative.at(np.zeros(3), [0], 1)


if __name__ == "__main__":
    unittest.main()
