#!/usr/bin/env python3
"""Golden data for the ufuncs beyond the core set (trig, hyperbolic, exp/log variants, rounding,
float bits, integer gcd/lcm/bitwise_count, divmod/modf/frexp with two outputs, ldexp) and the
gufuncs matmul, vecdot, matvec, vecmat.

Writes numpy-api/src/test/resources/golden/ufuncs_more.json, same encoding as gen_ufuncs.py:
  "types": {name: [nin, nout, identity, signature, types restricted to our dtypes]}
  "calls": [{"f", "args", "kw"?, "res" | "outs" | "err"}]   ("outs": list of results for nout=2)
  "sweep": [{"f", "args", "res"}]   (many values per float function: the ulp measurements)
  "gufunc": [{"f", "args", "kw"?, "res" | "err"}]  (results compared with a relative tolerance)
Run: python3 tools/golden/gen_ufuncs_more.py
"""
import json
import pathlib
import sys

import numpy as np

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import ufunc_golden_common as G  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "numpy-api/src/test/resources/golden/ufuncs_more.json"

UNARY = ["tan", "arcsin", "arccos", "arctan", "sinh", "cosh", "tanh", "arcsinh", "arccosh", "arctanh", "exp2",
         "expm1", "log2", "log10", "log1p", "cbrt", "square", "reciprocal", "sign", "floor", "ceil", "trunc", "rint",
         "fabs", "spacing", "isnan", "isinf", "isfinite", "signbit", "deg2rad", "rad2deg", "degrees", "radians",
         "conjugate", "bitwise_count"]
BINARY = ["arctan2", "hypot", "logaddexp", "logaddexp2", "fmod", "fmax", "fmin", "copysign", "nextafter", "gcd", "lcm",
          "heaviside", "float_power", "ldexp"]
MULTI = ["divmod", "modf", "frexp"]
GUFUNCS = ["matmul", "vecdot", "matvec", "vecmat"]
DTYPES = G.DTYPES
INF, NAN = float("inf"), float("nan")
FLT = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 1.5, -2.5, 2.5, 3.0, 0.1, -0.7, 10.0, -10.0, 100.0, 1e-10, 1e300, -1e300,
       5e-324, 700.0, -745.0, 0.9999, INF, -INF, NAN]
INTS = [0, 1, -1, 2, -2, 5, -7, 12, 127, -128, 255, 2**15 - 1, -2**15, 2**31 - 1, -2**31, 2**40 + 3, -2**62, 2**63 - 1]
INTS_B = [3, 0, 2, -1, 4, 0, 3, 8, -1, -1, 3, 5, 6, -1, 7, 12, 3, 2]
FLT_B = [3.0, 2.0, -0.0, 0.0, 2.0, INF, 1.0, -3.0, 3.0, 0.5, 1e-300, 1e10, -1.0, 2.0, -INF, NAN, 1.0, -1.0,
         1.0, 3.0, 700.0, -745.0, 0.0, 1.0, 2.0]
CPX = [0j, complex(-0.0, 0.0), complex(0.0, -0.0), 1 + 2j, -3.5 + 0.5j, 0.5 - 0.25j, -1 + 0j, 1e-3j, 2 - 2j, 1 + 0j,
       complex(0.0, 1.0), complex(-2.0, -0.0), complex(3.0, 1e-20), 30 + 1j, -30 + 2j, 1e200 + 1e200j,
       complex(INF, 1), complex(-INF, 1), complex(1, INF), complex(1, -INF), complex(INF, INF), complex(-INF, INF),
       complex(NAN, 0), complex(0, NAN), complex(NAN, NAN), complex(INF, NAN), complex(NAN, INF), complex(1, NAN),
       complex(NAN, 1), complex(0, INF), complex(INF, 0), complex(-INF, 0)]

calls = []


def call(name, *args, **kw):
    entry = {"f": name, "args": [G.enc(a) for a in args]}
    kwj = {}
    for k, v in kw.items():
        if k == "out":
            if isinstance(v, tuple):
                kwj["out"] = [None if o is None else G.enc(o) for o in v]
                v = tuple(None if o is None else o.copy() for o in v)
            else:
                kwj["out"] = [G.enc(v)]
                v = v.copy()
            kw = dict(kw, out=v)
        elif k == "where":
            kwj["where"] = G.enc(np.asarray(v))
        else:
            kwj[k] = str(np.dtype(v)) if k == "dtype" else v
    if kwj:
        entry["kw"] = kwj
    try:
        with np.errstate(all="ignore"):
            r = getattr(np, name)(*args, **kw)
        if isinstance(r, tuple):
            entry["outs"] = [G.res(x) for x in r]
        else:
            entry["res"] = G.res(r)
    except Exception as e:  # noqa: BLE001
        entry["err"] = G.err(e)
    calls.append(entry)
    return entry


