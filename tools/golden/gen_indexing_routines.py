#!/usr/bin/env python3
"""Golden data for NumPy's indexing routines (take, put, take_along_axis, put_along_axis,
putmask, place, compress, extract, choose, select, where, nonzero, flatnonzero, argwhere, ix_,
diag_indices, diag_indices_from, fill_diagonal): docstring examples plus edge cases.

Writes numpy-api/src/test/resources/golden/indexing_routines.json: a list of cases, each
{"fn", "args", "expr"} and "result" (an array), "results" (a tuple of arrays), "inplace" (the
first argument after an in-place routine) or "error": [type, message]. take's 4th and choose's 3rd argument are mode=. An argument is a JSON
value (a Python scalar or nested list, passed as such) or {"nd": flat values, "shape", "dtype"}
(an ndarray); null is None.
"""
import json
import pathlib

import numpy as np

OUT = pathlib.Path(__file__).resolve().parents[2] / "numpy-api/src/test/resources/golden/indexing_routines.json"


class A:
    """An ndarray argument (encoded with its dtype)."""

    def __init__(self, obj, dtype=None, readonly=False):
        self.a = np.array(obj, dtype=dtype)
        self.readonly = readonly


def enc_val(v):
    if isinstance(v, (complex, np.complexfloating)):
        return [float(v.real), float(v.imag)]
    if isinstance(v, (np.bool_, bool)):
        return bool(v)
    if isinstance(v, (np.integer, int)):
        return int(v)
    if isinstance(v, (np.floating, float)):
        return float(v)
    return str(v)


def enc_array(a):
    a = np.asarray(a)
    return {"shape": list(a.shape), "dtype": str(a.dtype), "values": [enc_val(x) for x in a.ravel()]}


def enc_arg(x):
    if isinstance(x, A):
        d = {"nd": [enc_val(v) for v in x.a.ravel()], "shape": list(x.a.shape), "dtype": str(x.a.dtype)}
        if x.readonly:
            d["readonly"] = True
        return d
    if isinstance(x, tuple):
        return [enc_arg(v) for v in x]
    return x


def py_arg(x):
    if isinstance(x, A):
        c = x.a.copy()
        c.flags.writeable = not x.readonly
        return c
    if isinstance(x, tuple):
        return [py_arg(v) for v in x]
    return x


INPLACE = {"put", "put_along_axis", "putmask", "place", "fill_diagonal"}
CASES = []


def case(fn, *args):
    CASES.append((fn, args))


