#!/usr/bin/env python3
"""Golden data for the ufuncs' string loops: comparisons, add, multiply by a count (with out=) and
logical_and/or/xor of U (str_) and S (bytes_) arrays, and NumPy's errors for strings with other operands.

Writes numpy-api/src/test/resources/golden/string_ufuncs.json: a list of
  {"expr", "f", "method": "call" | "reduce" | "accumulate" | "reduceat" | "outer" | "at",
   "args": [operand, ...], "kw": {"out"?: operand, "where"?: operand, "dtype"?: str, "casting"?: str,
   "axis"?: int}, "res": result | "err": [type, message]}
Operands: {"a": dtype, "shape", "v": [...]} (str_ values as text, bytes_ values as text of code points
0-255), {"str": text}, {"bytes": text}, or gen_ufuncs.py's {"int"}, {"float"}, {"bool"}, {"complex"}.
Results: {"dtype", "shape", "v"} the same way (for "at": the array afterwards).
Run: python3 tools/golden/gen_string_ufuncs.py
"""
import json
import pathlib

import numpy as np

from ufunc_golden_common import enc, err

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "numpy-api/src/test/resources/golden/string_ufuncs.json"


def values(a):
    flat = a.ravel(order="C").tolist() if a.ndim else [a.item()]
    if a.dtype.kind == "S":
        return [v.decode("latin-1") for v in flat]
    if a.dtype.kind == "U":
        return list(flat)
    if a.dtype.kind == "b":
        return [bool(v) for v in flat]
    if a.dtype.kind == "f":
        return [repr(float(v)) for v in flat]
    return [int(v) for v in flat]


def operand(x):
    if isinstance(x, np.ndarray):
        return {"a": x.dtype.str if x.dtype.kind in "US" else str(x.dtype), "shape": list(x.shape), "v": values(x)}
    if isinstance(x, str):
        return {"str": x}
    if isinstance(x, bytes):
        return {"bytes": x.decode("latin-1")}
    return enc(x)


def result(r):
    r = np.asarray(r)
    return {"dtype": r.dtype.str if r.dtype.kind in "US" else str(r.dtype), "shape": list(r.shape), "v": values(r)}


CASES = []


def case(expr, f, args, method="call", **kw):
    entry = {"expr": expr, "f": f, "method": method, "args": [operand(a) for a in args],
             "kw": {k: (operand(v) if isinstance(v, np.ndarray) else v) for k, v in kw.items()}}
    try:
        uf = getattr(np, f)
        if method == "call":
            r = uf(*args, **{k: (np.dtype(v) if k == "dtype" else v) for k, v in kw.items()})
        elif method == "outer":
            r = uf.outer(*args)
        elif method == "at":
            a = args[0].copy()
            uf.at(a, args[1], args[2])
            r = a
        elif method == "reduceat":
            r = uf.reduceat(args[0], args[1], **kw)
        else:
            r = getattr(uf, method)(args[0], **kw)
        if "out" in kw:
            r = kw["out"]
        entry["res"] = result(r)
    except Exception as e:  # noqa: BLE001 - recorded as the expected error
        entry["err"] = err(e)
    CASES.append(entry)


U = np.array(["a", "bc", "", "abc", "b\x00c"])
U2 = np.array(["a", "b", "abc", "ab", "b"], dtype="U3")
S = np.array([b"a", b"bc", b"", b"\xff", b"a\x00b"])
S2 = np.array([b"a", b"b", b"\x7f", b"\xfe", b"a"], dtype="S4")
CMP = ["equal", "not_equal", "less", "less_equal", "greater", "greater_equal"]

for f in CMP:
    case(f"np.{f}(U, U2)", f, [U, U2])
    case(f"np.{f}(S, S2)", f, [S, S2])
    case(f"np.{f}(U, 'b')", f, [U, "b"])
    case(f"np.{f}('ab', U)", f, ["ab", U])
    case(f"np.{f}(S, b'a')", f, [S, b"a"])
    case(f"np.{f}(U[:, None], U2)", f, [U[:, None], U2])
    case(f"np.{f}(U, S)", f, [U, S])
    case(f"np.{f}(S, U)", f, [S, U])
    case(f"np.{f}(U, 1)", f, [U, 1])
    case(f"np.{f}(1.5, S)", f, [1.5, S])
    case(f"np.{f}(U, np.arange(5))", f, [U, np.arange(5)])
    case(f"np.{f}(np.arange(5.0), U)", f, [np.arange(5.0), U])
    case(f"np.{f}(U, True)", f, [U, True])
