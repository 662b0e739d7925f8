"""The ndarray protocol: NEP 18 (__array_function__) and NEP 13 (__array_ufunc__) dispatch, ndarray
subclasses (__array_finalize__, __array_wrap__, view(type=...)), binary-operator deferral and the
ndarray methods of the protocol (installed on ndarray by install()).

The registry's functions (numpy/_functions.py) go through public_function: a fast check sees
whether every argument is an ndarray, a Python number, a NumPy scalar, a string, None, a list or a
tuple; only otherwise the slow path looks for overrides. Relevant arguments (NEP 18) are all
positional and keyword arguments, in order; NumPy's sequence-taking functions (concatenate,
stack, ...) also look one level into list/tuple arguments (block: every level), as NumPy's
dispatchers do. Functions NumPy does not dispatch (array, zeros, arange, ...) dispatch on like= only.
"""
import builtins as _builtins
import operator as _operator

from numpy import _core
from numpy._core import _B, _wrap, _new, _fast_call, _SLOW, _call_seq
from numpy._bridge import ForeignException as _FE, error as _error
from numpy._dtype import dtype as _dtype, _DTYPE_CLASSES
from numpy._ndarray import ndarray
from numpy._scalars import generic, _SCALARS

# functions NumPy does not dispatch on their arguments (C functions and creation functions): like= only
LIKE_ONLY = frozenset("""arange array asanyarray asarray ascontiguousarray asfortranarray broadcast_shapes
    diag_indices empty eye format_float_positional format_float_scientific frombuffer fromfile fromfunction
    fromiter fromstring full get_printoptions identity indices ones promote_types set_printoptions tri
    tril_indices triu_indices zeros loadtxt genfromtxt require""".split())
# functions whose dispatcher looks into list/tuple arguments (block: into every level)
SEQUENCES = frozenset("""concatenate concat stack vstack hstack dstack column_stack row_stack block choose select
    ravel_multi_index lexsort einsum""".split())
# NumPy's functions that call the method of the same name on an ndarray subclass (fromnumeric's _wrapfunc /
# _wrapreduction): function name -> method name
METHOD_FUNCTIONS = {"sum": "sum", "prod": "prod", "max": "max", "min": "min", "amax": "max", "amin": "min",
                    "cumsum": "cumsum", "cumprod": "cumprod", "take": "take", "repeat": "repeat",
                    "squeeze": "squeeze", "swapaxes": "swapaxes", "diagonal": "diagonal", "nonzero": "nonzero",
                    "clip": "clip", "all": "all", "any": "any", "argmax": "argmax", "argmin": "argmin",
                    "searchsorted": "searchsorted", "round": "round", "mean": "mean", "std": "std", "var": "var",
                    "ravel": "ravel", "trace": "trace"}

_NoneType = type(None)
# argument types that cannot override anything (the fast check)
PLAIN = set([ndarray, int, float, _builtins.bool, complex, str, bytes, _NoneType, list, tuple, slice,
             type(Ellipsis), type, _dtype] + list(_SCALARS.values()) + list(_DTYPE_CLASSES.values()))
_SEQ_TYPES = (list, tuple)


# ---------------------------------------------------------------------------------------- NEP 18