x6 = A(np.arange(6).reshape(2, 3))
# take
case("take", [4, 3, 5, 7, 6, 8], [0, 1, 4])
case("take", A([4, 3, 5, 7, 6, 8]), [[0, 1], [2, 3]])
case("take", x6, [1, 0], 1)
case("take", x6, [[1], [0]], 0)
case("take", x6, 2, 1)
case("take", x6, 4)
case("take", x6, [-1, -6])
case("take", A(np.arange(6)), [10])
case("take", x6, [5], 1)
case("take", A(np.arange(6)), [10], None, "foo")
case("take", A(np.arange(6)), [10, -1, -7, 3], None, "clip")
case("take", A(np.arange(6)), [10, -1, -7, 3], None, "wrap")
case("take", x6, [4, -4], -1, "wrap")
case("take", A(np.arange(6)), [[1, 2]], 3)
case("take", A(np.arange(6)), [1.5])
case("take", A(np.zeros(0)), [0], None, "clip")
case("take", A(np.zeros(0)), [], None, "clip")
case("take", A(np.arange(6.0)), A([], dtype=np.int64))
case("take", A(np.arange(6).astype(np.complex128)), [1, 5])
case("take", A(np.arange(24).reshape(2, 3, 4)), [[2, 0]], 1)
case("take", A(np.arange(24).reshape(2, 3, 4)), [3, 0], -1)
case("take", A(5), [0, 0])
# put
case("put", A(np.arange(5)), [0, 2], [-44, -55])
case("put", A(np.arange(5)), 22, -5, "clip")
case("put", A(np.arange(5)), [22, -7], [1, 2], "wrap")
case("put", A(np.arange(5)), [0, 1, 2, 3], [7, 8])
case("put", A(np.arange(6)), [10], 1)
case("put", A(np.arange(6)), [0, 1, 2], [])
case("put", A(np.zeros(0)), [0], [1])
case("put", A(np.arange(6)), [0], [7], "x")
case("put", A(np.arange(6).reshape(2, 3)), [-1, 4], [9.7, 8.2])
case("put", A(np.arange(6.0).reshape(2, 3)), [5, 0], 1.5)
# take_along_axis / put_along_axis
a23 = [[10, 30, 20], [60, 40, 50]]
case("take_along_axis", A(a23), A([[0, 2, 1], [1, 2, 0]]), 1)
case("take_along_axis", A(a23), A([[0], [1]]), 1)
case("take_along_axis", A(a23), A([[1, 0, 1]]), 0)
case("take_along_axis", A(a23), A([5, 0, 1]), None)
case("take_along_axis", A(a23), A([[0], [1]]), None)
case("take_along_axis", A(a23), A([0, 1]), 1)
case("take_along_axis", A(a23), A([[0.5]]), 1)
case("take_along_axis", A(a23), A([[5]]), 1)
case("take_along_axis", A(a23), A([[1]]), 2)
case("take_along_axis", A(a23), A([[1], [1], [1]]), 1)
case("take_along_axis", A(a23), A([[-1, -3]]), -1)
case("put_along_axis", A(a23), A([[1], [0]]), 99, 1)
case("put_along_axis", A(a23), A([[1, 2], [0, 0]]), A([[7, 8], [9, 10]]), 1)
case("put_along_axis", A(a23), A([[1, 0, 1]]), [[1, 2, 3]], 0)
case("put_along_axis", A(a23), A([[1]]), [[7, 8]], 1)
case("put_along_axis", A(a23), A([5, 0]), 1, None)
# putmask / place
case("putmask", x6, A(np.arange(6).reshape(2, 3) > 2), A(np.arange(6).reshape(2, 3) ** 2))
case("putmask", x6, A(np.arange(6).reshape(2, 3) > 1), [-33, -44])
case("putmask", A(np.arange(6)), [True], [1])
case("putmask", A(np.arange(6)), A(np.ones(6, bool)), [])
case("putmask", A(np.arange(6.0)), [1, 0, 1, 0, 1, 1], 2.5)
case("place", x6, A(np.arange(6).reshape(2, 3) > 2), [44, 55])
case("place", A(np.arange(6)), A(np.ones(6, bool)), [])
case("place", A(np.arange(6)), A(np.zeros(6, bool)), [])
case("place", A(np.arange(6)), A(np.ones(5, bool)), [1])
case("place", A(np.arange(6).reshape(2, 3)), A(np.ones(6, bool)), [1, 2, 3, 4])
# compress / extract
a32 = A([[1, 2], [3, 4], [5, 6]])
case("compress", [0, 1], a32, 0)
case("compress", [False, True, True], a32, 0)
case("compress", [False, True], a32, 1)
case("compress", [False, True], a32)
case("compress", [0, 1, 1, 1], A(np.arange(3)))
case("compress", [0, 1, 1, 0], A(np.arange(3)))
case("compress", [[0, 1]], A(np.arange(3)))
case("compress", [True, True, False], a32, -2)
case("extract", A(np.mod(np.arange(12).reshape(3, 4), 3) == 0), A(np.arange(12).reshape(3, 4)))
case("extract", [1, 0, 2], [[7, 8], [9, 10]])
# choose
ch = [[0, 1, 2, 3], [10, 11, 12, 13], [20, 21, 22, 23], [30, 31, 32, 33]]
case("choose", [2, 3, 1, 0], ch)
case("choose", [2, 4, 1, 0], ch, "clip")
case("choose", [2, 4, 1, 0], ch, "wrap")
case("choose", [2, 4, 1, 0], ch)
case("choose", [[1, 0, 1], [0, 1, 0], [1, 0, 1]], [-10, 10])
case("choose", A(np.array([0, 1]).reshape((2, 1, 1))),
     (A(np.array([1, 2, 3]).reshape((1, 3, 1))), A(np.array([-1, -2, -3, -4, -5]).reshape((1, 1, 5)))))
