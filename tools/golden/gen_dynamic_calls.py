#!/usr/bin/env python3
"""Golden data for the dynamic call layer: NumPy functions called with keyword arguments,
defaults and bad arguments, as the GraalPy package and the WASI runner call them.

Writes numpy-api/src/test/resources/golden/dynamic_calls.json: a list of cases
{"fn", "args", "kwargs", "expr"} and one of
  "result": an encoded value (below),
  "inplace": the first argument after the call (in-place routines return None),
  "after": get_printoptions() after the call (set_printoptions),
  "entered": the dict a `with np.printoptions(...) as d` binds (printoptions),
  "error": [Python type name, message].
Arguments: JSON values (Python scalars, nested lists), {"nd": flat values, "shape", "dtype"} for
an ndarray, {"dtype": name} for a numpy dtype, {"float": "nan"}; null is None.
Results: {"array": {"shape", "dtype", "values"}}, {"tuple": [arrays]}, {"str": text},
{"dtype": name}, {"bool": b}, {"repr": repr(x)} (iinfo/finfo), {"dict": {...}}.
Print options are reset to NumPy's defaults before every case.
"""
import inspect
import json
import pathlib
import warnings

import numpy as np

OUT = pathlib.Path(__file__).resolve().parents[2] / "numpy-api/src/test/resources/golden/dynamic_calls.json"
DEFAULTS = dict(precision=8, threshold=1000, edgeitems=3, linewidth=75, suppress=False, nanstr='nan',
                infstr='inf', sign='-', floatmode='maxprec', formatter=None, legacy=False)


class A:
    def __init__(self, obj, dtype=None):
        self.a = np.array(obj, dtype=dtype)


class D:
    def __init__(self, name):
        self.name = name


def enc_val(v):
    if isinstance(v, (np.bool_, bool)):
        return bool(v)
    if isinstance(v, (np.integer, int)):
        return int(v)
    if isinstance(v, (np.floating, float)):
        return float(v)
    if isinstance(v, (complex, np.complexfloating)):
        return [float(v.real), float(v.imag)]
    return str(v)


def enc_array(a):
    return {"shape": list(a.shape), "dtype": str(a.dtype), "values": [enc_val(x) for x in a.ravel()]}


def enc_arg(x):
    if isinstance(x, A):
        return {"nd": [enc_val(v) for v in x.a.ravel()], "shape": list(x.a.shape), "dtype": str(x.a.dtype)}
    if isinstance(x, D):
        return {"dtype": x.name}
    if isinstance(x, (list, tuple)):
        return [enc_arg(v) for v in x]
    if isinstance(x, float) and x != x:
        return {"float": "nan"}
    return x


def py_arg(x):
    if isinstance(x, A):
        return x.a.copy()
    if isinstance(x, D):
        return np.dtype(x.name)
    if isinstance(x, (list, tuple)):
        return [py_arg(v) for v in x]
    return x


def enc_result(r):
    if isinstance(r, np.ndarray):
        return {"array": enc_array(r)}
    if isinstance(r, tuple):
        return {"tuple": [enc_array(x) for x in r]}
    if isinstance(r, str):
        return {"str": r}
    if isinstance(r, np.dtype):
        return {"dtype": str(r)}
    if isinstance(r, bool):
        return {"bool": r}
    if isinstance(r, (np.iinfo, np.finfo)):
        return {"repr": repr(r)}
    if isinstance(r, dict):
        return {"dict": r}
    raise TypeError(type(r))


CASES = []


def case(fn, *args, **kwargs):
    CASES.append((fn, args, kwargs))


INPLACE = {"put", "put_along_axis", "putmask", "place", "fill_diagonal"}
x6 = A(np.arange(6).reshape(2, 3))
f = A([[1.5, -2.25], [3.0, 4.125]])

