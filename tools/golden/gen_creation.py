#!/usr/bin/env python3
"""Golden cases for array creation routines (np.array ... np.fromstring).

Writes numpy-api/src/test/resources/golden/creation.json: a list of cases
  {"fn": name, "args": [...], "kw": {...}, "expr": "np....", "expect": {...}}
Values are encoded as JSON: ints/bools/strings as is, floats as numbers or "nan"/"inf"/"-inf"
strings inside {"f": ...}, complex as {"c": [re, im]}, bytes as {"b": latin-1 text},
arrays given as arguments as {"arr": nested list, "dtype": str, "view": index string or "T"},
slices for mgrid/ogrid as {"slice": [start, stop, step]} (a complex step {"c": [0, n]} is n points).
Expectations: {"dtype", "shape", "data" (flat, C order), "c", "f", "w"} or {"error", "msg"} or
{"tuple": [...]} or {"scalar": value}, plus "same" when the result is the input object.
"""
import json
import math
import os
import warnings

import numpy as np

warnings.simplefilter("ignore")
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "numpy-api", "src", "test", "resources", "golden",
                   "creation.json")


class A:
    """An array argument: np.array(data, dtype) then an optional view."""

    def __init__(self, data, dtype=None, view=None):
        self.data, self.dtype, self.view = data, dtype, view

    def make(self):
        a = np.array(self.data, dtype=self.dtype)
        if self.view == "T":
            a = a.T
        elif self.view and self.view.startswith("t:"):
            a = a.transpose([int(x) for x in self.view[2:].split(",")])
        elif self.view:
            a = eval("a[" + self.view + "]")
        return a

    def enc(self):
        d = {"arr": enc(self.data), "dtype": np.dtype(self.dtype).str if self.dtype else None}
        if self.view:
            d["view"] = self.view
        return d

    def __repr__(self):
        s = "np.array(%r%s)" % (self.data, ", dtype=%r" % self.dtype if self.dtype else "")
        if self.view == "T":
            s += ".T"
        elif self.view:
            s += "[" + self.view + "]"
        return s


class S:
    """A slice for mgrid/ogrid; step may be complex (n points)."""

    def __init__(self, start, stop, step=None):
        self.s = slice(start, stop, step)

    def enc(self):
        return {"slice": [enc(self.s.start), enc(self.s.stop), enc(self.s.step)]}

    def __repr__(self):
        p = lambda v: "" if v is None else repr(v)
        return p(self.s.start) + ":" + p(self.s.stop) + ("" if self.s.step is None else ":" + p(self.s.step))


class Hex:
    def __init__(self, b):
        self.b = b

    def enc(self):
        return {"hex": self.b.hex()}

    def __repr__(self):
        return repr(self.b)


class Fn:
    def __init__(self, name):
        self.name = name

    def enc(self):
        return {"fn": self.name}

    def __repr__(self):
        return self.name


FUNCS = {"add": lambda *a: sum(a), "first": lambda *a: a[0], "second": lambda *a: a[1], "mul": lambda i, j: i * j}


def enc(v):
    if isinstance(v, (A, S, Hex, Fn)):
        return v.enc()
    if isinstance(v, (bool, np.bool_)):
        return bool(v)
    if isinstance(v, (int, np.integer)):
        return int(v)
    if isinstance(v, (float, np.floating)):
        v = float(v)
        if math.isnan(v) or math.isinf(v):
            return {"f": repr(v)}
        return v
    if isinstance(v, (complex, np.complexfloating)):
        return {"c": [enc(float(v.real)), enc(float(v.imag))]}
    if isinstance(v, (bytes, np.bytes_)):
        return {"b": bytes(v).decode("latin-1")}
    if isinstance(v, (str, np.str_)):
        return str(v)
    if isinstance(v, (list, tuple)):
        return [enc(x) for x in v]
    if isinstance(v, dict):
        return {k: enc(x) for k, x in v.items()}
    if v is None:
        return None
    if isinstance(v, np.dtype) or isinstance(v, type):
        return np.dtype(v).str
    raise TypeError(repr(v))


def dec(v):
    if isinstance(v, (A, Hex)):
        return v.make() if isinstance(v, A) else v.b
    if isinstance(v, Fn):
        return FUNCS[v.name]
    if isinstance(v, list):
        return [dec(x) for x in v]
    return v


def expect_of(r, inp):
    if isinstance(r, (tuple, list)) and not isinstance(r, np.ndarray):
        return {"tuple": [expect_of(x, inp) for x in r]}
    if not isinstance(r, np.ndarray):
        return {"scalar": enc(r.item() if hasattr(r, "item") else r)}
    d = {"dtype": r.dtype.str, "shape": list(r.shape), "data": enc(r.ravel().tolist()),
         "strides": list(r.strides), "c": bool(r.flags.c_contiguous), "f": bool(r.flags.f_contiguous), "w": bool(r.flags.writeable)}
    if inp is not None:
        d["same"] = r is inp
    return d


CASES = []