case("choose", [0, 3], [[1, 2], [3, 4]])
case("choose", [0, 3], [[1, 2], [3, 4]], "clip")
case("choose", [0, 3, -1], [[1, 2, 5], [3, 4, 6]], "wrap")
case("choose", [0, 1], [[1, 2], [3, 4, 5]])
case("choose", [0, 1], (A([1, 2], np.int8), A([3.5, 4])))
case("choose", [1, 0], A([[1, 2], [3, 4]]))
# select
x = np.arange(6)
case("select", (A(x < 3), A(x > 3)), (A(x), A(x ** 2)), 42)
case("select", (A(x <= 4), A(x > 3)), (A(x), A(x ** 2)), 55)
case("select", (A(x <= 4), A(x > 3)), (A(x), A(x ** 2)))
case("select", (), ())
case("select", ([True],), ([1], [2]))
case("select", ([1],), ([1],))
case("select", ([True, False],), ([1, 2],), 2.5)
case("select", (A([True, False]),), (A([1, 2], np.int8),), 3)
case("select", (A([[True], [False]]),), (A([1, 2, 3], np.float32),), A(0, np.int64))
# where
case("where", [[True, False], [True, True]], [[1, 2], [3, 4]], [[9, 8], [7, 6]])
a10 = A(np.arange(10))
case("where", A(np.arange(10) < 5), a10, A(10 * np.arange(10)))
case("where", A(np.arange(10) < 4), a10, -1)
case("where", A(np.array([[0, 1, 2]]) < np.array([[0], [1]])), A([[0, 1, 2]]), A(10 + np.array([[0], [1]])))
case("where", [True, False], [1, 2], 3.5)
case("where", [True, False], A([1, 2], np.int8), 3)
case("where", [True, False], A([1, 2], np.int8), A([3, 4], np.uint8))
case("where", [True, False], A([1, 2], np.int64), A([3, 4], np.uint64))
case("where", [True, False], A([1, 2], np.float32), 2.5)
case("where", [True, False], A([1, 2], np.float16), A([1, 2], np.int16))
case("where", [True, False], A([1, 2], np.float32), A([1, 2], np.complex64))
case("where", [True, False], A([1, 2], np.float64), A([1, 2], np.complex64))
case("where", [True, False], True, A([1, 2], np.bool_))
case("where", [True, False], True, 0)
case("where", [True, False], [1, 2], [[1], [2], [3]])
case("where", [True, False, True], [1, 2], 3)
case("where", A([1.5, 0.0, -2.0]), 1, 0)
case("where", A(np.zeros((0, 3), bool)), 1.0, A([1, 2, 3]))
case("where", True, A([[1, 2]]), A([[3], [4]]))
case("where1", [[3, 0, 0], [0, 4, 0], [5, 6, 0]])
case("nonzero", [[3, 0, 0], [0, 4, 0], [5, 6, 0]])
case("nonzero", A(np.arange(1, 10).reshape(3, 3) > 3))
case("nonzero", A([0.0, -1.5, 0.0, 2.0]))
case("nonzero", A(np.zeros((2, 0))))
case("nonzero", A(3))
case("nonzero", A(np.array([[0, 1], [1, 0]], dtype=np.complex128)))
case("flatnonzero", A(np.arange(-2, 3)))
case("flatnonzero", A(3))
case("flatnonzero", A([[0, 1], [2, 0]]))
case("argwhere", A(np.arange(6).reshape(2, 3) > 1))
case("argwhere", A(3))
case("argwhere", A(0))
case("argwhere", A([0, 5, 0, 7]))
case("argwhere", A(np.zeros((2, 2, 2), bool)))
case("ix_", [0, 1], [2, 4])
case("ix_", [True, True], [2, 4])
case("ix_", [True, True], [False, False, True, False, True])
case("ix_", [[1]])
case("ix_", [], [True, False])
case("ix_", [1.5])
case("ix_")
case("diag_indices", 4)
case("diag_indices", 2, 3)
case("diag_indices", 0)
case("diag_indices_from", A(np.zeros((4, 4))))
case("diag_indices_from", A(np.zeros((2, 2, 2))))
case("diag_indices_from", A(np.zeros(3)))
case("diag_indices_from", A(np.zeros((3, 4))))
case("fill_diagonal", A(np.zeros((3, 3), int)), 5)
case("fill_diagonal", A(np.zeros((3, 3, 3), int)), 4)
case("fill_diagonal", A(np.zeros((5, 3), int)), 4)
case("fill_diagonal", A(np.zeros((5, 3), int)), 4, True)
case("fill_diagonal", A(np.zeros((7, 3), int)), 4, True)
case("fill_diagonal", A(np.zeros((3, 5), int)), 4)
case("fill_diagonal", A(np.zeros((3, 5), int)), 4, True)
case("fill_diagonal", A(np.zeros((4, 4), int)), [1, 2])
case("fill_diagonal", A(np.zeros((4, 4))), A([1.5, 2.5, 3.5, 4.5, 5.5]))
case("fill_diagonal", A(np.zeros(3)), 1)
case("fill_diagonal", A(np.zeros((3, 4, 3))), 1)
case("fill_diagonal", A(np.zeros((0, 0))), 1)
# read-only destinations, odd index dtypes
ro6 = A(np.arange(6), readonly=True)
case("put", ro6, [0], 1)
case("putmask", ro6, A(np.arange(6) > 2), 1)
case("place", ro6, A(np.arange(6) > 2), [1])
case("fill_diagonal", A(np.zeros((2, 2)), readonly=True), 1)
case("put_along_axis", A(np.zeros((2, 2)), readonly=True), A([[0], [1]]), 1, 1)
case("take", A(np.arange(6)), A([1, 2], np.uint64))
case("take", A(np.arange(6)), [True, False])
case("fill_diagonal", A(np.zeros((3, 3))), [])
case("where", A([True, False]), A(["a", "bb"]), "ccc")
case("where", A([True, False]), A([1, 2], np.int8), A(7, np.int16))


def run(fn, args):
    pargs = [py_arg(a) for a in args]
    f = getattr(np, fn if fn != "where1" else "where")
    if fn == "take" and len(pargs) == 4:
        r = f(pargs[0], pargs[1], axis=pargs[2], mode=pargs[3])
    elif fn == "choose" and len(pargs) == 3:
        r = f(pargs[0], pargs[1], mode=pargs[2])
    else:
        r = f(*pargs)
    if fn in INPLACE:
        return {"inplace": enc_array(pargs[0])}
    if isinstance(r, tuple):
        return {"results": [enc_array(x) for x in r]}
    return {"result": enc_array(r)}


def main():
    out = []
    for fn, args in CASES:
        c = {"fn": fn, "args": [enc_arg(a) for a in args],
             "expr": f"np.{fn}(" + ", ".join(repr(py_arg(a)) for a in args) + ")"}
        try:
            c.update(run(fn, args))
        except Exception as e:  # noqa: BLE001
            c["error"] = [type(e).__name__, str(e)]
        out.append(c)
    OUT.write_text(json.dumps(out, indent=0) + "\n")
    print(f"{len(out)} cases -> {OUT}")


if __name__ == "__main__":
    main()