# ---- indexing
case("take", [4, 3, 5, 7, 6, 8], [0, 1, 4])
case("take", x6, [[0, 1]], axis=1)
case("take", x6, [5, -1, 7], mode="wrap")
case("take", x6, [5, -1, 7], axis=None, mode="clip")
case("take", x6, [1], mode=1)
case("take", x6, [1], mode=None)
case("take", x6, [9])
case("take", x6, [1], mode="foo")
case("take", x6, [1], mode="w")
case("take", x6, [1], mode=1.5)
case("take", x6, [1], axis=1.5)
case("take", x6, [1], axis=5)
case("take", x6, [1], axis=0, bogus=1)
case("take")
case("put", A([0, 1, 2, 3, 4]), [0, 2], [-44, -55])
case("put", A([0, 1, 2, 3, 4]), ind=22, v=-5, mode="clip")
case("put", A([0, 1, 2, 3, 4]), [7], [9], mode="wrap")
case("put", [0, 1, 2], [0], 1)
case("put", A([0, 1, 2]), [0], 1, mode="x")
case("take_along_axis", A([[10, 30, 20], [60, 40, 50]]), A([[0], [1]]), axis=1)
case("take_along_axis", A([[10, 30, 20], [60, 40, 50]]), A([[0, 1]]))
case("take_along_axis", A([[10, 30, 20], [60, 40, 50]]), A([4, 0]), axis=None)
case("take_along_axis", [[1, 2]], A([[0]]))
case("take_along_axis", A([[1, 2]]), [[0]])
case("put_along_axis", A([[10, 30, 20], [60, 40, 50]]), A([[0], [1]]), 99, axis=1)
case("put_along_axis", A([[10, 30, 20], [60, 40, 50]]), A([[0], [1]]), 99)
case("put_along_axis", [[1, 2]], A([[0]]), 1, 1)
case("putmask", A(np.arange(6).reshape(2, 3)), mask=A(np.arange(6).reshape(2, 3) > 2), values=[-33, -44])
case("putmask", A(np.arange(5)), A([True, False, True, False, True]), 7)
case("putmask", [1, 2], [True, False], 1)
case("putmask", A([1, 2]), [True, False], 1, a=1)
case("place", A(np.arange(6).reshape(2, 3)), mask=A(np.arange(6).reshape(2, 3) > 2), vals=[44, 55])
case("place", [1, 2], [True, False], 1)
case("place", None, [True, False], 1)
case("compress", [0, 1], A([[1, 2], [3, 4], [5, 6]]), axis=0)
case("compress", condition=[False, True], a=A([[1, 2], [3, 4], [5, 6]]), axis=1)
case("compress", [False, True, True], [[1, 2], [3, 4], [5, 6]])
case("compress", [1], [1, 2], out=A([0]))
case("extract", A(np.mod(np.arange(12).reshape(3, 4), 3) == 0), A(np.arange(12).reshape(3, 4)))
case("extract", condition=[1, 0, 2], arr=[5, 6, 7])
case("extract", [1, 0])
case("choose", [2, 3, 1, 0], [[0, 1, 2, 3], [10, 11, 12, 13], [20, 21, 22, 23], [30, 31, 32, 33]])
case("choose", [2, 4, 1, 0], [[0, 1, 2, 3], [10, 11, 12, 13], [20, 21, 22, 23], [30, 31, 32, 33]], mode="clip")
case("choose", a=[2, 4, 1, 0], choices=[[0, 1, 2, 3], [10, 11, 12, 13], [20, 21, 22, 23], [30, 31, 32, 33]], mode="wrap")
case("choose", [0, 1], [[1, 2], [3, 4]], mode="x")
case("choose", [0, 1], [[1, 2], [3, 4]], mode=3)
case("choose", [0, 1], [[1, 2], [3, 4]], out=A([0, 0]))
case("select", [A(np.arange(6) < 3), A(np.arange(6) > 3)], [A(np.arange(6)), A(np.arange(6) ** 2)], 42)
case("select", condlist=[A(np.arange(6) < 3)], choicelist=[A(np.arange(6))])
case("select", [A(np.arange(6) < 3)], [A(np.arange(6))], default=-1.5)
case("select", [], [])
case("where", [True, False, True], [1, 2, 3], [4, 5, 6])
case("where", A([[0, 1], [1, 0]]))
case("where", [1, 0], [1, 2])
case("where", [1, 0], x=[1, 2], y=[3, 4])
case("nonzero", A([[3, 0, 0], [0, 4, 0], [5, 6, 0]]))
case("nonzero", a=[0, 2, 0, 1])
case("nonzero", A(3))
case("flatnonzero", a=A(np.arange(-2, 3)))
case("flatnonzero")
case("argwhere", A(np.arange(6).reshape(2, 3) > 1))
case("argwhere", a=[0, 1])
case("argwhere", [1], [2])
case("ix_", [0, 1], [2, 4])
case("ix_", [True, True], [2, 4])
case("ix_")
case("ix_", [[1]])
case("ix_", x=[1])
case("diag_indices", 4)
case("diag_indices", n=2, ndim=3)
case("diag_indices", 3, 1)
case("diag_indices", 3, 0)
case("diag_indices", -1)
case("diag_indices", 2, 1.5)
case("diag_indices_from", A(np.arange(16).reshape(4, 4)))
case("diag_indices_from", arr=A(np.zeros((2, 2, 2))))
case("diag_indices_from", [[1, 2], [3, 4]])
case("diag_indices_from", A([1, 2]))
case("fill_diagonal", A(np.zeros((3, 3), int)), 5)
case("fill_diagonal", A(np.zeros((5, 3), int)), val=4, wrap=True)
case("fill_diagonal", A(np.zeros((5, 3), int)), 4)
case("fill_diagonal", a=A(np.zeros((3, 3, 3), int)), val=[1, 2, 3])
case("fill_diagonal", [[1, 2], [3, 4]], 1)

