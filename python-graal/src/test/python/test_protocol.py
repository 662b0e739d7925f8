"""The ndarray protocol: pickling, subclasses (__array_finalize__ calls, __array_wrap__, view(type=...)),
__array_ufunc__ (NEP 13) and __array_function__ (NEP 18) overrides, a.flat, a.shape/a.dtype setters.
Expected values: NumPy 2.4.6 (python3)."""
import copy
import pickle
import unittest
import warnings

import numpy as np

NUMPY_JVM = hasattr(np, "__numpy_jvm_version__")


# module level: pickle finds classes by module and name
class Logged(np.ndarray):
    """NumPy's documented subclass pattern; logs its __array_finalize__ calls."""
    log = []

    def __new__(cls, x, info=None):
        o = np.asarray(x).view(cls)
        o.info = info
        return o

    def __array_finalize__(self, obj):
        Logged.log.append(None if obj is None else type(obj).__name__)
        self.info = getattr(obj, "info", None)


class Plain(np.ndarray):
    pass


class Stateful(np.ndarray):
    """NumPy's documented way to pickle a subclass attribute: extend the state tuple of __reduce__."""
    def __array_finalize__(self, obj):
        self.info = getattr(obj, "info", None)

    def __reduce__(self):
        f, args, state = super().__reduce__()
        return f, args, state + (self.info,)

    def __setstate__(self, state):
        self.info = state[-1]
        super().__setstate__(state[:-1])


DTYPES = ["bool", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64", "float16", "float32",
          "float64", "complex64", "complex128", "U3", "S2"]


class PicklingTest(unittest.TestCase):
    def roundtrip(self, a, protocol=pickle.HIGHEST_PROTOCOL):
        b = pickle.loads(pickle.dumps(a, protocol=protocol))
        self.assertIs(type(b), type(a))
        self.assertEqual(b.dtype, a.dtype)
        self.assertEqual(b.shape, a.shape)
        self.assertEqual(b.tolist(), a.tolist())
        self.assertTrue(b.flags.writeable)
        return b

    def test_every_dtype(self):
        for d in DTYPES:
            with self.subTest(dtype=d):
                a = np.arange(6).reshape(2, 3).astype(d)
                for protocol in (0, 2, 5):
                    self.roundtrip(a, protocol)

    def test_views_0d_and_order(self):
        a = np.arange(24.0).reshape(2, 3, 4)
        self.roundtrip(a[:, ::2, 1:])
        self.roundtrip(a[::-1])
        self.roundtrip(np.array(2.5))
        self.roundtrip(np.zeros((0, 3), "int16"))
        f = self.roundtrip(np.asfortranarray(a))
        self.assertTrue(f.flags.f_contiguous)
        self.assertFalse(f.flags.c_contiguous)

    def test_special_floats_and_complex(self):
        a = np.array([np.nan, -0.0, np.inf, 1e-310])
        b = pickle.loads(pickle.dumps(a))
        self.assertEqual([repr(x) for x in b.tolist()], ["nan", "-0.0", "inf", "1e-310"])
        c = pickle.loads(pickle.dumps(np.array([1.5 - 2j, complex(-0.0, 1)], "complex64")))
        self.assertEqual(repr(c), "array([ 1.5-2.j, -0. +1.j], dtype=complex64)")

    def test_compact(self):
        # bulk bytes, not element lists: about 8 bytes per float64
        self.assertLess(len(pickle.dumps(np.arange(10000.0))), 80200)

    def test_reduce_setstate(self):
        a = np.arange(4, dtype="int16")
        r = a.__reduce__()
        b = r[0](*r[1])
        if len(r) > 2:
            b.__setstate__(r[2])
        self.assertEqual(b.tolist(), [0, 1, 2, 3])
        self.assertEqual(a.__reduce_ex__(2)[0], r[0])
        b = np.zeros(1)
        b.__setstate__((1, (2, 2), np.dtype("int16"), False, np.arange(4, dtype="int16").tobytes()))
        self.assertEqual(b.tolist(), [[0, 1], [2, 3]])
        self.assertEqual(b.dtype, np.int16)
        self.assertEqual(pickle.loads(pickle.dumps(np.dtype(">f4"))), np.dtype(">f4"))

    def test_big_endian_unpickles_native(self):
        b = pickle.loads(pickle.dumps(np.arange(3).astype(">i4")))
        self.assertEqual(b.dtype.byteorder, "=")
        self.assertEqual(b.tolist(), [0, 1, 2])

    def test_copy_and_deepcopy(self):
        a = np.arange(6).reshape(2, 3)[:, 1:]
        c, d = copy.copy(a), copy.deepcopy(a)
        a[0, 0] = 99
        self.assertEqual(c.tolist(), [[1, 2], [4, 5]])
        self.assertEqual(d.tolist(), [[1, 2], [4, 5]])
        self.assertTrue(c.flags.owndata)

    def test_subclass_extending_the_state(self):
        s = np.arange(6.0).reshape(2, 3).view(Stateful)
        s.info = "kept"
        t = pickle.loads(pickle.dumps(s))
        self.assertIs(type(t), Stateful)
        self.assertEqual(t.info, "kept")
        self.assertEqual(t.tolist(), s.tolist())

    def test_subclass(self):
        Logged.log.clear()
        m = Logged([1, 2, 3], "hi")
        self.assertEqual(Logged.log, ["ndarray"])
        Logged.log.clear()
        b = pickle.loads(pickle.dumps(m))
        self.assertIs(type(b), Logged)
        self.assertEqual(Logged.log, [None])  # as NumPy: the attributes are not pickled
        self.assertIsNone(b.info)
        self.assertIs(type(copy.deepcopy(m)), Logged)
        self.assertEqual(copy.copy(m).info, "hi")


