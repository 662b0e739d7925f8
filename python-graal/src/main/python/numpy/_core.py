"""The base layer of the numpy package: the Java bridge's bound methods and the wrapping of its results.

The package's parts build on it: _dtype (dtype, iinfo, finfo), _scalars (NumPy scalar types),
_ndarray (ndarray), _functions (the registry's functions).

Numerics are one call into Java (org.numpyjvm.python.Bridge); Python keeps only keyword handling
and Python-only objects. Bound Java methods are cached in module globals (a bound call is the
cheapest route from GraalPy into Java).
"""
import array as _array_mod
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
_D = _B.dtypes()  # the dtype helpers (org.numpyjvm.python.DTypes)
_scalar_text = _D.scalarText
_dtype_of = _D.dtypeOf
_dtype_text = _D.dtypeText
_call1 = _B.call1
_call2 = _B.call2
_call3 = _B.call3
_call_seq = _B.callSeq
_new = object.__new__
_pybool = _builtins.bool

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
    return _wrap_kind(_kind(r), r)


def _wrap_kind(k, r):
    """A bridge result r of kind k (Bridge.kind) as a Python object."""
    if k == 1:
        a = object.__new__(ndarray)
        a._a = r
        a._sh = a._dt = a._pb = None  # shape, dtype: read on first use; _pb: set by _link
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


def _fast(r, args):
    """The result of a fast call (Bridge.call1/2/3, getitemInt...) of the Python arguments args: an NDArray
    unrelated to the arguments, a Python scalar or None, or a tagged Java array (Bridge.SCALAR, LINK, kinds)."""
    t = type(r)
    if t is _NDT:
        a = _new(ndarray)
        a._a = r
        a._sh = a._dt = a._pb = None  # shape, dtype: read on first use; _pb: set by _link
        return a
    if t is _TAG:
        return _untag(r, args)
    return r


def _view(r, s, pb):
    """The result r of a view-making fast call (Bridge.getitemInt, getitemSlice, transposed, reshapeFast,
    ravelFast) on the ndarray s, whose wrapper of its base is pb (None: not known): an untagged NDArray is a
    view whose base is pb, or s itself when pb is None (FastResults.view); else a tagged result."""
    if type(r) is _NDT:
        a = _new(ndarray)
        a._a = r
        a._sh = a._dt = None  # shape, dtype: read on first use
        a._pb = s if pb is None else pb
        return a
    return _untag(r, (s,))


def _untag(r, args):
    k = r[0]
    if k == 11:  # [SCALAR, value, scalar type code, name when the code is -1]
        c = r[2]
        if c < 0:
            return _scalar(r[3], r[1])
        v = r[1]
        t = type(v)
        if t is int or t is float or t is _pybool:  # a number: its NumPy scalar type directly (as _scalar)
            return _SCALAR_TYPES[c]._new(v)
        return _scalar(_SCALAR_NAMES[c], v)
    if k == 12:  # [LINK, array, argument index, how, base]: as _link, without asking Java for the base
        a = _new(ndarray)
        a._a = r[1]
        a._sh = a._dt = a._pb = None  # shape, dtype: read on first use; _pb: set by _link
        s = args[r[2]]
        how = r[3]
        if how == 0:
            return s
        if how == 1:
            a._pb = s
            return a
        pb = getattr(s, "_pb", None)
        if pb is not None and pb._a is r[4]:
            a._pb = pb
            return a
        return _link(a, args)
    if k == 13:  # [FRESH, array]: a new array from a view-making call (_view)
        a = _new(ndarray)
        a._a = r[1]
        a._sh = a._dt = a._pb = None
        return a
    if k == 10:  # [WARNED, Warned(fast result, events)]: issue the floating-point events, then the result
        from numpy._ufunc_config import _issue
        w = r[1]
        _issue(_B.warnedEvents(w))
        return _fast(_B.warnedResult(w), args)
    return _wrap_kind(k, r[1])


def _j(x):
    """x as a fast call's argument: an ndarray's NDArray, a Python int/float/bool/str/None itself; else _SLOW
    (the value needs the full conversion of Bridge.invoke, e.g. a tuple or a NumPy scalar)."""
    t = type(x)
    if t is ndarray:
        return x._a
    if t is int or t is float or t is _pybool or t is str or x is None:
        return x
    return _SLOW


