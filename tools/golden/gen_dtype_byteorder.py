"""Golden data for DType byte order: newbyteorder, ==, isnative.

Writes numpy-api/src/test/resources/golden/dtype_byteorder.json:
  "newbyteorder": [{"expr", "dtype", "order", "str", "repr"} | {..., "error", "message"}]
  "equal":        ["a b true|false", ...] for np.dtype(a) == np.dtype(b)
"""
import json
import os

import numpy as np

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "numpy-api", "src", "test",
                   "resources", "golden", "dtype_byteorder.json")

DTYPES = ["?", "i1", "u1", "<i2", ">i2", "=u4", "<f8", ">f8", "f2", ">c16", "U5", ">U5", "U", ">U", "S3", "S"]
ORDERS = ["S", "s", "swap", "<", ">", "=", "|", "little", "big", "native", "ignore", "L", "B", "N", "I",
          "x", "", "Swap", "b"]

newbyteorder = []
for d in DTYPES:
    for o in ORDERS:
        case = {"expr": "np.dtype(%r).newbyteorder(%r)" % (d, o), "dtype": d, "order": o}
        try:
            r = np.dtype(d).newbyteorder(o)
            case.update(str=r.str, repr=repr(r))
        except Exception as e:  # noqa: BLE001
            case.update(error=type(e).__name__, message=str(e))
        newbyteorder.append(case)

equal = []
for a in DTYPES:
    for b in DTYPES:
        equal.append("%s %s %s" % (a, b, "true" if np.dtype(a) == np.dtype(b) else "false"))

with open(OUT, "w", encoding="utf-8") as f:
    json.dump({"newbyteorder": newbyteorder, "equal": equal}, f, indent=1)
    f.write("\n")
print("wrote", len(newbyteorder), "newbyteorder and", len(equal), "equality cases to", os.path.normpath(OUT))