def public_function(name, impl, F=None, scalar0d=False, post=None):
    """numpy.<name>: impl behind NEP 18 / NEP 13 dispatch (a fast check for plain arguments).

    F: the registry function's handle for the fast route (numpy._core._fast_call), tried first for calls without
    keywords: it takes only base-class ndarrays, Python scalars, str, None and flat lists/tuples of those, none
    of which can override anything, so no dispatch check is needed; post (when given) reshapes its result."""
    if name in LIKE_ONLY:
        same = name == "asarray" or name == "asanyarray"
        copy = name == "array"

        def f(*args, **kwargs):
            if not kwargs:
                if len(args) == 1:
                    x = args[0]
                    t = type(x)
                    if t is ndarray:  # np.asarray(a) is a; np.array(a) copies (order K)
                        if same:
                            return x
                        if copy:
                            return _copy_k(x)
                    elif t is list and F is not None and post is None:  # np.array([...]): the list's route inline
                        q = _core._jseq(x)
                        if q is not _SLOW:
                            try:
                                return _core._fast(_call_seq(F, scalar0d, 1, 0, None, None, *q), args)
                            except _FE:
                                raise _error() from None
                if F is not None:
                    r = _fast_call(F, scalar0d, args)
                    if r is not _SLOW:
                        return r if post is None else post(r)
            else:
                like = kwargs.get("like")
                if like is not None:
                    return _like(f, impl, like, args, kwargs)
            if args and type(args[0]) not in PLAIN or kwargs and "subok" in kwargs:
                return _default(name, impl, args, kwargs)
            return impl(*args, **kwargs)
    else:
        seq = name in SEQUENCES

        def f(*args, **kwargs):
            if not kwargs and F is not None:
                r = _fast_call(F, scalar0d, args)
                if r is not _SLOW:
                    return r if post is None else post(r)
            n = len(args)
            if seq or n > 3:
                for x in args:
                    t = type(x)
                    if t not in PLAIN or seq and (t is list or t is tuple) and not _plain_items(x, name):
                        return _dispatch(f, name, impl, args, kwargs)
            elif n and (type(args[0]) not in PLAIN or n > 1 and (type(args[1]) not in PLAIN or
                                                                 n > 2 and type(args[2]) not in PLAIN)):
                return _dispatch(f, name, impl, args, kwargs)
            if kwargs:
                for x in kwargs.values():
                    if type(x) not in PLAIN:
                        return _dispatch(f, name, impl, args, kwargs)
            return impl(*args, **kwargs)

    def implementation(*args, **kwargs):
        return _default(name, impl, args, kwargs)
    f._implementation = implementation
    return f


def _copy_k(a):
    """np.array(a) of a base-class ndarray: a copy keeping its layout (order 'K'), as the registry's array."""
    try:
        j = _B.copy(a._a, "K")
    except _FE:
        raise _error() from None
    r = _new(ndarray)
    r._a = j
    r._sh = r._dt = r._pb = None  # shape, dtype: read on first use; _pb: set by _link
    return r


def _public(name, f):
    """numpy.<name> itself (overrides compare ufunc is np.add; the operators hold their own function)."""
    import numpy
    return getattr(numpy, name, f)


def _plain_items(seq, name):
    for x in seq:
        t = type(x)
        if t not in PLAIN:
            return False
        if (t is list or t is tuple) and name == "block" and not _plain_items(x, name):
            return False
    return True


def _relevant(name, args, kwargs):
    out = []
    seq = name in SEQUENCES
    for x in args:
        if seq and type(x) in _SEQ_TYPES:
            _items(x, out, name == "block")
        else:
            out.append(x)
    if kwargs:
        out.extend(kwargs.values())
    return out


def _items(seq, out, deep):
    for x in seq:
        if deep and type(x) in _SEQ_TYPES:
            _items(x, out, deep)
        else:
            out.append(x)


def _overloaded(relevant, attr):
    """NEP 18/13's order: arguments whose type defines attr, one per type, subclasses before superclasses."""
    args = []
    types = []
    for x in relevant:
        t = type(x)
        if t in PLAIN and t is not ndarray or t in types:
            continue
        if getattr(t, attr, _MISSING) is _MISSING:
            continue
        types.append(t)
        i = len(args)
        for j, old in enumerate(args):
            if issubclass(t, type(old)):
                i = j
                break
        args.insert(i, x)
    return args


_MISSING = object()


def _dispatch(f, name, impl, args, kwargs):
    overloaded = _overloaded(_relevant(name, args, kwargs), "__array_function__")
    default = ndarray.__array_function__
    if all(type(x).__array_function__ is default for x in overloaded):
        return _default(name, impl, args, kwargs)
    types = tuple(type(x) for x in overloaded)
    for x in overloaded:
        r = type(x).__array_function__(x, f, types, args, kwargs)
        if r is not NotImplemented:
            return r
    raise TypeError("no implementation found for 'numpy.%s' on types that implement __array_function__: %s"
                    % (name, list(types)))