# ---- dtype routines
case("promote_types", "f4", D("f8"))
case("promote_types", "i8", "u8")
case("promote_types", "i8", type2="u8")
case("promote_types", "S", "i4")
case("result_type", 3, A([1], "i1"))
case("result_type", D("i4"), "f4", 3.0)
case("result_type")
case("can_cast", "i8", "f8")
case("can_cast", D("i8"), "f4", casting="same_kind")
case("can_cast", A([1.0]), "i8")
case("can_cast", 3, "i8")
case("can_cast", "i8", "f8", casting="unsafex")
case("iinfo", "int8")
case("iinfo", D("u8"))
case("iinfo", int_type="i4")
case("iinfo", 3)
case("iinfo", "f8")
case("iinfo", True)
case("iinfo", None)
case("iinfo", [1])
case("iinfo", "x")
case("finfo", "f4")
case("finfo", D("f2"))
case("finfo", dtype="c16")
case("finfo", 1.0)
case("finfo", "i8")
case("finfo", 1)
case("finfo", [1.0])
case("finfo", "x")

# ---- printing
case("array2string", A([1e-16, 1, 2, 3]))
case("array2string", A([1e-16, 1, 2, 3]), precision=2, separator=',', suppress_small=True)
case("array2string", A(np.arange(3)), formatter=None, prefix="xx(", suffix=")")
case("array2string", A(np.arange(3.)), threshold=2, edgeitems=1)
case("array2string", A(np.arange(3.)), sign="+", floatmode="fixed")
case("array2string", A(np.arange(30.) / 7), max_line_width=30, precision=3)
case("array2string", A(np.arange(3)), legacy=False)
case("array2string", [1, 2])
case("array2string", A(np.arange(3)), separator=1)
case("array2string", A(np.arange(3)), suffix=1)
case("array2string", A(np.arange(3)), precision=1.5)
case("array2string", A(np.arange(3)), sign="x")
case("array2string", A(np.arange(3)), floatmode="x")
case("array2string", A(np.arange(3)), threshold="a")
case("array2string", A(np.arange(3)), threshold=float("nan"))
case("array_repr", A([1, 2]))
case("array_repr", A([0.000001, 0]), precision=6, suppress_small=True)
case("array_repr", arr=A(np.arange(20.) / 3), max_line_width=40)
case("array_repr", A([], "i4"))
case("array_repr", [1, 2])
case("array_str", A([0.000001, 0]), precision=6, suppress_small=True)
case("array_str", a=A(np.arange(20.) / 3), max_line_width=40, precision=2)
case("array_str", A(3.5))
case("array_str", [1, 2])
case("set_printoptions", precision=4)
case("set_printoptions", 3, 5, 1, 60, True, "NaN", "Inf")
case("set_printoptions", threshold=6, sign=" ", floatmode="unique", legacy=False)
case("set_printoptions", edgeitems=2, formatter=None)
case("set_printoptions", precision=1.5)
case("set_printoptions", threshold="a")
case("set_printoptions", sign="x")
case("set_printoptions", floatmode="x")
case("set_printoptions", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
case("set_printoptions", foo=1)
case("get_printoptions")
case("get_printoptions", 1)
case("printoptions", precision=2, suppress=True)
case("printoptions", 3, threshold=7)
case("printoptions", sign="x")
case("format_float_positional", 0.1)
case("format_float_positional", 1)
case("format_float_positional", True)
case("format_float_positional", A(0.1))
case("format_float_positional", A(3))
case("format_float_positional", x=3.14159, precision=3, unique=False, fractional=False)
case("format_float_positional", 0.5, trim="-", sign=True, pad_left=3, pad_right=4)
case("format_float_positional", 1.0, min_digits=3)
case("format_float_positional", 0.1, precision=1.5)
case("format_float_positional", 0.1, precision=-1)
case("format_float_positional", 0.1, precision="a")
case("format_float_positional", 0.1, unique=None)
case("format_float_positional", 0.1, unique=False)
case("format_float_positional", "a")
case("format_float_positional", A([0.1]))
case("format_float_positional", 0.1, exp_digits=2)
case("format_float_scientific", 0.1)
case("format_float_scientific", x=12345.678, precision=2, unique=False, exp_digits=3)
case("format_float_scientific", 1.5, trim="k", sign=True, pad_left=2, min_digits=4)
case("format_float_scientific", 10 ** 400)
case("format_float_scientific", 1.0, exp_digits=1.5)
case("format_float_scientific", 1.0, fractional=True)
case("format_float_scientific", None)


def run(fn, args, kwargs):
    np.set_printoptions(**DEFAULTS)
    rec = {"fn": fn, "args": enc_arg(list(args)), "kwargs": {k: enc_arg(v) for k, v in kwargs.items()}}
    pargs = [py_arg(a) for a in args]
    pkw = {k: py_arg(v) for k, v in kwargs.items()}
    rec["expr"] = "np.%s(%s)" % (fn, ", ".join([repr(a) for a in pargs] + ["%s=%r" % kv for kv in pkw.items()]))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            if fn == "printoptions":
                with np.printoptions(*pargs, **pkw) as d:
                    rec["entered"] = dict(d)
                return rec
            r = getattr(np, fn)(*pargs, **pkw)
    except Exception as e:  # noqa: BLE001 - recording NumPy's exception
        rec["error"] = [type(e).__name__, str(e)]
        return rec
    if fn in INPLACE:
        first = pargs[0] if pargs else pkw[next(iter(inspect.signature(getattr(np, fn)).parameters))]
        rec["inplace"] = enc_array(first)
    elif fn == "set_printoptions":
        rec["after"] = np.get_printoptions()
    else:
        rec["result"] = enc_result(r)
    return rec


def main():
    cases = [run(fn, args, kwargs) for fn, args, kwargs in CASES]
    np.set_printoptions(**DEFAULTS)
    OUT.write_text(json.dumps(cases, indent=1))
    print("wrote", OUT, len(cases), "cases")


if __name__ == "__main__":
    main()