# code point order beyond the BMP, surrogates; trailing NULs do not count
case("np.less(['\\U0001F600', '\\uffff', '\\ud7ff'], '\\uffff')", "less",
     [np.array(["\U0001F600", "\uffff", "\ud7ff"]), "\uffff"])
case("np.greater(['\\U0001F600', '\\U0001F601'], '\\U0001F600')", "greater",
     [np.array(["\U0001F600", "\U0001F601"]), "\U0001F600"])
case("np.equal(['a\\x00'], 'a')", "equal", [np.array(["a\x00"]), "a"])
case("np.less(['a\\x00b'], 'a')", "less", [np.array(["a\x00b"]), "a"])
case("np.less_equal(S, b'a\\x00')", "less_equal", [S, b"a\x00"])
case("np.equal(U, 'b\\x00c\\x00')", "equal", [U, "b\x00c\x00"])
# 0-d, empty, strided, byte order
case("np.equal(np.array('ab'), 'ab')", "equal", [np.array("ab"), "ab"])
case("np.less(np.array([], 'U3'), 'a')", "less", [np.array([], "U3"), "a"])
case("np.less(np.zeros((2, 0), 'S2'), np.zeros(0, 'S5'))", "less", [np.zeros((2, 0), "S2"), np.zeros(0, "S5")])
case("np.equal(U[::-2], U[::2])", "equal", [U[::-2], U[::2]])
case("np.equal(np.array([['a', 'b'], ['c', 'd']]).T, 'c')", "equal", [np.array([["a", "b"], ["c", "d"]]).T, "c"])
case("np.equal(np.array(['a', 'b'], '>U3'), 'a')", "equal", [np.array(["a", "b"], ">U3"), "a"])
case("np.equal(U, U2[:3])", "equal", [U, U2[:3]])
# out=, where=, dtype=, casting=
case("np.less(U, 'b', out=np.zeros(5, bool))", "less", [U, "b"], out=np.zeros(5, bool))
case("np.less(U, 'b', out=np.zeros(5, int))", "less", [U, "b"], out=np.zeros(5, int))
case("np.less(U, 'b', out=np.zeros(5, 'U1'))", "less", [U, "b"], out=np.zeros(5, "U1"))
case("np.equal(U, U, out=np.zeros(5, 'S5'))", "equal", [U, U], out=np.zeros(5, "S5"))
case("np.less(U, 'b', out=np.zeros(5, 'U5'), casting='safe')", "less", [U, "b"], out=np.zeros(5, "U5"), casting="safe")
case("np.less(U, 'b', out=np.zeros(5, float), casting='no')", "less", [U, "b"], out=np.zeros(5, float), casting="no")
case("np.equal(U, 'a', out=np.zeros((2, 5), bool))", "equal", [U, "a"], out=np.zeros((2, 5), bool))
case("np.equal(U, 'a', out=np.zeros(3, bool))", "equal", [U, "a"], out=np.zeros(3, bool))
case("np.less(U, 'b', out=np.ones(5, bool), where=[True, False, True, False, True])", "less", [U, "b"],
     out=np.ones(5, bool), where=np.array([True, False, True, False, True]))