def _like(f, impl, like, args, kwargs):
    kw = dict(kwargs)
    del kw["like"]
    if isinstance(like, ndarray) and type(like).__array_function__ is ndarray.__array_function__:
        return impl(*args, **kw)
    af = getattr(type(like), "__array_function__", None)
    if af is None:
        raise TypeError("The `like` argument must be an array-like that implements the `__array_function__` "
                        "protocol.")
    r = af(like, f, (type(like),), args, kw)
    if r is NotImplemented:
        raise TypeError("no implementation found for 'numpy.%s' on types that implement __array_function__: %s"
                        % (f.__name__, [type(like)]))
    return r


def _default(name, impl, args, kwargs):
    """A function's own implementation (ndarray.__array_function__): NumPy calls the method on an ndarray
    subclass for the fromnumeric functions; np.asanyarray gives a subclass instance back unchanged,
    np.array(subok=True) a copy of its class."""
    if name == "isclose":
        return _isclose_wrapped(impl, args, kwargs)
    subok = False
    if name == "array" and kwargs and "subok" in kwargs:  # (the dynamic layer's array has no subok)
        kwargs = dict(kwargs)
        subok = _builtins.bool(kwargs.pop("subok"))
    if args and type(args[0]) not in PLAIN and not isinstance(args[0], ndarray):
        from numpy import _fromnumeric
        if name in _fromnumeric.REDUCTIONS:  # obj.sum(...) or np.add.reduce(obj, ...), as NumPy
            return _fromnumeric.wrapreduction(name, args, kwargs)
    if args and type(args[0]) is not ndarray and isinstance(args[0], ndarray):
        a = args[0]
        m = METHOD_FUNCTIONS.get(name)
        if m is not None and hasattr(a, m):
            return getattr(a, m)(*args[1:], **kwargs)
        if name == "transpose":
            return a.transpose(*args[1:], **kwargs)
        if name == "reshape" and len(args) == 2:
            return a.reshape(args[1], **kwargs)
        r = impl(*args, **kwargs)
        if name == "asanyarray" or subok:
            if type(r) is ndarray and r._a is a._a:
                return a
            return as_type(r, type(a), a)
        return r
    return impl(*args, **kwargs)


def _isclose_wrapped(impl, args, kwargs):
    """np.isclose with an ndarray subclass argument: NumPy computes it with ufuncs on its asanyarray'd arguments,
    so the result is of the subclass with the highest __array_priority__, through its __array_wrap__ (called
    once here, as by the last ufunc, bitwise_or), and a 0-d result becomes a scalar (result[()])."""
    r = impl(*args, **kwargs)
    wrap = None
    for x in list(args) + list(kwargs.values()):
        if type(x) is not ndarray and isinstance(x, ndarray):
            if wrap is None or x.__array_priority__ > wrap.__array_priority__:
                wrap = x
    if wrap is None:
        return r
    r = _wrap_one(wrap, r, _core._ufunc_of("bitwise_or"), tuple(args))
    return r[()] if isinstance(r, ndarray) and r.ndim == 0 else r


def array_function(self, func, types, args, kwargs):
    """ndarray.__array_function__: NumPy's implementation when every type is an ndarray (subclass)."""
    for t in types:
        if not issubclass(t, ndarray):
            return NotImplemented
    return func._implementation(*args, **kwargs)


# ---------------------------------------------------------------------------------------- NEP 13

def _outputs(kwargs):
    out = kwargs.get("out") if kwargs else None
    if out is None:
        return ()
    return out if type(out) is tuple else (out,)