class SubclassTest(unittest.TestCase):
    def setUp(self):
        self.m = Logged([1, 2, 3], "hi")
        Logged.log.clear()

    def check(self, r, cls, log):
        self.assertIs(type(r), cls)
        self.assertEqual(Logged.log, log)
        Logged.log.clear()
        return r

    def test_construction_calls_finalize(self):
        Logged([1], "x")
        self.assertEqual(Logged.log, ["ndarray"])
        Logged.log.clear()
        self.check(np.ndarray.__new__(Logged, (2,)), Logged, [None])
        self.check(np.arange(3).view(Logged), Logged, ["ndarray"])
        self.check(np.arange(3).view(type=Logged), Logged, ["ndarray"])

    def test_views_and_copies_keep_the_subclass(self):
        m = self.m
        for f in (lambda: m[1:], lambda: m[[0, 1]], lambda: m.reshape(3, 1), lambda: m.T, lambda: m.copy(),
                  lambda: m.astype(float), lambda: m.ravel(), lambda: m.flatten(), lambda: m.view(),
                  lambda: m.repeat(2), lambda: m.take([0])):
            r = self.check(f(), Logged, ["Logged"])
            self.assertEqual(r.info, "hi")

    def test_squeeze(self):
        m2 = self.m[None]
        Logged.log.clear()
        self.check(m2.squeeze(), Logged, ["Logged"])

    def test_element_is_scalar(self):
        self.check(self.m[0], np.int64, [])

    def test_ufuncs_wrap(self):
        m = self.m
        for f in (lambda: m + 1, lambda: 1 + m, lambda: np.add(m, 1), lambda: -m, lambda: m == 1):
            r = self.check(f(), Logged, ["Logged"])
            self.assertEqual(r.info, "hi")
        r = self.check(m.sum(), Logged, ["Logged"])  # NumPy: a 0-d subclass array, not a scalar
        self.assertEqual(r.shape, ())

    def test_functions(self):
        m = self.m
        self.check(np.asarray(m), np.ndarray, [])
        self.assertIs(np.asanyarray(m), m)
        self.check(np.array(m), np.ndarray, [])
        self.check(np.concatenate([m, m]), np.ndarray, [])
        self.check(np.sum(m), Logged, ["Logged"])  # NumPy calls m.sum()
        self.check(np.reshape(m, (3, 1)), Logged, ["Logged"])
        self.check(np.add(m, 1, out=np.empty(3, int)), np.ndarray, [])
        self.check(m.view(np.ndarray), np.ndarray, [])

    def test_base_and_repr(self):
        m = np.arange(4).view(Plain)
        self.assertIs(m[1:].base, m)
        self.assertIs(m[1:][1:].base, m)
        self.assertEqual(repr(m.reshape(2, 2)), "Plain([[0, 1],\n       [2, 3]])")
        self.assertEqual(str(m), "[0 1 2 3]")

    def test_array_wrap(self):
        class W(np.ndarray):
            def __array_wrap__(self, arr, context=None, return_scalar=False):
                return ("wrapped", type(arr).__name__, context[0].__name__, return_scalar)
        w = np.arange(3).view(W)
        self.assertEqual(w + 1, ("wrapped", "ndarray", "add", False))
        a = np.arange(3)
        self.assertEqual(type(a.__array_wrap__(np.arange(2).view(Plain))).__name__, "ndarray")
        self.assertEqual(repr(a.__array_wrap__(np.array(5), None, True)), "np.int64(5)")

    def test_view_type_errors(self):
        with self.assertRaises(ValueError) as cm:
            np.arange(3).view(type=int)
        self.assertEqual(str(cm.exception), "Type must be a sub-type of ndarray type")


