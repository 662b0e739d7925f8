"""ndarray methods of the registry's functions (a.sum(), a.take(...), ...) with NumPy's method
signatures, and a.flat (numpy.flatiter). install() adds a method only where the registry has its
function: a method NumPy has whose function numpy-jvm lacks stays absent (AttributeError).
"""
import builtins as _builtins

from numpy import _core
from numpy._bridge import ForeignException as _FE, error as _error
from numpy._core import _B, _call1, _fast, _fast_call, _SLOW
from numpy._ndarray import ndarray
from numpy._protocol import as_type
from numpy._scalars import integer as _integer


class _NoValueType:
    __slots__ = ()

    def __repr__(self):
        return "<no value>"


_NoValue = _NoValueType()


def _call(name, self, args, kw, out=None, scalar=True):
    """numpy.<name>(self, *args, **kw) (keywords at their default value left out): a result of self's
    subclass; out when given; a scalar for a 0-d result of a base-class ndarray (where scalar)."""
    kwargs = {k: v for k, v in kw.items() if v is not _NoValue}
    r = _core._invoke(name, (self,) + args, kwargs)
    if out is not None:
        return out
    return _result(self, r, scalar)


# the registry functions of the methods (install()), for the fast route
_F = {}


def _quick(name, scalar, self, x=_NoValue, y=_NoValue):
    """numpy.<name>(self[, x[, y]]) by a fast call (Bridge.call1/2/3) for a base-class ndarray (the caller checks
    that the other arguments are at their defaults); _SLOW when the route does not apply (a subclass, or an
    argument that needs the full conversion)."""
    if type(self) is not ndarray:
        return _SLOW
    F = _F[name]
    if x is _NoValue:
        try:
            return _fast(_call1(F, scalar, self._a), (self,))
        except _FE:
            raise _error() from None
    return _fast_call(F, scalar, (self, x) if y is _NoValue else (self, x, y))


def _quick_axis(name, scalar, self, axis):
    """_quick for a method whose only argument not at its default is axis (the function's second parameter)."""
    return _quick(name, scalar, self) if axis is None else _quick(name, scalar, self, axis)


def _result(self, r, scalar=True):
    if type(r) is not ndarray:
        return r
    if type(self) is ndarray:
        if scalar and r.ndim == 0:
            return r[()]
        return r
    return as_type(r, type(self), self)


# ------------------------------------------------------------------------ reductions and friends

_REDUCING = {"sum": "add", "prod": "multiply", "max": "maximum", "min": "minimum", "all": "logical_and",
             "any": "logical_or"}


def _overrides(self):
    """Whether self is of an ndarray subclass with its own __array_ufunc__ (NumPy's reduction methods are
    ufunc.reduce calls, which that sees)."""
    t = type(self)
    return t is not ndarray and t.__array_ufunc__ is not ndarray.__array_ufunc__


def _reduce(name, self, axis, dtype, out, keepdims, initial=_NoValue, where=True):
    """self.<name>(...) as NumPy's numpy/_core/_methods.py: <ufunc>.reduce(self, axis, dtype, out, keepdims,
    initial, where); all/any reduce to bool and pass where only when it is not True."""
    from numpy._ufunc import _ufunc_of, _NoValue as _nv
    from numpy._dtype import dtype as _dtype
    u = _ufunc_of(_REDUCING[name])
    if name in ("all", "any"):
        dt = _dtype("bool") if dtype is None else dtype
        if where is True:
            return u.reduce(self, axis, dt, out, keepdims)
        return u.reduce(self, axis, dt, out, keepdims, where=where)
    return u.reduce(self, axis, dtype, out, keepdims, _nv if initial is _NoValue else initial, where)


def _with_dtype(name):
    """sum, prod: NumPy's (axis, dtype, out, keepdims, initial, where)."""
    def method(self, axis=None, dtype=None, out=None, keepdims=False, initial=_NoValue, where=True):
        if _overrides(self):
            return _reduce(name, self, axis, dtype, out, keepdims, initial, where)
        if dtype is None and out is None and keepdims is False and initial is _NoValue and where is True:
            r = _quick_axis(name, True, self, axis)
            if r is not _SLOW:
                return r
        return _call(name, self, (), dict(axis=axis, dtype=dtype, out=out, keepdims=keepdims or _NoValue,
                                          initial=initial, where=_NoValue if where is True else where), out)
    method.__name__ = name
    return method