def ufunc_call(ufunc, method, impl, inputs, kwargs):
    """ufunc.<method>(*inputs, **kwargs) (method '__call__', 'reduce', ...) with NEP 13's overrides
    (__array_ufunc__ of the inputs and outputs) and __array_wrap__ of ndarray subclass inputs;
    impl(*inputs, **kwargs) computes it when nothing overrides."""
    relevant = list(inputs) + list(_outputs(kwargs))
    overloaded = []
    for x in _overloaded(relevant, "__array_ufunc__"):
        au = type(x).__array_ufunc__
        if au is None:
            raise TypeError("operand '%s' does not support ufuncs (__array_ufunc__=None)" % type(x).__name__)
        if au is not _ARRAY_UFUNC:
            overloaded.append(x)
    if overloaded:
        if kwargs and "out" in kwargs:  # NEP 13: out is always a tuple, left out when all None
            out = kwargs["out"]
            kwargs = dict(kwargs)
            if out is None or type(out) is tuple and all(o is None for o in out):
                del kwargs["out"]
            elif type(out) is not tuple:
                kwargs["out"] = (out,)
        for x in overloaded:
            r = type(x).__array_ufunc__(x, ufunc, method, *inputs, **kwargs)
            if r is not NotImplemented:
                return r
        raise TypeError("operand type(s) all returned NotImplemented from __array_ufunc__(%r, %r, %s): %s" % (
            ufunc, method, ", ".join(repr(x) for x in inputs),
            ", ".join("'%s'" % type(x).__name__ for x in relevant)))
    return _wrapped(ufunc, method, impl, inputs, kwargs)


def _wrapped(ufunc, method, impl, inputs, kwargs):
    r = impl(*inputs, **kwargs)
    if _outputs(kwargs):
        return r
    wrap = None
    for x in inputs:
        if type(x) is not ndarray and isinstance(x, ndarray):
            if wrap is None or x.__array_priority__ > wrap.__array_priority__:
                wrap = x
    if wrap is None:
        return r
    if type(r) is tuple:
        return tuple(_wrap_one(wrap, x, ufunc, inputs) for x in r)
    return _wrap_one(wrap, r, ufunc, inputs)


def _wrap_one(wrap, r, ufunc, inputs):
    if isinstance(r, generic):  # the implementation's 0-d result as a scalar: back to a 0-d array
        r = _core._invoke("array", (r,), {"dtype": r.dtype})
    if not isinstance(r, ndarray):
        return r
    return wrap.__array_wrap__(r, (ufunc, inputs, 0), r.ndim == 0)


def array_ufunc(self, ufunc, method, *inputs, **kwargs):
    """ndarray.__array_ufunc__: NotImplemented if another operand overrides, else the ufunc's own
    implementation (with __array_wrap__ of subclass inputs)."""
    for x in list(inputs) + list(_outputs(kwargs)):
        t = type(x)
        if t not in PLAIN and getattr(t, "__array_ufunc__", _ARRAY_UFUNC) is not _ARRAY_UFUNC:
            return NotImplemented
    from numpy._ufunc import ufunc as _ufunc_type
    if not isinstance(ufunc, _ufunc_type):
        raise NotImplementedError("numpy-jvm: ndarray.__array_ufunc__ of %r" % (ufunc,))
    # the ufunc's own implementation of the method, without dispatch
    impl = ufunc._call if method == "__call__" else getattr(ufunc, "_" + method)
    return _wrapped(ufunc, method, impl, inputs, kwargs)


_ARRAY_UFUNC = array_ufunc


def should_defer(self, other, inplace):
    """NumPy's binop_should_defer: whether a binary operator of self returns NotImplemented for other."""
    t = type(other)
    if t is type(self) or t in PLAIN:
        return False
    au = getattr(t, "__array_ufunc__", _MISSING)
    if au is not _MISSING:
        return not inplace and au is None
    if isinstance(other, type(self)):
        return False
    return getattr(self, "__array_priority__", -1000000.0) < getattr(other, "__array_priority__", -1000000.0)


# ---------------------------------------------------------------------------------------- subclasses

def as_type(r, cls, template):
    """The array r as an instance of the ndarray subclass cls (same Java array, same base), with
    cls.__array_finalize__(template) called as NumPy does."""
    o = object.__new__(cls)
    o._a = r._a
    o._sh = o._dt = o._pb = None  # shape, dtype: read on first use; _pb: set by _link
    pb = getattr(r, "_pb", None)
    if isinstance(template, ndarray) and type(template) is cls:
        # NumPy: a view's base is the subclass instance it was made from (the first one of its chain)
        jb = _B.base(r._a)
        if jb is not None and (template._a is jb or _B.base(template._a) is jb):
            tb = getattr(template, "_pb", None)
            pb = tb if type(tb) is cls and _B.base(tb._a) is jb else template
    if pb is not None:
        o._pb = pb
    fin = cls.__array_finalize__
    if fin is not _ARRAY_FINALIZE:
        fin(o, template)
    return o