_SLOW = object()
_BULK = 64  # lists from this length go to Java whole, which reads lists of numbers in bulk (_bulk)


def _bulk(x):
    """A list (or tuple) of Python floats or of Python ints, or of equally long such lists (2-d), as an array.array
    ('d' or 'q') or a 2-d memoryview of one, which Java reads in one bulk copy (BulkList) where it would read the
    list element by element. None for anything else (mixed ints and floats, bools, NumPy scalars, ragged or deeper
    nesting, an int out of int64's range: those take the element-by-element conversion). Java (PyValues.convert)
    calls it for lists of 64 or more items."""
    rows = 0
    if x and type(x[0]) is list:  # 2-d: rows of one length
        m = len(x[0])
        if m == 0:
            return None
        flat = []
        for row in x:
            if type(row) is not list or len(row) != m:
                return None
            flat.extend(row)
        rows = len(x)
        x = flat
    t0 = type(x[0]) if x else None  # one type throughout: a list of ints and floats converts element by element
    if t0 is float:
        code = "d"
    elif t0 is int:
        code = "q"
    else:
        return None
    for e in x:
        if type(e) is not t0:
            return None
    try:
        a = _array_mod.array(code, x)
    except OverflowError:
        return None
    return memoryview(a).cast("B").cast(code, (rows, len(x) // rows)) if rows else a


def _jseq(x):
    """A flat list or tuple (shorter than _BULK) of ndarrays and Python int/float/bool/str/None as a list of fast
    call arguments, else _SLOW."""
    t = type(x)
    if t is not tuple and t is not list or len(x) >= _BULK:
        return _SLOW
    out = []
    for e in x:
        t = type(e)
        if t is ndarray:
            out.append(e._a)
        elif t is int or t is float or t is _pybool or t is str or e is None:
            out.append(e)
        else:
            return _SLOW
    return out


def _fast_call(F, scalar0d, args):
    """F(*args) by a fast call (Bridge.call1/2/3, callSeq), or _SLOW when an argument needs the full conversion."""
    try:
        return _fast_call_(F, scalar0d, args)
    except _FE:
        raise _error() from None


def _fast_call_(F, scalar0d, args):
    n = len(args)
    if n == 1:
        x = _j(args[0])
        if x is not _SLOW:
            return _fast(_call1(F, scalar0d, x), args)
        q = _jseq(args[0])
        if q is not _SLOW:
            return _fast(_call_seq(F, scalar0d, 1, 0, None, None, *q), args)
        return _SLOW
    if n == 2:
        x = _j(args[0])
        y = _j(args[1])
        if x is not _SLOW and y is not _SLOW:
            return _fast(_call2(F, scalar0d, x, y), args)
        if x is _SLOW and y is not _SLOW:
            q = _jseq(args[0])
            if q is not _SLOW:
                return _fast(_call_seq(F, scalar0d, 2, 0, y, None, *q), args)
        elif y is _SLOW and x is not _SLOW:
            q = _jseq(args[1])
            if q is not _SLOW:
                return _fast(_call_seq(F, scalar0d, 2, 1, x, None, *q), args)
        return _SLOW
    if n == 3:
        x = _j(args[0])
        y = _j(args[1])
        z = _j(args[2])
        if x is not _SLOW and y is not _SLOW and z is not _SLOW:
            return _fast(_call3(F, scalar0d, x, y, z), args)
    return _SLOW


def _array_of(a):
    """A Java NDArray handed over from Java (NumpyPython.put)."""
    o = object.__new__(ndarray)
    o._a = a
    o._sh = o._dt = o._pb = None  # shape, dtype: read on first use; _pb: set by _link
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
from numpy._functions import _make_function, names  # noqa: E402
from numpy._ufunc import ufunc, _ufunc_of  # noqa: E402

# the Python types of the fast calls' results: a Java NDArray and a tagged Java Object[]
_NDT = type(_call1(_B.function("empty"), False, 0))
_TAG = type(_B.scalarNames())
_SCALAR_NAMES = list(_B.scalarNames())
_SCALAR_TYPES = [_SCALARS[n] for n in _SCALAR_NAMES]  # by scalar type code (the names are _SCALARS' keys)
for _n in _SCALAR_NAMES:  # each numeric dtype class knows its scalar type (an element read as a bare number)
    if _n not in ("str", "bytes"):
        _DTYPE_CLASSES["numpy." + _n]._scalar = _SCALARS[_n]
