#!/usr/bin/env python3
"""Golden data for the ufunc core: element-wise calls and reductions.

Writes numpy-api/src/test/resources/golden/ufuncs.json:
  "types":  {name: [nin, nout, identity, types restricted to our dtypes]}
  "calls":  [{"f", "args": [operand], "kw": {out/where/dtype/casting}, "res" | "err"}]
  "reduce": [{"f", "a": operand, "axis": null|[..], "dtype", "keepdims", "initial", "res" | "err"}]
  "accumulate": [{"f", "a", "axis", "res" | "err"}]; "outer": [{"f", "a", "b", "res" | "err"}]
Operands: {"a": dtype, "shape": [...], "v": [flat C-order values]} | {"int": n} | {"float": s}
| {"bool": b} | {"complex": [s, s]}. Floats are repr strings ('nan', 'inf', '-0.0'); complex
values are [re, im]; ints are exact. "res": {"dtype", "shape", "v"}; "err": [type, message].
Run: python3 tools/golden/gen_ufuncs.py
"""
import json
import pathlib

import numpy as np

from ufunc_golden_common import DTYPES, OURS, arr, enc, enc_values, err, fstr, res  # noqa: F401

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "numpy-api/src/test/resources/golden/ufuncs.json"

BINARY = ["add", "subtract", "multiply", "true_divide", "floor_divide", "remainder", "power", "maximum",
          "minimum", "bitwise_and", "bitwise_or", "bitwise_xor", "left_shift", "right_shift", "logical_and",
          "logical_or", "logical_xor", "equal", "not_equal", "less", "less_equal", "greater", "greater_equal"]
UNARY = ["negative", "positive", "absolute", "invert", "logical_not", "sqrt", "exp", "log", "sin", "cos"]

calls = []


def call(name, *args, **kw):
    entry = {"f": name, "args": [enc(a) for a in args]}
    kwj = {}
    for k, v in kw.items():
        if k == "out":
            kwj["out"] = enc(v)
            v = v.copy()
            kw = dict(kw, out=v)
        elif k == "where":
            kwj["where"] = enc(np.asarray(v))
        else:
            kwj[k] = str(np.dtype(v)) if k == "dtype" else v
    if kwj:
        entry["kw"] = kwj
    try:
        with np.errstate(all="ignore"):
            r = getattr(np, name)(*args, **kw)
        entry["res"] = res(r)
    except Exception as e:  # noqa: BLE001
        entry["err"] = err(e)
    calls.append(entry)


INTS_A = [0, 1, -1, 5, -7, 127, -128, 3, 100, -100, 2**40 + 3, -2**62]
INTS_B = [3, 0, 2, -1, 2, -1, 7, 5, 0, 3, 7, -3]
SHIFT_B = [0, 1, 3, 7, 8, 15, 16, 31, 32, 63, 64, 2]
POW_B = [0, 1, 2, 3, 7, 2, 1, 0, 5, 3, 2, 1]
FLT_A = [0.0, -0.0, 1.5, -2.5, float("inf"), float("-inf"), float("nan"), 7.0, 5.0, -5.0, 0.1, 1e300]
FLT_B = [3.0, 2.0, -0.0, 0.0, 2.0, float("inf"), 1.0, -3.0, 3.0, 3.0, 1e-300, 1e10]
CPX_A = [0j, 1 + 2j, -3.5 + 0.5j, complex(float("inf"), 1), complex(float("nan"), 0), 2 - 2j, -1 + 0j, 1e-3j]
CPX_B = [1 + 1j, 0j, 2 + 0j, 1 - 1j, 3 + 4j, -0.5 + 2j, 1j, 2 + 2j]


def operands(name, dt):
    kind = np.dtype(dt).kind
    if kind == "c":
        return arr(CPX_A, dt), arr(CPX_B, dt)
    if kind == "f":
        return arr(FLT_A, dt), arr(FLT_B, dt)
    b = SHIFT_B if name in ("left_shift", "right_shift") else POW_B if name == "power" else INTS_B
    return arr(INTS_A, dt), arr(b, dt)


