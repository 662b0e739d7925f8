#!/usr/bin/env python3
"""Golden data for isclose, allclose, array_equal, array_equiv (numpy-api's internal/logic), called
through the dynamic layer as the GraalPy package and the WASI runner call them.

Writes numpy-api/src/test/resources/golden/closeness.json: a list of cases
{"fn", "args", "kwargs", "expr", "errstate"} and one of
  "result": {"array": {"shape", "dtype", "values"}, "scalar": NumPy returned a NumPy scalar} | {"bool": b},
  "error": [Python type name, message],
plus "warnings": the messages NumPy warned or printed (np.errstate's 'print' and isclose's print), in order.
Arguments as gen_dynamic_calls.py writes them ({"nd", "shape", "dtype"} an ndarray, {"float": "nan"|"inf"|
"-inf"} a non-finite float, also inside "nd"), and {"complex": [re, im]} a Python complex, {"bytes": text} Python bytes.
"""
import contextlib
import io
import json
import math
import pathlib
import warnings

import numpy as np

OUT = pathlib.Path(__file__).resolve().parents[2] / "numpy-api/src/test/resources/golden/closeness.json"


class A:
    def __init__(self, obj, dtype=None):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # (float32 of 1e308: inf)
            self.a = np.array(obj, dtype=dtype)


def enc_float(v):
    v = float(v)
    if math.isnan(v):
        return {"float": "nan"}
    if math.isinf(v):
        return {"float": "inf" if v > 0 else "-inf"}
    return v


def enc_val(v):
    if isinstance(v, (np.bool_, bool)):
        return bool(v)
    if isinstance(v, (np.integer, int)):
        return int(v)
    if isinstance(v, (np.floating, float)):
        return enc_float(v)
    if isinstance(v, (complex, np.complexfloating)):
        return [enc_float(v.real), enc_float(v.imag)]
    return str(v)


def enc_arg(x):
    if isinstance(x, A):
        return {"nd": [enc_val(v) for v in x.a.ravel()], "shape": list(x.a.shape), "dtype": str(x.a.dtype)}
    if isinstance(x, list):
        return [enc_arg(v) for v in x]
    if isinstance(x, float):
        return enc_float(x)
    if isinstance(x, complex):
        return {"complex": [enc_float(x.real), enc_float(x.imag)]}
    if isinstance(x, bytes):
        return {"bytes": x.decode("latin-1")}
    return x


def py_arg(x):
    if isinstance(x, A):
        return x.a.copy()
    if isinstance(x, list):
        return [py_arg(v) for v in x]
    return x


def show(x):
    if isinstance(x, A):
        return "np.array(%r, %r)" % (x.a.tolist(), str(x.a.dtype))
    return repr(x)


CASES = []


def case(fn, *args, errstate=None, **kwargs):
    CASES.append((fn, args, kwargs, errstate or {}))


def run(fn, args, kwargs, errstate):
    expr = "%s(%s)" % (fn, ", ".join([show(a) for a in args] + ["%s=%s" % (k, show(v)) for k, v in kwargs.items()]))
    if errstate:
        expr = "with errstate(%s): %s" % (errstate, expr)
    rec = {"fn": fn, "args": [enc_arg(a) for a in args], "kwargs": {k: enc_arg(v) for k, v in kwargs.items()},
           "expr": expr, "errstate": errstate}
    out = io.StringIO()
    try:
        with warnings.catch_warnings(record=True) as w, contextlib.redirect_stdout(out), np.errstate(**errstate):
            warnings.simplefilter("always")
            r = getattr(np, fn)(*[py_arg(a) for a in args], **{k: py_arg(v) for k, v in kwargs.items()})
    except Exception as e:  # noqa: BLE001 - recording NumPy's exception
        rec["error"] = [type(e).__name__, str(e)]
        r = None
    rec["warnings"] = [str(m.message) for m in w] + [line for line in out.getvalue().splitlines()]
    if "error" in rec:
        return rec
    if isinstance(r, bool):
        rec["result"] = {"bool": r}
    else:
        a = np.asarray(r)
        rec["result"] = {"array": {"shape": list(a.shape), "dtype": str(a.dtype),
                                   "values": [enc_val(v) for v in a.ravel()]},
                         "scalar": isinstance(r, np.generic)}
    return rec


INF, NAN = float("inf"), float("nan")
F = [0.0, 1.0, -1.0, 1.0000001, 1.00001, 1e-8, 3e38, -3e38, 1e308, INF, -INF, NAN, 16777217.0, 0.1]
G = F[::-1]