case("np.equal(U, U2, dtype=bool)", "equal", [U, U2], dtype="bool")
case("np.equal(U, U2, dtype=int)", "equal", [U, U2], dtype="int64")
case("np.equal(U, U2, dtype='U')", "equal", [U, U2], dtype="U")
case("np.equal(U, U2, dtype='U3')", "equal", [U, U2], dtype="U3")
case("np.equal(U, U2, casting='no')", "equal", [U, U2], casting="no")
# add
case("np.add(U, U2)", "add", [U, U2])
case("np.add(S, S2)", "add", [S, S2])
case("np.add(U, 'xy')", "add", [U, "xy"])
case("np.add('xy', U)", "add", ["xy", U])
case("np.add(S, b'\\x00z')", "add", [S, b"\x00z"])
case("np.add(U, '\\x00')", "add", [U, "\x00"])
case("np.add(U, '')", "add", [U, ""])
case("np.add(U[:, None], U2)", "add", [U[:, None], U2])
case("np.add(np.array('ab'), 'c')", "add", [np.array("ab"), "c"])
case("np.add(np.array([], 'S3'), b'a')", "add", [np.array([], "S3"), b"a"])
case("np.add(np.array(['a', 'b'], '>U3'), 'a')", "add", [np.array(["a", "b"], ">U3"), "a"])
case("np.add(U, U, out=np.zeros(5, 'U3'))", "add", [U, U], out=np.zeros(5, "U3"))
case("np.add(U, U, out=np.zeros(5, 'U9'))", "add", [U, U], out=np.zeros(5, "U9"))
case("np.add(S[:3], S[:3], out=np.zeros(3, 'U9'))", "add", [S[:3], S[:3]], out=np.zeros(3, "U9"))
case("np.add(U, U, out=np.zeros(5, 'S9'))", "add", [U, U], out=np.zeros(5, "S9"))
case("np.add(U, U, out=np.zeros(5, int))", "add", [U, U], out=np.zeros(5, int))
case("np.add(U, U, out=np.zeros(5, 'U3'), casting='safe')", "add", [U, U], out=np.zeros(5, "U3"), casting="safe")
case("np.add(U, U, out=np.zeros(5, 'U6'), casting='no')", "add", [U, U], out=np.zeros(5, "U6"), casting="no")
case("np.add(U, U, out=np.zeros(5, 'U8'), casting='no')", "add", [U, U], out=np.zeros(5, "U8"), casting="no")
case("np.add(U, 'x', out=np.array(['q'] * 5, 'U4'), where=[True, False, True, False, False])", "add", [U, "x"],
     out=np.array(["q"] * 5, "U4"), where=np.array([True, False, True, False, False]))
case("np.add(U, U, dtype='U')", "add", [U, U], dtype="U")
case("np.add(U, U, dtype=int)", "add", [U, U], dtype="int64")
case("np.add(U, U, dtype='U3')", "add", [U, U], dtype="U3")
case("np.add(U, S)", "add", [U, S])
case("np.add(S, 'a')", "add", [S, "a"])
case("np.add(U, 1)", "add", [U, 1])
case("np.add(1.5, S)", "add", [1.5, S])
case("np.add(np.arange(5, dtype=np.int8), U)", "add", [np.arange(5, dtype=np.int8), U])
case("np.add(U, True)", "add", [U, True])
case("np.add(U, 2**70)", "add", [U, 2**70])
# ufuncs without string loops
for f in ["subtract", "maximum", "minimum", "fmax", "fmin", "gcd", "multiply"]:
    case(f"np.{f}(U, U2)", f, [U, U2])
    case(f"np.{f}(U, S)", f, [U, S])
    case(f"np.{f}(S, 1.5)", f, [S, 1.5])
case("np.subtract(U, 1)", "subtract", [U, 1])
case("np.maximum(U, 1j)", "maximum", [U, 1j])
for f in ["negative", "positive", "absolute", "sign"]:
    case(f"np.{f}(U)", f, [U])
    case(f"np.{f}(S)", f, [S])
for f in ["sqrt", "arctan2", "power"]:
    case(f"np.{f}(*[U] * nin)", f, [U] * getattr(np, f).nin)
# multiply by a count: only with out= (the loop's output is out's dtype: the result is cut to its width)
OUT_ERR = [("np.multiply(U, 2)", [U, 2]), ("np.multiply(2, U)", [2, U]), ("np.multiply(U, -1)", [U, -1]),
           ("np.multiply(S, np.arange(5))", [S, np.arange(5)]), ("np.multiply(np.arange(5, dtype=np.uint8), S)",
                                                               [np.arange(5, dtype=np.uint8), S]),
           ("np.multiply(U, np.int64(2))", [U, np.array(2)])]
