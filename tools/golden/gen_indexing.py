#!/usr/bin/env python3
"""Golden data for a[index] and a[index] = value (basic, advanced, boolean, mixed).

Writes numpy-api/src/test/resources/golden/indexing.json: {"get": [...], "set": [...]}.
Each case: "shape", "dtype" (the array is np.arange(size).reshape(shape).astype(dtype); dtype
"str" means the decimal strings of arange), "index" (text for a.get(String)), for set cases
"value" (JSON: number, bool, string, nested list), and "expr"; the expected outcome is either
"error": [type, message] or "result": {"shape", "dtype", "values" (flat C order; complex as
[re, im]), "view" (shares memory with a; get only)}.
"""
import json
import pathlib

import numpy as np

OUT = pathlib.Path(__file__).resolve().parents[2] / "numpy-api/src/test/resources/golden/indexing.json"


def make(shape, dtype, layout="C"):
    """layout "C": contiguous; "T": the transpose of a C array of the reversed shape (values
    np.arange(n).reshape(shape[::-1]).T); "R": C array with the last axis reversed (a[..., ::-1])."""
    n = int(np.prod(shape)) if shape else 1
    if layout == "T":
        base = np.arange(n).reshape(tuple(reversed(shape))).T
    else:
        base = np.arange(n).reshape(shape)
    if dtype == "str":
        base = np.array([str(i) for i in range(n)]).reshape(base.shape) if layout != "T" else \
            np.array([str(i) for i in range(n)]).reshape(tuple(reversed(shape))).T
    else:
        base = base.astype(dtype) if layout != "T" else np.arange(n).astype(dtype).reshape(tuple(reversed(shape))).T
    if layout == "R":
        base = base[..., ::-1]
    return base


def enc(v):
    if isinstance(v, (complex, np.complexfloating)):
        return [float(v.real), float(v.imag)]
    if isinstance(v, (np.bool_, bool)):
        return bool(v)
    if isinstance(v, (np.integer, int)):
        return int(v)
    if isinstance(v, (np.floating, float)):
        return float(v)
    return str(v)


def result(r, a=None):
    r = np.asarray(r)
    d = {"shape": list(r.shape), "dtype": str(r.dtype) if r.dtype.kind != "U" else "str",
         "values": [enc(x) for x in r.ravel().tolist()] if r.dtype.kind != "c" else [enc(x) for x in r.ravel()]}
    if a is not None and r.size > 0:
        d["view"] = bool(np.shares_memory(r, a))
    return d


def err(e):
    return [type(e).__name__, str(e)]


SHAPES = [(5,), (3, 4), (2, 3, 4), (0, 3), (), (2, 1, 3)]
INDEXES = [
    # basic
    "()", "...", "0", "-1", "4", "5", "-6", "1:3", "::-1", "::2", "-2:", "None", "None, ...", "..., None",
    "0, 0", "0, -1", "1, 2, 3", "0, 0, 0, 0", "..., 0", "0, ...", "..., ...", ":, None, 0", "1:, ::-2",
    "0, 1:3", "2, 4", "-4, 0", ":, 3", ":, :, 3", "1.5", "'a'", "1.5:2", "::0", "0:2, ..., 1",
    # integer arrays
    "[0]", "[0, 1]", "[-1, 0]", "[4]", "[5]", "[-6]", "[]", "[[0, 1], [1, 0]]", "[[]]",
    "[0, 0, 0]", "[0, 1], [1, 2]", "[0, 1], [1, 2, 3]", "[[0], [1]], [0, 1]", "[0, 1], :, [0, 1]",
    ":, [0, 2]", ":, [3]", "0, [0, 1]", "[0, 1], 0", ":, 0, [0, 1]", "0, :, [0, 1]", "[1], None, [0]",
    "[0, 1], ..., [0, 1]", "..., [0, 1]", "None, [0, 1]", "[0, 1], None", "[1, 0], 1:", "1:, [1, 0]",
    "[[0, 1], [1, 0]], ::-1", "::-1, [[0, 1], [1, 0]]", "[0, 1], [0, 1], [0, 1]", "[0, 1.5]", "[0], [0], [0], [0]",
    "[2, -1], ..., None", "[0, -1], 1", "[1, 1], ::2, [0]",
    # booleans
    "True", "False", "True, 0", "0, True", "..., True", "True, [0, 1]", "False, [0]", ":, True, [0, 1]",
    "[True, False, True, False, True]", "[True, False]", "[False, False, False]", "[True, True, True]",
    "[[True, False, True, False], [False, True, False, True], [True, True, False, False]]",
    "[[True, False, True], [False, True, False]]", "[True, False, True], [0, 1]", "[True, False, True], 1:",
    "1:, [True, False, True, True]", ":, [True, False, True, True]", "[True, False, True], [True, False, True, False]",
    "[[True, False, True], [True, True, False]], [0, 1, 2, 3]", "[True, False], [[True, False, True]]",
    "[True]", "[[[True, False, True]], [[False, True, True]]]", "[True, False, True], None",
    "[[True, False, False, True], [True, True, False, False], [False, True, False, True]], None",
    "..., [True, False, True, False]", "[[True], [False], [True]]",
]
DTYPES_EXTRA = ["float64", "complex128", "bool", "uint8", "int32", "float32", "int16", "float16", "str", "uint64"]
EXTRA_INDEXES = ["[0, 1]", "[-1, 0], 1:", "[[True, False, True, False], [False, True, False, True], [True, True, False, False]]",
                 ":, [0, 2]", "[1, 0], [3, 1]", "::-1, [0]"]