# ---- isclose / allclose: dtypes (b made inexact, x - y in result_type(x, y), the tolerances in b's dtype)
for dt in ("float64", "float32", "float16", "complex128", "complex64"):
    for dt2 in ("float64", "float32", "int64", "int16", "uint8", "bool"):
        x = A(F, dt) if dt != "bool" else A([True, False] * 7)
        y = A(G, dt2) if not dt2.startswith(("int", "uint", "bool")) else A([0, 1, 2, 127, 0, 1, 1, 0, 5, 6, 7, 8, 9, 1], dt2)
        case("isclose", x, y)
        case("isclose", y, x, rtol=0.5, atol=1e-3, equal_nan=True)
        case("allclose", x, y, 0.5, 1e300, True)
case("isclose", A([1 + 1j, complex(NAN, 0), complex(INF, 1)], "complex128"), A([1 + 1j, complex(0, NAN), complex(INF, 1)]),
     equal_nan=True)
case("isclose", A([2**63 - 1, -2**63, 0], "int64"), A([2**63 - 1, 2**63 - 1, -2**63], "int64"))
case("isclose", A([2**64 - 1, 2**63], "uint64"), A([2**64 - 1, 2**63 - 1], "uint64"))
case("isclose", A([2**63 - 1], "int64"), A([2**63 - 1], "uint64"))
case("isclose", A([16777217], "int64"), A([16777216], "float32"), atol=0, rtol=0)
case("isclose", A([16777217], "int32"), A([16777216], "float32"), atol=0, rtol=0)
case("isclose", 16777217, A([16777216], "float32"), atol=0, rtol=0)
case("isclose", A([1.0000001], "float32"), A([1], "float32"), atol=0, rtol=1e-7)
case("isclose", A([1.0000001], "float32"), A([1], "float32"), atol=0, rtol=A(1e-7, "float64"))
case("isclose", A([1.0000001], "float32"), A([1], "float32"), atol=0, rtol=A(1e-7, "float32"))
case("isclose", 1.0000001, A([1], "float32"), atol=0, rtol=1e-7)
case("isclose", A([1.0000001], "float16"), A([1], "float16"), atol=0, rtol=1e-3)
# ---- Python scalars: 0-d results are NumPy scalars
case("isclose", 1, 1)
case("isclose", 1.0, 1.0 + 1e-9)
case("isclose", True, False)
case("isclose", True, 1.0)
case("isclose", 1 + 2j, 1 + 2j)
case("isclose", 1 + 1j, 1, rtol=0.5j)
case("isclose", 1 + 1j, 1, atol=1 + 0j)
case("isclose", INF, INF)
case("isclose", INF, -INF)
case("isclose", NAN, NAN)
case("isclose", NAN, NAN, equal_nan=True)
case("isclose", 10**30, A(1.0))
case("isclose", 2**70, A([1.0], "float32"))
case("isclose", 10**400, 1.0)
case("isclose", 1.0, 10**400)
case("isclose", 10**400, A([1.0]))
case("isclose", A([1.0], "float32"), 10**40)
case("isclose", A([1], "int8"), 300)
case("isclose", A(1.0), A([1.0]))
case("isclose", A([[1.0]]), 1.0)
# ---- tolerances: arrays broadcast, a non-finite one warns (raises, prints) by the invalid mode
case("isclose", [1, 2, 3], [1, 2, 3.1], rtol=[0, 0, 0.1])
case("isclose", [1, 2, 3], [1, 2, 3.1], atol=[[0], [1]])
case("isclose", 1, 1, atol=INF)
case("isclose", 1, 1, rtol=NAN)
case("isclose", 1, 1, atol=INF, rtol=1)
case("isclose", 1, 1, atol=INF, rtol=True)
case("isclose", 1, 1, atol=complex(INF, 0))
case("isclose", [1.0], [1.0], atol=A([INF, 1]))
case("isclose", 1, 1, atol=A([[INF, 2.5]] * 2), rtol=1)
case("isclose", [1.0], [2.0], atol=[INF, NAN], errstate={"invalid": "raise"})
case("isclose", [1.0], [2.0], atol=[INF, NAN], errstate={"invalid": "print"})
case("isclose", [1.0], [2.0], atol=[INF, NAN], errstate={"invalid": "ignore"})
case("isclose", [1.0], [2.0], atol=[INF, NAN], errstate={"invalid": "call"})
case("allclose", [1.0, NAN], [2.0, 1], atol=INF)
case("isclose", 1, 1, rtol="a")
case("isclose", 1, 1, atol=10**400)
# ---- overflow: reported per ufunc (not for Python-scalar arithmetic); underflow when not ignored
case("isclose", A([3e38], "float32"), A([-3e38], "float32"))
case("isclose", A([3e38], "float32"), A([-3e38], "float32"), rtol=10)
case("isclose", A([1e308]), -1e308)
case("isclose", 1e308, -1e308)
case("isclose", 1e308, -1e308, errstate={"all": "warn"})
case("isclose", A([1e308 + 1e308j]), A([-1e308]))
case("isclose", A([1.0]), A([1e308 + 1e308j]))
case("isclose", A([1e308]), -1e308, errstate={"over": "raise"})
case("isclose", A([1e-300]), A([1e-310]), atol=0, errstate={"under": "warn"})
case("isclose", A([1e-38], "float32"), A([1e-39], "float32"), atol=0, errstate={"under": "warn"})
# ---- shapes
case("isclose", [1, 2, 3], [1, 2])
case("isclose", [1, 2], [1, 2], atol=[1, 2, 3])
case("isclose", A([[1.0] * 3] * 2), A([1.0] * 3), atol=A([1.0] * 4))
case("isclose", A([[1.0] * 3] * 2), A([[1.0] * 2] * 3))
case("allclose", [1, 2, 3], [1, 2])
case("isclose", [1, 2], [[1], [2], [3]])
case("isclose", [], [])
case("isclose", A([[0.0] * 3] * 0), 1)
case("allclose", [], [])
case("isclose", [[1, 2], [3]], 1)
# ---- strings, bool
case("isclose", ["a"], ["a"])
case("isclose", "a", "a")
case("isclose", [True], [False])
case("allclose", [True, False], [1, 0])
case("isclose", A([np.nan]), A([np.nan]), equal_nan=[1])
case("isclose", A([np.nan]), A([np.nan]), equal_nan=[])
case("isclose", A([np.nan]), A([np.nan]), equal_nan=A([True, False]))
case("isclose", a=1.0, b=1.0, bogus=1)
case("isclose", 1.0)

