"""ndarray on numpy-jvm: repr/str text as NumPy 2.4 prints it, attributes, indexing views and copies."""
import unittest
import numpy as np


class ReprTest(unittest.TestCase):
    # expected texts: NumPy 2.4.6 (python3 -c "import numpy as np; print(repr(...))")
    def test_repr_int_matrix(self):
        self.assertEqual(repr(np.arange(6).reshape(2, 3)), "array([[0, 1, 2],\n       [3, 4, 5]])")

    def test_repr_float_with_dtype(self):
        self.assertEqual(repr(np.zeros((2, 2), dtype="float32")),
                         "array([[0., 0.],\n       [0., 0.]], dtype=float32)")

    def test_repr_int32(self):
        self.assertEqual(repr(np.ones(3, dtype=np.int32)), "array([1, 1, 1], dtype=int32)")

    def test_repr_complex(self):
        self.assertEqual(repr(np.array([1 + 2j, 3])), "array([1.+2.j, 3.+0.j])")

    def test_repr_bool_and_str(self):
        self.assertEqual(repr(np.array([True, False])), "array([ True, False])")
        self.assertEqual(repr(np.array(["a", "bc"])), "array(['a', 'bc'], dtype='<U2')")

    def test_str(self):
        self.assertEqual(str(np.arange(4).reshape(2, 2)), "[[0 1]\n [2 3]]")
        self.assertEqual(str(np.array([0.5, 1.25])), "[0.5  1.25]")

    def test_empty_and_0d(self):
        self.assertEqual(repr(np.zeros((0, 3))), "array([], shape=(0, 3), dtype=float64)")
        self.assertEqual(repr(np.array(2.5)), "array(2.5)")


class AttributeTest(unittest.TestCase):
    def test_shape_ndim_size_strides(self):
        a = np.zeros((2, 3, 4), dtype="int16")
        self.assertEqual(a.shape, (2, 3, 4))
        self.assertEqual(a.ndim, 3)
        self.assertEqual(a.size, 24)
        self.assertEqual(a.strides, (24, 8, 2))
        self.assertEqual(a.itemsize, 2)
        self.assertEqual(a.nbytes, 48)
        self.assertEqual(len(a), 2)

    def test_T_and_transpose(self):
        a = np.arange(6).reshape(2, 3)
        self.assertEqual(a.T.shape, (3, 2))
        self.assertEqual(a.transpose().tolist(), [[0, 3], [1, 4], [2, 5]])
        self.assertEqual(np.zeros((2, 3, 4)).transpose(1, 0, 2).shape, (3, 2, 4))
        self.assertEqual(np.zeros((2, 3, 4)).transpose((2, 0, 1)).shape, (4, 2, 3))

    def test_flags(self):
        a = np.arange(6).reshape(2, 3)
        self.assertTrue(a.flags.c_contiguous)
        self.assertFalse(a.T.flags.c_contiguous)
        self.assertTrue(a.T.flags["F_CONTIGUOUS"])
        a.flags.writeable = False
        with self.assertRaises(ValueError) as cm:
            a[0, 0] = 1
        self.assertEqual(str(cm.exception), "assignment destination is read-only")

    def test_tolist_item(self):
        a = np.arange(4).reshape(2, 2)
        self.assertEqual(a.tolist(), [[0, 1], [2, 3]])
        self.assertIs(type(a.tolist()[0][0]), int)
        self.assertEqual(a.item(3), 3)
        self.assertEqual(a.item(1, 0), 2)
        self.assertIs(type(np.array([1.5]).item()), float)
        self.assertEqual(np.array([1 + 2j]).tolist(), [1 + 2j])

    def test_iter_len(self):
        self.assertEqual([int(x) for x in np.arange(3)], [0, 1, 2])
        rows = list(np.arange(4).reshape(2, 2))
        self.assertEqual(rows[1].tolist(), [2, 3])

    def test_astype_copy(self):
        a = np.arange(3)
        b = a.astype("float32")
        self.assertEqual(b.dtype, np.float32)
        self.assertEqual(repr(b), "array([0., 1., 2.], dtype=float32)")
        c = a.copy()
        c[0] = 9
        self.assertEqual(a[0], 0)
        self.assertEqual(repr(np.array([1.7, -2.7]).astype(int)), "array([ 1, -2])")