with np.errstate(all="ignore"):
    # every function x every dtype
    for name in BINARY:
        for dt in DTYPES:
            a, b = operands(name, dt)
            call(name, a, b)
    for name in UNARY:
        for dt in DTYPES:
            a, _ = operands(name, dt)
            call(name, a)
    # negative integer powers
    call("power", arr([2, 3], "int64"), arr([-1, 2], "int64"))
    call("power", arr([2, 3], "int8"), -1)
    call("power", 2, -2)
    # mixed dtypes (result dtypes)
    for name in ["add", "true_divide", "floor_divide", "less", "maximum", "left_shift"]:
        for d1 in DTYPES:
            for d2 in DTYPES:
                call(name, arr([1, 2, 3], d1), arr([3, 1, 2], d2))
    # Python scalars (NEP 50)
    for name in ["add", "subtract", "multiply", "true_divide", "floor_divide", "less", "equal", "power", "maximum"]:
        for dt in DTYPES:
            for s in [3, 300, -1, 70000, 2**40, 1.5, True, 1 + 2j]:
                call(name, arr([1, 2, 0], dt), s)
            call(name, 2, arr([1, 2, 0], dt))
    for s1 in [2, 2.5, True, 1j]:
        for s2 in [3, 0.5, False, 2j]:
            call("add", s1, s2)
            call("multiply", s1, s2)
    call("floor_divide", 1, 0)
    call("remainder", 1, 0)
    call("floor_divide", -7, 2)
    call("remainder", -7, 2)
    call("remainder", 7.5, -2)
    call("floor_divide", 7.5, -2)
    call("add", np.int8(1), 300) if False else None
    call("add", arr([1], "int8").reshape(()), 300)
    call("add", arr([100], "int8").reshape(()), arr([100], "int8").reshape(()))
    # broadcasting
    for s1, s2 in [((2, 3), (3,)), ((2, 1), (1, 3)), ((0, 3), (3,)), ((2, 3), (4,)), ((3, 1, 2), (4, 1)), ((), (2, 2))]:
        n1 = int(np.prod(s1))
        n2 = int(np.prod(s2))
        call("add", np.arange(n1, dtype=np.int64).reshape(s1), np.arange(n2, dtype=np.float64).reshape(s2))
        call("less", np.arange(n1, dtype=np.int32).reshape(s1), np.arange(n2, dtype=np.int32).reshape(s2))
    # views: transposed, strided
    t = np.arange(12, dtype=np.float64).reshape(3, 4)
    call("multiply", t.T, np.arange(3.0))
    call("subtract", t[:, ::2], t[:, 1::2])
    call("sqrt", t[::-1, ::3])
    # dtype=, casting=, out=, where=
    i8 = arr([1, 2, 3], "int8")
    f8 = arr([1.5, 2.5, -3.5], "float64")
    call("add", i8, i8, dtype="float64")
    call("add", f8, f8, dtype="int8", casting="unsafe")
    call("add", f8, f8, dtype="int8")
    call("equal", f8, 1, dtype="float64")
    call("true_divide", i8, i8, dtype="float32")
    call("add", i8, arr([1, 2, 3], "int16"), casting="no")
    call("add", i8, i8, casting="no")
    call("add", f8, f8, out=np.zeros(3, dtype=np.int64))
    call("add", f8, f8, out=np.zeros(3, dtype=np.int64), casting="unsafe")
    call("add", i8, i8, out=np.zeros(3, dtype=np.float32))
    call("add", i8, i8, out=np.zeros((2, 3), dtype=np.int8))
    call("add", i8, i8, out=np.zeros(2, dtype=np.int8))
    call("sqrt", f8, out=np.zeros(3, dtype=np.int64))
    call("add", i8, i8, out=np.full(3, -1, dtype=np.int8), where=np.array([True, False, True]))
    call("add", f8, 1, out=np.full((2, 3), 9.0), where=np.array([[True], [False]]))
    call("negative", f8, out=np.full(3, 7, dtype=np.float32), where=np.array([False, True, True]))
    call("negative", arr([True, False], "bool"))
    call("subtract", arr([True, False], "bool"), arr([True, True], "bool"))
    call("left_shift", f8, 1)
    call("invert", f8)
    call("sqrt", arr([1, 4, 9], "int8"))
    call("sqrt", arr([1, 4, 9], "int16"))
    call("sqrt", arr([1, 4, 9], "int64"))
    big = np.array([-1, 0, 2**63 - 1, 5, -2**63], dtype=np.int64)
    ubig = np.array([2**64 - 1, 0, 2**63, 5, 2**63 - 1], dtype=np.uint64)
    for name in ["equal", "not_equal", "less", "less_equal", "greater", "greater_equal"]:
        call(name, big, ubig)
        call(name, ubig, big)
        call(name, arr([-1, 2], "int8"), ubig[:2])
    call("less", arr([1, 2], "int8"), 300)
    call("equal", arr([1, 2], "uint8"), -1)
    # docstring examples
    call("add", np.arange(9.0).reshape((3, 3)), np.arange(3.0))
    call("floor_divide", np.array([1., 2., 3., 4.]), 2.5)
    call("remainder", np.arange(7), 5)
    call("power", np.arange(6), 3)
    call("power", np.arange(6), np.array([1.0, 2.0, 3.0, 3.0, 2.0, 1.0]))
    call("maximum", np.array([np.nan, 0, np.nan]), np.array([0, np.nan, np.nan]))
    call("maximum", np.inf, 1)
    call("absolute", np.array([-1.2, 1.2]))
    call("absolute", 1.2 + 1j)
    call("right_shift", 10, np.array([1, 2, 3]))
    call("left_shift", np.array([5], dtype=np.int8), np.array([7]))
    call("invert", np.array([True, False]))
    call("invert", np.array([13], dtype=np.uint16))
    call("logical_xor", np.array([True, True, False, False]), np.array([True, False, True, False]))
    call("true_divide", np.arange(5), 4)
    call("exp", np.array([0, 1, 1j]) if False else np.array([0.0, 1.0]))
    call("log", np.array([1, np.e, np.e**2, 0]))
    call("sqrt", np.array([4, -1, -3 + 4j]))
    call("sqrt", np.array([4, -1, np.inf]))

