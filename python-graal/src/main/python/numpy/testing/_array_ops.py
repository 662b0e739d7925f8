"""Array operations numpy.testing needs, as whole-array operations of numpy-jvm.

isnan/isinf/isfinite are NumPy's ufuncs; isclose is np.isclose once the dynamic layer registers it,
NumPy 2.4's formula until then. Results are always ndarrays (0-d for 0-d input).
"""
import operator

import numpy as np
from numpy import _bridge

_NO_LOOP = ("ufunc '%s' not supported for the input types, and the inputs could not be safely coerced "
            "to any supported types according to the casting rule ''safe''")


def arr(v):
    """np.asarray(v), also for np.bool scalars (which the bridge does not convert)."""
    if isinstance(v, np.bool_):
        return np.asarray(bool(v))
    return np.asarray(v)


def _registered(name):
    return _bridge.B.has(name)


def _kind(a, ufunc):
    k = a.dtype.kind
    if k not in "biufc":
        raise TypeError(_NO_LOOP % ufunc)
    return k


def _predicate(ufunc, a):
    """np.<ufunc>(a) as an ndarray, with NumPy's TypeError for non-numeric arrays."""
    a = arr(a)
    _kind(a, ufunc.__name__)
    return arr(ufunc(a))


def isnan(a):
    return _predicate(np.isnan, a)


def isinf(a):
    return _predicate(np.isinf, a)


def isfinite(a):
    return _predicate(np.isfinite, a)


def all_true(v):
    """bool(np.all(v)) for a boolean array or scalar."""
    return bool(np.all(arr(v)))


def any_true(v):
    return bool(np.any(arr(v)))


def isclose(x, y, rtol, atol, equal_nan):
    """np.isclose(x, y, rtol, atol, equal_nan) for arrays x, y (as an ndarray; NumPy 2.4's formula)."""
    if _registered("isclose"):
        return arr(np.isclose(x, y, rtol=rtol, atol=atol, equal_nan=equal_nan))
    if y.dtype.kind != "m":
        y = np.asanyarray(y, dtype=np.result_type(y, 1.))
    if not (all_true(isfinite(atol)) and all_true(isfinite(rtol))):
        import warnings
        warnings.warn("One of rtol or atol is not valid, atol: %s, rtol: %s" % (atol, rtol), RuntimeWarning,
                      stacklevel=3)
    with np.errstate(invalid='ignore'):  # inf - inf, as NumPy's isclose
        result = np.logical_or(np.logical_and(np.less_equal(abs(x - y), atol + rtol * abs(y)), isfinite(y)),
                               arr(x == y))
    if equal_nan:
        result = np.logical_or(result, np.logical_and(isnan(x), isnan(y)))
    return arr(result)


def _str_compare(op, x, y):
    """op elementwise on string arrays (numpy-jvm's comparison ufuncs have no string loops yet)."""
    shape = np.broadcast_shapes(x.shape, y.shape)
    xs = np.broadcast_to(x, shape).ravel().tolist()
    ys = np.broadcast_to(y, shape).ravel().tolist()
    return np.array([op(a, b) for a, b in zip(xs, ys)], dtype=bool).reshape(shape)


def compare(op, x, y):
    """op(x, y) of two arrays as an ndarray; strings compared as Python str/bytes when numpy-jvm cannot."""
    try:
        return arr(op(x, y))
    except TypeError:
        kx, ky = x.dtype.kind, y.dtype.kind
        if kx in "US" and ky == kx:
            return _str_compare(op, x, y)
        if (kx in "US" or ky in "US") and op in (operator.eq, operator.ne):
            # NumPy: == of strings and another kind is False everywhere (!= True)
            return np.full(np.broadcast_shapes(x.shape, y.shape), op is operator.ne, dtype=bool)
        raise
