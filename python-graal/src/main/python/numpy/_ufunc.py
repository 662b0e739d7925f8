"""numpy.ufunc: NumPy's universal function objects over the dynamic layer's ufuncs.

Every ufunc the registry has (numpy-api's UfuncFunctions) is one ufunc object (numpy.add,
numpy.divide is numpy.true_divide, ...): attributes from the private registry function
_ufunc_info, calls through the registry (one bridge call, the bound Java method cached in a
global), methods reduce/accumulate/reduceat/at through the private registry functions _ufunc_*
(org.numpyjvm.api.internal.dynamic.UfuncMethodFunctions), outer here (a reshape and a call).
"""
from numpy._bridge import ForeignException as _FE, error as _error
from numpy._core import _B, _call, _kind, _wrap, _scalar_if_0d, _fast_call, _SLOW
from numpy._ndarray import ndarray
from numpy import _protocol

_ndim = _B.ndim
_PLAIN = _protocol.PLAIN  # argument types that cannot override (NEP 13's fast check)

# NumPy 2's __name__ where numpy-jvm's table uses the alias (true_divide is divide's alias)
_NUMPY_NAMES = {"true_divide": "divide"}



class _NoValueType:
    """NumPy's np._NoValue: an argument that was not passed."""
    __slots__ = ()

    def __repr__(self):
        return "<no value>"


_NoValue = _NoValueType()
_ufuncs = {}  # the table's name -> ufunc object


def _ufunc_of(name):
    """The ufunc object numpy.<name>, or None when name is not a ufunc."""
    try:
        info = _call("_ufunc_info", (name,), None)
    except _FE:
        raise _error() from None
    if info is None:
        return None
    info = _wrap(info)
    jname = info[0]
    u = _ufuncs.get(jname)
    if u is None:
        u = object.__new__(ufunc)
        for k, v in (("_jname", jname), ("_name", _NUMPY_NAMES.get(jname, jname)), ("_nin", info[1]),
                     ("_nout", info[2]), ("_identity", info[3]), ("_types", tuple(info[4])),
                     ("_signature", info[5]), ("_F", _B.function(jname) if info[2] == 1 else None)):
            object.__setattr__(u, k, v)
        _ufuncs[jname] = u
    return u


def _given(**kwargs):
    """A method's arguments as NumPy hands them to __array_ufunc__: those passed, except out=None (or (None,))."""
    out = kwargs["out"]
    if out is None or type(out) is tuple and all(o is None for o in out):
        del kwargs["out"]
    return {k: v for k, v in kwargs.items() if v is not _NoValue}


def _out_of(out):
    """The array an out= argument names (an array or a 1-tuple of one)."""
    if type(out) is tuple and len(out) == 1:
        return out[0]
    return out


def _result(r, out):
    """A method's result: out itself when given, else the array (a scalar where it is 0-d)."""
    r = _wrap(r)  # also issues the call's floating-point warnings
    if out is not None:
        return _out_of(out)
    return _scalar_if_0d(r)


