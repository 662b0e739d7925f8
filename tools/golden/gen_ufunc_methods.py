#!/usr/bin/env python3
"""Golden data for ufunc.at, ufunc.reduceat and reduce/accumulate with out= and initial=None.

Writes numpy-api/src/test/resources/golden/ufunc_methods.json:
  "at":       [{"f", "a": operand, "T": transpose a first, "flat": [C-order flat positions in a],
                "b": operand | null, "res": a afterwards | "err"}]
  "reduceat": [{"f", "a", "indices": [..], "axis", "dtype": null | name, "out": operand?, "res" | "err"}]
  "reduce":   [{"f", "a", "axis": null | [..], "out": operand?, "initial": "None"?, "where": operand?,
                "res" | "err"}]   (reduce with out= or initial=None, the numpy-jvm additions)
  "accumulate": [{"f", "a", "axis", "out": operand, "res" | "err"}]
Operands and results as in gen_ufuncs.py ({"a": dtype, "shape", "v"} | {"int"} | {"float"} ...);
with out= "res" is the out array afterwards. Run: python3 tools/golden/gen_ufunc_methods.py
"""
import json
import pathlib

import numpy as np

from ufunc_golden_common import enc, enc_values, err

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "numpy-api/src/test/resources/golden/ufunc_methods.json"


def res(r):
    r = np.asarray(r)
    return {"dtype": str(r.dtype), "shape": list(r.shape), "v": enc_values(r)}


def run(entry, fn):
    try:
        entry["res"] = res(fn())
    except Exception as e:  # noqa: BLE001 - recorded as the expected error
        entry["err"] = err(e)


at, reduceat, reduce, accumulate = [], [], [], []


def case_at(f, a, flat, b=None, T=False):
    entry = {"f": f, "a": enc(a), "T": T, "flat": list(flat), "b": None if b is None else enc(b)}

    def go():
        x = a.T if T else a
        idx = np.unravel_index(np.asarray(flat, dtype=np.int64), x.shape)
        if b is None:
            getattr(np, f).at(x, idx)
        else:
            getattr(np, f).at(x, idx, b)
        return x.copy()
    run(entry, go)
    at.append(entry)


def case_reduceat(f, a, indices, axis=0, dtype=None, out=None):
    entry = {"f": f, "a": enc(a), "indices": list(indices), "axis": axis, "dtype": dtype}
    if out is not None:
        entry["out"] = enc(out)
    run(entry, lambda: getattr(np, f).reduceat(a, indices, axis=axis, dtype=dtype, out=out))
    reduceat.append(entry)


def case_reduce(f, a, axis=0, out=None, initial=np._NoValue, where=True):
    entry = {"f": f, "a": enc(a), "axis": None if axis is None else [axis] if isinstance(axis, int) else list(axis)}
    if out is not None:
        entry["out"] = enc(out)
    if initial is None:
        entry["initial"] = "None"
    if where is not True:
        entry["where"] = enc(np.asarray(where))
    run(entry, lambda: getattr(np, f).reduce(a, axis=axis, out=out, initial=initial, where=where))
    reduce.append(entry)


def case_accumulate(f, a, axis, out):
    entry = {"f": f, "a": enc(a), "axis": axis, "out": enc(out)}
    run(entry, lambda: getattr(np, f).accumulate(a, axis=axis, out=out))
    accumulate.append(entry)


