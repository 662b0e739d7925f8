#!/usr/bin/env python3
"""Golden data for NumPy's floating-point error handling (np.errstate): which ufunc calls,
reductions and casts report which errors, and with which messages.

Writes numpy-api/src/test/resources/golden/errstate.json: {"cases": [...]}, each case
{"fn", "args", "kwargs"} and
  "default": [[warning category, message], ...] under NumPy's default settings,
  "warn": [message, ...] under np.errstate(all='warn') (adds underflow),
  "raise": [exception type, message] under np.errstate(all='raise'), or null when nothing raises.
fn is a numpy function of the dynamic layer (ufuncs, sum, prod, cumsum, cumprod) or "astype"
(kwargs {"dtype"}). Arguments: {"values": [text], "dtype": name} for an ndarray (values as
Python's repr: 'inf', 'nan', '1e+300', '-128', 'True'; complex values as [re, im]), {"list": [repr]}
for a Python list of floats and ints, {"float": text} or {"int": n} for a Python scalar.
"""
import json
import pathlib
import warnings

import numpy as np

OUT = pathlib.Path(__file__).resolve().parents[2] / "numpy-api/src/test/resources/golden/errstate.json"

INF, NAN = float("inf"), float("nan")
I64MIN = np.iinfo(np.int64).min


def A(values, dtype="float64"):
    return ("array", values, dtype)


CASES = [
    ("divide", [A([1.0, 0.0]), A([0.0, 0.0])], {}),
    ("divide", [A([1.0]), A([0.0])], {}),
    ("divide", [A([0.0]), A([0.0])], {}),
    ("divide", [A([INF]), A([INF])], {}),
    ("divide", [A([INF]), A([0.0])], {}),
    ("divide", [A([1.0]), 0.0], {}),
    ("divide", [A([1]), A([0])], {}),
    ("divide", [A([0], "int64"), A([0], "int64")], {}),
    ("divide", [A([True], "bool"), A([False], "bool")], {}),
    ("divide", [A([1e-300]), 1e300], {}),
    ("divide", [A([1.0, 2.0]), A([4.0, 8.0])], {}),
    ("true_divide", [A([1.0]), A([0.0])], {}),
    ("divide", [A([1 + 1j], "complex128"), A([0j], "complex128")], {}),
    ("divide", [A([1 + 0j], "complex128"), 0], {}),
    ("divide", [A([0j], "complex128"), A([0j], "complex128")], {}),
    ("floor_divide", [A([1.0]), A([0.0])], {}),
    ("floor_divide", [A([0.0]), A([0.0])], {}),
    ("floor_divide", [A([1, 2], "int64"), A([0, 1], "int64")], {}),
    ("floor_divide", [A([5], "int64"), 0], {}),
    ("floor_divide", [A([1], "uint8"), A([0], "uint8")], {}),
    ("floor_divide", [A([I64MIN], "int64"), -1], {}),
    ("floor_divide", [A([-128], "int8"), A([-1], "int8")], {}),
    ("remainder", [A([1.0]), A([0.0])], {}),
    ("remainder", [A([1], "int64"), A([0], "int64")], {}),
    ("remainder", [A([I64MIN], "int64"), -1], {}),
    ("mod", [A([3], "int32"), A([0], "int32")], {}),
    ("multiply", [A([1e300]), 1e300], {}),
    ("multiply", [A([INF]), 0], {}),
    ("multiply", [A([1e-300]), 1e-300], {}),
    ("multiply", [A([5e-324]), 1.0], {}),
    ("multiply", [A([1e-310]), 0.3], {}),
    ("multiply", [A([1e30], "float32"), A([1e30], "float32")], {}),
    ("multiply", [A([300], "float16"), A([300], "float16")], {}),
    ("multiply", [A([1e300 + 1e300j], "complex128"), A([1e300 + 1e300j], "complex128")], {}),
    ("multiply", [A([INF + 0j], "complex128"), A([0j], "complex128")], {}),
    ("multiply", [A([2 ** 62], "int64"), 4], {}),
    ("add", [A([1e308]), A([1e308])], {}),
    ("add", [A([60000], "float16"), A([60000], "float16")], {}),
    ("add", [A([NAN]), 1.0], {}),
    ("add", [A([127], "int8"), A([1], "int8")], {}),
    ("add", [A([1e300]), A([1.0])], {"dtype": "float32"}),
    ("subtract", [A([-1e308]), A([1e308])], {}),
    ("subtract", [A([INF]), A([INF])], {}),
    ("subtract", [A([3e-308]), A([2.9e-308])], {}),
    ("power", [A([10.0]), 400.0], {}),
    ("power", [A([0.0]), -1.0], {}),
    ("power", [A([0.0]), A([-2.0])], {}),
    ("power", [A([2.0]), -2000.0], {}),
    ("power", [A([-1.0]), 0.5], {}),
    ("sqrt", [A([-1.0])], {}),
    ("sqrt", [A([NAN])], {}),
    ("sqrt", [A([-1.0, 4.0], "float32")], {}),
    ("sqrt", [A([-1 + 0j], "complex128")], {}),
    ("exp", [A([1000.0])], {}),
    ("exp", [A([-1000.0])], {}),
    ("log", [A([0.0])], {}),
    ("log", [A([-1.0])], {}),
    ("sin", [A([INF])], {}),
    ("cos", [A([1.0, 2.0])], {}),
    ("negative", [A([INF])], {}),
    ("negative", [A([-128], "int8")], {}),
    ("absolute", [A([-128], "int8")], {}),
    ("maximum", [A([NAN]), 1.0], {}),
    ("sum", [A([1e308, 1e308])], {}),
    ("sum", [A([INF, -INF])], {}),
    ("sum", [A([1e308, 1e308, 1.0, 1.0])], {"axis": 0}),
    ("prod", [A([1e300, 1e300])], {}),
    ("prod", [A([1e-300, 1e-300])], {}),
    ("sum", [A([1e300, 1e300])], {"dtype": "float32"}),
    ("cumsum", [A([1e308, 1e308])], {}),
    ("cumprod", [A([1e200, 1e200, 1e200])], {}),
    ("astype", [A([1e300])], {"dtype": "float32"}),
    ("astype", [A([1e10])], {"dtype": "float16"}),
    ("astype", [A([INF])], {"dtype": "float32"}),
    ("astype", [A([1e-50])], {"dtype": "float32"}),
    ("astype", [A([NAN])], {"dtype": "int64"}),
    ("astype", [A([INF])], {"dtype": "int32"}),
    ("astype", [A([1e30])], {"dtype": "int64"}),
    ("astype", [A([3e9])], {"dtype": "int8"}),
    ("astype", [A([1000.0])], {"dtype": "int8"}),
    ("astype", [A([-1.0])], {"dtype": "uint32"}),
    ("astype", [A([1e19])], {"dtype": "uint64"}),
    ("astype", [A([1.9e19])], {"dtype": "uint64"}),
    ("astype", [A([1e300 + 0j], "complex128")], {"dtype": "complex64"}),
    ("astype", [A([1000], "int64")], {"dtype": "int8"}),
    ("astype", [A([100000], "int64")], {"dtype": "float16"}),
    ("astype", [A([65535], "uint16")], {"dtype": "float16"}),
    ("astype", [A([2 ** 62], "int64")], {"dtype": "float32"}),
    ("array", [[1e300, 1.0]], {"dtype": "float32"}),
    ("array", [[100000, 1]], {"dtype": "float16"}),
    ("array", [1e300], {"dtype": "float32"}),
    ("array", [[1e300, INF]], {"dtype": "complex64"}),
    ("array", [[INF, NAN]], {"dtype": "float32"}),
    ("full", [3, 1e300], {"dtype": "float32"}),
    ("astype", [A([1.5, 2.5])], {"dtype": "float32"}),
]