def _without_dtype(name):
    """max, min: NumPy's (axis, out, keepdims, initial, where)."""
    def method(self, axis=None, out=None, keepdims=False, initial=_NoValue, where=True):
        if _overrides(self):
            return _reduce(name, self, axis, None, out, keepdims, initial, where)
        if out is None and keepdims is False and initial is _NoValue and where is True:
            r = _quick_axis(name, True, self, axis)
            if r is not _SLOW:
                return r
        return _call(name, self, (), dict(axis=axis, out=out, keepdims=keepdims or _NoValue, initial=initial,
                                          where=_NoValue if where is True else where), out)
    method.__name__ = name
    return method


def _logical(name):
    """all, any: NumPy's (axis, out, keepdims, *, where)."""
    def method(self, axis=None, out=None, keepdims=False, *, where=True):
        if _overrides(self):
            return _reduce(name, self, axis, None, out, keepdims, where=where)
        if out is None and keepdims is False and where is True:
            r = _quick_axis(name, True, self, axis)
            if r is not _SLOW:
                return r
        return _call(name, self, (), dict(axis=axis, out=out, keepdims=keepdims or _NoValue,
                                          where=_NoValue if where is True else where), out)
    method.__name__ = name
    return method


sum, prod = _with_dtype("sum"), _with_dtype("prod")
max, min = _without_dtype("max"), _without_dtype("min")
all, any = _logical("all"), _logical("any")


def _cumulative(name):
    """cumsum, cumprod: NumPy's (axis, dtype, out)."""
    def method(self, axis=None, dtype=None, out=None):
        if dtype is None and out is None:
            r = _quick_axis(name, True, self, axis)
            if r is not _SLOW:
                return r
        return _call(name, self, (), dict(axis=axis, dtype=dtype, out=out), out)
    method.__name__ = name
    return method


cumsum, cumprod = _cumulative("cumsum"), _cumulative("cumprod")


def _arg(name):
    """argmax, argmin: NumPy's (axis, out, *, keepdims)."""
    def method(self, axis=None, out=None, *, keepdims=False):
        if out is None and keepdims is False:
            r = _quick_axis(name, True, self, axis)
            if r is not _SLOW:
                return r
        return _call(name, self, (), dict(axis=axis, out=out, keepdims=keepdims or _NoValue), out)
    method.__name__ = name
    return method


argmax, argmin = _arg("argmax"), _arg("argmin")


def mean(self, axis=None, dtype=None, out=None, keepdims=False, *, where=True):
    if dtype is None and out is None and keepdims is False and where is True:
        r = _quick_axis("mean", True, self, axis)
        if r is not _SLOW:
            return r
    return _call("mean", self, (), dict(axis=axis, dtype=dtype, out=out, keepdims=keepdims or _NoValue,
                                        where=_NoValue if where is True else where), out)


def std(self, axis=None, dtype=None, out=None, ddof=0, keepdims=False, *, where=True, mean=_NoValue,
        correction=_NoValue):
    return _call("std", self, (), dict(axis=axis, dtype=dtype, out=out, ddof=ddof or _NoValue,
                                       keepdims=keepdims or _NoValue, where=_NoValue if where is True else where,
                                       mean=mean, correction=correction), out)


def var(self, axis=None, dtype=None, out=None, ddof=0, keepdims=False, *, where=True, mean=_NoValue,
        correction=_NoValue):
    return _call("var", self, (), dict(axis=axis, dtype=dtype, out=out, ddof=ddof or _NoValue,
                                       keepdims=keepdims or _NoValue, where=_NoValue if where is True else where,
                                       mean=mean, correction=correction), out)


def clip(self, min=None, max=None, out=None, **kwargs):
    return _call("clip", self, (min, max), dict(kwargs, out=out), out, False)


def round(self, decimals=0, out=None):
    return _call("round", self, (), dict(decimals=decimals or _NoValue, out=out), out, False)


