"""Floating-point error handling: np.errstate, np.seterr, warnings at the caller, 'raise', 'call', 'log'."""
import io
import sys
import unittest
import warnings

import numpy as np
from numpy import _ufunc_config


class ErrstateTest(unittest.TestCase):
    def setUp(self):
        self._saved = np.geterr()
        self._call = np.geterrcall()
        self._bufsize = np.getbufsize()

    def tearDown(self):
        np.seterr(**self._saved)
        np.seterrcall(self._call)
        np.setbufsize(self._bufsize)

    def _warnings(self, f):
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            f()
        return [(x.category, str(x.message)) for x in w]

    def test_defaults(self):
        self.assertEqual(np.geterr(), {"divide": "warn", "over": "warn", "under": "ignore", "invalid": "warn"})

    def test_warning_at_the_callers_line(self):
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            line = sys._getframe().f_lineno + 1
            np.array([1.0, 0.0]) / np.array([0.0, 0.0])
        self.assertEqual([(x.category, str(x.message)) for x in w],
                         [(RuntimeWarning, "divide by zero encountered in divide"),
                          (RuntimeWarning, "invalid value encountered in divide")])
        self.assertEqual(w[0].filename, __file__)
        self.assertEqual(w[0].lineno, line)

    def test_fast_routes_issue_warnings(self):
        # operators, ufunc objects and element/slice assignment take the bridge's fast calls
        a = np.zeros(3, np.float32)

        def set_element():
            a[0] = 1e300

        def set_slice():
            a[0:2] = 1e300
        cases = [
            (lambda: np.array([1e308]) * 10, "overflow encountered in multiply"),
            (lambda: np.add(np.array([1e308]), np.array([1e308])), "overflow encountered in add"),
            (set_element, "overflow encountered in cast"),
            (set_slice, "overflow encountered in cast"),
        ]
        for f, msg in cases:
            self.assertEqual(self._warnings(f), [(RuntimeWarning, msg)], msg)

    def test_ufunc_reduce_cast_messages(self):
        cases = [
            (lambda: np.array([1e300]) * 1e300, "overflow encountered in multiply"),
            (lambda: np.sqrt(np.array([-1.0])), "invalid value encountered in sqrt"),
            (lambda: np.log(np.array([0.0])), "divide by zero encountered in log"),
            (lambda: np.array([1, 2]) // np.array([0, 1]), "divide by zero encountered in floor_divide"),
            (lambda: np.array([1]) % 0, "divide by zero encountered in remainder"),
            (lambda: np.sum(np.array([1e308, 1e308])), "overflow encountered in reduce"),
            (lambda: np.cumsum(np.array([1e308, 1e308])), "overflow encountered in accumulate"),
            (lambda: np.array([1e300]).astype(np.float32), "overflow encountered in cast"),
            (lambda: np.array([np.nan]).astype(np.int64), "invalid value encountered in cast"),
            (lambda: np.add(np.array([1e300]), 1.0, out=np.zeros(1, np.float32), casting="unsafe"),
             "overflow encountered in add"),
        ]
        for f, msg in cases:
            self.assertEqual(self._warnings(f), [(RuntimeWarning, msg)], msg)
        x = np.zeros(2, np.float32)

        def assign():
            x[0] = 1e300
        self.assertEqual(self._warnings(assign), [(RuntimeWarning, "overflow encountered in cast")])
        self.assertEqual(self._warnings(lambda: x.fill(1e300)), [(RuntimeWarning, "overflow encountered in cast")])
        self.assertEqual(self._warnings(lambda: np.array([1e300], dtype=np.float32)),
                         [(RuntimeWarning, "overflow encountered in cast")])
        self.assertEqual(self._warnings(lambda: np.array([127], dtype=np.int8) + np.int8(1)), [])
        self.assertEqual(self._warnings(lambda: np.array([np.nan]) + 1), [])

    def test_raise(self):
        with np.errstate(all="raise"):
            with self.assertRaises(FloatingPointError) as cm:
                np.array([1.0]) / 0.0
            self.assertEqual(str(cm.exception), "divide by zero encountered in divide")
            with self.assertRaisesRegex(FloatingPointError, "^underflow encountered in multiply$"):
                np.array([1e-300]) * 1e-300
            np.array([1.0, 2.0]) / 2.0  # no error, no exception
        self.assertEqual(np.geterr()["divide"], "warn")

    def test_warn_then_raise_keeps_numpys_order(self):
        with warnings.catch_warnings(record=True) as w, np.errstate(invalid="raise"):
            warnings.simplefilter("always")
            with self.assertRaises(FloatingPointError):
                np.array([1.0, 0.0]) / np.array([0.0, 0.0])
        self.assertEqual([str(x.message) for x in w], ["divide by zero encountered in divide"])

    def test_ignore(self):
        with np.errstate(all="ignore"):
            self.assertEqual(self._warnings(lambda: np.array([1.0, 0.0]) / 0.0), [])

    def test_seterr_returns_old_and_validates(self):
        old = np.seterr(divide="raise")
        self.assertEqual(old["divide"], "warn")
        self.assertEqual(np.seterr(**old)["divide"], "raise")
        with self.assertRaisesRegex(ValueError, "^invalid error mode 'bogus'$"):
            np.seterr(over="bogus")
        self.assertEqual(np.geterr(), old)
        with self.assertRaisesRegex(TypeError, "unexpected keyword argument 'foo'"):
            np.seterr(foo="raise")

    def test_errstate_decorator_and_reentry(self):
        @np.errstate(divide="raise")
        def f():
            return np.array([1.0]) / 0.0
        self.assertRaises(FloatingPointError, f)
        self.assertEqual(np.geterr()["divide"], "warn")
        e = np.errstate(all="ignore")
        with e:
            with self.assertRaisesRegex(TypeError, "Cannot enter `np.errstate` twice."):
                with e:
                    pass
        with e:  # after exit it can be entered again
            self.assertEqual(np.geterr()["over"], "ignore")

    def test_errstate_bad_mode_fails_on_enter(self):
        e = np.errstate(divide="nope")
        with self.assertRaisesRegex(ValueError, "invalid error mode 'nope'"):
            with e:
                pass
        self.assertEqual(np.geterr()["divide"], "warn")

    def test_call_and_log(self):
        calls = []
        with np.errstate(all="call", call=lambda t, flag: calls.append((t, flag))):
            np.array([1.0, 0.0]) / np.array([0.0, 0.0])
        self.assertEqual(calls, [("divide by zero", 9), ("invalid value", 9)])
        self.assertIsNone(np.geterrcall())
        log = io.StringIO()
        with np.errstate(over="log", call=log):
            np.array([1e300]) * 1e300
        self.assertEqual(log.getvalue(), "Warning: overflow encountered in multiply\n")
        with np.errstate(divide="call"):
            with self.assertRaisesRegex(NameError, r"python callback specified for divide by zero \(in  divide\)"):
                np.array([1.0]) / 0.0
        with self.assertRaisesRegex(TypeError, "python object must be callable or have a callable write method"):
            np.seterrcall(5)

    def test_print(self):
        err = io.StringIO()
        saved, sys.stderr = sys.stderr, err
        try:
            with np.errstate(divide="print"):
                np.array([1.0]) / 0.0
        finally:
            sys.stderr = saved
        self.assertEqual(err.getvalue(), "Warning: divide by zero encountered in divide\n")

    def test_report_for_python_side_errors(self):
        self.assertEqual(self._warnings(lambda: _ufunc_config._report("over", "overflow encountered in scalar add")),
                         [(RuntimeWarning, "overflow encountered in scalar add")])
        self.assertEqual(self._warnings(lambda: _ufunc_config._report("under", "underflow encountered in scalar add")),
                         [])
        with np.errstate(over="raise"):
            with self.assertRaisesRegex(FloatingPointError, "^overflow encountered in scalar add$"):
                _ufunc_config._report("over", "overflow encountered in scalar add")
        calls = []
        with np.errstate(divide="call", call=lambda t, f: calls.append((t, f))):
            _ufunc_config._report("divide", "divide by zero encountered in scalar divide")
        self.assertEqual(calls, [("divide by zero", 1)])

    def test_bufsize(self):
        self.assertEqual(np.getbufsize(), 8192)
        with np.errstate():
            self.assertEqual(np.setbufsize(4096), 8192)
        self.assertEqual(np.getbufsize(), 8192)
        with self.assertRaisesRegex(ValueError, "Buffer size, 17, is not a multiple of 16"):
            np.setbufsize(17)


if __name__ == "__main__":
    unittest.main()
