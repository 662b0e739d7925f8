"""NumPy's type checks that NumPy itself writes in Python: issubdtype, isdtype, isscalar,
iscomplexobj/isrealobj, iscomplex/isreal, real/imag, common_type (numpy/_core/numerictypes.py and
numpy/lib/_type_check_impl.py). Each array operation in them is one Java call; __init__ puts the
array functions behind NEP 18 dispatch. (isclose, allclose, array_equal, array_equiv are registry
functions: org.numpyjvm.api.internal.logic.)"""
import builtins as _builtins
import numbers as _numbers

import numpy as np
from numpy._core import (dtype, generic, integer, complexfloating, bool_, int8, int16, int32, int64, uint8, uint16,
                         uint32, uint64, float16, float32, float64, complex64, complex128)


def _issubclass(a, b):
    try:
        return issubclass(a, b)
    except TypeError:
        return False


def issubdtype(arg1, arg2):
    """np.issubdtype: whether arg1's scalar type is arg2's or below it in the hierarchy (np.generic > ...)."""
    if not _issubclass(arg1, generic):
        arg1 = dtype(arg1).type
    if not _issubclass(arg2, generic):
        arg2 = dtype(arg2).type
    return issubclass(arg1, arg2)


_KINDS = {
    "bool": (bool_,),
    "signed integer": (int8, int16, int32, int64),
    "unsigned integer": (uint8, uint16, uint32, uint64),
    "real floating": (float16, float32, float64),
    "complex floating": (complex64, complex128),
}
_KINDS["integral"] = _KINDS["signed integer"] + _KINDS["unsigned integer"]
_KINDS["numeric"] = _KINDS["integral"] + _KINDS["real floating"] + _KINDS["complex floating"]
_ALL_TYPES = frozenset(_KINDS["numeric"] + _KINDS["bool"] + (np.str_, np.bytes_))


class _NotADtype(Exception):
    pass


def _scalar_type(d):
    if isinstance(d, dtype):
        d = d.type
    if isinstance(d, np.ndarray) or not isinstance(d, type) or d not in _ALL_TYPES:
        raise _NotADtype
    return d


def isdtype(dtype, kind):
    """np.isdtype (the array API's): whether dtype is of kind, a kind name, a dtype or a tuple of them."""
    try:
        t = _scalar_type(dtype)
    except _NotADtype:
        raise TypeError("dtype argument must be a NumPy dtype, but it is a %s." % type(dtype)) from None
    kinds = set()
    for k in (kind if isinstance(kind, tuple) else (kind,)):
        if isinstance(k, str):
            if k not in _KINDS:
                raise ValueError("kind argument is a string, but %r is not a known kind name." % (k,))
            kinds.update(_KINDS[k])
        else:
            try:
                kinds.add(_scalar_type(k))
            except _NotADtype:
                raise TypeError("kind argument must be comprised of NumPy dtypes or strings only, "
                                "but is a %s." % type(k)) from None
    return t in kinds


_PY_SCALARS = (int, float, complex, _builtins.bool, bytes, str, memoryview)


def isscalar(element):
    """np.isscalar: NumPy scalars, Python's scalar types and numbers.Number instances (not 0-d arrays)."""
    return isinstance(element, generic) or type(element) in _PY_SCALARS or isinstance(element, _numbers.Number)


def iscomplexobj(x):
    """np.iscomplexobj: whether x's dtype (or that of np.asarray(x)) is complex."""
    try:
        t = x.dtype.type
    except AttributeError:
        t = np.asarray(x).dtype.type
    return issubclass(t, complexfloating)


def isrealobj(x):
    """np.isrealobj: not iscomplexobj(x)."""
    return not iscomplexobj(x)


def iscomplex(x):
    """np.iscomplex: elementwise, whether the imaginary part is nonzero (all False for real dtypes)."""
    ax = np.asanyarray(x)
    if issubclass(ax.dtype.type, complexfloating):
        return ax.imag != 0
    return np.zeros(ax.shape, _builtins.bool)[()]


def isreal(x):
    """np.isreal: elementwise, whether the imaginary part is zero."""
    return imag(x) == 0


def real(val):
    """np.real: val.real when val has it (a Python or NumPy scalar gives a scalar), else the array's."""
    try:
        return val.real
    except AttributeError:
        return np.asanyarray(val).real


def imag(val):
    """np.imag: val.imag when val has it, else the array's."""
    try:
        return val.imag
    except AttributeError:
        return np.asanyarray(val).imag


_PRECISION = {float16: 0, float32: 1, float64: 2, complex64: 1, complex128: 2}
_BY_PRECISION = ((float16, float32, float64), (None, complex64, complex128))


def common_type(*arrays):
    """np.common_type: the inexact scalar type all the arrays fit (integers count as float64)."""
    is_complex = False
    precision = 0
    for a in arrays:
        t = a.dtype.type
        if iscomplexobj(a):
            is_complex = True
        if issubclass(t, integer):
            p = 2
        else:
            p = _PRECISION.get(t)
            if p is None:
                raise TypeError("can't get common type for non-numeric array")
        precision = max(precision, p)
    return _BY_PRECISION[1 if is_complex else 0][precision]