reduces = []


def red(name, a, axis=None, dtype=None, keepdims=False, initial=np._NoValue, where=True):
    entry = {"f": name, "a": enc(a), "axis": None if axis is None else ([axis] if isinstance(axis, int) else list(axis)),
             "dtype": None if dtype is None else str(np.dtype(dtype)), "keepdims": keepdims}
    if initial is not np._NoValue:
        entry["initial"] = initial
    if where is not True:
        entry["where"] = enc(np.asarray(where))
    try:
        with np.errstate(all="ignore"):
            r = getattr(np, name).reduce(a, axis=axis, dtype=dtype, keepdims=keepdims, initial=initial, where=where)
        entry["res"] = res(r)
    except Exception as e:  # noqa: BLE001
        entry["err"] = err(e)
    reduces.append(entry)


with np.errstate(all="ignore"):
    for name in ["add", "multiply", "maximum", "minimum", "logical_and", "logical_or"]:
        for dt in DTYPES:
            vals = [1, 2, 0, 3, 4, 5] if np.dtype(dt).kind not in "fc" else [1.5, -2.0, 0.0, 3.25, 4.0, -5.5]
            a = arr(vals, dt).reshape(2, 3)
            for axis in [None, 0, 1, (0, 1), -1]:
                red(name, a, axis)
            red(name, a, 0, keepdims=True)
            red(name, a, None, keepdims=True)
            red(name, arr([], dt).reshape(0, 3), 0)
            red(name, arr([], dt).reshape(0, 3), 1)
        red(name, np.array([1.0, np.nan, 3.0]), 0)
        red(name, np.arange(24).reshape(2, 3, 4), (0, 2))
        red(name, np.arange(24).reshape(2, 3, 4), (2, 0), keepdims=True)
        red(name, np.arange(6).reshape(2, 3), 2)
        red(name, np.arange(6).reshape(2, 3), (0, 0))
        red(name, np.zeros((0,)), 0, initial=5)
        red(name, np.arange(6).reshape(2, 3), 1, initial=4)
        red(name, np.arange(6, dtype=np.int8).reshape(2, 3), 1, dtype=np.float32)
    for name in ["add", "multiply", "maximum", "minimum", "logical_or"]:
        a6 = np.arange(6.0).reshape(2, 3)
        red(name, a6, 0, where=np.array([True, False, True]))
        red(name, a6, None, where=np.array([True, False, True]))
        red(name, a6, 1, where=np.array([True, False, True]), initial=-1)
        red(name, a6, 1, where=np.array([True, False]))
        red(name, np.arange(6, dtype=np.int8).reshape(2, 3), 1, where=np.array([[True], [False]]), initial=2)
    # NumPy's pairwise summation of float runs (exact bits)
    for dt in ["float16", "float32", "float64"]:
        for n in [5, 8, 13, 100, 129, 1000, 10007]:
            red("add", (np.sin(np.arange(n)) * 3).astype(dt), None)
        m = (np.sin(np.arange(3000)) * 3).astype(dt).reshape(3, 1000)
        red("add", m, 1)
        red("add", m, None)
        red("add", m, 0)
        red("add", m[:, ::3], 1)
    for name in ["add", "maximum", "logical_or"]:
        red(name, np.array(5), None)
        red(name, np.array(5.5), 0)
        red(name, np.array(5), -1, keepdims=True)
        red(name, np.array(5), 1)
        red(name, np.array(5), ())
    red("add", np.array([-0.0, -0.0]), 0)
    red("add", np.array([-0.0]), 0)
    red("add", np.arange(6, dtype=np.uint8), 0)

