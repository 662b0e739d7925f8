#!/usr/bin/env python3
"""Golden data for the array-manipulation routines (numpy-api, org.numpyjvm.api.internal.manipulation).

Writes numpy-api/src/test/resources/golden/manipulation.json: a list of cases
{"expr", "fn", "args", "kwargs", then "result" (+ "shares") or "error": {"type", "msg"}}.

Encoding: an ndarray is {"nd": {"dtype": dtype.str, "shape": [...], "data": [flat C-order values]},
"index": "<basic index applied after creation>"?, "transpose": [axes]? ([] = .T)}; floats nan/inf as strings, complex as [re, im];
a complex scalar is {"complex": [re, im]}, a slice is {"slice": [start, stop, step]}; a dict is {"dict": [[key, value], ...]}; lists and tuples
are JSON arrays. "flags" is [C-contiguous, F-contiguous] of the result (a list of pairs for tuple
results). "shares" is np.shares_memory(result, first argument) (a list for tuple results).
"""
import json
import math
import os
import warnings

import numpy as np

warnings.simplefilter("ignore")
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "numpy-api", "src", "test", "resources", "golden",
                   "manipulation.json")


class V:
    """An input array that the test builds, then indexes with `index` (a view: strided, flipped)."""

    def __init__(self, arr, index=None, T=None):
        self.arr = np.asarray(arr)
        self.index = index
        self.T = T
        self.value = self.arr if index is None else eval("self.arr[" + index + "]")
        if T is not None:
            self.value = self.value.transpose(T) if T else self.value.T


def enc_scalar(v):
    if isinstance(v, (bool, np.bool_)):
        return bool(v)
    if isinstance(v, (complex, np.complexfloating)):
        return [enc_scalar(float(v.real)), enc_scalar(float(v.imag))]
    if isinstance(v, (float, np.floating)):
        f = float(v)
        if math.isnan(f):
            return "nan"
        if math.isinf(f):
            return "inf" if f > 0 else "-inf"
        return f
    if isinstance(v, (int, np.integer)):
        return int(v)
    if isinstance(v, bytes):
        return v.decode("latin-1")
    return str(v)


def enc_nd(a):
    return {"dtype": a.dtype.str, "shape": list(a.shape), "data": [enc_scalar(x) for x in a.ravel().tolist()]
            if a.dtype.kind not in "SU" else [enc_scalar(x) for x in a.ravel()]}


def enc(x):
    if isinstance(x, V):
        d = {"nd": enc_nd(x.arr)}
        if x.index is not None:
            d["index"] = x.index
        if x.T is not None:
            d["transpose"] = list(x.T)
        return d
    if isinstance(x, np.ndarray):
        return {"nd": enc_nd(x)}
    if isinstance(x, np.generic):
        return {"nd": enc_nd(np.asarray(x))}
    if isinstance(x, (list, tuple)):
        return [enc(v) for v in x]
    if isinstance(x, slice):
        return {"slice": [x.start, x.stop, x.step]}
    if isinstance(x, dict):
        return {"dict": [[k, enc(v)] for k, v in x.items()]}
    if x is None or isinstance(x, str):
        return x
    if isinstance(x, complex):
        return {"complex": enc_scalar(x)}
    return enc_scalar(x)


def resolve(x):
    if isinstance(x, V):
        return x.value
    if isinstance(x, list):
        return [resolve(v) for v in x]
    if isinstance(x, tuple):
        return tuple(resolve(v) for v in x)
    if isinstance(x, dict):
        return {k: resolve(v) for k, v in x.items()}
    return x


def text(x):
    if isinstance(x, V):
        t = "np.array(%r)" % (x.arr.tolist(),)
        if x.index is not None:
            t += "[%s]" % x.index
        if x.T is not None:
            t += ".transpose(%s)" % (x.T,) if x.T else ".T"
        return t
    if isinstance(x, np.ndarray):
        return "np.array(%r, dtype=%r)" % (x.tolist(), x.dtype.str)
    if isinstance(x, tuple):
        return "(" + ", ".join(text(v) for v in x) + (",)" if len(x) == 1 else ")")
    if isinstance(x, list):
        return "[" + ", ".join(text(v) for v in x) + "]"
    return repr(x)


cases = []


def case(fn, *args, **kwargs):
    expr = "np.%s(%s)" % (fn, ", ".join([text(a) for a in args] + ["%s=%s" % (k, text(v)) for k, v in kwargs.items()]))
    c = {"expr": expr, "fn": fn, "args": [enc(a) for a in args], "kwargs": {k: enc(v) for k, v in kwargs.items()}}
    rargs = [resolve(a) for a in args]
    rkw = {k: resolve(v) for k, v in kwargs.items()}
    try:
        r = getattr(np, fn)(*rargs, **rkw)
        if fn == "copyto":  # in place: the result is dst afterwards
            r = rargs[0]
    except Exception as e:  # noqa: BLE001 - the golden data records NumPy's exception
        c["error"] = {"type": type(e).__name__, "msg": str(e)}
    else:
        first = rargs[0] if rargs else None
        if isinstance(r, (tuple, list)):
            c["result"] = [enc(np.asarray(x)) for x in r]
            c["flags"] = [[bool(np.asarray(x).flags.c_contiguous), bool(np.asarray(x).flags.f_contiguous)] for x in r]
            if isinstance(first, np.ndarray):
                c["shares"] = [bool(np.shares_memory(x, first)) for x in r]
        else:
            c["result"] = enc(np.asarray(r))
            c["flags"] = [bool(np.asarray(r).flags.c_contiguous), bool(np.asarray(r).flags.f_contiguous)]
            if isinstance(first, np.ndarray) and isinstance(r, np.ndarray):
                c["shares"] = bool(np.shares_memory(r, first))
    cases.append(c)