def arr(vals, dt):
    dt = np.dtype(dt)
    if dt.kind in "biu":
        return np.array(vals, dtype=object).astype(np.int64 if dt.kind != "u" else np.uint64)
    return np.array(vals).astype(dt)


def ints(vals, dt):
    dt = np.dtype(dt)
    return np.array([int(v) % 2**64 for v in vals], dtype=np.uint64).astype(dt)


def operand(dt, second=False):
    kind = np.dtype(dt).kind
    if kind == "c":
        return np.array(CPX if not second else CPX[::-1]).astype(dt)
    if kind == "f":
        return np.array(FLT_B if second else FLT).astype(dt)
    if kind == "b":
        return np.array([True, False, True, False] if not second else [True, True, False, False])
    return ints(INTS_B if second else INTS, dt)


with np.errstate(all="ignore"):
    for name in UNARY + ["modf", "frexp"]:
        for dt in DTYPES:
            call(name, operand(dt))
    for name in BINARY + ["divmod"]:
        for dt in DTYPES:
            if name == "float_power" and dt.startswith("complex"):
                # finite operands only: complex powers with inf/nan differ (docs/ufuncs.md)
                call(name, np.array(CPX[:15]).astype(dt), np.array(CPX[:15][::-1]).astype(dt))
                continue
            call(name, operand(dt), operand(dt, True))
    for dt in ["float16", "float32", "float64"]:
        for edt in ["int8", "int32", "int64", "uint64"]:
            call("ldexp", operand(dt)[:18], ints([0, 1, -1, 3, -5, 10, 100, -100, 1000, -1000, 2000, -2000, 30000,
                                                  -1074, 1023, 1024, -1022, 2**40][:18], edt))
        call("ldexp", np.array([1.5, -3.0, 5e-324], dtype=dt), 3)
        call("ldexp", np.array([1.5, -3.0], dtype=dt), -2**40)
        call("frexp", np.array([0.75, 5e-324, 2.2250738585072014e-308, 1e-40, 6e-8, 65504.0]).astype(dt))
    call("ldexp", 1.0, 2**40)
    call("ldexp", 2, 3)
    call("ldexp", np.array(2, dtype=np.float32), 3)
    call("ldexp", np.array([2.0]), 2.0)
    call("gcd", np.array([12, -18, 0, 7]), 6)
    call("lcm", np.array([12, -18, 0, 7]), 6)
    call("gcd", np.array([1.5]), 2)
    call("bitwise_count", np.array([1.5]))
    call("heaviside", np.array([-1.5, 0.0, 2.0, NAN]), 0.5)
    call("float_power", np.array([2, 3, -1]), np.array([3, -2, 0.5]))
    call("float_power", np.array([1 + 1j, 2j]), 2)
    call("float_power", 2, 3)
    call("fmax", np.array([NAN, 0, NAN]), np.array([0, NAN, NAN]))
    call("square", np.array([2**31 - 1, -2**31], dtype=np.int32))
    call("reciprocal", np.array([0, 1, 2], dtype=np.int8))
    call("deg2rad", np.array([180, 90, 1], dtype=np.float32))
    call("sign", np.array([True]))
    call("arctan2", np.array([0.0, -0.0, 0.0, -0.0, 1, -1, INF, -INF]), np.array([0.0, 0.0, -0.0, -0.0, INF, -INF, INF, -INF]))
    # two outputs: out= tuples, positional outs, where=, dtype=, errors
    a = np.array([7.5, -7.5, 3.0])
    call("divmod", a, 2.0, out=(np.zeros(3), np.zeros(3)))
    call("divmod", a, 2.0, out=(None, np.zeros(3)))
    call("divmod", a, 2.0, out=(np.zeros(3, dtype=np.float32), None))
    call("divmod", a, 2.0, out=(np.zeros(3, dtype=np.int64), None))
    call("modf", a, out=(np.zeros((2, 3)), np.zeros((2, 3))))
    call("frexp", a, out=(np.zeros(3), np.zeros(3, dtype=np.int64)))
    call("frexp", a, out=(np.zeros(3), np.zeros(3, dtype=np.int16)))
    call("divmod", a, 2.0, where=np.array([True, False, True]), out=(np.full(3, -1.0), np.full(3, -2.0)))
    call("divmod", np.arange(6).reshape(2, 3), np.array([2, 0, -4]))
    call("divmod", np.arange(6, dtype=np.uint8), 4)
    call("divmod", 7, 2)
    call("divmod", 7.5, 2)
    call("divmod", np.array([1j]), 2)
    call("modf", np.array([1, 2], dtype=np.int8))
    call("modf", np.array([1, 2], dtype=np.int64))
    call("frexp", np.array([1, 2], dtype=np.int32))
    call("frexp", 0.0)
    # dtype promotion of int inputs to float functions, errors of float-only functions on ints
    for name in ["tan", "log2", "cbrt", "arctan2", "hypot", "logaddexp", "copysign", "nextafter", "spacing", "signbit",
                 "deg2rad", "fabs", "rint", "floor", "heaviside"]:
        for dt in ["bool", "int8", "uint8", "int16", "int32", "int64", "uint64"]:
            if getattr(np, name).nin == 2:
                call(name, arr([1, 2], dt), arr([3, 1], dt))
            else:
                call(name, arr([1, 2], dt))
    for name in ["gcd", "lcm", "bitwise_count", "fmod", "fmax"]:
        call(name, np.array([True, False]), np.array([True, True])) if getattr(np, name).nin == 2 else \
            call(name, np.array([True, False]))
    call("fabs", np.array([1 + 1j]))
    call("cbrt", np.array([1 + 1j]))
    call("arctan2", np.array([1 + 1j]), np.array([1 + 1j]))