class ArrayUfuncTest(unittest.TestCase):
    def test_override(self):
        class U:
            def __array_ufunc__(self, ufunc, method, *inputs, **kwargs):
                return (ufunc.__name__, method, [type(i).__name__ for i in inputs], kwargs)
        a, u = np.arange(3), U()
        expect = ("add", "__call__", ["ndarray", "U"], {})
        self.assertEqual(np.add(a, u), expect)
        self.assertEqual(a + u, expect)
        self.assertEqual(a == u, ("equal", "__call__", ["ndarray", "U"], {}))
        self.assertEqual(np.negative(u), ("negative", "__call__", ["U"], {}))
        self.assertEqual(np.add(a, 1, out=u)[3], {"out": (u,)})  # NEP 13: out always a tuple
        seen = []

        class S:
            def __array_ufunc__(self, ufunc, method, *inputs, **kwargs):
                seen.append(ufunc is np.multiply)
                return 0
        a * S()
        S() * a
        self.assertEqual(seen, [True, True])

    def test_none_defers_to_reflected_operator(self):
        class N:
            __array_ufunc__ = None

            def __radd__(self, other):
                return "radd"

            def __eq__(self, other):
                return "eq"
        a = np.arange(3)
        self.assertEqual(a + N(), "radd")
        self.assertEqual(a == N(), "eq")
        with self.assertRaises(TypeError) as cm:
            a - N()
        self.assertIn("unsupported operand type(s) for -", str(cm.exception))
        with self.assertRaises(TypeError) as cm:
            np.add(a, N())
        self.assertEqual(str(cm.exception), "operand 'N' does not support ufuncs (__array_ufunc__=None)")

    def test_all_not_implemented(self):
        class Y:
            def __array_ufunc__(self, *args, **kwargs):
                return NotImplemented
        with self.assertRaises(TypeError) as cm:
            np.add(np.arange(2), Y())
        self.assertTrue(str(cm.exception).startswith("operand type(s) all returned NotImplemented from "
                                                     "__array_ufunc__("))
        self.assertTrue(str(cm.exception).endswith(": 'ndarray', 'Y'"))

    def test_priority_defers(self):
        class P:
            __array_priority__ = 10

            def __radd__(self, other):
                return "radd"
        self.assertEqual(np.arange(3) + P(), "radd")
        self.assertEqual(np.arange(3).__array_priority__, 0.0)

    def test_ndarray_array_ufunc(self):
        a = np.arange(3)
        self.assertEqual(a.__array_ufunc__(np.add, "__call__", a, 1).tolist(), [1, 2, 3])

        class U:
            def __array_ufunc__(self, *args, **kwargs):
                return "u"
        self.assertIs(a.__array_ufunc__(np.add, "__call__", a, U()), NotImplemented)

    def test_subclass_results_of_fast_routes(self):
        class M(np.ndarray):
            pass
        m = np.arange(4).view(M)
        self.assertEqual([type(x).__name__ for x in (m[1:3], m.T, m.ravel(), m.copy(), m.reshape(2, 2))],
                         ["M"] * 5)

    def test_ufunc_methods_of_subclasses(self):
        # the default __array_ufunc__ runs the method's implementation (no dispatch loop) and wraps
        class M(np.ndarray):
            pass
        m = np.arange(4).view(M)
        self.assertEqual(repr(np.add.reduce(m)), "M(6)")
        self.assertEqual(repr(np.add.accumulate(m)), "M([0, 1, 3, 6])")
        a = m.copy()
        np.add.at(a, [0, 0], 1)
        self.assertEqual(repr(a), "M([2, 1, 2, 3])")
        self.assertEqual(repr(np.multiply.outer(m[:2], m[:2])), "M([[0, 0],\n   [0, 1]])")

    def test_subclass_calling_super(self):
        class MA(np.ndarray):
            def __array_ufunc__(self, ufunc, method, *inputs, **kwargs):
                args = [i.view(np.ndarray) if isinstance(i, MA) else i for i in inputs]
                r = super().__array_ufunc__(ufunc, method, *args, **kwargs)
                return r if r is NotImplemented else ("wrapped", r.tolist())
        m = np.arange(3).view(MA)
        self.assertEqual(m + 1, ("wrapped", [1, 2, 3]))
        self.assertEqual(1 - m, ("wrapped", [1, 0, -1]))