def case(fn, *args, tol=0, java=None, **kw):
    """One case; `java` replaces NumPy's expectation where numpy-jvm documents a deviation."""
    call = getattr(np, fn) if fn not in ("mgrid", "ogrid") else None
    pargs = [dec(a) for a in args]
    pkw = {k: (np.dtype(v) if k == "dtype" and isinstance(v, str) else dec(v)) for k, v in kw.items()}
    expr = "np.%s%s" % (fn, ("[" + ", ".join(repr(a) for a in args) + "]") if call is None else
                         "(" + ", ".join([repr(a) for a in args] + ["%s=%r" % kv for kv in kw.items()]) + ")")
    try:
        if call is None:
            key = tuple(a.s for a in args)
            r = getattr(np, fn)[key if len(key) > 1 else key[0]]
        else:
            r = call(*pargs, **pkw)
        inp = pargs[0] if pargs and isinstance(pargs[0], np.ndarray) else None
        e = expect_of(r, inp)
    except Exception as ex:  # noqa: BLE001 - record NumPy's error
        e = {"error": type(ex).__name__, "msg": str(ex)}
    if fn in ("empty", "empty_like") and "data" in e:
        e["data"] = None  # uninitialised memory in NumPy; numpy-jvm zero-fills
    c = {"fn": fn, "args": enc(list(args)), "kw": {k: enc(v) for k, v in kw.items()}, "expr": expr, "expect": e}
    if java is not None:
        c["numpy"] = e
        c["expect"] = java
    if tol:
        c["tol"] = tol
    CASES.append(c)


# ---------------------------------------------------------------- np.array / asarray
case("array", [1, 2, 3])
case("array", [[1, 2], [3, 4]])
case("array", [1, 2.0])
case("array", [True, False])
case("array", [True, 1.5])
case("array", [1, 2 + 0j])
case("array", [[1, 2], [3, 4]], dtype="complex128")
case("array", 5)
case("array", 5.5)
case("array", True)
case("array", 1 + 2j)
case("array", "abc")
case("array", [])
case("array", [[]])
case("array", [[], []])
case("array", ["a", "bcd"])
case("array", [1, "a"])
case("array", [1.5, "c"])
case("array", [True, "c"])
case("array", [1 + 2j, "a"])
case("array", [2 ** 63])
case("array", [2 ** 63, -1])
NO_OBJECT = {"error": "OverflowError", "msg": "Python int too large to convert to C long"}  # no object dtype
case("array", [2 ** 64], java=NO_OBJECT)
case("array", [-(2 ** 63) - 1], java=NO_OBJECT)
case("array", [[1, 2], [3]])
case("array", [[1, 2], 3])
case("array", [1, [2, 3]])
case("array", [[1], []])
case("array", [[[1], [2]], [[1], [2, 3]]])
case("array", [[[1, 2], [3, 4]], [[5, 6], [7]]])
case("array", ["1.5", "x"], dtype="float64")
case("array", ["1", "x"], dtype="int64")
case("array", ["1.5"], dtype="int64")
case("array", ["1.5", "2"], dtype="float64")
case("array", [300], dtype="int8")
case("array", [-1], dtype="uint64")
case("array", [2 ** 64], dtype="uint64")
case("array", [2 ** 64], dtype="float64")
case("array", [1e10], dtype="int8")
case("array", [1e19], dtype="uint64")
case("array", [-1.5], dtype="uint8")
case("array", [float("nan")], dtype="int64")
case("array", [float("inf")], dtype="int32")
case("array", [300], dtype="bool")
case("array", [300.7], dtype="int16")
case("array", [1 + 1j], dtype="int64")
case("array", [1 + 1j], dtype="float64")
case("array", [1.5, 2], dtype="U")
case("array", [1, 2], dtype="S")
case("array", ["abc"], dtype="U")
case("array", [1, 2, 3], dtype="float32")
case("array", [1, 2], ndmin=3)
case("array", [1, 2, 3], ndmin=2)
case("array", [1, 2, 3], dtype="complex128")
case("array", [1, 2, 3.0])
case("array", [[1, 2], [3, 4]], ndmin=1)
case("array", [[1, 2], [3, 4]], order="F")
case("array", [1, 2], order="X")
case("array", [1, 2], copy=False)
case("array", A([[1, 2], [3, 4]]), copy=False)
case("array", A([[1, 2], [3, 4]]))
case("array", A([[1, 2], [3, 4]], view="T"))
case("array", A([[1, 2], [3, 4]], view="T"), order="C")
case("array", A([[1, 2, 3], [4, 5, 6]], view=":, ::2"))
case("array", A([[1, 2], [3, 4]]), dtype="float64", copy=False)
case("array", A([1, 2, 3], "int8"), ndmin=2, copy=False)
case("array", A([[1, 2, 3], [4, 5, 6]], view=":, ::2"), ndmin=4, copy=False)
case("array", A([[1, 2, 3], [4, 5, 6]], view="T"), ndmin=3, copy=None)
case("array", A([[1, 2, 3], [4, 5, 6]], view="::-1"), ndmin=3)
case("asarray", A([[1, 2, 3], [4, 5, 6]], view="::-1"), order="C")
case("array", [A([1, 2], "int8"), A([3, 4], "int8")])
case("array", [A([1, 2], "int8"), [300, 1]])
case("array", [A([1, 2], "float32"), A([3, 4], "int64")])
case("array", [A([1, 2, 3], "int8"), 1])
case("array", [[A(1), A(2)], [A(3), A(4)]])
case("asarray", A([1, 2, 3]))
case("asarray", A([1, 2, 3]), dtype="int64")
case("asarray", A([1, 2, 3]), dtype="float64")
case("asarray", A([[1, 2], [3, 4]]), order="F")
case("asarray", A([[1, 2], [3, 4]], view="T"), order="F")
case("asarray", [1.5, 2])
case("asanyarray", A([1, 2, 3]))
case("ascontiguousarray", A([[1, 2], [3, 4]], view="T"))
case("ascontiguousarray", A([[1, 2], [3, 4]]))
case("ascontiguousarray", 5)
case("ascontiguousarray", [[1.0, 2.0]], dtype="float32")
case("asfortranarray", A([[1, 2], [3, 4]]))
case("asfortranarray", A([[1, 2], [3, 4]], view="T"))
case("asfortranarray", 5)
case("copy", A([[1, 2], [3, 4]], view="T"))
case("copy", A([[1, 2], [3, 4]], view="T"), order="C")
case("copy", [1, 2])
case("astype", A([1, 2, 3]), "int64")
case("astype", A([1, 2, 3]), "int64", copy=False)
case("astype", A([1, 2, 3]), "float64", copy=False)
case("astype", A([[1.5, 2.5, 3.5], [4.5, 5.5, 6.5]], view="T"), "float32")
case("astype", A([1.5, -2.5]), "uint8")
case("astype", A([1, 22, 333]), "U")