# ulp sweeps: many values per float function
sweep = []
rng = np.random.default_rng(1234)
DOMAINS = {
    "sin": (-10, 10), "cos": (-10, 10), "tan": (-10, 10), "arcsin": (-1, 1), "arccos": (-1, 1), "arctan": (-50, 50),
    "sinh": (-20, 20), "cosh": (-20, 20), "tanh": (-5, 5), "arcsinh": (-1e3, 1e3), "arccosh": (1, 1e3),
    "arctanh": (-1, 1), "exp": (-50, 50), "exp2": (-60, 60), "expm1": (-3, 3), "log": (0, 1e5), "log2": (0, 1e5),
    "log10": (0, 1e5), "log1p": (-0.9, 10), "sqrt": (0, 1e4), "cbrt": (-1e4, 1e4), "deg2rad": (-1e3, 1e3),
    "rad2deg": (-10, 10), "reciprocal": (-100, 100), "square": (-100, 100),
    "arctan2": (-5, 5), "hypot": (-1e3, 1e3), "logaddexp": (-30, 30), "logaddexp2": (-30, 30), "power": (0.1, 5),
    "float_power": (0.1, 5),
}
with np.errstate(all="ignore"):
    for name, (lo, hi) in DOMAINS.items():
        uf = getattr(np, name)
        for dt in ["float16", "float32", "float64"]:
            if name == "float_power" and dt != "float64":
                continue
            n = 300 if dt != "float16" else 100
            x = rng.uniform(lo, hi, n)
            if name in ("log", "log2", "log10", "sqrt"):
                x = np.exp(rng.uniform(-40, 11, n))
            x = x.astype(dt)
            args = [x] if uf.nin == 1 else [x, rng.uniform(lo, hi, n).astype(dt)]
            sweep.append({"f": name, "args": [G.enc(a) for a in args], "res": G.res(uf(*args))})
        for dt in ["complex64", "complex128"]:
            if name in ("arctan2", "hypot", "logaddexp", "logaddexp2", "cbrt", "deg2rad", "rad2deg"):
                continue
            z = (rng.uniform(-3, 3, 100) + 1j * rng.uniform(-3, 3, 100)).astype(dt)
            args = [z] if uf.nin == 1 else [z, (rng.uniform(-2, 2, 100) + 1j * rng.uniform(-2, 2, 100)).astype(dt)]
            sweep.append({"f": name, "args": [G.enc(a) for a in args], "res": G.res(uf(*args))})

# gufuncs
gcalls = []


def gcall(name, *args, **kw):
    e = call(name, *args, **kw)
    calls.pop()
    gcalls.append(e)