def derived(r, self):
    """A view or new array made from self by a method: of self's subclass (NumPy keeps it)."""
    if type(r) is ndarray and type(self) is not ndarray:
        if r._a is self._a:
            return self
        return as_type(r, type(self), self)
    return r


def array_finalize(self, obj):
    """ndarray.__array_finalize__: nothing (subclasses override it)."""
    return None


_ARRAY_FINALIZE = array_finalize


def array_wrap(self, array, context=None, return_scalar=False):
    """ndarray.__array_wrap__: array as an instance of type(self); a 0-d result as a scalar when
    return_scalar and self is a base-class ndarray."""
    if type(self) is ndarray:
        if return_scalar and isinstance(array, ndarray) and array.ndim == 0:
            return array[()]
        if type(array) is not ndarray and isinstance(array, ndarray):
            return array.view(ndarray)
        return array
    if type(array) is type(self):
        return array
    return as_type(array if type(array) is ndarray else array.view(ndarray), type(self), self)


def view(self, dtype=None, type=None):
    """ndarray.view(dtype=None, type=None): a.view(M) with an ndarray subclass M is a.view(type=M)."""
    if type is None and isinstance(dtype, _builtins.type) and issubclass(dtype, ndarray):
        dtype, type = None, dtype
    if type is not None and not (isinstance(type, _builtins.type) and issubclass(type, ndarray)):
        raise ValueError("Type must be a sub-type of ndarray type")
    if dtype is None:
        j = _core._getitem(self._a, Ellipsis)
    else:
        try:
            j = _B.view(self._a, dtype)
        except _FE:
            raise _error() from None
    r = object.__new__(ndarray)
    r._a = j
    r._sh = r._dt = r._pb = None  # shape, dtype: read on first use; _pb: set by _link
    r = _core._link(r, (self,)) if _builtins.type(self) is ndarray else r
    cls = type if type is not None else _builtins.type(self)
    if cls is ndarray:
        return r
    return as_type(r, cls, self)


def new(cls, shape, dtype=float, buffer=None, offset=0, strides=None, order=None):
    """ndarray(shape, dtype=float, buffer=None, offset=0, strides=None, order=None)."""
    if strides is not None:
        raise NotImplementedError("numpy-jvm: ndarray(shape, strides=...) is not supported")
    if buffer is None:
        if offset:
            raise NotImplementedError("numpy-jvm: ndarray(shape, offset=...) without a buffer is not supported")
        r = _core._invoke("empty", (shape,), {"dtype": dtype, "order": order or "C"})
    else:
        if _builtins.type(buffer) is not bytes:
            raise NotImplementedError("numpy-jvm: ndarray(shape, buffer=...) takes a bytes buffer only (numpy-jvm "
                                      "copies it into Java memory: a mutable buffer would not be shared)")
        d = _dtype(dtype)
        n = 1
        for s in ((shape,) if isinstance(shape, int) else shape):
            n *= s
        flat = _core._invoke("frombuffer", (buffer,), {"dtype": d, "count": n, "offset": offset})
        r = flat.reshape(shape, order=order or "C")
    if cls is ndarray:
        return r
    return as_type(r, cls, None)


# ---------------------------------------------------------------------------------------- pickling

def _data(shape, dtype_str, fortran, data):
    """The Java array of raw bytes data (one bulk read), writeable, native byte order."""
    try:
        flat = _core._invoke("frombuffer", (data,), {"dtype": dtype_str})
        if flat.dtype.byteorder == ">":  # NumPy's unpickled arrays have the native byte order
            flat = flat.astype(flat.dtype.str.replace(">", "<"))
        j = flat.reshape(shape, order="F" if fortran else "C")._a
        j = _B.inPlace(j, flat._a)
        _B.setWriteable(j, True)
    except _FE:
        raise _error() from None
    return j