class IndexingTest(unittest.TestCase):
    def setUp(self):
        self.a = np.arange(12).reshape(3, 4)

    def test_basic_indices_give_views(self):
        v = self.a[1:, ::2]
        self.assertEqual(v.tolist(), [[4, 6], [8, 10]])
        v[0, 0] = 100
        self.assertEqual(self.a[1, 0], 100)
        self.assertIs(v.base is not None, True)

    def test_ellipsis_newaxis(self):
        self.assertEqual(self.a[..., 1].tolist(), [1, 5, 9])
        self.assertEqual(self.a[None].shape, (1, 3, 4))
        self.assertEqual(self.a[:, np.newaxis, 1].shape, (3, 1))
        self.assertEqual(repr(self.a[1, ...][...]), "array([4, 5, 6, 7])")
        self.assertEqual(repr(self.a[0, 0, ...]), "array(0)")

    def test_negative_and_step(self):
        self.assertEqual(self.a[-1, ::-1].tolist(), [11, 10, 9, 8])

    def test_advanced_indices_give_copies(self):
        c = self.a[[0, 2]]
        self.assertEqual(c.tolist(), [[0, 1, 2, 3], [8, 9, 10, 11]])
        c[0, 0] = 99
        self.assertEqual(self.a[0, 0], 0)
        m = self.a[np.array([[True, False, True, False]] * 3)]
        self.assertEqual(m.tolist(), [0, 2, 4, 6, 8, 10])

    def test_setitem(self):
        a = np.zeros(5)
        a[1:3] = 7
        a[4] = 2.5
        a[0] = 1
        self.assertEqual(a.tolist(), [1.0, 7.0, 7.0, 0.0, 2.5])
        a[...] = np.arange(5)
        self.assertEqual(a.tolist(), [0.0, 1.0, 2.0, 3.0, 4.0])

    def test_index_errors(self):
        with self.assertRaises(IndexError) as cm:
            self.a[3]
        self.assertEqual(str(cm.exception), "index 3 is out of bounds for axis 0 with size 3")
        with self.assertRaises(IndexError) as cm:
            self.a[0, 0, 0]
        self.assertEqual(str(cm.exception),
                         "too many indices for array: array is 2-dimensional, but 3 were indexed")
        with self.assertRaises(IndexError) as cm:
            self.a[1.5]
        self.assertEqual(str(cm.exception), "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis "
                                            "(`None`) and integer or boolean arrays are valid indices")


class OperatorTest(unittest.TestCase):
    def test_arithmetic_is_one_ufunc_call(self):
        a = np.arange(6).reshape(2, 3)
        self.assertEqual(repr(a + 1), "array([[1, 2, 3],\n       [4, 5, 6]])")
        self.assertEqual(repr(2 - a[0]), "array([2, 1, 0])")
        self.assertEqual(repr(a[0] / 2), "array([0. , 0.5, 1. ])")
        self.assertEqual((a == 3).tolist(), [[False, False, False], [True, False, False]])
        self.assertEqual(repr(-np.array(2)), "np.int64(-2)")
        b = a.copy()
        b *= 3
        self.assertEqual(b.tolist(), [[0, 3, 6], [9, 12, 15]])
        with self.assertRaises(OverflowError) as cm:
            np.array([1], np.int8) + 300
        self.assertEqual(str(cm.exception), "Python integer 300 out of bounds for int8")
        with self.assertRaises(TypeError) as cm:
            c = np.array([1, 2], np.int8)
            c += 1.5
        self.assertEqual(str(cm.exception),
                         "Cannot cast ufunc 'add' output from dtype('float64') to dtype('int8') with casting rule "
                         "'same_kind'")
        self.assertEqual(repr(np.sum(a)), "np.int64(15)")

    def test_matmul_and_divmod_operators(self):
        self.assertEqual(repr(np.zeros(2) @ np.zeros(2)), "np.float64(0.0)")
        self.assertEqual(repr(np.arange(4.).reshape(2, 2) @ np.arange(2.)), "array([1., 3.])")
        q, r = divmod(np.arange(5), 2)
        self.assertEqual((q.tolist(), r.tolist()), ([0, 0, 1, 1, 2], [0, 1, 0, 1, 0]))

    def test_truth(self):
        self.assertTrue(bool(np.array([1])))
        with self.assertRaises(ValueError) as cm:
            bool(np.zeros(2))
        self.assertEqual(str(cm.exception), "The truth value of an array with more than one element is "
                                            "ambiguous. Use a.any() or a.all()")