A = np.arange
i8 = np.int64
# ---------------------------------------------------------------- squeeze / expand_dims / atleast
x = np.array([[[0], [1], [2]]])
case("squeeze", x)
case("squeeze", x, axis=0)
case("squeeze", x, axis=1)
case("squeeze", x, axis=2)
case("squeeze", x, axis=(0, 2))
case("squeeze", x, axis=-1)
case("squeeze", np.array([[1234]]))
case("squeeze", np.zeros(()))
case("squeeze", np.zeros((1, 0, 1)))
case("squeeze", np.zeros((1, 1)), axis=(0, 0))
case("squeeze", np.zeros((1, 1)), axis=3)
case("squeeze", V(A(6).reshape(1, 6), "::, ::-2"))
x = np.array([1, 2])
case("expand_dims", x, axis=0)
case("expand_dims", x, axis=1)
case("expand_dims", x, axis=(0, 1))
case("expand_dims", x, axis=(2, 0))
case("expand_dims", x, axis=-1)
case("expand_dims", np.float32(3.5) * np.ones((), np.float32), axis=0)
case("expand_dims", x, axis=3)
case("expand_dims", x, axis=(0, 0))
case("expand_dims", x, axis=(0, -3))
case("expand_dims", V(A(12).reshape(3, 4), "::2, 1:"), axis=1)
for fn in ("atleast_1d", "atleast_2d", "atleast_3d"):
    case(fn, np.array(3.0))
    case(fn, A(3.0))
    case(fn, A(12.0).reshape(4, 3))
    case(fn, A(24).reshape(2, 3, 4))
    case(fn, np.zeros((0,), np.int8))
    case(fn, V(A(10), "::-3"))
case("atleast_1d", 1.0)
case("atleast_1d", 1, [3, 4])
case("atleast_2d", 1, [1, 2], [[1, 2]])
case("atleast_3d", [1, 2], [[1, 2]], [[[1, 2]]])

# ---------------------------------------------------------------- joining
a = np.array([[1, 2], [3, 4]])
b = np.array([[5, 6]])
case("concatenate", (a, b), axis=0)
case("concatenate", (a, b.T), axis=1)
case("concatenate", (a, b), axis=None)
case("concatenate", (a, b))
case("concatenate", (a, b), axis=-2)
case("concatenate", (a, b.T), axis=-1)
case("concatenate", (np.zeros((2, 2)), np.zeros((2, 3))))
case("concatenate", (np.zeros((2, 2)), np.zeros((3, 3))))
case("concatenate", (np.zeros((2, 2)), np.zeros((2, 3))), axis=1)
case("concatenate", (np.zeros(()), np.zeros(())))
case("concatenate", (np.zeros(()), np.zeros(())), axis=None)
case("concatenate", (np.zeros((2,)), np.zeros((2, 2))))
case("concatenate", ())
case("concatenate", (np.zeros(2),), axis=1)
case("concatenate", (np.zeros(2),), axis=-2)
case("concatenate", (A(3, dtype=np.int8), A(3, dtype=np.uint8)))
case("concatenate", (A(3, dtype=np.int64), A(3, dtype=np.uint64)))
case("concatenate", (A(3, dtype=np.int16), A(3, dtype=np.float16)))
case("concatenate", (A(3, dtype=np.int8), A(3, dtype=np.float16)))
case("concatenate", (A(3, dtype=np.float32), A(3, dtype=np.int32)))
case("concatenate", (A(3, dtype=np.complex64), A(3, dtype=np.float64)))
case("concatenate", (np.array([True, False]), A(2, dtype=np.uint16)))
case("concatenate", (np.array(["a", "bcd"]), np.array(["xy"])))
case("concatenate", (np.array(["a"]), np.array([12, -3])))
case("concatenate", (np.array([b"ab"]), np.array(["xyz"])))
case("concatenate", (np.zeros((0, 3)), np.ones((2, 3), np.float32)))
case("concatenate", (V(A(12).reshape(3, 4), "::-1, ::2"), V(A(12).reshape(4, 3), ":3, ::-1")), axis=1)
case("concatenate", (V(A(12).reshape(4, 3), "::-1, ::-1"), A(3).reshape(1, 3)))
case("concatenate", (np.array([1 + 2j]), np.array([np.nan, np.inf])))
case("stack", (np.array([1, 2, 3]), np.array([4, 5, 6])))
case("stack", (np.array([1, 2, 3]), np.array([4, 5, 6])), axis=-1)
case("stack", (np.array([1, 2, 3]), np.array([4, 5, 6])), axis=1)
case("stack", [A(12).reshape(3, 4)] * 3, axis=2)
case("stack", [A(12).reshape(3, 4)] * 2, axis=1)
case("stack", (np.array(1), np.array(2.5)))
case("stack", (np.zeros(2), np.zeros(3)))
case("stack", ())
case("stack", (np.zeros(2), np.zeros(2)), axis=2)
case("stack", (np.zeros(2), np.zeros(2)), axis=-3)
case("vstack", (np.array([1, 2, 3]), np.array([4, 5, 6])))
case("vstack", (np.array([[1], [2], [3]]), np.array([[4], [5], [6]])))
case("vstack", (np.array(1), np.array([2])))
case("vstack", ())
case("vstack", (np.zeros(2), np.zeros(3)))
case("hstack", (np.array((1, 2, 3)), np.array((4, 5, 6))))
case("hstack", (np.array([[1], [2], [3]]), np.array([[4], [5], [6]])))
case("hstack", (np.array(1), np.array(2.0)))
case("hstack", ())
case("hstack", (np.zeros((2, 2)), np.zeros((3, 1))))
case("dstack", (np.array((1, 2, 3)), np.array((4, 5, 6))))
case("dstack", (np.array([[1], [2], [3]]), np.array([[4], [5], [6]])))
case("dstack", ())
case("column_stack", (np.array((1, 2, 3)), np.array((4, 5, 6))))
case("column_stack", (np.zeros((2, 2)), A(2)))
case("column_stack", (np.array(1), np.array(2)))
case("column_stack", ())
case("block", [[np.eye(2) * 2, np.zeros((2, 3))], [np.ones((3, 2)), np.eye(3) * 3]])
case("block", [1, 2, 3])
case("block", [np.array([1, 2, 3]), np.array([4, 5, 6]), 10])
case("block", [np.ones((2, 2), int), 2 * np.ones((2, 2), int)])
case("block", [[np.array([1, 2, 3])], [np.array([4, 5, 6])]])
case("block", [[np.ones((2, 2), int)], [2 * np.ones((2, 2), int)]])
case("block", [np.array(0)])
case("block", [np.array([1])])
case("block", [[np.array(0)]])
case("block", [[np.array([1])]])
case("block", np.array([1, 2]))
case("block", 5)
case("block", [])
case("block", [[]])
case("block", [[1, 2], []])
case("block", [[1, 2], 3])
case("block", [1, [2, 3]])
case("block", [[[1]], [[2]], [3]])
case("block", [[np.zeros((2, 2)), np.zeros((3, 2))]])
case("block", [[np.zeros((2, 2), np.int8), np.ones((2, 1), np.float32)], [np.zeros((1, 3), np.uint8)]])
case("block", [A(2), [A(2)]])

