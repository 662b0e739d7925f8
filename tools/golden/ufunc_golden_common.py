"""Shared encoders of the ufunc golden generators (gen_ufuncs.py, gen_ufuncs_more.py): operands and
results as JSON (floats as repr strings, complex as [re, im], ints exact), NumPy errors as [type, message]."""
import numpy as np

DTYPES = ["bool", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64",
          "float16", "float32", "float64", "complex64", "complex128"]
ERRS = ["OverflowError", "ZeroDivisionError", "AxisError", "IndexError", "TypeError", "ValueError", "KeyError",
        "NotImplementedError"]
OURS = {"?", "b", "B", "h", "H", "i", "I", "l", "L", "q", "Q", "e", "f", "d", "F", "D"}


def fstr(x):
    return repr(float(x))


def enc_values(a):
    flat = a.ravel(order="C").tolist() if a.ndim else [a.item()]
    out = []
    for v in flat:
        if a.dtype.kind == "c":
            out.append([fstr(v.real), fstr(v.imag)])
        elif a.dtype.kind == "f":
            out.append(fstr(v))
        elif a.dtype.kind == "b":
            out.append(bool(v))
        else:
            out.append(int(v))
    return out


def enc(x):
    if isinstance(x, np.ndarray):
        return {"a": str(x.dtype), "shape": list(x.shape), "v": enc_values(x)}
    if isinstance(x, bool):
        return {"bool": x}
    if isinstance(x, int):
        return {"int": x}
    if isinstance(x, float):
        return {"float": fstr(x)}
    if isinstance(x, complex):
        return {"complex": [fstr(x.real), fstr(x.imag)]}
    raise TypeError(type(x))


def err(e):
    for cls in type(e).__mro__:
        if cls.__name__ in ERRS:
            return [cls.__name__, str(e)]
    raise e


def res(r):
    r = np.asarray(r)
    return {"dtype": str(r.dtype), "shape": list(r.shape), "v": enc_values(r)}


def arr(vals, dt):
    dt = np.dtype(dt)
    if dt.kind in "biu":
        return np.array(vals, dtype=np.int64).astype(dt)
    return np.array(vals).astype(dt)
