"""Golden data for IInfo / FInfo (np.iinfo, np.finfo).

Writes numpy-api/src/test/resources/golden/dtype_info.json:
  "iinfo": [{"expr", "dtype", "bits", "min", "max" (decimal strings), "kind", "info_dtype", "repr", "str"}
            | {"expr", "dtype", "error", "message"}]
  "finfo": [{"expr", "dtype", attribute: value (floats as exact doubles, ints), "info_dtype",
             "repr", "str"} | {"expr", "dtype", "error", "message"}]
"""
import json
import os

import numpy as np

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "numpy-api", "src", "test",
                   "resources", "golden", "dtype_info.json")

DTYPES = ["?", "i1", "u1", "i2", "u2", "i4", "u4", "i8", "u8", "f2", "f4", "f8", "c8", "c16",
          "U5", "S3", ">i4", ">u2", ">f8", ">c16"]
FLOAT_ATTRS = ["eps", "epsneg", "max", "min", "tiny", "smallest_normal", "smallest_subnormal",
               "resolution"]
INT_ATTRS = ["bits", "precision", "iexp", "maxexp", "minexp", "machep", "negep", "nexp", "nmant"]

iinfo, finfo = [], []
for s in DTYPES:
    d = np.dtype(s)
    case = {"expr": "np.iinfo(np.dtype(%r))" % s, "dtype": d.str}
    try:
        i = np.iinfo(d)
        case.update(bits=i.bits, min=str(i.min), max=str(i.max), kind=i.kind, info_dtype=i.dtype.str,
                    repr=repr(i), str=str(i))
    except Exception as e:  # noqa: BLE001
        case.update(error=type(e).__name__, message=str(e))
    iinfo.append(case)

    case = {"expr": "np.finfo(np.dtype(%r))" % s, "dtype": d.str}
    try:
        f = np.finfo(d)
        for a in FLOAT_ATTRS:
            case[a] = float(getattr(f, a))
        for a in INT_ATTRS:
            case[a] = int(getattr(f, a))
        case.update(info_dtype=f.dtype.str, repr=repr(f), str=str(f))
    except Exception as e:  # noqa: BLE001
        case.update(error=type(e).__name__, message=str(e))
    finfo.append(case)

with open(OUT, "w", encoding="utf-8") as f:
    json.dump({"iinfo": iinfo, "finfo": finfo}, f, indent=1)
    f.write("\n")
print("wrote", len(iinfo), "iinfo and", len(finfo), "finfo cases to", os.path.normpath(OUT))