SET_CASES = [
    # (shape, dtype, index, value)
    ((5,), "int64", "[0, 2]", 9), ((5,), "int64", "[0, 2]", [7, 8]), ((5,), "int64", "[0, 2]", [7, 8, 9]),
    ((5,), "int64", "[0, 0, 0]", [1, 2, 3]), ((5,), "int64", "[4, 3]", 1.9), ((5,), "int64", "[-1]", -3),
    ((5,), "int64", "[5]", 1), ((5,), "int64", "[True, False, True, False, True]", [10, 20, 30]),
    ((5,), "int64", "[True, False, True, False, True]", [10, 20]), ((5,), "int64", "[True, False, True, False, True]", 7),
    ((5,), "int64", "[True, False, True, False, True]", [[1, 2, 3]]),
    ((5,), "int64", "[True, False]", 1), ((5,), "int64", "1:3", [1, 2, 3]), ((5,), "int64", "1:4", [1, 2, 3]),
    ((5,), "int64", "1:4", [[1, 2, 3]]), ((5,), "int64", "0", "abc"), ((5,), "int64", "[0]", "abc"),
    ((5,), "int64", "[0]", "12"), ((5,), "int64", "...", 3), ((5,), "int64", "::-1", [0, 1, 2, 3, 4]),
    ((5,), "int64", "[]", 5), ((5,), "int64", "[]", [1, 2]), ((5,), "int64", "True", 4), ((5,), "int64", "False", 4),
    ((5,), "float64", "[1, 3]", [0.5, 1.5]), ((5,), "float64", "[1, 3]", True), ((5,), "bool", "[1, 3]", 0),
    ((5,), "complex128", "[1, 3]", 2.5), ((5,), "uint8", "[0, 1]", [300, -1]), ((5,), "float32", "[0, 1]", 1e10),
    ((5,), "str", "[0, 1]", ["x", "yy"]), ((5,), "str", "[0, 1]", 7),
    ((3, 4), "int64", "[0, 2]", 0), ((3, 4), "int64", "[0, 2]", [1, 2, 3, 4]), ((3, 4), "int64", "[0, 2]", [1, 2]),
    ((3, 4), "int64", "[0, 2]", [[1], [2]]), ((3, 4), "int64", "[0, 2]", [[1, 2, 3, 4], [5, 6, 7, 8]]),
    ((3, 4), "int64", "[0, 2], [1, 3]", [7, 8]), ((3, 4), "int64", "[0, 2], [1, 3]", [7, 8, 9]),
    ((3, 4), "int64", "[0, 2], [1, 3]", [[7, 8]]), ((3, 4), "int64", "[0, 2], [1, 3]", [[7], [8]]),
    ((3, 4), "int64", ":, [1, 3]", [[1, 2], [3, 4], [5, 6]]), ((3, 4), "int64", ":, [1, 3]", [1, 2]),
    ((3, 4), "int64", ":, [1, 3]", [1, 2, 3]), ((3, 4), "int64", "[[0], [2]], [1, 3]", [[1, 2], [3, 4]]),
    ((3, 4), "int64", "[[True, False, True, False], [False, True, False, True], [True, True, False, False]]", -1),
    ((3, 4), "int64", "[[True, False, True, False], [False, True, False, True], [True, True, False, False]]",
     [1, 2, 3, 4, 5, 6]),
    ((3, 4), "int64", "[[True, False, True, False], [False, True, False, True], [True, True, False, False]]", [1, 2]),
    ((3, 4), "int64", "[True, False, True]", [9, 8, 7, 6]), ((3, 4), "int64", "[True, False, True]", [9, 8]),
    ((3, 4), "int64", "[True, False, True], 1:", [[1, 2, 3], [4, 5, 6]]), ((3, 4), "int64", "0", [1, 2, 3]),
    ((3, 4), "int64", "0", [[[1, 2, 3, 4]]]), ((3, 4), "int64", ":", [[[1, 2, 3, 4]]]), ((3, 4), "int64", ":", [[1, 2]]),
    ((3, 4), "int64", "[0, 1]", [[[1, 2, 3, 4]]]), ((3, 4), "int64", "[0, 1]", [[[[1, 2, 3, 4]]], [[[1, 2, 3, 4]]]]),
    ((3, 4), "int64", "1, [0, 0, 3]", [5, 6, 7]), ((3, 4), "int64", "[0, 0], [1, 1]", [5, 6]),
    ((3, 4), "int64", "[3]", 1), ((3, 4), "int64", "0, 0, 0", 1), ((3, 4), "int64", "..., ...", 1),
    ((3, 4), "int64", "1.5", 1), ((3, 4), "complex128", "[0, 2], ::2", [[1, 2], [3, 4]]),
    ((2, 3, 4), "int64", "0, :, [0, 1]", [[1, 2, 3], [4, 5, 6]]), ((2, 3, 4), "int64", "0, :, [0, 1]", [[1, 2], [4, 5], [7, 8]]),
    ((2, 3, 4), "int64", ":, 0, [0, 1]", [[1, 2], [4, 5]]), ((2, 3, 4), "int64", "[1, 0], ..., [3, 2]", 0),
    ((2, 3, 4), "float64", "..., [True, False, True, False]", [1.5, 2.5]), ((2, 3, 4), "int64", "None, [1], None", 5),
    ((), "int64", "()", 5), ((), "int64", "True", 5), ((), "int64", "...", [5]), ((), "int64", "0", 5),
    ((0, 3), "int64", "[]", 1), ((0, 3), "int64", ":, [0, 2]", 1), ((0, 3), "int64", ":, [3]", 1),
]