i64 = np.array([5, -3, 7, 2, 0, 9, -8, 4], dtype=np.int64)
f64 = np.array([0.5, -1.25, 3.0, 1e300, -0.0, 2.5], dtype=np.float64)
with np.errstate(all="ignore"):
    # at: repeated positions accumulate, per-element casts, unary, views, errors
    case_at("add", np.zeros(5, np.int64), [0, 0, 3, 0], 1)
    case_at("add", np.arange(6.0), [1, 1, 5], np.array([10.0, 20.0, 30.0]))
    case_at("add", np.zeros(3, np.int64), [0, 0, 1], 1.5)
    case_at("add", np.zeros(3, np.int8), [0, 0, 2], np.array([100, 100, 300]))
    case_at("add", np.zeros(3, np.uint8), [1, 1, 1], 100)
    case_at("add", np.zeros(2, np.float32), [0, 0], np.array([1e-8, 1.0]))
    case_at("add", np.zeros(2, np.float16), [0, 0, 0], 0.1)
    case_at("add", np.array([1 + 2j, 3j]), [1, 1], np.array([1 - 1j, 2 + 0.5j]))
    case_at("subtract", np.arange(4, dtype=np.int32), [3, 3, 0], 2)
    case_at("multiply", np.ones(4), [1, 1, 1], 2)
    case_at("multiply", np.array([True, True, False]), [0, 1, 1], np.array([True, False, True]))
    case_at("maximum", np.array([3, 1, 4], np.uint8), [1, 1, 2], np.array([2, 5, 1], np.uint8))
    case_at("minimum", np.array([3.0, np.nan, 4.0]), [0, 2, 2], np.array([np.nan, 1.0, 2.0]))
    case_at("true_divide", np.array([8.0, 9.0]), [0, 0, 1], 2.0)
    case_at("floor_divide", np.array([17, -17], np.int64), [0, 0, 1], 3)
    case_at("bitwise_or", np.zeros(3, np.int16), [0, 0, 2], np.array([1, 4, 8], np.int16))
    case_at("left_shift", np.ones(2, np.int64), [0, 0, 0], 2)
    case_at("negative", np.arange(4), [0, 1, 1, 3])
    case_at("absolute", np.array([-1.5, 2.0, -3.0]), [0, 2])
    case_at("sqrt", np.array([16.0, 2.0]), [0, 0, 1])
    case_at("sqrt", np.array([1, 4, 9]), [1, 2])
    case_at("add", np.arange(12).reshape(3, 4), [1, 1, 11, 4], np.array([[1, 2, 3, 4]]).ravel())
    case_at("add", np.arange(12).reshape(3, 4), [0, 5, 5], 1, T=True)
    # many updates, few repeats (numpy-jvm's rounds path) and many repeats of few elements
    many = [int(v) for v in (np.arange(300) * 37) % 100]
    vals = np.arange(300) % 11 - 5
    case_at("add", np.zeros(100, np.int64), many, vals)
    case_at("add", np.zeros(100, np.int32), many, vals * 0.75)
    case_at("add", np.zeros(100, np.float16), many, 0.1)
    case_at("multiply", np.full(100, 1 + 1j), many, np.array(vals * (0.5 + 0.25j)))
    case_at("maximum", np.zeros(100, np.uint8), many, np.array(vals + 5, np.uint8))
    case_at("subtract", np.arange(100.0).reshape(10, 10), many, 1.5, T=True)
    case_at("negative", np.arange(100), many)
    case_at("add", np.zeros(4, np.int8), [int(v) for v in np.arange(200) % 3], 7)
    case_at("add", np.zeros(3), [0, 1], np.array([1.0, 2.0, 3.0]))
    case_at("add", np.zeros(3), [0])
    case_at("negative", np.zeros(3), [0], 1)

    # reduceat
    case_reduceat("add", np.arange(8), [0, 4, 1, 5])
    case_reduceat("add", np.arange(8, dtype=np.int8), [0, 4])
    case_reduceat("add", np.arange(8, dtype=np.uint16), [0, 7, 7, 2])
    case_reduceat("multiply", np.array([True, False, True]), [0, 2])
    case_reduceat("add", f64, [0, 3, 5])
    case_reduceat("add", f64.astype(np.float32), [1, 2, 0])
    case_reduceat("maximum", i64, [0, 3, 6])
    case_reduceat("minimum", i64, [2, 1])
    case_reduceat("subtract", i64, [0, 4, 6])
    case_reduceat("logical_or", np.array([0, 0, 1, 0]), [0, 2, 3])
    case_reduceat("add", np.arange(12).reshape(3, 4), [0, 2], 1)
    case_reduceat("add", np.arange(12.0).reshape(3, 4), [0, 2, 2], 0)
    case_reduceat("add", np.arange(12).reshape(3, 4), [1, 0], -1)
    case_reduceat("add", np.arange(8), [])
    case_reduceat("add", np.arange(4), [0, 2], dtype="float64")
    case_reduceat("add", np.arange(4), [0, 2], out=np.zeros(2))
    case_reduceat("add", np.arange(8), [0, 10])
    case_reduceat("add", np.arange(8), [-1])
    case_reduceat("add", np.arange(12).reshape(3, 4), [0], 2)
    case_reduceat("sqrt", np.arange(3.0), [0])

    # reduce with out= (the loop dtype follows out's) and initial=None (no identity)
    case_reduce("add", np.array([255, 1], np.uint8), out=np.zeros((), np.uint8))
    case_reduce("add", np.array([1.5, 2.5]), out=np.zeros((), np.int64))
    case_reduce("add", np.array([100, 100], np.int8), out=np.zeros((), np.int64))
    case_reduce("add", np.arange(6).reshape(2, 3), 0, out=np.zeros(3))
    case_reduce("multiply", np.arange(1, 7).reshape(2, 3), 1, out=np.zeros(2, np.int32))
    case_reduce("maximum", np.array([3, 9, 2]), out=np.zeros((), np.float32))
    case_reduce("add", np.array([1, 2]), out=np.zeros((1,)))
    case_reduce("add", np.zeros((0,)), initial=None)
    case_reduce("add", np.zeros((0, 3)), 1, initial=None)
    case_reduce("add", np.zeros((0, 3)), 0, initial=None)
    case_reduce("add", np.array([1.5, 2.0]), initial=None)
    case_reduce("multiply", np.array([[2, 3], [4, 5]]), None, initial=None)
    case_reduce("add", np.array([1, 2]), initial=None, where=[True, False])

    # accumulate with out=
    case_accumulate("add", np.array([200, 50, 10], np.uint8), 0, np.zeros(3, np.uint8))
    case_accumulate("add", np.array([1.5, 2.5]), 0, np.zeros(2, np.int64))
    case_accumulate("multiply", np.arange(1, 7).reshape(2, 3), 1, np.zeros((2, 3)))

OUT.write_text(json.dumps({"numpy": np.__version__, "at": at, "reduceat": reduceat, "reduce": reduce,
                           "accumulate": accumulate}, indent=1) + "\n")
print("%d at, %d reduceat, %d reduce, %d accumulate -> %s" % (len(at), len(reduceat), len(reduce), len(accumulate),
                                                            OUT.relative_to(ROOT)))