def build(x):
    if isinstance(x, tuple):
        return np.array(x[1], dtype=x[2])
    return x


def call(fn, args, kwargs):
    args = [build(a) for a in args]
    if fn == "astype":
        return args[0].astype(kwargs["dtype"])
    return getattr(np, fn)(*args, **kwargs)


def enc_arg(x):
    if isinstance(x, tuple):
        vals = np.array(x[1], dtype=x[2]).tolist()
        if x[2].startswith("complex"):
            vals = [[repr(v.real), repr(v.imag)] for v in vals]
        else:
            vals = [repr(v) for v in vals]
        return {"values": vals, "dtype": x[2]}
    if isinstance(x, list):
        return {"list": [repr(v) for v in x]}
    if isinstance(x, float):
        return {"float": repr(x)}
    return {"int": x}


def case(fn, args, kwargs):
    out = {"fn": fn, "args": [enc_arg(a) for a in args], "kwargs": kwargs}
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        call(fn, args, kwargs)
    out["default"] = [[x.category.__name__, str(x.message)] for x in w]
    with warnings.catch_warnings(record=True) as w, np.errstate(all="warn"):
        warnings.simplefilter("always")
        call(fn, args, kwargs)
    out["warn"] = [str(x.message) for x in w]
    with np.errstate(all="raise"):
        try:
            call(fn, args, kwargs)
            out["raise"] = None
        except FloatingPointError as e:
            out["raise"] = [type(e).__name__, str(e)]
    return out


def main():
    cases = [case(*c) for c in CASES]
    OUT.write_text(json.dumps({"numpy": np.__version__, "cases": cases}, indent=1) + "\n")
    print("wrote", OUT, len(cases), "cases")


if __name__ == "__main__":
    main()
