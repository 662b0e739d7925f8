"""Array operations numpy.testing needs, as whole-array operations of numpy-jvm.

isnan/isinf/isfinite are NumPy's ufuncs, isclose is np.isclose. Results are always ndarrays (0-d for 0-d
input).
"""

import numpy as np

_NO_LOOP = ("ufunc '%s' not supported for the input types, and the inputs could not be safely coerced "
            "to any supported types according to the casting rule ''safe''")


def arr(v):
    """np.asarray(v): results of comparisons and reductions as arrays (0-d for scalars)."""
    return np.asarray(v)


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
    """np.isclose(x, y, rtol, atol, equal_nan) for arrays x, y (as an ndarray)."""
    return arr(np.isclose(x, y, rtol=rtol, atol=atol, equal_nan=equal_nan))


def compare(op, x, y):
    """op(x, y) of two arrays as an ndarray (string arrays use the comparison ufuncs' string loops; == and !=
    of strings and another kind are False / True everywhere, as in NumPy)."""
    return arr(op(x, y))