# ---------------------------------------------------------------- zeros / ones / empty / full
case("zeros", 5)
case("zeros", [5], dtype="int64")
case("zeros", [2, 1])
case("zeros", [2, 3], order="F")
case("zeros", [2, 3], order="A")
case("zeros", 2, order="X")
case("zeros", -1)
case("zeros", [2, -1])
case("zeros", [0, 3])
case("zeros", [])
case("zeros", 3, dtype="<U2")
case("zeros", 2, dtype="complex64")
case("ones", 5)
case("ones", [5], dtype="int64")
case("ones", [2, 1])
case("ones", [2, 2], dtype="bool")
case("ones", 2, dtype="<U3")
case("ones", 2, dtype="|S3")
case("ones", 3, dtype="int8")
case("ones", [2, 3], order="F")
case("ones", 2, dtype="complex128")
case("empty", [2, 2], dtype="int64", order="F")
case("empty", -2)
case("full", [2, 2], float("inf"))
case("full", [2, 2], 10)
case("full", [2, 2], [1, 2])
case("full", 3, 2.7, dtype="int64")
case("full", 3, "ab")
case("full", 2, "abcd", dtype="<U2")
case("full", 2, 5, dtype="U")
case("full", 3, 300, dtype="int8")
case("full", 3, -1, dtype="uint8")
case("full", 3, 1e300, dtype="float32")
case("full", 2, float("nan"), dtype="int64")
case("full", 2, 1 + 1j, dtype="float64")
case("full", 2, 1e10, dtype="int8")
case("full", 2, True)
case("full", 2, 1 + 2j)
case("full", [2, 3], 7, order="F")
case("full", [2, 2], [1, 2, 3])
case("zeros_like", A([[0, 1, 2], [3, 4, 5]]))
case("zeros_like", A([0.0, 1.0, 2.0]))
case("zeros_like", A([[1, 2, 3], [4, 5, 6]], view="T"))
case("zeros_like", A([[1, 2, 3], [4, 5, 6]], view=":, ::2"))
case("zeros_like", A([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]], view="T")),
case("ones_like", A([[0, 1, 2], [3, 4, 5]]))
case("ones_like", A([0.0, 1.0, 2.0]))
case("ones_like", A([[1.0, 2.0, 3.0, 4.0], [5.0, 6.0, 7.0, 8.0], [9.0, 10.0, 11.0, 12.0]], view="T"))
case("ones_like", A([[1.0, 2.0, 3.0, 4.0], [5.0, 6.0, 7.0, 8.0], [9.0, 10.0, 11.0, 12.0]], view="::2, ::-1"))
case("ones_like", A([1, 2]), dtype="float32")
case("ones_like", A(["a", "bb"]))
case("empty_like", A([[1.0, 2.0], [3.0, 4.0]]), dtype="int64")
case("empty_like", [[1, 2, 3], [4, 5, 6]])
case("full_like", A([0, 1, 2, 3, 4, 5]), 1)
case("full_like", A([0, 1, 2, 3, 4, 5]), 0.1)
case("full_like", A([0.0, 1.0, 2.0, 3.0, 4.0, 5.0]), 0.1, dtype="float64")
case("full_like", A([0.0, 1.0, 2.0, 3.0, 4.0, 5.0]), float("nan"), dtype="float64")
case("full_like", A([0.0, 1.0, 2.0, 3.0, 4.0, 5.0]), 0.1)
case("full_like", A([[0, 0, 0], [0, 0, 0]]), [0, 0, 255])
case("full_like", A([0, 1, 2]), 2.7)
case("full_like", A([0, 1, 2]), 300, dtype="int8")
case("full_like", A([0, 1, 2]), 1e10)
case("full_like", A([[0.0, 1.0, 2.0], [3.0, 4.0, 5.0]]), [1, 2, 3])
case("full_like", A([[1, 2], [3, 4]], view="T"), 7)

# ---------------------------------------------------------------- arange
case("arange", 3)
case("arange", 3.0)
case("arange", 3, 7)
case("arange", 3, 7, 2)
case("arange", 10, 0, -3)
case("arange", 0, 5, 0)
case("arange", 0.0, 5, 0)
case("arange", 0, 5, 0.0)
case("arange", 0, 1e20)
case("arange", 0, 1e10)  # 74.5 GiB: NumPy's MemoryError (the allocation is refused, nothing is filled)
case("arange", 0, 2 ** 41, dtype="int8")
case("arange", float("nan"))
case("arange", float("inf"))
case("arange", 0, 10, float("inf"))
case("arange", 0, 5, 0.5, dtype="int64")
case("arange", 5, dtype="bool")
case("arange", -3, 3, 0.5, dtype="int64")
case("arange", 2, dtype="bool")
case("arange", 0, 1, 1, dtype="bool")
case("arange", 1, 3, dtype="bool")
case("arange", -3, 3, 0.7, dtype="int8")
case("arange", 1, 0.5, 0.1)
case("arange", 0, 1, 0.1)
case("arange", 0.1, 1.0, 0.3, dtype="float32")
case("arange", 1, 7, 2, dtype="float16")
case("arange", 300, 305, dtype="int8")
case("arange", 0, 5, dtype="uint8")
case("arange", -1, 2, dtype="uint8")
case("arange", 5.0)
case("arange", 3, dtype="<U1")
case("arange", 2 ** 62, 2 ** 62 + 3)
case("arange", True)
case("arange", 1 + 1j)
case("arange", 0, 3 + 1j, 1)
case("arange", 0, 3, 1 + 0j)
case("arange", 3, dtype="complex128")
case("arange", 3, dtype="complex64")
case("arange", -5, -10)
case("arange", 0, 10 ** 17 + 1, 10 ** 16)
case("arange", 0, -1, -0.25)
case("arange", 1.5, 5.5, 1, dtype="int64")
case("arange", 4, dtype="float32")
case("arange", 10, 0, -1.5, dtype="int16")
case("arange", 0, 256, 64, dtype="uint8")
case("arange", 3, dtype="uint64")