def _reconstruct(cls, shape, dtype):
    """Unpickling (ndarray.__reduce__): an empty instance of cls that __setstate__ then fills, as NumPy's
    numpy._core.multiarray._reconstruct."""
    r = _core._invoke("empty", (shape,), {"dtype": dtype})
    return r if cls is ndarray else as_type(r, cls, None)


def reduce(self):
    """ndarray.__reduce__: (reconstructor, (type, (0,), b'b'), (1, shape, dtype, is_fortran, raw bytes)), the
    structure of NumPy's (so subclasses extend the state tuple as NumPy documents), with one bulk tobytes.
    As in NumPy, a subclass instance's attributes are not part of it."""
    fortran = self.ndim > 1 and _B.flag(self._a, 1) and not _B.flag(self._a, 0)
    data = _wrap(_B.tobytes(self._a, "F" if fortran else "C"))
    return (_reconstruct, (type(self), (0,), "b"), (1, self.shape, self.dtype, fortran, data))


def reduce_ex(self, protocol):
    return self.__reduce__()  # a subclass's __reduce__ extends ndarray's


def setstate(self, state):
    """ndarray.__setstate__: NumPy's state tuple (version, shape, dtype, is_fortran, rawdata) with raw bytes."""
    if not isinstance(state, tuple) or len(state) not in (4, 5):
        raise ValueError("numpy-jvm: ndarray.__setstate__ takes NumPy's (version, shape, dtype, is_fortran, "
                         "rawdata) state")
    shape, d, fortran, data = state[-4:]
    if not isinstance(data, bytes):
        raise NotImplementedError("numpy-jvm: ndarray.__setstate__ needs the raw data as bytes")
    self._a = _data(tuple(shape), _dtype(d).str, fortran, data)
    _forget(self)


def _forget(self):
    """Drops the shape and dtype an ndarray caches of its Java array (after its _a is replaced)."""
    self._sh = self._dt = None


def dtype_reduce(self):
    return (_dtype, (self.str,))


# ---------------------------------------------------------------------------------------- attributes

def set_shape(self, shape):
    """a.shape = shape: in place (a view of the same storage), NumPy's errors."""
    if shape is None:
        raise TypeError("Use () not None as shape arguments")
    v = _core._invoke("reshape", (self, shape), None)
    j = _B.inPlace(v._a, self._a)
    if j is None:
        raise AttributeError("Incompatible shape for in-place modification. Use `.reshape()` to make a copy "
                             "with the desired shape.")
    self._a = j
    _forget(self)


def del_shape(self):
    raise AttributeError("Cannot delete array shape")


def set_dtype(self, d):
    """a.dtype = d: the storage seen as another dtype, in place (where numpy-jvm's view(dtype) can)."""
    j = _B.inPlace(self.view(d)._a, self._a)
    if j is None:  # pragma: no cover - view(dtype) always shares storage
        raise NotImplementedError("numpy-jvm: setting ndarray.dtype to %s" % (d,))
    self._a = j
    _forget(self)


def del_dtype(self):
    raise AttributeError("Cannot delete array dtype")


def set_strides(self, strides):
    """a.strides = s (deprecated in NumPy 2.4, with its DeprecationWarning): in place, a view of the same storage
    from the same first element (numpy-api's NDArray.withStrides: NumPy's ValueErrors; NotImplementedError for a
    stride that is no multiple of the storage slot, which numpy-jvm's element strides cannot express)."""
    import warnings
    warnings.warn("Setting the strides on a NumPy array has been deprecated in NumPy 2.4.\nAs an alternative, you "
                  "can create a new view using np.lib.stride_tricks.as_strided.", DeprecationWarning, stacklevel=2)
    try:  # NumPy's intp sequence conversion
        st = (_operator.index(strides),) if not hasattr(strides, "__len__") else \
            tuple(_operator.index(s) for s in strides)
        if any(not -2 ** 63 <= s < 2 ** 63 for s in st):
            raise OverflowError
    except (TypeError, OverflowError):
        raise TypeError("invalid strides") from None
    v = _core._invoke("_with_strides", (self, st), None)
    self._a = _B.inPlace(v._a, self._a)
    _forget(self)


def del_strides(self):
    raise AttributeError("Cannot delete array strides")