accums = []
outers = []
with np.errstate(all="ignore"):
    for name in ["add", "multiply", "maximum", "minimum", "logical_and", "logical_or", "subtract", "true_divide",
                 "negative", "equal"]:
        for dt in DTYPES:
            vals = [1, 2, 0, 3, 4, 5] if np.dtype(dt).kind not in "fc" else [1.5, -2.0, 0.0, 3.25, np.nan, -5.5]
            a = arr(vals, dt).reshape(2, 3)
            for axis in [0, 1, -1, 2]:
                e = {"f": name, "a": enc(a), "axis": axis}
                try:
                    e["res"] = res(getattr(np, name).accumulate(a, axis=axis))
                except Exception as ex:  # noqa: BLE001
                    e["err"] = err(ex)
                accums.append(e)
            e = {"f": name, "a": enc(a[0]), "b": enc(arr([3, 1], dt))}
            try:
                e["res"] = res(getattr(np, name).outer(a[0], arr([3, 1], dt)))
            except Exception as ex:  # noqa: BLE001
                e["err"] = err(ex)
            outers.append(e)

out = {"types": {}, "calls": calls, "reduce": reduces, "accumulate": accums, "outer": outers}
for name in BINARY + UNARY:
    uf = getattr(np, name)
    seen = []
    for s in uf.types:
        ins, outs = s.split("->")
        if all(c in OURS for c in ins + outs):
            seen.append(s)
    ident = uf.identity
    out["types"][name] = [uf.nin, uf.nout, ident if ident is None or isinstance(ident, bool) else int(ident), seen]
OUT.write_text(json.dumps(out, indent=0, allow_nan=False))
print(len(calls), "calls,", len(reduces), "reductions,", len(accums), "accumulations,", len(outers), "outers")