class FileTest(unittest.TestCase):
    """a.tofile, a.dump (NumPy 2.4.6's bytes and texts); skipped where the embedding denies file access."""

    def setUp(self):
        import tempfile
        try:
            self.dir = tempfile.mkdtemp()
        except OSError as e:
            self.skipTest("no file access: %s" % e)
        self.path = self.dir + "/x.bin"

    def tearDown(self):
        import shutil
        shutil.rmtree(self.dir, ignore_errors=True)

    def read(self, binary=True):
        with open(self.path, "rb") as f:
            b = f.read()
        return b if binary else b.decode("ascii")

    def test_tofile_binary(self):
        a = np.arange(6.0).reshape(2, 3)
        a.T.tofile(self.path)  # C order of the array as it is
        self.assertEqual(self.read(), a.T.tobytes())
        self.assertEqual(len(self.read()), 48)
        np.array(["ab", "c"]).tofile(self.path)
        self.assertEqual(self.read(), b"a\x00\x00\x00b\x00\x00\x00c\x00\x00\x00\x00\x00\x00\x00")
        np.zeros(0).tofile(self.path)
        self.assertEqual(self.read(), b"")

    def test_tofile_text(self):
        cases = [(np.arange(6.0).reshape(2, 3), ",", "%s", "0.0,1.0,2.0,3.0,4.0,5.0"),
                 (np.arange(6.0), " ", "%.2f", "0.00 1.00 2.00 3.00 4.00 5.00"),
                 (np.arange(3), "\n", "%s", "0\n1\n2"), (np.array(True), ",", "%s", "True"),
                 (np.array([1 + 2j]), ",", "%s", "(1+2j)"), (np.array(["ab", "c"]), ",", "%s", "ab,c"),
                 (np.array([b"a"]), ",", "%s", "b'a'"), (np.zeros(0), ",", "%s", ""),
                 (np.array([1.5, 2]), ",", "%d", "1,2"), (np.float32([1.1]), ",", "%s", "1.100000023841858"),
                 (np.array([1e20, 1e-5, np.nan, np.inf]), ",", "%s", "1e+20,1e-05,nan,inf"),
                 (np.array([[1, 2], [3, 4]]).T, ",", "%s", "1,3,2,4"), (np.float16([1, 2]), ", ", "%r", "1.0, 2.0")]
        for a, sep, fmt, text in cases:
            a.tofile(self.path, sep=sep, format=fmt)
            self.assertEqual(self.read(False), text)
        with self.assertRaises(TypeError) as cm:
            np.array([1.5]).tofile(self.path, sep=",", format="%s %s")
        self.assertEqual(str(cm.exception), "not enough arguments for format string")

    def test_tofile_file_objects(self):
        import io
        import pathlib
        a = np.arange(3.0)
        with open(self.path, "wb") as f:
            a.tofile(f)
            a.tofile(f, ";")
        self.assertEqual(self.read(), a.tobytes() + b"0.0;1.0;2.0")
        with open(self.path, "w") as f:  # a text-mode file: NumPy writes through its descriptor
            f.write("x")
            a.tofile(f, sep="|", format="%g")
        self.assertEqual(self.read(False), "x0|1|2")
        a.tofile(pathlib.Path(self.path))
        self.assertEqual(self.read(), a.tobytes())
        with self.assertRaises(io.UnsupportedOperation):
            a.tofile(io.BytesIO())
        with self.assertRaises(AttributeError):
            a.tofile(1.5)

    def test_dump(self):
        import pickle
        a = np.arange(6.0).reshape(2, 3)
        a.dump(self.path)
        with open(self.path, "rb") as f:
            r = pickle.load(f)
        self.assertEqual((r.tolist(), r.dtype, r.shape), (a.tolist(), a.dtype, a.shape))
        with open(self.path, "wb") as f:
            a.dump(f)
        self.assertEqual(self.read()[:2], b"\x80\x02")


class ContainsTest(unittest.TestCase):
    """x in a: (a == x).any() (NumPy 2.4.6's results)."""

    def test_contains(self):
        a = np.arange(6).reshape(2, 3)
        self.assertTrue(5 in a)
        self.assertFalse(6 in a)
        self.assertTrue([3, 1, 0] in a)  # broadcast: any element equal
        self.assertFalse("a" in a)
        self.assertTrue("b" in np.array(["a", "b"]))
        self.assertFalse(np.nan in np.array([np.nan]))
        self.assertTrue(np.arange(3) in a)
        self.assertFalse(1 in np.zeros((0, 3)))
        with self.assertRaises(ValueError) as cm:
            np.arange(4) in a
        self.assertEqual(str(cm.exception), "operands could not be broadcast together with shapes (2,3) (4,) ")
        m = np.arange(6.0).reshape(3, 2)
        self.assertEqual(m.mT.tolist(), [[0.0, 2.0, 4.0], [1.0, 3.0, 5.0]])


if __name__ == "__main__":
    unittest.main()
