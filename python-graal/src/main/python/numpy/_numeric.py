"""numpy.isclose and numpy.allclose: compositions of ufuncs, as NumPy 2.4 writes them in Python
(numpy/_core/numeric.py); each ufunc is one Java call."""
import builtins as _builtins
import warnings as _warnings

import numpy as np


def isclose(a, b, rtol=1.e-5, atol=1.e-8, equal_nan=False):
    """np.isclose: |a - b| <= atol + rtol * |b| elementwise (b made inexact), NaNs equal with equal_nan."""
    x, y, atol, rtol = (v if isinstance(v, (int, float, complex)) else np.asanyarray(v) for v in (a, b, atol, rtol))
    dt = getattr(y, "dtype", None)
    if dt is not None and dt.kind != "m":
        y = np.asanyarray(y, dtype=np.result_type(y, 1.))
    elif isinstance(y, int):
        y = float(y)
    if not (np.all(np.isfinite(atol)) and np.all(np.isfinite(rtol))):
        mode = np.geterr()["invalid"]
        msg = "One of rtol or atol is not valid, atol: %s, rtol: %s" % (atol, rtol)
        if mode == "warn":
            _warnings.warn(msg, RuntimeWarning, stacklevel=2)
        elif mode == "raise":
            raise FloatingPointError(msg)
        elif mode == "print":
            print(msg)
    with np.errstate(invalid="ignore"):
        result = np.less_equal(abs(x - y), atol + rtol * abs(y)) & np.isfinite(y) | (x == y)
        if equal_nan:
            result = result | np.isnan(x) & np.isnan(y)
    return result[()] if isinstance(result, np.ndarray) else result


def allclose(a, b, rtol=1.e-5, atol=1.e-8, equal_nan=False):
    """np.allclose: whether isclose holds everywhere (a Python bool)."""
    return _builtins.bool(np.all(isclose(a, b, rtol=rtol, atol=atol, equal_nan=equal_nan)))