class ufunc:
    """numpy.ufunc: a universal function of numpy-jvm's ufunc table (org.numpyjvm.api.Ufunc)."""
    __slots__ = ("_jname", "_name", "_nin", "_nout", "_identity", "_types", "_signature", "_F")

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'numpy.ufunc' instances")

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'numpy.ufunc' is not an acceptable base type")

    def __call__(self, *args, **kwargs):
        for x in args:
            if type(x) not in _PLAIN:
                return _protocol.ufunc_call(self, "__call__", self._call, args, kwargs)
        if kwargs:
            for x in kwargs.values():
                if type(x) not in _PLAIN:
                    return _protocol.ufunc_call(self, "__call__", self._call, args, kwargs)
        return self._call(*args, **kwargs)

    def _call(self, *args, **kwargs):
        """__call__ without NEP 13 dispatch (ndarray.__array_ufunc__'s implementation)."""
        if not kwargs and self._F is not None and len(args) == self._nin:
            r = _fast_call(self._F, True, args)  # the handle's fast route (numpy._core._fast_call)
            if r is not _SLOW:
                return r
        try:
            r = _call(self._jname, args, kwargs)
        except _FE:
            if len(args) < self._nin:  # NumPy's message (the registry names the missing argument)
                raise TypeError("%s() takes from %d to %d positional arguments but %d %s given" % (
                    self._name, self._nin, self._nin + self._nout, len(args), "was" if len(args) == 1 else "were")) from None
            raise _error() from None
        if kwargs or len(args) > self._nin:  # out= (keyword, positional or a tuple): NumPy returns it
            out = kwargs.get("out") if kwargs else None
            if out is None and len(args) > self._nin:
                out = args[self._nin] if self._nout == 1 else tuple(args[self._nin:])
            if out is not None:
                r = _wrap(r)  # also issues the call's floating-point warnings
                if type(out) is tuple and len(out) > 1:  # out=(o1, None): the new array where None
                    return tuple(o if o is not None else _scalar_if_0d(x) for o, x in zip(out, r))
                return _out_of(out)
        if _kind(r) == 1:
            a = object.__new__(ndarray)
            a._a = r
            a._sh = a._dt = a._pb = None  # shape, dtype: read on first use; _pb: set by _link
            if _ndim(r) == 0:
                return a[()]
            return a
        r = _wrap(r)  # a Warned result (floating-point warnings issued here) or several outputs
        if type(r) is list:
            return tuple(_scalar_if_0d(x) for x in r)
        return _scalar_if_0d(r)

    # ------------------------------------------------------------------ attributes
    def __setattr__(self, name, value):
        if name in _ATTRIBUTES:
            raise AttributeError("attribute '%s' of 'numpy.ufunc' objects is not writable" % name)
        raise AttributeError("'numpy.ufunc' object has no attribute '%s'" % name)

    @property
    def __name__(self):
        return self._name

    @property
    def nin(self):
        return self._nin

    @property
    def nout(self):
        return self._nout

    @property
    def nargs(self):
        return self._nin + self._nout

    @property
    def ntypes(self):
        return len(self._types)

    @property
    def types(self):
        return list(self._types)

    @property
    def identity(self):
        return self._identity

    @property
    def signature(self):
        return self._signature

    def __repr__(self):
        return "<ufunc '%s'>" % self._name

    def __reduce__(self):
        return self._name  # pickled as the global numpy.<name>, as NumPy

    # ------------------------------------------------------------------ methods (NEP 13: method names)
    def reduce(self, array, axis=_NoValue, dtype=_NoValue, out=_NoValue, keepdims=_NoValue, initial=_NoValue,
               where=_NoValue):
        return self._method("reduce", self._reduce, (array,), _given(
            axis=axis, dtype=dtype, out=out, keepdims=keepdims, initial=initial, where=where))

    def accumulate(self, array, axis=_NoValue, dtype=_NoValue, out=_NoValue):
        return self._method("accumulate", self._accumulate, (array,), _given(axis=axis, dtype=dtype, out=out))

    def reduceat(self, array, indices, axis=_NoValue, dtype=_NoValue, out=_NoValue):
        return self._method("reduceat", self._reduceat, (array, indices), _given(axis=axis, dtype=dtype, out=out))

    def outer(self, A, B, /, **kwargs):
        return self._method("outer", self._outer, (A, B), kwargs)

    def at(self, a, indices, b=None, /):
        return self._method("at", self._at, (a, indices) if b is None else (a, indices, b), {})

    def _method(self, method, impl, inputs, kwargs):
        for x in inputs:
            if type(x) not in _PLAIN:
                return _protocol.ufunc_call(self, method, impl, inputs, kwargs)
        out = kwargs.get("out")
        if out is not None and type(out) not in _PLAIN:
            return _protocol.ufunc_call(self, method, impl, inputs, kwargs)
        return impl(*inputs, **kwargs)

    def _reduce(self, array, axis=0, dtype=None, out=None, keepdims=False, initial=_NoValue, where=True):
        kwargs = {"axis": axis, "dtype": dtype, "out": out, "keepdims": keepdims, "where": where}
        if initial is not _NoValue:  # None: no identity (an empty reduction fails)
            kwargs["initial"] = initial
        try:
            r = _call("_ufunc_reduce", (self._jname, array), kwargs)
        except _FE:
            raise _error() from None
        return _result(r, out)

    def _accumulate(self, array, axis=0, dtype=None, out=None):
        try:
            r = _call("_ufunc_accumulate", (self._jname, array, axis, dtype, out), None)
        except _FE:
            raise _error() from None
        return _result(r, out)

    def _reduceat(self, array, indices, axis=0, dtype=None, out=None):
        try:
            r = _call("_ufunc_reduceat", (self._jname, array, indices, axis, dtype, out), None)
        except _FE:
            raise _error() from None
        return _result(r, out)

    def _outer(self, A, B, /, **kwargs):
        if self._nin != 2:
            raise ValueError("outer product only supported for binary functions")
        try:
            a = _wrap(_call("asarray", (A,), None))
            b = _wrap(_call("asarray", (B,), None))
        except _FE:
            raise _error() from None
        return self._call(a.reshape(a.shape + (1,) * b.ndim), b, **kwargs)

    def _at(self, a, indices, b=None, /):
        if not isinstance(a, ndarray):
            raise TypeError("first operand must be array")
        try:
            flat = _wrap(_call("arange", (a.size,), None)).reshape(a.shape)[indices]
            _call("_ufunc_at", (self._jname, a, flat, b), None)
        except _FE:
            raise _error() from None


ufunc.__module__ = "numpy"
_ATTRIBUTES = frozenset(("__name__", "nin", "nout", "nargs", "ntypes", "types", "identity", "signature"))