# ---------------------------------------------------------------- splitting
case("split", A(9.0), 3)
case("split", A(8.0), [3, 5, 6, 10])
case("split", A(5), 2)
case("split", A(5), 0)
case("split", A(4), -2)
case("split", A(5), -2)
case("split", A(12).reshape(3, 4), 2, axis=1)
case("split", A(12).reshape(3, 4), 2, axis=-1)
case("split", A(12).reshape(3, 4), [1], axis=1)
case("split", A(12).reshape(3, 4), 2, axis=2)
case("split", A(12).reshape(3, 4), [1, 2], axis=-3)
case("split", np.zeros((0, 2)), 3)
case("array_split", A(8.0), 3)
case("array_split", A(9), 4)
case("array_split", A(5), [3, 1, 10, -2])
case("array_split", A(5), [-10])
case("array_split", A(3), 0)
case("array_split", A(3), 5)
case("array_split", A(12).reshape(3, 4), 3, axis=1)
case("array_split", V(A(20), "::-2"), 3)
x = A(16.0).reshape(4, 4)
case("hsplit", x, 2)
case("hsplit", x, np.array([3, 6]))
case("hsplit", A(8.0).reshape(2, 2, 2), 2)
case("hsplit", np.array([0, 1, 2, 3, 4, 5]), 2)
case("hsplit", np.zeros(()), 2)
case("vsplit", x, 2)
case("vsplit", x, np.array([3, 6]))
case("vsplit", A(8.0).reshape(2, 2, 2), 2)
case("vsplit", A(3), 2)
case("dsplit", A(16.0).reshape(2, 2, 4), 2)
case("dsplit", A(16.0).reshape(2, 2, 4), np.array([3, 6]))
case("dsplit", np.zeros((2, 2)), 2)

# ---------------------------------------------------------------- tiling / repeating / resize
a = np.array([0, 1, 2])
case("tile", a, 2)
case("tile", a, (2, 2))
case("tile", a, (2, 1, 2))
b = np.array([[1, 2], [3, 4]])
case("tile", b, 2)
case("tile", b, (2, 1))
case("tile", np.array([1, 2, 3, 4]), (4, 1))
case("tile", b, (1, 1))
case("tile", V(A(24).reshape(2, 3, 4), T=(1, 2, 0)), (1, 1, 1, 1))
case("tile", V(A(12).reshape(3, 4), T=()), 1)
case("tile", b, ())
case("tile", b, 0)
case("tile", a, -1)
case("tile", np.array(7), (2, 3))
case("tile", np.zeros((0, 2)), (2, 2))
case("tile", V(A(12).reshape(3, 4), "::-1, 1::2"), (2, 1, 3))
case("tile", np.array(["ab", "c"]), 2)
case("tile", np.array([1 + 1j, 2]), (2, 2))
case("repeat", 3, 4)
x = np.array([[1, 2], [3, 4]])
case("repeat", x, 2)
case("repeat", x, 3, axis=1)
case("repeat", x, [1, 2], axis=0)
case("repeat", x, [1, 2], axis=-1)
case("repeat", x, [0, 0], axis=0)
case("repeat", x, [2], axis=0)
case("repeat", x, np.array([3, 0]), axis=1)
case("repeat", A(3), -1)
case("repeat", A(3), [1, 2])
case("repeat", A(3), [1, -2, 1])
case("repeat", A(3), 2, axis=1)
case("repeat", np.zeros(()), 2)
case("repeat", np.zeros(()), 2, axis=0)
case("repeat", A(3), 1.5)
case("repeat", A(3), [1.0, 2, 3])
case("repeat", A(3), [[1, 2, 3]])
case("repeat", V(A(12).reshape(3, 4), "::-1, ::2"), [1, 0, 2], axis=0)
case("repeat", np.array([1 + 2j, 3j]), 2)
case("repeat", np.array(["a", "bc"]), [2, 1])
case("repeat", np.zeros((2, 0)), 3, axis=1)
a = np.array([[0, 1], [2, 3]])
case("resize", a, (2, 3))
case("resize", a, (1, 4))
case("resize", a, (2, 4))
case("resize", a, 7)
case("resize", a, (0, 3))
case("resize", np.zeros((0,)), (2, 2))
case("resize", a, (2, -1))
case("resize", V(A(6).reshape(2, 3), "::-1, ::-2"), (4, 2))
case("resize", a, ())

