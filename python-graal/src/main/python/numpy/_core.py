"""The base layer of the numpy package: the Java bridge's bound methods and the wrapping of its results.

The package's parts build on it: _dtype (dtype, iinfo, finfo), _scalars (NumPy scalar types),
_ndarray (ndarray), _functions (the registry's functions).

Numerics are one call into Java (org.numpyjvm.python.Bridge); Python keeps only keyword handling
and Python-only objects. Bound Java methods are cached in module globals (a bound call is the
cheapest route from GraalPy into Java).
"""
import builtins as _builtins

from numpy import _bridge
from numpy._bridge import ForeignException as _FE, error as _error

_B = _bridge.B
_call = _B.call
_kind = _B.kind
_getitem = _B.getitem
_setitem = _B.setitem
_last_scalar = _B.lastScalarName
_repr = _B.repr
_str = _B.str
_shape = _B.shape
_len = _B.len
_scalar_text = _B.scalarText
_dtype_of = _B.dtypeOf
_dtype_text = _B.dtypeText

__all__ = ["ndarray", "dtype", "newaxis"]

newaxis = None


# ---------------------------------------------------------------------------------------- results

def _wrap(r):
    """A bridge result as a Python object."""
    if r is None:
        return None
    t = type(r)
    if t is int or t is float or t is bool or t is str:
        return r
    k = _kind(r)
    if k == 1:
        a = object.__new__(ndarray)
        a._a = r
        return a
    if k == 2:
        return dtype._of(r)
    if k == 3:
        return _builtins.complex(r[0], r[1])
    if k == 4:
        return [_wrap(x) for x in r]
    if k == 5:
        return int(_B.bigText(r))
    if k == 6:
        return _B.bytesText(r).encode("latin-1")
    if k == 7:
        return iinfo._of(r)
    if k == 8:
        return finfo._of(r)
    if k == 9:
        return {_wrap(kv[0]): _wrap(kv[1]) for kv in _B.dictItems(r)}
    if k == 10:  # a result with floating-point error events (np.errstate): issue them, then the result
        from numpy._ufunc_config import _issue
        _issue(_B.warnedEvents(r))
        return _wrap(_B.warnedResult(r))
    return r


def _link(r, srcs):
    """NumPy's identities for an array result r of an operation on srcs: an input returned
    unchanged is that very object (np.asarray(a) is a), and a view's base is its input's wrapper
    (b.base is a)."""
    if type(r) is not ndarray:
        return r
    ra = r._a
    jb = None
    for s in srcs:
        if type(s) is ndarray:
            if s._a is ra:
                return s
            if jb is None:
                jb = _B.base(ra)
                if jb is None:
                    return r
            if s._a is jb:
                r._pb = s
                return r
            pb = getattr(s, "_pb", None)
            if pb is not None and pb._a is jb:
                r._pb = pb
                return r
    return r


def _array_of(a):
    """A Java NDArray handed over from Java (NumpyPython.put)."""
    o = object.__new__(ndarray)
    o._a = a
    return o


def _invoke(name, args, kwargs):
    try:
        r = _call(name, args, kwargs)
    except _FE:
        raise _error() from None
    return _wrap(r)


def _scalar_if_0d(r):
    """NumPy's ufuncs return scalars where the result is 0-d."""
    if type(r) is ndarray and r.ndim == 0:
        return r[()]
    return r


# the package's parts (imported last: they import the names above)
from numpy._dtype import dtype, iinfo, finfo, _DTYPE_CLASSES  # noqa: E402
from numpy._scalars import (generic, number, integer, signedinteger, unsignedinteger, inexact,  # noqa: E402
                            floating, complexfloating, flexible, bool, bool_, int8, int16, int32, int64, uint8,
                            uint16, uint32, uint64, float16, float32, float64, complex64, complex128, str_, bytes_,
                            _SCALARS, _scalar)
from numpy._ndarray import ndarray  # noqa: E402
from numpy._functions import _make_function, _from_buffer, names  # noqa: E402
from numpy._ufunc import ufunc, _ufunc_of  # noqa: E402