# ---------------------------------------------------------------- linspace / logspace / geomspace
case("linspace", 2.0, 3.0, num=5)
case("linspace", 2.0, 3.0, num=5, endpoint=False)
case("linspace", 2.0, 3.0, num=5, retstep=True)
case("linspace", 0, 1)
case("linspace", 0, 10, 8, endpoint=True)
case("linspace", 0, 10, 8, endpoint=False)
case("linspace", 0, 1, 0)
case("linspace", 0, 1, 1)
case("linspace", 0, 1, -1)
case("linspace", 0, 1, 0, retstep=True)
case("linspace", 0, 1, 1, retstep=True)
case("linspace", 0, 1, 1, endpoint=False, retstep=True)
case("linspace", 0, 10, 5, dtype="int64")
case("linspace", -5, 5, 4, dtype="int64")
case("linspace", 0, 5, 3, dtype="int8")
case("linspace", 0, 1, 5, dtype="float32")
case("linspace", 0, 1 + 1j, 3)
case("linspace", 1j, 2 - 3j, 4, retstep=True)
case("linspace", 0.1, 0.7, 7)
case("linspace", -1.3, 2.9, 11, endpoint=False)
case("linspace", 1e-320, 5e-320, 3)
case("linspace", 5, 5, 3)
case("linspace", 10, 0, 6)
case("linspace", A([0, 1]), A([2, 3]), 3)
case("linspace", A([0, 1]), A([2, 3]), 3, axis=1)
case("linspace", A([0, 1]), A([2, 3]), 3, axis=-1)
case("linspace", A([0.0, 1.0]), 4.0, 3, retstep=True)
case("linspace", A([[0.0], [1.0]]), A([2.0, 3.0, 4.0]), 2)
case("linspace", A([0.5, 1.5], "float32"), 2.0, 4)
case("linspace", A(0.5, "float32"), A(1.25, "float32"), 5)
case("linspace", 0, 1, 3, axis=1)
case("linspace", A([1.0, 1.0]), A([1.0, 2.0]), 3)
case("logspace", 2.0, 3.0, num=4, tol=4)
case("logspace", 2.0, 3.0, num=4, endpoint=False, tol=4)
case("logspace", 2.0, 3.0, num=4, base=2.0, tol=4)
case("logspace", 0, 2, 3, dtype="int64")
case("logspace", 2.0, 3.0, num=4, base=[2.0, 3.0], axis=-1, tol=4)
case("logspace", 2.0, 3.0, num=4, base=A([2.0, 3.0]), axis=0, tol=4)
case("logspace", A([0.0, 1.0]), 2.0, num=3, base=A([[2.0], [10.0]]), tol=4)
case("logspace", 0.1, 1, 10, endpoint=True, tol=4)
case("logspace", 0.1, 1, 10, endpoint=False, tol=4)
case("logspace", 0, 1, 0)
case("logspace", A([0.0, 1.0]), A([2.0, 3.0]), 3, axis=1, tol=4)
case("logspace", 0, 1 + 1j, 3, tol=4)
case("logspace", -2, 2, 5, tol=4)
case("geomspace", 1, 1000, num=4)
case("geomspace", 1, 1000, num=3, endpoint=False, tol=4)
case("geomspace", 1, 1000, num=4, endpoint=False, tol=4)
case("geomspace", 1, 256, num=9, tol=4)
case("geomspace", 1, 1000, num=4, dtype="int64")
case("geomspace", 1, 256, num=9, dtype="int64")
case("geomspace", 1, 1000, 10, endpoint=True, tol=4)
case("geomspace", 1, 1000, 10, endpoint=False, tol=4)
case("geomspace", 1000, 1, num=4, tol=4)
case("geomspace", -1000, -1, num=4, tol=4)
case("geomspace", 1j, 1000j, num=4, tol=4)
case("geomspace", -1 + 0j, 1 + 0j, num=5, tol=4)
case("geomspace", -1, 1, 3)
case("geomspace", 0, 1, 3)
case("geomspace", 1, 0, 3)
case("geomspace", 1, 2, 1)
case("geomspace", 1, 2, 0)
case("geomspace", A([1.0, 10.0]), A([100.0, 1000.0]), 3, tol=4)
case("geomspace", A([1.0, 10.0]), A([100.0, 1000.0]), 3, axis=1, tol=4)
case("geomspace", 2, 32, 5, dtype="float32", tol=4)
case("geomspace", 1, 1000, 4, dtype="complex128", tol=4)