def trace(self, offset=0, axis1=0, axis2=1, dtype=None, out=None):
    return _call("trace", self, (offset, axis1, axis2), dict(dtype=dtype, out=out), out)


def dot(self, other, /, out=None):
    if out is None:
        r = _quick("dot", True, self, other)
        if r is not _SLOW:
            return r
    return _call("dot", self, (other,), dict(out=out), out)


# ------------------------------------------------------------------------ selection and shape

def nonzero(self, *args):
    if args:
        raise TypeError("function takes exactly 0 arguments (%d given)" % len(args))
    return tuple(_core._invoke("nonzero", (self,), None))  # base-class arrays, also for a subclass


def repeat(self, repeats, /, axis=None):
    r = _quick("repeat", False, self, repeats) if axis is None else _quick("repeat", False, self, repeats, axis)
    if r is not _SLOW:
        return r
    return _call("repeat", self, (repeats,), dict(axis=axis), None, False)


def squeeze(self, /, axis=None):
    if axis is None and 1 not in self.shape:
        return self  # as NumPy: nothing to squeeze gives the array itself
    return _call("squeeze", self, (), dict(axis=axis), None, False)


def take(self, indices, /, axis=None, out=None, mode="raise"):
    if axis is None and out is None and type(mode) is str and mode == "raise":
        r = _quick("take", True, self, indices)
        if r is not _SLOW:
            return r
    return _call("take", self, (indices,), dict(axis=axis, out=out, mode=_NoValue if mode == "raise" else mode),
                 out)


def put(self, indices, values, /, mode="raise"):
    _core._invoke("put", (self, indices, values), None if mode == "raise" else {"mode": mode})


def compress(self, condition, axis=None, out=None):
    r = _core._invoke("compress", (condition, self), {k: v for k, v in (("axis", axis), ("out", out))
                                                     if v is not None})
    return out if out is not None else _result(self, r, False)


def choose(self, choices, out=None, mode="raise"):
    kw = {k: v for k, v in (("out", out), ("mode", None if mode == "raise" else mode)) if v is not None}
    r = _core._invoke("choose", (self, choices), kw)
    return out if out is not None else _result(self, r, False)


def searchsorted(self, v, /, side="left", sorter=None):
    return _call("searchsorted", self, (v,), dict(side=_NoValue if side == "left" else side,
                                                  sorter=_NoValue if sorter is None else sorter))


def sort(self, /, axis=-1, kind=None, order=None, *, stable=None):
    self[...] = _core._invoke("sort", (self,), {k: v for k, v in (("axis", axis), ("kind", kind), ("order", order),
                                                                   ("stable", stable)) if v is not None})


def argsort(self, /, axis=-1, kind=None, order=None, *, stable=None):
    return _call("argsort", self, (), dict(axis=axis, kind=kind or _NoValue, order=order or _NoValue,
                                           stable=_NoValue if stable is None else stable), None, False)


def partition(self, kth, /, axis=-1, kind="introselect", order=None):
    self[...] = _core._invoke("partition", (self, kth), {k: v for k, v in (("axis", axis), ("order", order))
                                                           if v is not None})


def conjugate(self, /):
    """a.conjugate(): the array itself for a non-complex dtype (as NumPy), else a copy with the
    imaginary parts negated."""
    if self.dtype.kind != "c":
        return self
    if _B.has("conjugate"):
        return _result(self, _core._invoke("conjugate", (self,), None), False)
    r = self.copy()
    r.imag[...] = -self.imag
    return r


# ------------------------------------------------------------------------ flat