def base(self):
    """a.base: the array a view was made from (its wrapper when known), None for an owner."""
    jb = _B.base(self._a)
    if jb is None:
        return None
    pb = getattr(self, "_pb", None)
    if pb is not None:
        pj = pb._a
        pjb = _B.base(pj)
        # pb itself, the subclass instance a view was made from, or pb after a.shape/a.dtype = ... in place
        if pj is jb or pjb is jb or pjb is None and _B.base(jb) is None and _B.sameData(pj, jb):
            return pb
        return _wrap(jb)
    w = self._pb = _wrap(jb)  # a base no wrapper knew (reshape's copy, ...): one wrapper from now on (a.base is a.base)
    return w


def _part_setter(get):
    def set_part(self, value):  # a.real = v, a.imag = v: assignment into the view
        get(self)[...] = value
    return set_part


def tobytes(self, order="C"):
    try:
        return _wrap(_B.tobytes(self._a, order))
    except _FE:
        raise _error() from None


def array(self, dtype=None, copy=None):
    """ndarray.__array__(dtype=None, copy=None): self (base class), a copy, or a cast."""
    base = self if type(self) is ndarray else self.view(ndarray)
    if dtype is not None and _dtype(dtype) != self.dtype:
        if copy is False:
            raise ValueError("Unable to avoid copy while creating an array as requested.\nIf using "
                             "`np.array(obj, copy=False)` replace it with `np.asarray(obj)` to allow a copy when "
                             "needed (no behavior change in NumPy 1.x).\nFor more details, see "
                             "https://numpy.org/devdocs/numpy_2_0_migration_guide.html"
                             "#adapting-to-changes-in-the-copy-keyword.")
        return base.astype(dtype)
    return base.copy() if copy else base


def _subclass_repr(base_repr):
    def __repr__(self):
        r = base_repr(self)
        if type(self) is ndarray or not r.startswith("array("):
            return r
        name = type(self).__name__
        pad = len(name) - 5
        lines = r.split("\n")
        lines[0] = name + lines[0][5:]
        for i in range(1, len(lines)):
            lines[i] = " " * pad + lines[i] if pad >= 0 else lines[i][-pad:]
        return "\n".join(lines)
    return __repr__


# ---------------------------------------------------------------------------------------- install

def _prop(name, getter, setter=None, deleter=None):
    def ro(self, value):
        raise AttributeError("attribute '%s' of 'numpy.ndarray' objects is not writable" % name)
    return property(getter, setter or ro, deleter or ro, getter.__doc__)


def install():
    """Adds the protocol to ndarray (once, at import)."""
    def put(name, f):
        if callable(f) and not isinstance(f, property):
            f.__name__ = name
            f.__qualname__ = "ndarray." + name
        setattr(ndarray, name, f)
    put("__array_function__", array_function)
    put("__array_ufunc__", array_ufunc)
    put("__array_finalize__", array_finalize)
    put("__array_wrap__", array_wrap)
    put("__array__", array)
    ndarray.__array_priority__ = 0.0
    put("view", view)
    ndarray.__new__ = staticmethod(new)
    put("__reduce__", reduce)
    put("__reduce_ex__", reduce_ex)
    put("__setstate__", setstate)
    put("tobytes", tobytes)
    put("__repr__", _subclass_repr(ndarray.__repr__))
    ndarray.base = _prop("base", base)
    ndarray.shape = _prop("shape", ndarray.shape.fget, set_shape, del_shape)
    ndarray.dtype = _prop("dtype", ndarray.dtype.fget, set_dtype, del_dtype)
    ndarray.strides = _prop("strides", ndarray.strides.fget, set_strides, del_strides)
    for n in ("real", "imag"):
        p = ndarray.__dict__[n]
        setattr(ndarray, n, property(p.fget, _part_setter(p.fget), None, p.__doc__))
    for n in ("ndim", "size", "itemsize", "nbytes", "T", "mT", "base", "flags"):
        p = ndarray.__dict__.get(n)
        if isinstance(p, property) and p.fset is None:
            setattr(ndarray, n, _prop(n, p.fget))
    _dtype.__reduce__ = dtype_reduce