# ---------------------------------------------------------------- rearranging
A8 = A(8).reshape((2, 2, 2))
case("flip", A8, 0)
case("flip", A8, 1)
case("flip", A8)
case("flip", A8, (0, 2))
case("flip", A8, -1)
case("flip", A8, 3)
case("flip", A8, (0, 0))
case("flip", np.zeros(()))
case("flip", np.zeros((0, 3)), 0)
case("flip", V(A(12).reshape(3, 4), "::2, ::-1"), 1)
case("fliplr", np.diag([1.0, 2.0, 3.0]))
case("fliplr", A(3))
case("flipud", np.diag([1.0, 2, 3]))
case("flipud", [1, 2])
case("flipud", np.array(3))
x = A(10)
case("roll", x, 2)
case("roll", x, -2)
x2 = np.reshape(x, (2, 5))
case("roll", x2, 1)
case("roll", x2, -1)
case("roll", x2, 1, axis=0)
case("roll", x2, -1, axis=0)
case("roll", x2, 1, axis=1)
case("roll", x2, -1, axis=1)
case("roll", x2, (1, 1), axis=(1, 0))
case("roll", x2, (2, 1), axis=(1, 0))
case("roll", x2, 13, axis=1)
case("roll", x2, (1, 2), axis=1)
case("roll", x2, 1, axis=(0, 1))
case("roll", x2, (1, 2, 3), axis=(0, 1))
case("roll", x2, 1, axis=2)
case("roll", x2, (1, 2))
case("roll", np.zeros((0, 3)), 1, axis=0)
case("roll", np.array(5), 3)
case("roll", V(A(12).reshape(3, 4), "::-1, 1:"), (1, -4), axis=(0, 1))
m = np.array([[1, 2], [3, 4]], int)
case("rot90", m)
case("rot90", m, 2)
case("rot90", m, 3)
case("rot90", m, -1)
case("rot90", m, 4)
case("rot90", A(8).reshape((2, 2, 2)), 1, (1, 2))
case("rot90", A(6).reshape(2, 3), 1, (1, 0))
case("rot90", A(6).reshape(2, 3), 1, (0, 0))
case("rot90", A(6).reshape(2, 3), 1, (0, -2))
case("rot90", A(6).reshape(2, 3), 1, (0, 5))
case("rot90", A(6).reshape(2, 3), 1, (0, 1, 2))
case("rot90", A(24).reshape(2, 3, 4), 3, (2, 0))

