"""numpy.testing: what golden snippets cannot show (context managers, warnings, flags, helpers)."""
import os
import sys
import unittest
import warnings

import numpy as np
import numpy.testing as npt
from numpy.testing import _array_ops


def _warn(category=UserWarning, text="careful"):
    warnings.warn(text, category)
    return 7


class RaisesTest(unittest.TestCase):
    def test_assert_raises_context_manager(self):
        with npt.assert_raises(ValueError) as cm:
            np.zeros(-1)
        self.assertEqual(str(cm.exception), "negative dimensions are not allowed")
        with self.assertRaises(AssertionError) as outer:
            with npt.assert_raises(ValueError):
                pass
        self.assertEqual(str(outer.exception), "ValueError not raised")
        with self.assertRaises(TypeError):  # another exception type passes through
            with npt.assert_raises(ValueError):
                raise TypeError("other")

    def test_assert_raises_regex_context_manager(self):
        with npt.assert_raises_regex(ValueError, "negative dim"):
            np.zeros(-1)
        with self.assertRaises(AssertionError) as outer:
            with npt.assert_raises_regex(ValueError, "^positive"):
                np.zeros(-1)
        self.assertEqual(str(outer.exception),
                         '"^positive" does not match "negative dimensions are not allowed"')

    def test_assert_(self):
        npt.assert_(True)
        with self.assertRaises(AssertionError) as cm:
            npt.assert_(0, lambda: "made on failure")
        self.assertEqual(str(cm.exception), "made on failure")


class WarningsTest(unittest.TestCase):
    def test_assert_warns_is_deprecated_and_checks(self):
        with warnings.catch_warnings(record=True) as log:
            warnings.simplefilter("always")
            self.assertEqual(npt.assert_warns(UserWarning, _warn), 7)
            with npt.assert_warns(RuntimeWarning):
                _warn(RuntimeWarning)
            with self.assertRaises(AssertionError) as cm:
                npt.assert_warns(UserWarning, lambda: 1)
            self.assertEqual(str(cm.exception), "No warning raised when calling <lambda>")
            with self.assertRaises(AssertionError) as cm:
                with npt.assert_warns(UserWarning):
                    pass
            self.assertEqual(str(cm.exception), "No warning raised")
            with self.assertRaises(RuntimeError) as cm:
                npt.assert_warns(UserWarning, match="x")
            self.assertEqual(str(cm.exception), "assert_warns does not use 'match' kwarg, use pytest.warns instead")
        deprecations = [w for w in log if issubclass(w.category, DeprecationWarning)]
        self.assertEqual(len(deprecations), 5)
        self.assertIn("(Deprecated NumPy 2.4)", str(deprecations[0].message))

    def test_assert_no_warnings(self):
        self.assertEqual(npt.assert_no_warnings(lambda x: x + 1, 1), 2)
        with npt.assert_no_warnings():
            pass
        with self.assertRaises(AssertionError) as cm:
            npt.assert_no_warnings(_warn)
        self.assertTrue(str(cm.exception).startswith("Got warnings when calling _warn: [<warnings.WarningMessage"),
                        str(cm.exception))

    def test_suppress_warnings_filter_and_record(self):
        with warnings.catch_warnings(record=True) as outside:
            warnings.simplefilter("always")
            with npt.suppress_warnings() as sup:
                sup.filter(UserWarning, "ignore me")
                log = sup.record(RuntimeWarning)
                _warn(UserWarning, "ignore me please")
                _warn(RuntimeWarning, "recorded")
                _warn(FutureWarning, "passes through")
            self.assertEqual([str(w.message) for w in log], ["recorded"])
            self.assertEqual(len(sup.log), 1)
            self.assertEqual([str(w.message) for w in outside if w.category is not DeprecationWarning],
                             ["passes through"])

    def test_suppress_warnings_decorator_and_rules(self):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            sup = npt.suppress_warnings()
            sup.filter(UserWarning)

            @sup
            def f():
                return _warn()
            with npt.assert_no_warnings():
                self.assertEqual(f(), 7)
            with self.assertRaises(ValueError) as cm:
                npt.suppress_warnings("sometimes")
            self.assertEqual(str(cm.exception), "unsupported forwarding rule.")
            with sup:
                with self.assertRaises(RuntimeError):
                    sup.__enter__()

    def test_clear_and_catch_warnings(self):
        with npt.clear_and_catch_warnings(record=True, modules=[sys.modules[__name__]]) as log:
            warnings.simplefilter("always")
            _warn()
        self.assertEqual(len(log), 1)