LAYOUT_INDEXES = ["[0, 1]", "[[1, 0], [2, 2]]", ":, [0, 2]", "..., [3, 0]", "[1, 0], ::-1", "[0, 2], [1, 3]",
                  "1:, [2, 0]", "[1], :, [0]", "None, [0, 1], None", "[True, False, True]",
                  "[[True, False, True, False], [False, True, False, True], [True, True, False, False]]",
                  "..., [True, False, True, True]", "0, [1, 0]", "0, :, [1, 0]", ":, 0, [1, 0]"]
LAYOUT_SETS = [((3, 4), "[0, 2]", [[1, 2, 3, 4], [5, 6, 7, 8]]), ((3, 4), ":, [0, 2]", [1, 2]),
               ((3, 4), "[0, 2], [1, 3]", 9), ((2, 3, 4), "..., [3, 0]", [7, 8]),
               ((3, 4), "[[True, False, True, False], [False, True, False, True], [True, True, False, False]]",
                [1, 2, 3, 4, 5, 6]), ((2, 3, 4), "1, :, [1, 0]", [[1, 2, 3], [4, 5, 6]])]


def main():
    gets = []
    for shape in SHAPES:
        for idx in INDEXES:
            gets.append(case_get(shape, "int64", idx))
    for dt in DTYPES_EXTRA:
        for idx in EXTRA_INDEXES:
            gets.append(case_get((3, 4), dt, idx))
    for layout in ("T", "R"):
        for shape in [(3, 4), (2, 3, 4)]:
            for idx in LAYOUT_INDEXES:
                gets.append(case_get(shape, "int64", idx, layout))
        for idx in EXTRA_INDEXES:
            gets.append(case_get((3, 4), "complex128", idx, layout))
            gets.append(case_get((3, 4), "str", idx, layout))
    sets = [case_set(*c) for c in SET_CASES]
    for layout in ("T", "R"):
        for shape, idx, value in LAYOUT_SETS:
            sets.append(case_set(shape, "int64", idx, value, layout))
        for shape, idx, value in LAYOUT_SETS[:4]:
            sets.append(case_set(shape, "complex128", idx, value, layout))
    OUT.write_text(json.dumps({"numpy": np.__version__, "get": gets, "set": sets}, indent=0) + "\n")
    print(f"{len(gets)} get cases, {len(sets)} set cases -> {OUT}")


def case_get(shape, dtype, idx, layout="C"):
    a = make(shape, dtype, layout)
    c = {"shape": list(shape), "dtype": dtype, "index": idx, "expr": f"a[{idx}]"}
    if layout != "C":
        c["layout"] = layout
    try:
        r = eval(f"a[{idx}]", {"a": a, "np": np})
        # a NumPy scalar (integer-only index) is a 0-d view in Java: no view check
        c["result"] = result(r, a if isinstance(r, np.ndarray) else None)
    except Exception as e:  # noqa: BLE001
        c["error"] = err(e)
    return c


def case_set(shape, dtype, idx, value, layout="C"):
    a = make(shape, dtype, layout)
    c = {"shape": list(shape), "dtype": dtype, "index": idx, "value": value, "expr": f"a[{idx}] = {value!r}"}
    if layout != "C":
        c["layout"] = layout
    try:
        exec(f"a[{idx}] = value", {"a": a, "np": np, "value": value})
        c["result"] = result(a)
    except Exception as e:  # noqa: BLE001
        c["error"] = err(e)
    return c


if __name__ == "__main__":
    main()