# ---------------------------------------------------------------- adding / removing elements
case("append", [1, 2, 3], [[4, 5, 6], [7, 8, 9]])
case("append", np.array([[1, 2, 3], [4, 5, 6]]), [[7, 8, 9]], axis=0)
case("append", np.array([[1, 2, 3], [4, 5, 6]]), [7, 8, 9], axis=0)
case("append", np.array([1, 2], dtype=int), [])
case("append", np.array([1, 2]), 2.5)
case("append", np.array([[1, 2]]), [[3]], axis=1)
case("append", np.array([[1, 2]]), [[3]], axis=2)
case("append", np.array(["a"]), ["bcd"])
a = A(6).reshape(3, 2)
case("insert", a, 1, 6)
case("insert", a, 1, 6, axis=1)
case("insert", a, [1], [[7], [8], [9]], axis=1)
case("insert", a, 1, [[7], [8], [9]], axis=1)
case("insert", a, 1, [7, 8, 9], axis=1)
b = a.flatten()
case("insert", b, [2, 2], [6, 7])
case("insert", b, slice(2, 4), [7, 8])
case("insert", b, [2, 2], [7.13, False])
case("insert", A(8).reshape(2, 4), (1, 3), 999, axis=1)
case("insert", A(4), [1, 7], 0)
case("insert", A(4), [1, -7], 0)
case("insert", A(4), 5, 0)
case("insert", A(4), [5], 0)
case("insert", A(4), -1, 9)
case("insert", A(4), 4, 9)
case("insert", A(4), [1, 2], [1, 2, 3])
case("insert", A(4), [[1]], 0)
case("insert", A(4), 1.5, 0)
case("insert", A(4), [], 9)
case("insert", A(4), [3, 0, 3], [7, 8, 9])
case("insert", A(4), np.array([True, False, True, False]), 9)
case("insert", np.zeros((2, 2)), 1, [1, 2, 3], axis=1)
case("insert", np.zeros(()), 0, 1)
case("insert", A(4.0), slice(None, None, -1), [1, 2, 3, 4])
case("insert", A(6).reshape(2, 3), 1, 9.9)
case("insert", A(6).reshape(2, 3), [0, 2], [[1], [2]], axis=0)
case("insert", A(6).reshape(2, 3), 0, 1, axis=2)
arr = np.array([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]])
case("delete", arr, 1, 0)
case("delete", arr, slice(None, None, 2), 1)
case("delete", arr, [1, 3, 5], None)
case("delete", arr, [1, 3, 5])
case("delete", arr, -1, 1)
case("delete", arr, slice(None, None, -2), 1)
case("delete", arr, slice(5, 1), 1)
case("delete", A(4), [1, 7])
case("delete", A(4), [1, -7])
case("delete", A(4), 4)
case("delete", A(4), [True, False])
case("delete", A(4), [True, False, True, False])
case("delete", A(4), [1.0])
case("delete", A(4), [])
case("delete", A(4), [1, 1, -3])
case("delete", np.zeros(()), 0)
case("delete", arr, 0, 2)
case("delete", V(A(12).reshape(3, 4), "::-1"), [0, 2], axis=1)
a = np.array((0, 0, 0, 1, 2, 3, 0, 2, 1, 0))
case("trim_zeros", a)
case("trim_zeros", a, trim="b")
case("trim_zeros", a, trim="f")
case("trim_zeros", a, trim="BF")
b = np.array([[0, 0, 2, 3, 0, 0], [0, 1, 0, 3, 0, 0], [0, 0, 0, 0, 0, 0]])
case("trim_zeros", b)
case("trim_zeros", b, axis=-1)
case("trim_zeros", b, axis=0)
case("trim_zeros", b, trim="f", axis=(0, 1))
case("trim_zeros", b, axis=())
case("trim_zeros", np.array([0, 1, 2, 0]))
case("trim_zeros", np.array([0, 0, 1, 0]), "x")
case("trim_zeros", np.array([0, 0, 1, 0]), "FX")
case("trim_zeros", np.zeros((3, 3)))
case("trim_zeros", np.zeros(3), "f")
case("trim_zeros", np.zeros((2, 3)), "b", axis=1)
case("trim_zeros", np.array(5))
case("trim_zeros", np.array([0.0, np.nan, 0.0, -0.0]))
case("trim_zeros", np.array([0j, 1j, 0j]))
case("trim_zeros", np.array(["", "a", ""]))
case("trim_zeros", np.array([False, True, False]))
case("trim_zeros", b, axis=2)

# ---------------------------------------------------------------- pad
a = [1, 2, 3, 4, 5]
case("pad", a, (2, 3), "constant", constant_values=(4, 6))
case("pad", a, (2, 3), "edge")
case("pad", a, (2, 3), "linear_ramp", end_values=(5, -4))
case("pad", a, (2,), "maximum")
case("pad", a, (2,), "mean")
case("pad", a, (2,), "median")
case("pad", [[1, 2], [3, 4]], ((3, 2), (2, 3)), "minimum")
case("pad", a, (2, 3), "reflect")
case("pad", a, (2, 3), "reflect", reflect_type="odd")
case("pad", a, (2, 3), "symmetric")
case("pad", a, (2, 3), "symmetric", reflect_type="odd")
case("pad", a, (2, 3), "wrap")
a6 = A(1, 7).reshape(2, 3)
case("pad", a6, {1: (1, 2)})
case("pad", a6, {-1: 2})
case("pad", a6, {0: (3, 0)})
case("pad", a6, {0: (3, 0), 1: 2})
case("pad", a6, {5: 1})
case("pad", a6, 1)
case("pad", a6, ((1, 2), (3, 4)))
case("pad", a6, ((1, 2),))
case("pad", a6, [[1], [2]])
case("pad", a6, np.array([[1, 0], [0, 2]]))
case("pad", a6, ((1, 2), (3, 4), (5, 6)))
case("pad", a6, [1.5])
case("pad", a6, -1)
case("pad", a6, (1, -1))
case("pad", a6, 1, "foo")
case("pad", a6, 1, "edge", constant_values=3)
case("pad", a6, 1, "edge", foo=3)
case("pad", a6, 1, constant_values=((1, 2), (3, 4)))
case("pad", a6, 1, constant_values=((1, 2), (3, 4), (5, 6)))
case("pad", a6, 1, constant_values=7.9)
case("pad", A(6.0).reshape(2, 3), 1, constant_values=(np.nan, -np.inf))
case("pad", np.zeros((0, 2)), 1, "edge")
case("pad", np.zeros((0, 2)), ((0, 0), (1, 1)), "edge")
case("pad", np.zeros((0, 2)), 1)
case("pad", a6, 1, "maximum", stat_length=0)
case("pad", np.array(5), 3)
case("pad", np.array(5), 3, "edge")
case("pad", np.array([True, False]), 1, "reflect", reflect_type="odd")
case("pad", a6, 0, "wrap")
for mode in ("edge", "wrap", "reflect", "symmetric", "maximum", "minimum", "mean", "median", "linear_ramp"):
    case("pad", A(12).reshape(3, 4), ((2, 3), (1, 5)), mode)
    case("pad", A(12.0).reshape(4, 3) ** 1.5, ((4, 1), (3, 2)), mode)
    case("pad", V(A(20).reshape(4, 5), "::-1, 1::2"), 2, mode)