class ArrayFunctionTest(unittest.TestCase):
    def setUp(self):
        log = self.log = []

        class A:
            def __array_function__(self, func, types, args, kwargs):
                log.append((func.__name__, [t.__name__ for t in types]))
                return "AF"
        self.o = A()

    def test_dispatch(self):
        a, o = np.arange(3), self.o
        self.assertEqual(np.concatenate([a, o]), "AF")
        self.assertEqual(np.sum(o), "AF")
        self.assertEqual(np.stack((a, o)), "AF")
        self.assertEqual(np.block([[a, o]]), "AF")
        self.assertEqual(np.sum(a, out=o), "AF")
        self.assertEqual(np.zeros(3, like=o), "AF")
        self.assertEqual(self.log, [("concatenate", ["ndarray", "A"]), ("sum", ["A"]), ("stack", ["ndarray", "A"]),
                                    ("block", ["ndarray", "A"]), ("sum", ["ndarray", "A"]), ("zeros", ["A"])])

    def test_not_dispatched(self):
        a = np.arange(3)
        # np.asarray is not an array function: it converts (and fails for this object)
        self.assertEqual(np.sum([a, a]), 6)
        self.assertEqual(self.log, [])
        self.assertIs(a.__array_function__(np.sum, (type(self.o),), (a,), {}), NotImplemented)
        self.assertEqual(a.__array_function__(np.sum, (np.ndarray,), (a,), {}), 3)

    def test_no_implementation(self):
        class Z:
            def __array_function__(self, *args):
                return NotImplemented
        with self.assertRaises(TypeError) as cm:
            np.concatenate([np.arange(2), Z()])
        self.assertTrue(str(cm.exception).startswith("no implementation found for 'numpy.concatenate' on types "
                                                     "that implement __array_function__: [<class 'numpy.ndarray'>"))

    def test_subclass_super(self):
        class AF(np.ndarray):
            def __array_function__(self, func, types, args, kwargs):
                return ("AF", func.__name__, super().__array_function__(func, types, args, kwargs))
        af = np.arange(3).view(AF)
        r = np.concatenate([af, af])
        self.assertEqual(r[:2], ("AF", "concatenate"))
        self.assertEqual(r[2].tolist(), [0, 1, 2, 0, 1, 2])

    def test_implementation(self):
        self.assertEqual(np.sum._implementation(np.arange(4)), 6)


class ArrayProtocolTest(unittest.TestCase):
    def test_foreign_array(self):
        class X:
            def __array__(self, dtype=None, copy=None):
                return np.arange(3) * 2
        self.assertEqual(np.asarray(X()).tolist(), [0, 2, 4])
        self.assertEqual(np.array([X(), X()]).shape, (2, 3))
        self.assertEqual(np.add(X(), 1).tolist(), [1, 3, 5])

    def test_foreign_array_errors(self):
        class Bad:
            def __array__(self, dtype=None, copy=None):
                return [1]

        class Boom:
            def __array__(self, dtype=None, copy=None):
                raise KeyError("boom")
        with self.assertRaises(ValueError) as cm:
            np.asarray(Bad())
        self.assertEqual(str(cm.exception), "object __array__ method not producing an array")
        with self.assertRaises(KeyError):
            np.asarray(Boom())

    def test_ndarray_array(self):
        a = np.arange(3)
        self.assertIs(a.__array__(), a)
        self.assertEqual(a.__array__("float32").dtype, np.float32)
        self.assertIsNot(a.__array__(copy=True), a)
        self.assertIs(type(np.arange(2).view(Plain).__array__()), np.ndarray)