for expr, args in OUT_ERR:
    case(expr, "multiply", args)
case("np.multiply(U, 2, dtype=int)", "multiply", [U, 2], dtype="int64")
case("np.multiply(U, 2**70)", "multiply", [U, 2**70])
case("np.multiply(U, 2**70, out=np.zeros(5, 'U4'))", "multiply", [U, 2**70], out=np.zeros(5, "U4"))
case("np.multiply(U, 2**63, out=np.zeros(5, 'U4'))", "multiply", [U, 2**63], out=np.zeros(5, "U4"))
case("np.multiply(U, -2**63 - 1, out=np.zeros(5, 'U4'))", "multiply", [U, -2**63 - 1], out=np.zeros(5, "U4"))
case("np.multiply(U, -2**63, out=np.zeros(5, 'U4'))", "multiply", [U, -2**63], out=np.zeros(5, "U4"))
case("np.multiply(U, 2, out=np.zeros(5, 'U6'))", "multiply", [U, 2], out=np.zeros(5, "U6"))
case("np.multiply(2, U, out=np.zeros(5, 'U6'))", "multiply", [2, U], out=np.zeros(5, "U6"))
case("np.multiply(U, 3, out=np.zeros(5, 'U4'))", "multiply", [U, 3], out=np.zeros(5, "U4"))
case("np.multiply(U, 3, out=np.zeros(5, 'U1'))", "multiply", [U, 3], out=np.zeros(5, "U1"))
case("np.multiply(U, -1, out=np.full(5, 'x', 'U4'))", "multiply", [U, -1], out=np.full(5, "x", "U4"))
case("np.multiply(U, 0, out=np.full(5, 'x', 'U4'))", "multiply", [U, 0], out=np.full(5, "x", "U4"))
case("np.multiply(U, [0, 1, 2, 3, 4], out=np.zeros(5, 'U9'))", "multiply", [U, np.arange(5)], out=np.zeros(5, "U9"))
case("np.multiply(np.arange(5)[::-1], U, out=np.zeros(5, 'U9'))", "multiply", [np.arange(5)[::-1], U], out=np.zeros(5, "U9"))
case("np.multiply(U[:, None], [1, 2], out=np.zeros((5, 2), 'U5'))", "multiply", [U[:, None], np.array([1, 2])],
     out=np.zeros((5, 2), "U5"))
case("np.multiply('ab', [[1], [2], [3]], out=np.zeros((3, 1), 'U5'))", "multiply", ["ab", np.array([[1], [2], [3]])],
     out=np.zeros((3, 1), "U5"))
case("np.multiply(U, 2, out=np.zeros(3, 'U4'))", "multiply", [U, 2], out=np.zeros(3, "U4"))
case("np.multiply(U, 2, out=np.zeros((2, 5), 'U4'))", "multiply", [U, 2], out=np.zeros((2, 5), "U4"))
case("np.multiply(S, 3, out=np.zeros(5, 'S5'))", "multiply", [S, 3], out=np.zeros(5, "S5"))
case("np.multiply(2, S, out=np.zeros(5, 'S3'))", "multiply", [2, S], out=np.zeros(5, "S3"))
case("np.multiply(S, 2, out=np.zeros(5, 'U4'))", "multiply", [S, 2], out=np.zeros(5, "U4"))
case("np.multiply(U, 2, out=np.zeros(5, 'S4'))", "multiply", [U, 2], out=np.zeros(5, "S4"))
case("np.multiply(U, 2, out=np.zeros(5, int))", "multiply", [U, 2], out=np.zeros(5, int))
case("np.multiply(S, 2, out=np.zeros(5, float))", "multiply", [S, 2], out=np.zeros(5, float))
case("np.multiply(U, 2, out=np.zeros(5, bool))", "multiply", [U, 2], out=np.zeros(5, bool))
case("np.multiply(S, 2, out=np.zeros(5, 'U4'), casting='no')", "multiply", [S, 2], out=np.zeros(5, "U4"), casting="no")
case("np.multiply(U, 2, out=np.zeros(5, 'U4'), casting='no')", "multiply", [U, 2], out=np.zeros(5, "U4"), casting="no")
for dt in ["int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64"]:
    case(f"np.multiply(U, np.array([2, 1, 3, 0, 2], {dt}), out=np.zeros(5, 'U6'))", "multiply",
         [U, np.array([2, 1, 3, 0, 2], dt)], out=np.zeros(5, "U6"))