for mode in ("reflect", "symmetric", "wrap"):
    case("pad", A(3), (7, 8), mode)
    case("pad", A(3), (7, 8), mode, reflect_type="odd") if mode != "wrap" else None
    case("pad", np.array([[1, 2, 4], [8, 16, 32]]), ((5, 4), (6, 7)), mode)
    case("pad", A(1), 3, mode)
    case("pad", np.array([1.5, -2.25, 7.0], np.float32), (4, 5), mode, **({} if mode == "wrap" else {"reflect_type": "odd"}))
    case("pad", np.array([250, 3, 100], np.uint8), (4, 5), mode, **({} if mode == "wrap" else {"reflect_type": "odd"}))
case("pad", A(10), 2, "mean", stat_length=3)
case("pad", A(10), 2, "mean", stat_length=(2, 4))
case("pad", A(10), 2, "median", stat_length=(1, 4))
case("pad", A(10), 2, "maximum", stat_length=((2, 5),))
case("pad", A(10), 2, "minimum", stat_length=1.6)
case("pad", A(10), 2, "minimum", stat_length=-1)
case("pad", A(10), 2, "mean", stat_length=20)
case("pad", np.array([1, 2, 4, 7]), 3, "mean")
case("pad", np.array([1, 2, 4, 8]), 3, "median")
case("pad", np.array([1.0, np.nan, 3.0]), 2, "maximum")
case("pad", np.array([1.0, np.nan, 3.0]), 2, "median")
case("pad", np.array([1.0, 2.0, 3.5]), 2, "mean")
case("pad", np.array([3, 1, 2], np.uint64), 2, "maximum")
case("pad", np.array([-3, 1, 2], np.int8), 2, "minimum")
case("pad", A(12.0).reshape(3, 4), ((1, 2), (2, 1)), "mean", stat_length=((1, 2), (2, 3)))
case("pad", A(5), (4, 3), "linear_ramp")
case("pad", A(5), (4, 3), "linear_ramp", end_values=(10, -10))
case("pad", A(5.0), (4, 3), "linear_ramp", end_values=(10.5, -10))
case("pad", np.array([1.0, 2.0], np.float32), (3, 4), "linear_ramp", end_values=(1.3, -2.7))
case("pad", np.array([1.0, 2.0], np.float32), ((3, 4),), "linear_ramp", end_values=((1.3, -2.7),))
case("pad", A(6).reshape(2, 3), ((1, 2), (3, 1)), "linear_ramp", end_values=((1, 2), (3, 4)))
case("pad", A(6.0).reshape(2, 3), 2, "linear_ramp", end_values=7)
case("pad", np.array([5, 5, 5]), 3, "linear_ramp", end_values=5)
case("pad", np.array(["a", "bb"]), 2, "wrap")
case("pad", np.array(["a", "bb"]), 2, "edge")
case("pad", np.array(["a", "bb"]), 1, constant_values="z")
case("pad", np.array([1 + 2j, 3 - 1j]), 2, "reflect", reflect_type="odd")
case("pad", np.array([1 + 2j, 3 - 1j]), (1, 2), "symmetric")
case("pad", np.array([1 + 2j, 3 - 1j]), 1, constant_values=1j)

# ---------------------------------------------------------------- index arithmetic
case("unravel_index", [22, 41, 37], (7, 6))
case("unravel_index", [31, 41, 13], (7, 6), order="F")
case("unravel_index", 1621, (6, 7, 8, 9))
case("unravel_index", np.array([[1, 5], [0, 3]]), (2, 3))
case("unravel_index", 100, (2, 3))
case("unravel_index", -1, (2, 3))
case("unravel_index", 1.0, (2, 3))
case("unravel_index", [1, 5], (2, 3), order="F")
case("unravel_index", 0, ())
case("unravel_index", 1, (2, 3), order="X")
case("unravel_index", np.array([], dtype=np.int64), (2, 3))
case("unravel_index", [], (2, 3))
case("ravel_multi_index", ([], []), (3, 4))
case("ravel_multi_index", (np.array([], np.int64), np.array([], np.int64)), (3, 4))
case("trim_zeros", np.zeros((2, 2)), axis=(0, 0))
case("squeeze", np.zeros((1, 1)), axis=(0, -2))
case("unravel_index", 0, (0,))
case("unravel_index", np.array([3, 4], np.int8), (5,))
arr = np.array([[3, 6, 6], [4, 5, 1]])
case("ravel_multi_index", arr, (7, 6))
case("ravel_multi_index", arr, (7, 6), order="F")
case("ravel_multi_index", arr, (4, 6), mode="clip")
case("ravel_multi_index", arr, (4, 4), mode=("clip", "wrap"))
case("ravel_multi_index", (3, 1, 4, 1), (6, 7, 8, 9))
case("ravel_multi_index", ([1, 2], [0, 5]), (3, 4))
case("ravel_multi_index", ([1],), (3, 4))
case("ravel_multi_index", (1, 2), (3, 4))
case("ravel_multi_index", ([1, 2], [0, 5]), (3, 4), mode="clip")
case("ravel_multi_index", ([1, 2], [0, 5]), (3, 4), mode="wrap")
case("ravel_multi_index", ([1, -2], [0, 5]), (3, 4), mode=("wrap", "raise"))
case("ravel_multi_index", ([1, 2], [0, 1.0]), (3, 4))
case("ravel_multi_index", ([1, 2], [0, 1]), (3, 4), mode="x")
case("ravel_multi_index", ([1, 2], [0, 1, 2]), (3, 4))
case("ravel_multi_index", ([[1], [2]], [0, 1, 2]), (3, 4))
case("ravel_multi_index", ([1, 2], 3), (3, 4))
case("ravel_multi_index", ([1, 2], [0, 1]), (3, 4), order="X")
for fn in ("tril_indices", "triu_indices"):
    case(fn, 4)
    case(fn, 4, 2)
    case(fn, 4, -1)
    case(fn, 3, 0, 5)
    case(fn, 5, 1, 3)
    case(fn, 3, -5)
    case(fn, 3, 10)
    case(fn, 0)
    case(fn, 1)