with np.errstate(all="ignore"):
    for dt in DTYPES:
        a = G.arr([1, 2, 0, 3, -1, 4], dt) if np.dtype(dt).kind != "u" else G.arr([1, 2, 0, 3, 1, 4], dt)
        b = G.arr([2, 1, 3, 0, 1, 5], dt)
        gcall("matmul", a.reshape(2, 3), b.reshape(3, 2))
        gcall("matmul", a.reshape(3, 2), b.reshape(2, 3))
        gcall("matmul", a[:3], b.reshape(3, 2))
        gcall("matmul", a.reshape(2, 3), b[:3])
        gcall("matmul", a[:3], b[:3])
        gcall("vecdot", a.reshape(2, 3), b[:3])
        gcall("matvec", a.reshape(2, 3), b[:3])
        gcall("vecmat", a[:2], b.reshape(2, 3))
    z = np.array([1 + 2j, 3 - 1j, -2j])
    for name in GUFUNCS:
        pass
    gcall("vecdot", z, z)
    gcall("vecmat", z, np.eye(3) + 1j)
    gcall("matvec", np.eye(3) + 1j, z)
    gcall("matmul", np.array([[1 + 1j, 2], [0, 1j]]), np.array([[1j, 1], [2, 3 - 1j]]))
    big = np.array([127, 127, 127], dtype=np.int8)
    gcall("matmul", big, big)
    gcall("matmul", np.array([[2**62, 2**62]]), np.array([[2], [2]]))
    gcall("matmul", np.array([[True, False], [False, False]]), np.array([[True, True], [False, True]]))
    for sa, sb in [((2, 3), (2, 3)), ((3,), (2,)), ((2, 2, 3), (3, 3, 2)), ((2, 2, 3), (3, 2)), ((4, 1, 2, 3), (5, 3, 2)),
                   ((0, 3), (3, 4)), ((2, 0), (0, 4)), ((3,), (2, 3, 4)), ((2, 3, 4), (4,)), ((1, 3), (3, 1)),
                   ((5, 7), (7, 6)), ((0,), (0,)), ((2, 1, 3), (1, 3, 2))]:
        gcall("matmul", np.arange(int(np.prod(sa)), dtype=np.float64).reshape(sa) - 1,
              np.arange(int(np.prod(sb)), dtype=np.float64).reshape(sb) * 0.5)
    gcall("matmul", 1, np.ones(2))
    gcall("matmul", np.ones(2), 1)
    gcall("matmul", np.ones((2, 3)), np.ones(3), out=np.zeros(3))
    gcall("matmul", np.ones((2, 3)), np.ones(3), out=np.zeros(2))
    gcall("matmul", np.ones((2, 3)), np.ones(3), out=np.zeros(2, dtype=np.int8))
    gcall("matmul", np.ones((2, 3)), np.ones(3), out=np.zeros(2, dtype=np.float32))
    gcall("matmul", np.ones((2, 3), dtype=np.int8), np.ones(3, dtype=np.uint8))
    gcall("matmul", np.ones((2, 3)), np.ones(3), dtype=np.int64)
    gcall("matmul", np.ones((2, 3)), np.ones(3), dtype=np.float32)
    gcall("matmul", np.ones((2, 3), dtype=np.int8), np.ones(3, dtype=np.int8), dtype=np.float32)
    gcall("matmul", np.arange(6.0).reshape(2, 3).T, np.arange(6.0).reshape(2, 3)[:, ::-1])
    gcall("matmul", np.array([[np.inf, 1.0]]), np.array([[0.0], [1.0]]))
    gcall("vecdot", np.ones((2, 3)), np.ones(2))
    gcall("matvec", np.ones((2, 3)), np.ones(2))
    gcall("vecmat", np.ones(2), np.ones((3, 2)))
    gcall("vecdot", np.arange(6.0).reshape(2, 3), np.arange(3.0))
    gcall("vecdot", 1.0, np.ones(3))
    rm = rng.standard_normal((3, 40, 70))
    gcall("matmul", rm, rng.standard_normal((70, 50)))
    gcall("matmul", rm.astype(np.float32), rng.standard_normal((70, 50)).astype(np.float32))
    gcall("matmul", rng.standard_normal((30, 300)).astype(np.float16), rng.standard_normal((300, 20)).astype(np.float16))
    gcall("matmul", (rng.standard_normal((20, 30)) + 1j).astype(np.complex64), rng.standard_normal((30, 10)).astype(np.complex64))

out = {"types": {}, "calls": calls, "sweep": sweep, "gufunc": gcalls}
for name in UNARY + BINARY + MULTI + GUFUNCS:
    uf = getattr(np, name)
    seen = [s for s in uf.types if all(c in G.OURS for c in s.replace("->", ""))]
    ident = uf.identity
    if ident is not None and not isinstance(ident, bool):
        ident = "-inf" if ident == -np.inf else int(ident)
    out["types"][name] = [uf.nin, uf.nout, ident, uf.signature, seen]
OUT.write_text(json.dumps(out, indent=0, allow_nan=False))
print(len(calls), "calls,", len(sweep), "sweeps,", len(gcalls), "gufunc calls")
