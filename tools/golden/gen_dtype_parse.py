"""Golden data for DType.of(String): how NumPy parses dtype spellings.

Writes numpy-api/src/test/resources/golden/dtype_parse.json: a list of cases
{"expr", "spelling", "ok": true, "str", "name", "char", "kind", "itemsize",
"byteorder", "repr", "text" (str(dtype)), "isnative", "num"} or {"expr", "spelling",
"ok": false, "error", "message"}. NumPy-valid dtypes numpy-jvm does not have
(longdouble, object, void, datetime, structured) are recorded as NumPy gives
them; the test expects NotImplementedError for those.
"""
import json
import os
import warnings

import numpy as np

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "numpy-api", "src", "test",
                   "resources", "golden", "dtype_parse.json")

SPELLINGS = sorted(np.sctypeDict.keys(), key=str) + [
    # removed or never-existing aliases
    "cfloat", "float_", "complex_", "unicode_", "string_", "string", "uint0", "int0",
    "str0", "bytes0", "bool8", "void0", "object0", "longfloat", "singlecomplex", "longcomplex",
    "clongfloat", "float96", "complex192", "int128", "uint128", "str8",
    "Bool", "Int8", "Int32", "UInt8", "Float32", "Float64", "FLOAT64", "Complex64", "Str", "Bytes",
    # type characters
    "?", "b", "B", "h", "H", "i", "I", "l", "L", "q", "Q", "n", "N", "p", "P",
    "e", "f", "d", "g", "F", "D", "G", "U", "S", "a", "c", "O", "V", "M", "m",
    # byte order + kind + size
    "U5", "<U5", ">U5", "|U5", "=U5", "U0", "S0", "S3", "|S3", "<S3", ">S3", "a3", "<U", ">U",
    "<S", ">S0", "U1", "S1", "U100", "S2147483647", "U536870911", "U536870912",
    "U2147483648", "S9999999999", "U1000000000000",
    "f08", "f+8", "f 8", "f\t8", "S+3", "U-0", "U-1", "S-1", "Sa", "U5a", "f8f",
    "d8", "?1", "b2", "e2", "D16", "F8", "l8", "q8", "B1", "L8", "i16", "f1", "i3", "u0", "f0",
    "f16", "c32", "V3", "O8", "M8", "M8[s]", "<M8[ns]", "m8[D]",
    # invalid
    "foo", "", "x", "float32 ", " f8", "f 8 ", "i4 ", "b1 ", "float64[]", "uint32\x00",
    "|", "<", ">", "=", "<<f8", "<float64", ">int", "<bool", "it's", 'a"b', "\u00e9",
    # comma strings (structured / subarray) and their error forms
    "0", "1", "<1", "i4,i4", "f,", "(2,)f8", "2f8", "1f",
]
# one character below 0x18 is read as a type number; 0x18 and up are not
SPELLINGS += [chr(i) for i in range(26)] + [">\x0c", "<\x03"]
for k in "biufc":
    for n in (0, 1, 2, 3, 4, 8, 16):
        for o in ("", "<", ">", "=", "|"):
            SPELLINGS.append(o + k + str(n))
for c in "?bBhHiIlLqQefdFDUS":
    for o in ("<", ">", "=", "|"):
        SPELLINGS.append(o + c)

seen = set()
cases = []
for s in SPELLINGS:
    if s in seen:
        continue
    seen.add(s)
    case = {"expr": "np.dtype(%r)" % s, "spelling": s}
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            d = np.dtype(s)
        case.update(ok=True, str=d.str, name=d.name, char=d.char, kind=d.kind,
                    itemsize=d.itemsize, byteorder=d.byteorder, repr=repr(d), text=str(d),
                    isnative=bool(d.isnative), num=d.num)
    except Exception as e:  # noqa: BLE001 -- we record NumPy's exception
        case.update(ok=False, error=type(e).__name__, message=str(e))
    cases.append(case)

with open(OUT, "w", encoding="utf-8") as f:
    json.dump(cases, f, indent=1, ensure_ascii=False)
    f.write("\n")
print("wrote", len(cases), "cases to", os.path.normpath(OUT))