class FlagsAndHelpersTest(unittest.TestCase):
    def test_flags_on_graalpy(self):
        self.assertFalse(npt.IS_PYPY)
        self.assertFalse(npt.IS_PYSTON)
        self.assertFalse(npt.IS_WASM)
        self.assertTrue(npt.IS_64BIT)
        self.assertEqual(npt.HAS_REFCOUNT, sys.implementation.name != "graalpy")
        self.assertFalse(npt.BLAS_SUPPORTS_FPE)
        self.assertFalse(npt.HAS_LAPACK64)
        self.assertEqual(npt.verbose, 0)
        self.assertEqual(npt.NUMPY_ROOT.name, "numpy")
        for name in npt.__all__:
            self.assertTrue(hasattr(npt, name), name)
        self.assertIs(npt.TestCase, unittest.TestCase)

    def test_temp_helpers(self):
        import tempfile
        try:
            tempfile.gettempdir()
        except FileNotFoundError:
            self.skipTest("no writable temporary directory (numpy-jvm's default sandbox)")
        with npt.tempdir() as d:
            self.assertTrue(os.path.isdir(d))
        self.assertFalse(os.path.exists(d))
        with npt.temppath(suffix=".txt") as p:
            self.assertTrue(p.endswith(".txt") and os.path.isfile(p))
        self.assertFalse(os.path.exists(p))

    def test_decorate_methods_and_cycles(self):
        class C:
            def test_a(self):
                return 1

            def helper(self):
                return 2
        npt.decorate_methods(C, lambda f: lambda self: f(self) * 10)
        self.assertEqual((C().test_a(), C().helper()), (10, 2))
        npt.assert_no_gc_cycles(lambda: [1])
        npt.break_cycles()
        self.assertIsInstance(npt.measure("x = 1", times=3), float)
        self.assertIsInstance(npt.jiffies(), int)

    def test_print_assert_equal(self):
        npt.print_assert_equal("same", [0, 1], [0, 1])
        with self.assertRaises(AssertionError) as cm:
            npt.print_assert_equal("Test XYZ", [0, 1], [0, 2])
        self.assertEqual(str(cm.exception), "Test XYZ failed\nACTUAL: \n[0, 1]\nDESIRED: \n[0, 2]\n")


class ArrayOpsTest(unittest.TestCase):
    """The exact stand-ins for ufuncs numpy-jvm does not register yet."""

    def test_nan_inf_finite(self):
        a = np.array([1.0, np.nan, np.inf, -np.inf, -0.0, 1e308])
        self.assertEqual(_array_ops.isnan(a).tolist(), [False, True, False, False, False, False])
        self.assertEqual(_array_ops.isinf(a).tolist(), [False, False, True, True, False, False])
        self.assertEqual(_array_ops.isfinite(a).tolist(), [True, False, False, False, True, True])
        c = np.array([complex(np.inf, np.nan), complex(1e308, 1e308), complex(1, np.nan), 1j])
        self.assertEqual(_array_ops.isnan(c).tolist(), [True, False, True, False])
        self.assertEqual(_array_ops.isinf(c).tolist(), [True, False, False, False])
        self.assertEqual(_array_ops.isfinite(c).tolist(), [False, True, False, True])
        i = np.array([-128, 0], dtype="int8")
        self.assertEqual(_array_ops.isinf(i).tolist(), [False, False])
        self.assertEqual(_array_ops.isfinite(i).tolist(), [True, True])
        self.assertEqual(_array_ops.isnan(np.array(np.nan)).ndim, 0)
        with self.assertRaises(TypeError):
            _array_ops.isnan(np.array(["a"]))

    def test_isclose(self):
        x = np.array([1.0, 1.0 + 1e-6, np.nan, np.inf, 0.0])
        y = np.array([1.0, 1.0, np.nan, np.inf, 1e-9])
        self.assertEqual(_array_ops.isclose(x, y, 1e-5, 1e-8, False).tolist(), [True, True, False, True, True])
        self.assertEqual(_array_ops.isclose(x, y, 1e-7, 0, True).tolist(), [True, False, True, True, False])
        with warnings.catch_warnings(record=True) as log:
            warnings.simplefilter("always")
            _array_ops.isclose(x, y, 1e-7, np.inf, True)
        self.assertEqual(str(log[0].message), "One of rtol or atol is not valid, atol: inf, rtol: 1e-07")

    def test_string_arrays(self):
        npt.assert_array_equal(np.array(["ab", "c"]), ["ab", "c"])
        npt.assert_array_less(np.array(["a", "b"]), np.array(["b", "c"]))
        with self.assertRaises(AssertionError):
            npt.assert_array_less(np.array(["b"]), np.array(["a"]))
        with self.assertRaises(AssertionError):  # NumPy: == of strings and numbers is False
            npt.assert_array_equal(np.array(["a"]), np.array([1]))


if __name__ == "__main__":
    unittest.main()