# ---- array_equal / array_equiv
for x, y in ((A([2**64 - 1], "uint64"), A([-1])), (A([2**63], "uint64"), A([2**63], "float64")),
             (A([2**53 + 1]), A([2**53], "float64")), (A([2**53 + 1]), A([2**53 + 1], "uint64")),
             (["a", "b"], ["a", "b"]), (["a", "b"], ["a", "c"]), (["ab"], ["a"]), (["a"], [1]), (["a"], [1.0]),
             ([b"a"], ["a"]), ([b"a"], [b"a"]), ([1, 2], [1, 2]), ([1.0, NAN], [1, NAN]), ([1.0, NAN], [NAN, 1.0]),
             ([NAN + 1j], [NAN + 2j]), ([complex(1, NAN)], [complex(NAN, 1)]), ([[1, 2], [3]], [1]), ([], []),
             (A([[0.0] * 2] * 0), A([[]] * 2)), (1, 1), (1, [1]), ([True, False], [1, 0]),
             (A([1.5], "float16"), A([1.5], "float32")), (A([0.1], "float32"), A([0.1])),
             (A([16777217]), A([16777216], "float32")), (A([16777217], "int32"), A([16777216], "float32")),
             ([-0.0], [0.0]), (A([1, 2], "uint8"), [1, 2]), (A([1 + 2j], "complex64"), A([1 + 2j])),
             (A([[1.0, 2.0], [3.0, 4.0]]), A([[1.0, 2.0], [3.0, 4.0]])), (A([[1, 2], [3, 4]]), A([[1, 2], [3, 5]]))):
    case("array_equal", x, y)
    case("array_equal", x, y, equal_nan=True)
    case("array_equiv", x, y)
case("array_equal", [1, 2], [1, 2], equal_nan=A([1, 2]))
case("array_equal", [1], [1], [1])
case("array_equiv", [1, 2], [[1, 2], [1, 2]])
case("array_equiv", [1, 2], [[1, 2], [1, 3]])
case("array_equiv", [1, 2], [[1, 2, 1, 2], [1, 2, 1, 2]])
case("array_equiv", [1, 2], [1, 2, 3])
case("array_equiv", [NAN], [NAN])
case("array_equiv", ["a"], ["a", "a"])
case("array_equiv", [], 1)
case("array_equiv", 1, 1.0)
case("array_equiv", [1], [1], [1])


def main():
    cases = [run(*c) for c in CASES]
    OUT.write_text(json.dumps(cases, indent=1))
    print("wrote", OUT, len(cases), "cases")


if __name__ == "__main__":
    main()