case("np.multiply(U, np.array(2**63, np.uint64), out=np.zeros(5, 'U4'))", "multiply",
     [U, np.array(2**63, np.uint64)], out=np.zeros(5, "U4"))
case("np.multiply(U, np.array(255, np.uint8).astype(np.int8), out=np.zeros(5, 'U4'))", "multiply",
     [U, np.array(-1, np.int8)], out=np.zeros(5, "U4"))
case("np.multiply(U, np.array(3, np.uint64), out=np.zeros(5, 'U4'), casting='safe')", "multiply",
     [U, np.array(3, np.uint64)], out=np.zeros(5, "U4"), casting="safe")
case("np.multiply(np.array(3, np.int32), U, out=np.zeros(5, 'U4'), casting='no')", "multiply",
     [np.array(3, np.int32), U], out=np.zeros(5, "U4"), casting="no")
case("np.multiply(U, np.array(3, np.int32), out=np.zeros(5, 'U4'), casting='equiv')", "multiply",
     [U, np.array(3, np.int32), ], out=np.zeros(5, "U4"), casting="equiv")
case("np.multiply(U, np.array(3, np.int32), out=np.zeros(5, 'U4'), casting='safe')", "multiply",
     [U, np.array(3, np.int32)], out=np.zeros(5, "U4"), casting="safe")
case("np.multiply(U, np.array(3, np.uint64), out=np.zeros(5, 'U4'), casting='unsafe')", "multiply",
     [U, np.array(3, np.uint64)], out=np.zeros(5, "U4"), casting="unsafe")
case("np.multiply(U, 2, out=np.zeros(5, 'U4'), dtype='U')", "multiply", [U, 2], out=np.zeros(5, "U4"), dtype="U")
case("np.multiply(U, 2, out=np.zeros(5, 'U4'), dtype=int)", "multiply", [U, 2], out=np.zeros(5, "U4"), dtype="int64")
case("np.multiply(U, 2, out=np.zeros(5, 'U4'), dtype=float)", "multiply", [U, 2], out=np.zeros(5, "U4"), dtype="float64")
case("np.multiply(U, 2, out=np.zeros(5, 'U4'), dtype='U4')", "multiply", [U, 2], out=np.zeros(5, "U4"), dtype="U4")
case("np.multiply(U, 2, out=np.full(5, 'q', 'U4'), where=[True, False, True, False, True])", "multiply", [U, 2],
     out=np.full(5, "q", "U4"), where=np.array([True, False, True, False, True]))
case("np.multiply(U, 2, out=np.zeros(5, '>U4'))", "multiply", [U, 2], out=np.zeros(5, ">U4"))
case("np.multiply(np.array(['a', 'bc'], '>U3'), 2, out=np.zeros(2, 'U4'))", "multiply",
     [np.array(["a", "bc"], ">U3"), 2], out=np.zeros(2, "U4"))
case("np.multiply(np.array('ab'), 3, out=np.zeros((), 'U6'))", "multiply", [np.array("ab"), 3], out=np.zeros((), "U6"))
case("np.multiply(np.array([], 'U2'), 3, out=np.zeros(0, 'U6'))", "multiply", [np.array([], "U2"), 3],
     out=np.zeros(0, "U6"))
case("np.multiply(np.zeros((0, 2), 'S2'), [1, 2], out=np.zeros((0, 2), 'S6'))", "multiply",
     [np.zeros((0, 2), "S2"), np.array([1, 2])], out=np.zeros((0, 2), "S6"))