class flatiter:
    """numpy.flatiter (a.flat): the array's elements in C order, live (reads and writes go to the array)."""
    __slots__ = ("_base", "_i", "__weakref__")

    def __new__(cls, *args):
        raise TypeError("cannot create 'numpy.flatiter' instances")

    @classmethod
    def _of(cls, a):
        o = object.__new__(cls)
        o._base = a
        o._i = 0
        return o

    @property
    def base(self):
        return self._base

    @property
    def index(self):
        return self._i

    @property
    def coords(self):
        return self._coords(self._i)

    def _coords(self, i):
        out = []
        for n in reversed(self._base.shape):
            i, r = divmod(i, n) if n else (i, 0)
            out.append(r)
        return tuple(reversed(out))

    def __len__(self):
        return self._base.size

    def __iter__(self):
        return self

    def __next__(self):
        if self._i >= self._base.size:
            raise StopIteration
        v = self._base[self._coords(self._i)]
        self._i += 1
        return v

    def _key(self, key):
        """An integer position, or the positions of the key as an int64 array."""
        if type(key) is tuple:
            if len(key) != 1:
                raise IndexError("too many indices for flat iterator: flat iterator is 1-dimensional, but %d were "
                                 "indexed" % len(key))
            key = key[0]
        t = type(key)
        if t is _builtins.bool or t is _core.bool:
            raise IndexError("boolean indices for iterators are not supported because of previous behavior that "
                             "was confusing (valid boolean indices are expected to work in the future)")
        if isinstance(key, ndarray) and key.ndim == 0 and key.dtype.kind in "iu" or isinstance(key, _integer):
            key = int(key)  # a 0-d integer array or a NumPy integer scalar
        if isinstance(key, int):
            n = self._base.size
            k = int(key)
            if not -n <= k < n:
                raise IndexError("index %d is out of bounds for size %d" % (k, n))
            return k + n if k < 0 else k
        if t is list and _builtins.any(type(x) is _builtins.bool for x in key):
            raise IndexError("boolean indices for iterators are not supported because of previous behavior that "
                             "was confusing (valid boolean indices are expected to work in the future)")
        if not (t is slice or key is Ellipsis or t is list or isinstance(key, ndarray)):
            raise IndexError("only integers, slices (`:`), ellipsis (`...`) and integer or boolean arrays are "
                             "valid indices")
        return _core._invoke("arange", (self._base.size,), None)[key]

    def __getitem__(self, key):
        k = self._key(key)
        if type(k) is int:
            return self._base[self._coords(k)]
        return _result(self._base, _core._invoke("take", (self._base, k), None), False)

    def __setitem__(self, key, value):
        k = self._key(key)
        if type(k) is int:
            self._base[self._coords(k)] = value
        else:
            _core._invoke("put", (self._base, k, value), None)

    def copy(self):
        return self._base.flatten()

    def __array__(self, dtype=None, copy=None):
        r = self._base.flatten()
        return r if dtype is None else r.astype(dtype)

    def __repr__(self):
        return "<numpy.flatiter object at %#x>" % id(self)


flatiter.__module__ = "numpy"


def _get_flat(self):
    return flatiter._of(self)


def _set_flat(self, value):
    flatiter._of(self)[...] = value


# ------------------------------------------------------------------------ install

# method -> the registry function it needs (None: always)
_METHODS = {"sum": "sum", "prod": "prod", "max": "max", "min": "min", "cumsum": "cumsum", "cumprod": "cumprod",
            "all": "all", "any": "any", "argmax": "argmax", "argmin": "argmin", "mean": "mean", "std": "std",
            "var": "var", "clip": "clip", "round": "round", "trace": "trace", "dot": "dot", "nonzero": "nonzero",
            "repeat": "repeat", "squeeze": "squeeze", "take": "take", "put": "put", "compress": "compress",
            "choose": "choose", "searchsorted": "searchsorted", "sort": "sort", "argsort": "argsort",
            "partition": "partition", "conjugate": "negative"}


# NumPy's methods implemented in Python (numpy/_core/_methods.py): their names in argument errors
_PY_NAMES = {"sum": "_sum", "prod": "_prod", "max": "_amax", "min": "_amin", "all": "_all", "any": "_any",
             "mean": "_mean", "std": "_std", "var": "_var"}


def install():
    g = globals()
    for name, needs in _METHODS.items():
        if _B.has(needs):
            _F[needs] = _B.function(needs)
            f = g[name]
            f.__qualname__ = _PY_NAMES.get(name, name)  # NumPy's TypeError texts: "_sum() got ...", "take() got ..."
            setattr(ndarray, name, f)
    if _B.has("negative"):
        ndarray.conj = conjugate
    ndarray.flat = property(_get_flat, _set_flat, None, "a.flat: a numpy.flatiter over the array")