for fn in ("tril_indices_from", "triu_indices_from"):
    case(fn, A(16).reshape(4, 4))
    case(fn, A(16).reshape(4, 4), k=1)
    case(fn, A(16).reshape(4, 4), k=-1)
    case(fn, A(12).reshape(3, 4), 1)
    case(fn, np.zeros(3))

# ---------------------------------------------------------------- memory layout of results (F-ordered, transposed inputs)
F = np.asfortranarray(A(12).reshape(3, 4))
case("concatenate", (V(A(12).reshape(4, 3), T=()), V(A(8).reshape(4, 2), T=())), axis=0)
case("concatenate", (V(A(12).reshape(4, 3), T=()), V(A(8).reshape(4, 2), T=())), axis=1)
case("concatenate", (V(A(12).reshape(4, 3), T=()), A(4).reshape(1, 4)), axis=0)
case("concatenate", (A(4).reshape(1, 4), V(A(12).reshape(4, 3), T=())), axis=0)
case("concatenate", (V(A(24).reshape(2, 3, 4), T=(1, 0, 2)), V(A(24).reshape(2, 3, 4), T=(1, 0, 2))), axis=2)
case("stack", (V(A(12).reshape(4, 3), T=()), V(A(12).reshape(4, 3), T=())), axis=1)
case("roll", V(A(12).reshape(4, 3), T=()), 1, axis=1)
case("roll", V(A(24).reshape(2, 3, 4), T=(2, 0, 1)), 1, axis=0)
case("delete", V(A(12).reshape(4, 3), T=()), 1, axis=1)
case("insert", V(A(12).reshape(4, 3), T=()), 1, 7, axis=0)
case("pad", V(A(12).reshape(4, 3), T=()), 1)
case("pad", V(A(12).reshape(4, 3), T=()), 2, "reflect")
case("repeat", V(A(12).reshape(4, 3), T=()), 2, axis=1)
case("tile", V(A(12).reshape(4, 3), T=()), 2)
case("resize", V(A(12).reshape(4, 3), T=()), (2, 6))
case("append", V(A(12).reshape(4, 3), T=()), A(3).reshape(3, 1), axis=1)
case("vstack", (V(A(12).reshape(4, 3), T=()), A(4)))
case("block", [[V(A(12).reshape(4, 3), T=()), V(A(12).reshape(4, 3), T=())]])

# ---------------------------------------------------------------- dtype sweep
for dt in ("?", "i1", "u1", "i2", "u2", "i4", "u4", "i8", "u8", "f2", "f4", "f8", "c8", "c16", "U3", "S2"):
    base = (A(12) % 5).astype(dt).reshape(3, 4) if dt[0] not in "US" else np.array([["a", "bc", "", "d"]] * 3, dtype=dt)
    case("concatenate", (base, base[:1]), axis=0)
    case("concatenate", (base, np.array([[1, 0, 1]], dtype="i1").T), axis=1)
    case("tile", base, (2, 1))
    case("repeat", base, [1, 0, 2], axis=0)
    case("roll", base, 1, axis=1)
    case("flip", base)
    case("delete", base, [0, 2], axis=1)
    case("insert", base, 1, base[0], axis=0)
    case("pad", base, 1, "wrap")
    case("pad", base, (1, 2), "symmetric")
    case("pad", base, 2, "edge")
    case("resize", base, (5, 3))
    case("trim_zeros", base[0])
    if dt[0] not in "USc":
        case("pad", base, 2, "maximum")
        case("pad", base, 2, "minimum", stat_length=2)
        case("pad", base, 1, "mean")
        case("pad", base, 1, "median")
        case("pad", base, (2, 1), "linear_ramp", end_values=3)
    if dt[0] not in "US?":
        case("pad", base, (2, 3), "reflect", reflect_type="odd")

# ---------------------------------------------------------------- larger arrays (bulk paths)
big = A(3000).reshape(30, 100)
case("concatenate", (big, big[::-1]), axis=1)
case("repeat", big, 3, axis=1)
case("tile", big, (2, 3))
case("roll", big, (7, -13), axis=(0, 1))
case("pad", big, ((5, 40), (130, 3)), "reflect")
case("pad", big, ((5, 40), (130, 3)), "wrap")
case("pad", big, ((5, 40), (130, 3)), "symmetric", reflect_type="odd")
case("delete", big, slice(3, 90, 7), axis=1)
case("insert", big, [0, 50, 100], -1, axis=1)
case("resize", big, (77, 91))