# trailing NULs do not count; a cut result drops its trailing NULs; code points beyond the BMP
case("np.multiply(['a\\x00', 'b\\x00c'], 3, out=np.zeros(2, 'U5'))", "multiply", [np.array(["a\x00", "b\x00c"]), 3],
     out=np.zeros(2, "U5"))
case("np.multiply(['b\\x00c'], 2, out=np.zeros(1, 'U4'))", "multiply", [np.array(["b\x00c"]), 2], out=np.zeros(1, "U4"))
case("np.multiply(['\\U0001F600x', '\\U0001F601'], 3, out=np.zeros(2, 'U5'))", "multiply",
     [np.array(["\U0001F600x", "\U0001F601"]), 3], out=np.zeros(2, "U5"))
case("np.multiply(S, 2, out=np.zeros(5, 'S5'))", "multiply", [S, 2], out=np.zeros(5, "S5"))
case("np.multiply(S, 2, out=np.zeros(5, 'S4'))", "multiply", [S, 2], out=np.zeros(5, "S4"))
# huge counts: NumPy checks the length (not for one-character strings)
case("np.multiply(['c', ''], 2**62, out=np.zeros(2, 'U3'))", "multiply", [np.array(["c", ""]), 2**62],
     out=np.zeros(2, "U3"))
case("np.multiply(U, 2**62 - 1, out=np.zeros(5, 'U4'))", "multiply", [U, 2**62 - 1], out=np.zeros(5, "U4"))
case("np.multiply(U, 2**62, out=np.zeros(5, 'U4'))", "multiply", [U, 2**62], out=np.zeros(5, "U4"))
case("np.multiply(U, 2**63 - 1, out=np.zeros(5, 'U4'))", "multiply", [U, 2**63 - 1], out=np.zeros(5, "U4"))
case("np.multiply(['abc'], 3074457345618258602, out=np.zeros(1, 'U4'))", "multiply",
     [np.array(["abc"]), 3074457345618258602], out=np.zeros(1, "U4"))
case("np.multiply(['abc'], 3074457345618258603, out=np.zeros(1, 'U4'))", "multiply",
     [np.array(["abc"]), 3074457345618258603], out=np.zeros(1, "U4"))
case("np.multiply([b'ab'], 2**62, out=np.zeros(1, 'S4'))", "multiply", [np.array([b"ab"]), 2**62], out=np.zeros(1, "S4"))
# no string multiply loop: bool, float, complex counts, two strings
case("np.multiply(U, True, out=np.zeros(5, 'U4'))", "multiply", [U, True], out=np.zeros(5, "U4"))
case("np.multiply(U, np.array([True, False, True, False, True]), out=np.zeros(5, 'U4'))", "multiply",
     [U, np.array([True, False, True, False, True])], out=np.zeros(5, "U4"))
case("np.multiply(U, 2.0, out=np.zeros(5, 'U4'))", "multiply", [U, 2.0], out=np.zeros(5, "U4"))
case("np.multiply(U, np.arange(5.0))", "multiply", [U, np.arange(5.0)])
case("np.multiply(1j, S)", "multiply", [1j, S])
case("np.multiply(U, U, out=np.zeros(5, 'U4'))", "multiply", [U, U], out=np.zeros(5, "U4"))
case("np.multiply.outer(U, [1, 2])", "multiply", [U, np.array([1, 2])], "outer")
case("np.multiply.reduce(U)", "multiply", [U], "reduce")
# logical_and/or/xor: every operand as bool (a string is true when not empty); logical_not has no string loop
V = np.array(["", "x", "", "ab", "\x00"])
T = np.array([b"", b"\x00", b"y", b"ab", b"\x00\x01"])
for f in ["logical_and", "logical_or", "logical_xor"]:
    case(f"np.{f}(U, V)", f, [U, V])
    case(f"np.{f}(S, T)", f, [S, T])
    case(f"np.{f}(U, T)", f, [U, T])
    case(f"np.{f}(T, U)", f, [T, U])
    case(f"np.{f}(U, 'x')", f, [U, "x"])
    case(f"np.{f}('', S)", f, ["", S])
    case(f"np.{f}(U, b'')", f, [U, b""])
    case(f"np.{f}(U, 0)", f, [U, 0])
    case(f"np.{f}(1.5, V)", f, [1.5, V])
    case(f"np.{f}(U, 1j)", f, [U, 1j])
    case(f"np.{f}(U, np.arange(5))", f, [U, np.arange(5)])
    case(f"np.{f}(np.array([0, 1, 0, 2, 0.5]), S)", f, [np.array([0, 1, 0, 2, 0.5]), S])
    case(f"np.{f}(U, [True, False, True, True, False])", f, [U, np.array([True, False, True, True, False])])
    case(f"np.{f}(U[:, None], V)", f, [U[:, None], V])
    case(f"np.{f}.reduce(U)", f, [U], "reduce")
    case(f"np.{f}.accumulate(V)", f, [V], "accumulate")
    case(f"np.{f}.outer(U, T)", f, [U, T], "outer")