class AttributeTest(unittest.TestCase):
    def test_shape_setter(self):
        a = np.arange(6)
        a.shape = (3, 2)
        self.assertEqual(a.tolist(), [[0, 1], [2, 3], [4, 5]])
        self.assertIsNone(a.base)
        self.assertTrue(a.flags.owndata)
        with self.assertRaises(ValueError) as cm:
            a.shape = (4,)
        self.assertEqual(str(cm.exception), "cannot reshape array of size 6 into shape (4,)")
        with self.assertRaises(AttributeError) as cm:
            a.T.shape = (6,)
        self.assertEqual(str(cm.exception), "Incompatible shape for in-place modification. Use `.reshape()` to "
                                            "make a copy with the desired shape.")
        v = a[1:]
        v.shape = (4,)
        self.assertIs(v.base, a)
        v[0] = 99
        self.assertEqual(a[1, 0], 99)

    def test_dtype_setter_and_read_only(self):
        a = np.arange(4.0)
        a.dtype = np.complex128
        self.assertEqual(a.tolist(), [1j, 2 + 3j])
        with self.assertRaises(AttributeError):
            a.ndim = 3
        with self.assertWarns(DeprecationWarning):  # NumPy 2.4 deprecates setting strides
            a.strides = (16,)
        self.assertEqual((a.strides, a.tolist()), ((16,), [1j, 2 + 3j]))
        if NUMPY_JVM:  # element strides: a stride across storage slots (half a float64) cannot be expressed
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)
                with self.assertRaises(NotImplementedError) as cm:
                    a.strides = (4,)
            self.assertIn("strides must be multiples of 8 bytes", str(cm.exception))
            self.assertEqual(a.strides, (16,))

    def test_flat(self):
        a = np.arange(6).reshape(2, 3).T
        f = a.flat
        self.assertIs(type(f), np.flatiter)
        self.assertIs(f.base, a)
        self.assertEqual(len(f), 6)
        self.assertEqual(f[3], 4)
        self.assertEqual(f[[1, 2]].tolist(), [3, 1])
        self.assertEqual(f[1:4].tolist(), [3, 1, 4])
        self.assertEqual((next(f), next(f), f.index, f.coords), (0, 3, 2, (1, 0)))
        self.assertEqual(list(f), [1, 4, 2, 5])
        a.flat[[0, 1, 2]] = [7]
        a.flat[-1] = 9
        self.assertEqual(a.tolist(), [[7, 7], [7, 4], [2, 9]])
        a.flat = [1, 2]
        self.assertEqual(a.flat.copy().tolist(), [1, 2, 1, 2, 1, 2])
        with self.assertRaises(IndexError) as cm:
            a.flat[6]
        self.assertEqual(str(cm.exception), "index 6 is out of bounds for size 6")

    def test_methods(self):
        a = np.arange(6.0).reshape(2, 3)
        self.assertEqual(repr(a.sum()), "np.float64(15.0)")
        self.assertEqual(a.sum(axis=0, keepdims=True).shape, (1, 3))
        self.assertEqual(a.max(initial=10), 10.0)
        self.assertEqual(a.min(where=a > 2, initial=99), 3.0)
        self.assertEqual(a.cumsum().tolist(), [0, 1, 3, 6, 10, 15])
        self.assertEqual(a.prod(1).tolist(), [0.0, 60.0])
        self.assertEqual([x.tolist() for x in a.nonzero()], [[0, 0, 1, 1, 1], [1, 2, 0, 1, 2]])
        self.assertEqual(repr(a.take(4)), "np.float64(4.0)")
        a.put([0], [9])
        self.assertEqual(a[0, 0], 9)
        self.assertEqual(np.arange(3).tobytes(), b"\x00" * 8 + b"\x01" + b"\x00" * 7 + b"\x02" + b"\x00" * 7)
        c = np.array([1 + 2j])
        self.assertEqual(c.conj().tolist(), [1 - 2j])
        r = np.arange(3)
        self.assertIs(r.conjugate(), r)
        with self.assertRaises(TypeError) as cm:
            a.sum(foo=1)
        self.assertEqual(str(cm.exception), "_sum() got an unexpected keyword argument 'foo'")


if __name__ == "__main__":
    unittest.main()