# ---------------------------------------------------------------- eye, identity, tri, tril, triu, diag, vander
case("eye", 2, dtype="int64")
case("eye", 3, k=1)
case("eye", 3, k=-1)
case("eye", 3, 5, 2)
case("eye", 3, 4, -1)
case("eye", 3, k=5)
case("eye", 3, k=-3)
case("eye", 3, order="F")
case("eye", 0)
case("eye", -1)
case("eye", 2, dtype="complex128")
case("eye", 2, dtype="bool")
case("identity", 3)
case("identity", 0)
case("identity", 2, dtype="int8")
case("tri", 3, 5, 2, dtype="int64")
case("tri", 3, 5, -1)
case("tri", 3)
case("tri", 0)
case("tri", 2, 3, 10)
case("tri", 4, 2, -5)
case("tril", A([[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]]), -1)
case("tril", A([[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]]))
case("tril", A([[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]]), 1)
case("tril", A(np.arange(24).reshape(2, 3, 4).tolist()))
case("tril", A([1, 2, 3]))
case("tril", A(5))
case("tril", A(np.arange(3 * 4 * 5).reshape(3, 4, 5).tolist()))
case("triu", A(np.arange(3 * 4 * 5).reshape(3, 4, 5).tolist()))
case("tril", A([[1.5, 2.5], [3.5, 4.5]], "float32"))
case("tril", A([["a", "b"], ["c", "d"]]))
case("triu", A([[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]]), -1)
case("triu", A([[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]]))
case("triu", A([[True, True], [True, True]]))
case("triu", A(np.arange(24).reshape(2, 3, 4).tolist()), 1)
case("triu", A([[1, 2, 3], [4, 5, 6], [7, 8, 9]], view="T"))
case("diag", A(np.arange(9).reshape(3, 3).tolist()))
case("diag", A(np.arange(9).reshape(3, 3).tolist()), k=1)
case("diag", A(np.arange(9).reshape(3, 3).tolist()), k=-1)
case("diag", A(np.arange(9).reshape(3, 3).tolist()), k=5)
case("diag", A([1, 2, 3]))
case("diag", [1, 2], k=-1)
case("diag", [1.5, 2.5], k=2)
case("diag", 5)
case("diag", A(np.ones((2, 2, 2)).tolist()))
case("diag", [])
case("diagflat", [[1, 2], [3, 4]])
case("diagflat", [1, 2], 1)
case("diagflat", [1 + 1j, 2], -1)
case("diagflat", 7)
case("vander", [1, 2, 3, 5], 3)
case("vander", [1, 2, 3, 5])
case("vander", A([1, 2, 3, 5]), increasing=True)
case("vander", A([1, 2, 3, 5]), 3, increasing=True)
case("vander", [1, 2, 3], 0)
case("vander", [1, 2, 3], -1)
case("vander", [1.5, 2])
case("vander", [[1, 2]])
case("vander", A([1, 2], "int8"), 4)
case("vander", A([1.5, 2], "float32"), 3)
case("vander", [1 + 1j, 2], 3)
case("vander", [True, False], 3)
case("vander", [], 2)

# ---------------------------------------------------------------- meshgrid, mgrid, ogrid, indices, fromfunction
case("meshgrid", [1, 2, 3], [4, 5])
case("meshgrid", [1, 2, 3], [4, 5], indexing="ij")
case("meshgrid", [1, 2, 3], [4, 5], sparse=True)
case("meshgrid", [1, 2, 3], [4, 5], indexing="ij", sparse=True)
case("meshgrid", [1, 2, 3], [4, 5], indexing="zz")
case("meshgrid", [1, 2, 3])
case("meshgrid")
case("meshgrid", [[1, 2], [3, 4]], [5])
case("meshgrid", [1, 2], [3, 4], [5, 6, 7])
case("meshgrid", [1, 2], [3, 4], [5, 6, 7], indexing="ij")
case("meshgrid", A([0.0, 0.5, 1.0]), A([0.0, 1.0]))
case("meshgrid", A([0.0, 0.5, 1.0]), A([0.0, 1.0]), sparse=True)
case("meshgrid", [1, 2], [1.5, 2.5], sparse=True, copy=False)
case("mgrid", S(0, 5))
case("mgrid", S(-1, 1, 5j))
case("mgrid", S(0, 1, 1j))
case("mgrid", S(0, 5.0))
case("mgrid", S(0, 5), S(0, 5))
case("mgrid", S(0, 3), S(0, 2.5, 0.5))
case("mgrid", S(0, 1, 3j), S(0, 3))
case("mgrid", S(-1, 1, 0.5))
case("mgrid", S(None, 4, 2), S(1, 3))
case("mgrid", S(5, 0, -2))
case("ogrid", S(0, 5), S(0, 3))
case("ogrid", S(-1, 1, 5j))
case("ogrid", S(0, 1, 3j), S(0, 3))
case("indices", (2, 3))
case("indices", (2, 3), dtype="float64")
case("indices", (2, 3), sparse=True)
case("indices", ())
case("indices", (3,))
case("indices", (2, 0))
case("indices", (1, 2, 3), dtype="int8")
case("fromfunction", Fn("add"), (3, 3), dtype="int64")
case("fromfunction", Fn("first"), (2, 2), dtype="float64")
case("fromfunction", Fn("first"), (2, 3))
case("fromfunction", Fn("second"), (2, 2), dtype="float64")
case("fromfunction", Fn("mul"), (3, 4), dtype="float64")