case("np.logical_not(U)", "logical_not", [U])
case("np.logical_not(S)", "logical_not", [S])
case("np.logical_and(U, V, out=np.zeros(5, int))", "logical_and", [U, V], out=np.zeros(5, int))
case("np.logical_or(U, V, out=np.zeros(5, 'U3'))", "logical_or", [U, V], out=np.zeros(5, "U3"))
case("np.logical_or(S, V, out=np.zeros(5, 'S2'))", "logical_or", [S, V], out=np.zeros(5, "S2"))
case("np.logical_or(U, V, out=np.zeros(5, 'U5'), casting='no')", "logical_or", [U, V], out=np.zeros(5, "U5"),
     casting="no")
case("np.logical_and(U, V, out=np.zeros(5, int), casting='safe')", "logical_and", [U, V], out=np.zeros(5, int),
     casting="safe")
case("np.logical_and(U, np.arange(5), casting='no')", "logical_and", [U, np.arange(5)], casting="no")
case("np.logical_and(U, 1.5, casting='no')", "logical_and", [U, 1.5], casting="no")
case("np.logical_xor(U, V, out=np.ones(5, bool), where=[True, False, True, False, True])", "logical_xor", [U, V],
     out=np.ones(5, bool), where=np.array([True, False, True, False, True]))
case("np.logical_and(U, V, dtype=bool)", "logical_and", [U, V], dtype="bool")
case("np.logical_and(U, V, dtype=int)", "logical_and", [U, V], dtype="int64")
case("np.logical_and(U, np.arange(5), dtype=float)", "logical_and", [U, np.arange(5)], dtype="float64")
case("np.logical_and(U, V, dtype='U')", "logical_and", [U, V], dtype="U")
case("np.logical_and(np.array('a'), '')", "logical_and", [np.array("a"), ""])
case("np.logical_or(np.array([], 'U2'), 'a')", "logical_or", [np.array([], "U2"), "a"])
case("np.logical_and.reduce(np.array([], 'U1'))", "logical_and", [np.array([], "U1")], "reduce")
case("np.logical_or.reduce(np.array([], 'S1'))", "logical_or", [np.array([], "S1")], "reduce")
case("np.logical_and.reduce(U, dtype=bool)", "logical_and", [U], "reduce", dtype="bool")
case("np.logical_and.reduce(U, dtype=int)", "logical_and", [U], "reduce", dtype="int64")
case("np.logical_or.accumulate(S, dtype=bool)", "logical_or", [S], "accumulate", dtype="bool")
case("np.logical_and.reduceat(U, [0, 2])", "logical_and", [U, np.array([0, 2])], "reduceat")
case("np.logical_or.reduceat(V, [0, 3, 1])", "logical_or", [V, np.array([0, 3, 1])], "reduceat")
# other ufuncs without string loops
for f in ["bitwise_and", "bitwise_or", "bitwise_xor", "left_shift", "divide", "floor_divide", "remainder",
          "copysign", "heaviside", "hypot", "logaddexp", "nextafter"]:
    case(f"np.{f}(U, U2)", f, [U, U2])