# ---------------------------------------------------------------- thin slabs (the element-gather path of insert/delete)
case("delete", A(30), [1, 3, 5, 7, 9, 11, 29, -2])
case("delete", A(60).reshape(3, 20), slice(None, None, 2), axis=1)
case("delete", V(A(60).reshape(20, 3), T=()), slice(1, None, 3), axis=1)
case("delete", A(60.0).reshape(3, 20), np.arange(20) % 3 == 0, axis=1)
case("insert", A(20), [0, 3, 3, 7, 10, 15, 20, -1], [100, 101, 102, 103, 104, 105, 106, 107])
case("insert", A(40).reshape(2, 20), [0, 2, 4, 6, 8, 19], [[1], [2]], axis=1)
case("insert", V(A(40).reshape(20, 2), T=()), [0, 2, 4, 6, 8, 19], 7.9, axis=1)
case("insert", np.array(["a", "b", "c", "d", "e", "f"]), [0, 1, 2, 3, 4, 5, 6], "zz")
case("insert", np.array(["a", "b", "c"]), 1, np.array(["xyz", "uv"]))
case("insert", np.array(["a", "b", "c"]), [1, 3], np.array(["xyz", "uv"]))
case("insert", A(6, dtype=np.complex64), [0, 2, 2, 4, 6], [1j, 2, 3, 4, 5])
case("repeat", A(40).reshape(2, 20), [1, 2] * 10, axis=1)

# ---------------------------------------------------------------- one array as the sequence of its rows; 0-d inputs
for fn in ("concatenate", "stack", "vstack", "hstack", "dstack", "column_stack"):
    case(fn, A(6).reshape(2, 3))
    case(fn, A(3))
    case(fn, np.array(5))
case("concatenate", np.zeros((0, 3)))
case("rot90", np.array(5))
case("split", np.array(5), 1)
case("array_split", np.array(5), 1)
case("tile", np.array(5), 3)
case("trim_zeros", np.array(0))
case("pad", A(5), 1, "mean", stat_length=0)
case("pad", np.array([1.5, 2.0, 7.25], np.float32), 2, "mean")
case("pad", np.array([1.5, 2.0, 7.25], np.float16), (3, 2), "reflect", reflect_type="odd")
case("pad", np.array([True, False, False]), 2, "maximum")
case("pad", np.array([True, False, False]), 2, "mean")

# ---------------------------------------------------------------- reordering axes: concat, unstack, rollaxis, permute_dims, matrix_transpose
a3 = A(24).reshape(2, 3, 4)
case("concat", (a, a), axis=0)
case("concat", (A(3), A(2.0)), axis=None)
case("unstack", a3)
case("unstack", a3, axis=1)
case("unstack", a3, axis=-1)
case("unstack", np.array(5))
case("unstack", a3, axis=3)
case("unstack", np.zeros((0, 2)))
for ax, st in ((2, 0), (2, 1), (1, 3), (0, 3), (-1, -3), (1, 1), (1, 2), (0, 0), (3, 0), (0, 4), (0, -4), (2, -1)):
    case("rollaxis", a3, ax, st)
case("rollaxis", a3, 2)
case("permute_dims", a3)
case("permute_dims", a3, (1, 2, 0))
case("permute_dims", a3, (0, -1, 1))
case("permute_dims", a3, (0, 1))
case("permute_dims", a3, (0, 0, 1))
case("permute_dims", a3, (0, 1, 3))
case("matrix_transpose", a3)
case("matrix_transpose", A(6).reshape(2, 3))
case("matrix_transpose", A(3))

# ---------------------------------------------------------------- copyto (result: dst afterwards)
case("copyto", np.zeros(3, np.int64), 1.5)
case("copyto", np.zeros(3, np.int64), np.array([1.5, 2, 3]))
case("copyto", np.zeros(3, np.int64), [1, 2])
case("copyto", np.zeros(3, np.int8), 300)
case("copyto", np.zeros(3, np.uint8), -1)
case("copyto", np.zeros(3, np.int64), np.array([1.5, 2, 3]), casting="unsafe")
case("copyto", np.zeros(3, np.int64), [7, 8, 9], where=[True, False, True])
case("copyto", np.zeros(3, np.int64), 5, casting="foo")
case("copyto", np.zeros(3), np.array([1j, 2, 3]))
case("copyto", np.zeros(3, np.int64), np.array([1, 2, 3], np.uint64))
case("copyto", np.zeros(2), np.ones(2), where=np.array([1, 0]))
case("copyto", np.zeros(2), [1, 2], where=[1, 0])
case("copyto", np.zeros(2, np.int8), 5, casting="safe")
case("copyto", np.zeros(2, np.float32), 1.5, casting="safe")
case("copyto", np.zeros(2, bool), 1)
case("copyto", np.zeros(2, np.float16), 1j)
case("copyto", np.zeros(2), True, casting="no")
case("copyto", np.zeros(2), np.zeros(2, np.float32), casting="no")
case("copyto", np.zeros((3, 1)), np.zeros((2, 1)))
case("copyto", np.zeros(3), np.zeros(3), where=np.array([1, 0, 1], np.int8))
case("copyto", np.zeros(3), 1.0, where=5)
case("copyto", np.zeros(3), 1.0, where=[[1, 0, 1], [1, 1, 1]])
case("copyto", np.zeros((2, 3)), A(3.0), where=np.array([[True], [False]]))
case("copyto", np.zeros((2, 3), np.complex128), 2 - 1j, where=np.array([True, False, True]))
case("copyto", np.array(["aa", "bb"]), "xyz")
case("copyto", np.zeros(2), "a")
case("copyto", V(np.zeros((3, 4)), "::-1, ::2"), A(6.0).reshape(3, 2))

with open(OUT, "w") as f:
    # one case per line: small diffs when cases change
    f.write("[\n" + ",\n".join(json.dumps(c, allow_nan=False, separators=(",", ":")) for c in cases) + "\n]\n")
print("wrote", len(cases), "cases to", os.path.normpath(OUT))