# ---------------------------------------------------------------- frombuffer, fromiter, fromstring
case("frombuffer", Hex(b"\x00\x01"), dtype=">i2")
case("frombuffer", Hex(b"\x00\x01"), dtype="<i2")
case("frombuffer", Hex(b"\x00\x01\x02"), dtype="<i2")
case("frombuffer", Hex(b"\x00\x01\x02"), dtype="<i2", count=3)
case("frombuffer", Hex(b""), dtype="<i2")
case("frombuffer", Hex(b"\x00\x01"), dtype="<i2", offset=3)
case("frombuffer", Hex(b"ab"), dtype="int8", offset=-1)
case("frombuffer", Hex(b"ab"), dtype="int8", offset=2)
case("frombuffer", Hex(b"ab"), dtype="int8", count=1, offset=2)
case("frombuffer", Hex(b"hello world"), dtype="S1", count=5, offset=6)
case("frombuffer", Hex(b"hello world"), dtype="S3", count=2, offset=1)
case("frombuffer", Hex(b"\x01\x02"), dtype="uint8")
case("frombuffer", Hex(b"\x01\x02\x03\x04\x05"), dtype="uint8", count=3)
case("frombuffer", Hex(b"\x00\x00\x80\x3f"), dtype="<f4")
case("frombuffer", Hex(b"\x3f\x80\x00\x00"), dtype=">f4")
case("frombuffer", Hex(np.array([1.5, -2.25]).tobytes()))
case("frombuffer", Hex(np.array([1.5, -2.25], ">f8").tobytes()), dtype=">f8")
case("frombuffer", Hex(np.array([1 + 2j], ">c16").tobytes()), dtype=">c16")
case("frombuffer", Hex(np.array([1 + 2j], "<c8").tobytes()), dtype="<c8")
case("frombuffer", Hex(np.array([2 ** 63 + 5], ">u8").tobytes()), dtype=">u8")
case("frombuffer", Hex(np.array([-7, 70000], "<i4").tobytes()), dtype="<i4")
case("frombuffer", Hex(np.array([65529, 7000], ">u2").tobytes()), dtype=">u2")
case("frombuffer", Hex(np.array([1.5, 65504], ">f2").tobytes()), dtype=">f2")
case("frombuffer", Hex(np.array(["ab", "c"], ">U2").tobytes()), dtype=">U2")
case("frombuffer", Hex(np.array(["ab", "c"], "<U2").tobytes()), dtype="<U2")
case("frombuffer", Hex(b"\x01\x00"), dtype="bool")
case("frombuffer", Hex(b""), dtype="S0")
case("fromiter", [0, 1, 4, 9, 16], dtype="float64")
case("fromiter", [1, 2, 3], dtype="int64", count=5)
case("fromiter", [1, 2, 3], dtype="float64", count=2)
case("fromiter", [], dtype="float64")
case("fromiter", [1, 2], dtype="float64", count=-2)
case("fromiter", [1, 2], dtype=None)
case("fromiter", ["ab", "c"], dtype="<U2")
case("fromiter", [1, 2], dtype="U")
case("fromiter", [1, "x"], dtype="int64")
case("fromiter", [300], dtype="int8")
case("fromiter", [1.5, 2], dtype="int64")
case("fromiter", [True, 2, 3.5], dtype="complex128")
case("fromstring", "1 2", dtype="int64", sep="")
case("fromstring", "1, 2, x", dtype="int64", sep=",")
case("fromstring", "1, 2, 3", dtype="int64", sep=",")
case("fromstring", "1 2 3", sep=" ")
case("fromstring", "1,2,,3", sep=",")
case("fromstring", "", sep=",")
case("fromstring", "1 2 3", sep=" ", count=2)
case("fromstring", "+5 -3", dtype="int64", sep=" ")
case("fromstring", "1e3", dtype="int64", sep=" ")
case("fromstring", "0 1", dtype="bool", sep=" ")
case("fromstring", "True", dtype="bool", sep=" ")
case("fromstring", "1+2j 3", dtype="complex128", sep=" ")
case("fromstring", "1, 2", sep=", ")
case("fromstring", "1,2", sep=", ")
case("fromstring", "1 ,2", sep=",")
case("fromstring", "1\t2", sep=" ")
case("fromstring", "1;2", sep=" ; ")
case("fromstring", "1;;2", sep=";")
case("fromstring", "  1 2", sep=" ")
case("fromstring", "x", sep=" ")
case("fromstring", "1 2", dtype="<U1", sep=" ")
case("fromstring", "1 2", dtype="float32", sep=" ")
case("fromstring", ".5 5. -.5e1", sep=" ")
case("fromstring", "300", dtype="int8", sep=" ")
case("fromstring", "99999999999999999999", dtype="int64", sep=" ")
case("fromstring", "-1", dtype="uint8", sep=" ")
case("fromstring", "1.5", dtype="float16", sep=" ")
case("fromstring", "infinity -nan NaN -inf", sep=" ")
case("fromstring", "1_0", sep=" ")
case("fromstring", "1,", sep=",")
case("fromstring", ",1", sep=",")
case("fromstring", "18446744073709551615", dtype="uint64", sep=" ")
case("fromstring", "1 2 ", dtype="float64", sep=" ")
case("fromstring", "1,2,", dtype="float64", sep=",")
case("fromstring", " 1 , 2 ", dtype="float64", sep=",")
case("fromstring", "1  2\n3", dtype="float64", sep=" ")
case("fromstring", "0x10 2", dtype="int64", sep=" ")
case("fromstring", "1.5 2", dtype="int64", sep=" ")
case("fromstring", "1.25e-3,7", sep=",")
case("fromstring", "1 2", dtype="int64", sep=" ")
case("fromstring", "1, 2", dtype="int64", sep=",")