for f in ["isnan", "isinf", "isfinite", "signbit", "invert", "square", "floor", "reciprocal", "spacing"]:
    case(f"np.{f}(U)", f, [U])
    case(f"np.{f}(S)", f, [S])
# methods
case("np.equal.outer(U, U2)", "equal", [U, U2], "outer")
case("np.add.outer(U[:2], S[:2])", "add", [U[:2], S[:2]], "outer")
case("np.add.outer(U[:3], U2[:2])", "add", [U[:3], U2[:2]], "outer")
case("np.equal.reduce(U)", "equal", [U], "reduce")
case("np.equal.reduce(U, dtype=bool)", "equal", [U], "reduce", dtype="bool")
case("np.less.reduce(U, dtype=bool)", "less", [U], "reduce", dtype="bool")
case("np.equal.reduce(U, dtype='U')", "equal", [U], "reduce", dtype="U")
case("np.add.reduce(U)", "add", [U], "reduce")
case("np.add.reduce(S2, dtype=bool)", "add", [S2], "reduce", dtype="bool")
case("np.add.reduce(np.array([], 'U1'))", "add", [np.array([], "U1")], "reduce")
case("np.maximum.reduce(U)", "maximum", [U], "reduce")
case("np.add.accumulate(S)", "add", [S], "accumulate")
case("np.equal.accumulate(U)", "equal", [U], "accumulate")
case("np.add.reduceat(U, [0, 2])", "add", [U, np.array([0, 2])], "reduceat")
case("np.add.at(np.array(['a', 'b'], 'U5'), [0, 0, 1], 'zy')", "add",
     [np.array(["a", "b"], "U5"), np.array([0, 0, 1]), "zy"], "at")
case("np.add.at(np.array(['a', 'b'], 'U2'), [0, 0], ['x', 'y'])", "add",
     [np.array(["a", "b"], "U2"), np.array([0, 0]), np.array(["x", "y"])], "at")
case("np.add.at(S2, [4], b'!')", "add", [S2, np.array([4]), b"!"], "at")
case("np.equal.at(np.array(['a', 'b'], 'U5'), [0], 'a')", "equal", [np.array(["a", "b"], "U5"), np.array([0]), "a"], "at")
case("np.add.at(np.array(['a', 'b'], 'U5'), [0], 1)", "add", [np.array(["a", "b"], "U5"), np.array([0]), 1], "at")
case("np.multiply.at(np.array(['ab', 'c'], 'U4'), [0, 0, 1], 2)", "multiply",
     [np.array(["ab", "c"], "U4"), np.array([0, 0, 1]), 2], "at")
case("np.multiply.at(np.array([b'ab', b'c'], 'S4'), [1], np.array([3], np.uint8))", "multiply",
     [np.array([b"ab", b"c"], "S4"), np.array([1]), np.array([3], np.uint8)], "at")
case("np.multiply.at(np.array(['ab', 'c'], 'U4'), [0], 2.0)", "multiply",
     [np.array(["ab", "c"], "U4"), np.array([0]), 2.0], "at")
case("np.logical_and.at(np.array(['ab', '', 'c'], 'U4'), [0, 1, 0], 'x')", "logical_and",
     [np.array(["ab", "", "c"], "U4"), np.array([0, 1, 0]), "x"], "at")
case("np.logical_or.at(np.array([b'ab', b'', b'c'], 'S2'), [1, 2], 0)", "logical_or",
     [np.array([b"ab", b"", b"c"], "S2"), np.array([1, 2]), 0], "at")
case("np.logical_xor.at(np.array([1, 0, 2]), [0, 1], np.array(['', 'a']))", "logical_xor",
     [np.array([1, 0, 2]), np.array([0, 1]), np.array(["", "a"])], "at")
case("np.add.at(np.array(['a', 'b'], 'U5'), [0], b'a')", "add",
     [np.array(["a", "b"], "U5"), np.array([0]), b"a"], "at")

if __name__ == "__main__":
    OUT.write_text(json.dumps(CASES, indent=1, ensure_ascii=True) + "\n")
    print(len(CASES), "cases ->", OUT)
