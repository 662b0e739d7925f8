"""Golden data for DType.promoteTypes, DType.canCast, DType.resultType and the weak
Python-scalar checks (NumPy 2, NEP 50).

Writes numpy-api/src/test/resources/golden/dtype_promotion.json:
  "dtypes":      the dtype spellings swept (dtype.str)
  "promote":     [{"expr", "a", "b", "result" | "error", "message"}] for every pair
  "can_cast":    {"no"|"equiv"|"safe"|"same_kind"|"unsafe": ["a b true|false", ...]}
  "result_type": [{"expr", "args": [arg...], "result" | "error", "message"}] where an arg is
                 {"dtype": str} | {"bool": b} | {"int": "decimal"} | {"float": x} | {"complex": [re, im]}
  "weak_int":    [{"expr", "dtype", "value": "decimal", "ok" | "error", "message"}]: np.add of a
                 1-element array of dtype with a Python int (the OverflowError NEP 50 raises)
  "can_cast_errors": [{"expr", "casting", "error", "message"}]
"""
import json
import random
import os
import warnings

import numpy as np

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "numpy-api", "src", "test",
                   "resources", "golden", "dtype_promotion.json")

NUMERIC = ["?", "i1", "u1", "i2", "u2", "i4", "u4", "i8", "u8", "f2", "f4", "f8", "c8", "c16"]
STRINGS = ["U", "U1", "U3", "U5", "U21", "U40", "S", "S1", "S3", "S5", "S21", "S40"]
SWAPPED = [">i2", ">u4", ">f8", ">c8", ">U5"]
DTYPES = [np.dtype(s).str for s in NUMERIC + STRINGS + SWAPPED]
MODES = ["no", "equiv", "safe", "same_kind", "unsafe"]


def err(case, e):
    case["error"] = type(e).__name__
    case["message"] = str(e)
    return case


promote = []
for a in DTYPES:
    for b in DTYPES:
        case = {"expr": "np.promote_types(%r, %r)" % (a, b), "a": a, "b": b}
        try:
            case["result"] = np.promote_types(a, b).str
        except Exception as e:  # noqa: BLE001
            err(case, e)
        promote.append(case)

can_cast = {m: [] for m in MODES}
for m in MODES:
    for a in DTYPES:
        for b in DTYPES:
            can_cast[m].append("%s %s %s" % (a, b, "true" if np.can_cast(a, b, m) else "false"))

can_cast_errors = []
for c in ["foo", "Safe", "", "same-kind", "unsafe "]:
    case = {"expr": "np.can_cast('i8', 'f8', %r)" % c, "casting": c}
    try:
        np.can_cast("i8", "f8", c)
        case["error"] = None
    except Exception as e:  # noqa: BLE001
        err(case, e)
    can_cast_errors.append(case)


def enc(x):
    if isinstance(x, bool):
        return {"bool": x}
    if isinstance(x, int):
        return {"int": str(x)}
    if isinstance(x, float):
        return {"float": x}
    if isinstance(x, complex):
        return {"complex": [x.real, x.imag]}
    return {"dtype": np.dtype(x).str}


SCALARS = [True, False, 0, 1, -1, 300, 2**31, 2**63 - 1, 2**63, 2**64 - 1, 2**64, -2**63, -2**63 - 1,
           1.0, 1e300, 1j, complex(2, -3)]
result_cases = []


def rt(*args):
    case = {"expr": "np.result_type(%s)" % ", ".join(
        repr(a) if not isinstance(a, str) else "%r" % a for a in args), "args": [enc(a) for a in args]}
    try:
        case["result"] = np.result_type(*args).str
    except Exception as e:  # noqa: BLE001
        err(case, e)
    result_cases.append(case)


rt()
for s in SCALARS:
    rt(s)
for s in SCALARS:
    for t in [True, 1, 2**63, 1.0, 1j]:
        rt(s, t)
for d in DTYPES:
    rt(d)
    for s in [True, 1, -1, 300, 2**64, 1.0, 1j]:
        rt(d, s)
        rt(s, d)
    for s, t in [(1, 1.0), (1.0, 1j), (1, 1j), (True, 1)]:
        rt(d, s, t)
for triple in [("i1", "u8", 1.0), ("i8", "u8"), ("U3", "S5", "i1"), ("U3", 1, "i1"), ("i1", "U3", 1),
               (1.0, "U3", 1), ("i1", "u1", "u2"), ("u2", "i1", "u1"), ("f2", "i1", 1j), ("f4", "i8"),
               ("S3", "U1", "?"), ("U3", "f8", 1), ("?", "?", 1), ("f2", "f4", "i1", 1j, 1),
               ("S2", "i8", "u8")]:
    rt(*triple)

# longer mixes (seeded): the reduction order matters for which error NumPy reports
rng = random.Random(1234)
POOL = NUMERIC + ["U3", "U21", "S5", ">f8", ">U5"] + [True, 1, 2**63, 1.0, 1j]
for _ in range(400):
    rt(*[rng.choice(POOL) for _ in range(rng.randint(3, 6))])

weak_int = []
for d in NUMERIC:
    for v in [0, 1, -1, 127, 128, -128, -129, 255, 256, 32767, 32768, -32769, 65535, 65536,
              2**31 - 1, 2**31, -2**31 - 1, 2**32 - 1, 2**32, 2**63 - 1, 2**63, -2**63, -2**63 - 1,
              2**64 - 1, 2**64, 2**1000, -2**1100]:
        case = {"expr": "np.add(np.ones(1, %r), %d)" % (d, v), "dtype": np.dtype(d).str, "value": str(v)}
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                np.add(np.ones(1, d), v)
            case["ok"] = True
        except Exception as e:  # noqa: BLE001
            err(case, e)
        weak_int.append(case)

doc = {"dtypes": DTYPES, "promote": promote, "can_cast": can_cast, "can_cast_errors": can_cast_errors,
       "result_type": result_cases, "weak_int": weak_int}
with open(OUT, "w", encoding="utf-8") as f:
    json.dump(doc, f, indent=1)
    f.write("\n")
print("wrote", len(promote), "promote,", sum(len(v) for v in can_cast.values()), "can_cast,",
      len(result_cases), "result_type,", len(weak_int), "weak_int cases to", os.path.normpath(OUT))