# ---------------------------------------------------------------- more edge cases
case("array", A(np.arange(24).reshape(2, 3, 4).tolist(), view="t:1,0,2"))
case("array", A(np.arange(24).reshape(2, 3, 4).tolist(), view="t:2,0,1"), dtype="float32")
case("array", A(np.arange(24).reshape(2, 3, 4).tolist(), view="t:1,0,2"), order="A")
case("array", A(np.arange(24).reshape(2, 3, 4).tolist(), view="::-1, :, ::2"))
case("copy", A(np.arange(24).reshape(2, 3, 4).tolist(), view="t:1,2,0"))
case("ones_like", A(np.arange(24).reshape(2, 3, 4).tolist(), view="t:1,2,0"))
case("zeros_like", A(np.arange(24).reshape(2, 3, 4).tolist(), view="t:1,2,0"), order="A")
case("zeros_like", A(np.arange(24).reshape(2, 3, 4).tolist(), view="t:1,2,0"), order="C")
case("zeros_like", A(np.arange(24).reshape(2, 3, 4).tolist(), view="t:1,2,0"), order="F")
case("array", [[1, 2], [3, [4]]])
case("array", [[[1, 2]], [[3]]])
case("array", [A([1, 2]), A([1, 2, 3])])
case("array", [A([[1, 2]]), [[1, 2]]])
case("array", [[1], A([1, 2])])
case("array", [A([1, 2]), 5])
case("array", [5, A([1, 2])])
case("array", [[1, 2], A(3)])
case("array", [A(1.5), A(2, "int8")])
case("array", [["a", "b"], ["cc", 1]])
case("array", [[1, 2], [3, 4]], ndmin=4, order="F")
case("array", [[True], [2]], dtype="float32")
case("array", [[1, 2], [3, 4]], dtype="<U")
case("array", [0.1, 1e300, -0.0], dtype="float16")
case("array", [65535, 0], dtype="uint16")
case("array", [65536], dtype="uint16")
case("array", [-129], dtype="int8")
case("array", [2 ** 63 - 1, -(2 ** 63)], dtype="int64")
case("array", [2 ** 32], dtype="uint32")
case("array", [1.5, -2.5], dtype="complex64")
case("array", ["1+2j", "3"], dtype="complex128")
case("array", [" 12 ", "-3"], dtype="int32")
case("array", ["0", "", "x"], dtype="bool")
case("full", 3, A(2.5, "float32"))
case("full", [2, 2], A([1, 2], "int8"), dtype="float64")
case("full", [2, 3], [[1], [2]], order="F")
case("linspace", 0.1, 12.7, 33)
case("linspace", -3.3, 1e5, 17, endpoint=False)
case("linspace", A([0.1, -7.25], "float32"), A([12.7, 3.0], "float32"), 9)
case("linspace", 1e300, -1e300, 5)
case("linspace", 0, 1e-310, 4)
case("linspace", 3, 3.0000000000000004, 4)
case("linspace", A([[1.0, 2.0], [3.0, 4.0]]), A([5.0, 6.0]), 3, axis=2)
case("linspace", A([[1.0, 2.0], [3.0, 4.0]]), A([5.0, 6.0]), 3, axis=-2)
case("linspace", A([1.0, 2.0]), A([1.0, 2.0, 3.0]), 3)
case("linspace", 0, 1, 4, dtype="complex64")
case("linspace", 2, 7, 6, dtype="uint8")
case("linspace", -2.5, 2.5, 6, dtype="int16")
case("linspace", float("nan"), 1, 3)
case("linspace", 0, float("inf"), 3)
case("linspace", 1 + 1j, 5 - 2j, 5, endpoint=False, retstep=True)
case("linspace", A([1 + 1j, 2]), 0, 3, retstep=True)
case("arange", 0.1, 0.5, 0.1, dtype="float32")
case("arange", 2.5, dtype="float16")
case("arange", 0, 2, 0.25, dtype="complex64")
case("arange", 1 + 2j, 5 + 3j, 1)
case("arange", 0, 10, 3, dtype="float64")
case("arange", 250, 260, 3, dtype="uint8")
case("arange", -2 ** 63, -2 ** 63 + 2)
case("arange", 1e308, -1e308, -1e307)
case("arange", 0, -1e-300, -1)
case("eye", 4, 2, -1, dtype="int8")
case("eye", 2, 4, 3, order="F")
case("eye", 3, 0)
case("tri", -1)
case("tri", 3, 0)
case("diag", A([1, 2, 3, 4, 5], view="::2"))
case("diag", A([[1, 2, 3], [4, 5, 6]], view="T"), 1)
case("diag", A([[1, 2, 3], [4, 5, 6]]), -1)
case("diag", A([[1, 2, 3], [4, 5, 6]]), -2)
case("diagflat", A([[1, 2], [3, 4]], view="T"))
case("meshgrid", 5, [1, 2])
case("meshgrid", [], [1, 2])
case("indices", (2, -1))
case("indices", (2, 3), dtype="complex128")
case("mgrid", S(0, 0))
case("mgrid", S(0, 4, 0.5), S(0, 1, 2j))
case("mgrid", S(1.5, 3))
case("mgrid", S(3, 0))
case("mgrid", S(0, 5, 0))
case("mgrid", S(0, 5, 0), S(0, 2))
case("mgrid", S(0, 1, 0j))
case("mgrid", S(0, 1, 0j), S(0, 2))
case("mgrid", S(0, 3.5))
case("mgrid", S(1, 1, 1))
case("mgrid", S(0, 2), S(0.5, 2.5, 0.5), S(-1, 1, 3j))
case("ogrid", S(0, 2), S(0, 1, 1j))
case("indices", (2, 2), dtype="bool")
case("indices", (3, 2), dtype="bool")
case("linspace", 0, 1, 3, dtype="bool")
case("linspace", 0, 1, 3, dtype="<U5")
case("tril", A([[1, 2], [3, 4]]), 10 ** 6)
case("triu", A([[1, 2], [3, 4]]), -(10 ** 6))
case("triu", A([[1, 2], [3, 4]]), 10 ** 6)
case("tril", A(np.zeros((0, 3)).tolist()))
case("diag", [1, 2], k=-3)
case("vander", [2, 3], 1)
case("vander", A([2, 3], "uint64"), 3)
case("eye", 2, 3, -5)
case("full", [], 5)
case("zeros", [1, 1, 1], order="F")
case("arange", 0, 0)
case("arange", 0.0, -0.0)
case("array", [[[]]])
case("array", [[], [[]]])
case("array", [[[]], []])
case("array", "")
case("array", [""])
case("array", ["", 1])
case("array", ["héllo", "ω"])
case("array", ["a", "b"], dtype="S")
case("full", 2, "")
case("fromiter", ["", "ab"], dtype="<U1")
case("ogrid", S(0, 3, 1j), S(2, 4))
case("fromiter", [1 + 2j, 3], dtype="complex64")
case("fromiter", [0, 1, 2], dtype="bool")
case("fromiter", ["1.5"], dtype="float64")
case("fromstring", "1 2 3 4", dtype="int16", sep=" ", count=3)
case("fromstring", "1 2 3", dtype="uint32", sep="  ")
case("fromstring", "1|2|3", dtype="float64", sep="|")
case("fromstring", "1 | 2", dtype="float64", sep="|")
case("fromstring", "1e400 -1e400 1e-400", sep=" ")
case("fromstring", "7", sep=",")

# ---------------------------------------------------------------- seeded numeric sweeps (bit-exact)
_rng = np.random.default_rng(20261124)
for _ in range(15):
    a, b = (round(float(x), 6) for x in _rng.uniform(-1e3, 1e3, 2))
    n = int(_rng.integers(2, 40))
    case("linspace", a, b, n, endpoint=bool(_rng.integers(0, 2)))
for _ in range(10):
    a, b = (round(float(x), 4) for x in _rng.uniform(-10, 10, 2))
    case("linspace", A([a, b], "float32"), A([b, a], "float32"), int(_rng.integers(2, 20)))
for _ in range(15):
    a = round(float(_rng.uniform(-50, 50)), 3)
    st = round(float(_rng.uniform(0.01, 3)), 4) * (1 if _rng.integers(0, 2) else -1)
    b = a + st * float(_rng.integers(1, 60)) + round(float(_rng.uniform(-1, 1)), 3)
    case("arange", a, b, st)
    case("arange", a, b, st, dtype="float32")
for _ in range(5):
    a, b = (int(x) for x in _rng.integers(-100, 100, 2))
    case("arange", a, b, int(_rng.integers(1, 9)) * (1 if a < b else -1), dtype="int16")

# ---------------------------------------------------------------- seeded nested / ragged structures
def _nest(depth, rng):
    if depth == 0 or rng.random() < 0.08:
        return int(rng.integers(0, 9))
    n = int(rng.integers(1, 4)) if rng.random() < 0.9 else 0
    return [_nest(depth - 1, rng) for _ in range(n)]


def _regular(depth, dims, rng):
    return int(rng.integers(0, 9)) if depth == len(dims) else [_regular(depth + 1, dims, rng) for _ in range(dims[depth])]


for _ in range(80):
    case("array", _nest(int(_rng.integers(1, 5)), _rng))
for _ in range(10):
    dims = [int(x) for x in _rng.integers(1, 4, int(_rng.integers(2, 5)))]
    v = _regular(0, dims, _rng)
    # break it at a random place
    cur = v
    for _d in range(int(_rng.integers(0, len(dims) - 1))):
        cur = cur[-1]
    cur.append(cur[0] if _rng.random() < 0.5 else 7)
    case("array", v)
case("array", [A([1, 2]), [[1, 2]]])
case("array", [[[1, 2]], A([1, 2])])
case("array", [A([[1, 2], [3, 4]]), A([[1, 2], [3]], view=None) if False else [[1, 2], [3]]])
case("array", [A([[1, 2], [3, 4]]), A([[1, 2, 3], [4, 5, 6]])])

# ---------------------------------------------------------------- dtype sweep
for _t in ["bool", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64", "float16", "float32",
           "float64", "complex64", "complex128", "<U3", "|S2"]:
    case("zeros", [2, 2], dtype=_t)
    case("ones", 3, dtype=_t)
    case("full", 2, -1, dtype=_t)
    case("full", 2, 1.75, dtype=_t)
    case("full", 2, 1e6, dtype=_t)
    case("eye", 2, dtype=_t)
    case("identity", 2, dtype=_t)
    case("tri", 2, dtype=_t)
    case("arange", 4, dtype=_t)
    case("arange", 1, 2.5, 0.5, dtype=_t)
    case("linspace", 0, 10, 5, dtype=_t)
    case("linspace", -1, 1, 3, dtype=_t)
    case("array", [1, 2.5, -3], dtype=_t)
    case("array", [[True, False]], dtype=_t)
    case("indices", (2,), dtype=_t)
    case("fromiter", [1, 0, 2], dtype=_t)
    case("fromstring", "1 0 2", dtype=_t, sep=" ")
    case("zeros_like", A([1, 2]), dtype=_t)
    case("full_like", A([1.5, 2.5]), 7, dtype=_t)
    case("diag", A([1, 2], _t if _t[0] not in "<|" else None))
    case("vander", A([1, 2], _t if _t[0] not in "<|" else None), 3)
    case("tril", A([[1, 2], [3, 4]], _t if _t[0] not in "<|" else None))

os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w") as f:
    json.dump(CASES, f, indent=0, sort_keys=True)
    f.write("\n")
print("wrote", len(CASES), "cases to", os.path.relpath(OUT))
