"""numpy.ndarray over a Java NDArray: attributes, the sequence protocol, methods and operators."""
import builtins as _builtins

from numpy import _core
from numpy._bridge import ForeignException as _FE, error as _error
from numpy._core import _B, _invoke, _wrap, _link
from numpy._core import _scalar_if_0d, _kind, _getitem, _setitem, _last_scalar, _repr, _str, _shape, _len
from numpy._core import _fast, _view, _call1, _call2, _new, _fast_call, _SLOW, _jseq
from numpy._dtype import dtype, _DTYPE_CLASSES
from numpy._scalars import _SCALARS
from numpy._scalars import _scalar
from numpy.exceptions import _UFuncNoLoopError as _NoLoop

_getitem_int = _B.getitemInt
_getitem_slice = _B.getitemSlice
_getitem_array = _B.getitemArray
_getitem_list = _B.getitemList
_reshape_fast = _B.reshapeFast
_ravel_fast = _B.ravelFast
_ORDERS = frozenset("CFAK")
_setitem_int = _B.setitemInt
_setitem_slice = _B.setitemSlice
_pybool = _builtins.bool
_dtype_code = _B.dtypeCode
_transposed = _B.transposed
_DTYPES = [None] * len(_B.scalarNames())
_dtype_of = _core._dtype_of
_astype_fast = _B.astypeFast
_DTYPE_CLASS_SET = frozenset(_DTYPE_CLASSES.values())
_CACHED_TYPES = frozenset([int, float, _builtins.bool, complex, str, bytes] + list(_SCALARS.values()))


def _handle(name):
    """The registry function `name` as a handle for the Bridge's fast calls, or None when there is none."""
    try:
        return _B.function(name)
    except _FE:
        return None


_JDTYPES = {}  # dtype arguments (scalar types, Python types, strings) -> their Java DType


def _jdtype(spec):
    """A dtype argument as the Java DType the bridge would convert it to, when that is known or cheap to cache
    (a dtype object, a NumPy scalar type, a builtin Python type, a string); else None."""
    t = type(spec)
    if t is str or t is type:
        try:
            return _JDTYPES[spec]
        except KeyError:
            pass
        if (t is str and len(_JDTYPES) < 256) or spec in _CACHED_TYPES:
            try:
                d = _JDTYPES[spec] = _dtype_of(spec)
                return d
            except _FE:
                return None
        return None
    if t is dtype or t in _DTYPE_CLASS_SET:
        return spec._d
    return None


def _int_bounds(key):
    """Whether a slice's start, stop and step are ints or None (the fast assignment route)."""
    b, e, st = key.start, key.stop, key.step
    return (b is None or type(b) is int) and (e is None or type(e) is int) and (st is None or type(st) is int)


# ---------------------------------------------------------------------------------------- ndarray

def _derived(r, self):
    """r made from self by a method: linked to self (base identity); of self's subclass (NumPy keeps it)."""
    if type(self) is ndarray:
        return _link(r, (self,))
    return _protocol.derived(r, self)


def _ufunc_call(name):
    cache = []

    def call(args, kwargs):
        if not cache:
            cache.append(_core._ufunc_of(name))
        return cache[0](*args, **kwargs)
    return call


def _compact(shape):
    return "(" + ",".join(str(n) for n in shape) + ("," if len(shape) == 1 else "") + ")"


def _unequal(self, other, ne):
    """NumPy's array_richcompare when == / != has no loop for the operands (_UFuncNoLoopError): they
    compare unequal, as a bool array of the broadcast shape (np.False_/np.True_ for two 0-d operands)."""
    if isinstance(other, ndarray):
        oshape = other.shape
    else:
        try:
            from numpy import shape as _np_shape
            oshape = _np_shape(other)
        except Exception:  # no array of it (None, ...): NumPy's object array is 0-d
            oshape = ()
    a, b = self.shape, tuple(oshape)
    n = max(len(a), len(b))
    x, y = (1,) * (n - len(a)) + a, (1,) * (n - len(b)) + b
    out = []
    for p, q in zip(x, y):
        if p != q and p != 1 and q != 1:
            raise ValueError("operands could not be broadcast together with shapes %s %s " % (_compact(a), _compact(b)))
        out.append(q if p == 1 else p)
    from numpy import full as _full
    return _scalar_if_0d(_full(tuple(out), ne, dtype=_pybool))


def _ufunc_ops(name, unequal=None):
    """(forward, reflected, in-place) operator methods calling the ufunc numpy.<name>; for == and != `unequal`
    is the result of operands without a loop (False, True), else None."""
    call = _ufunc_call(name)
    F = _handle(name) if name != "divmod" else None  # the fast route returns one result, divmod has two

    # fast route (Bridge.call2): an ndarray and another ndarray or a Python int/float/bool
    def forward(self, other):
        if F is not None and type(self) is ndarray:
            t = type(other)
            try:
                if t is ndarray:
                    return _fast(_call2(F, True, self._a, other._a), (self, other))
                if t is int or t is float or t is _pybool:
                    return _fast(_call2(F, True, self._a, other), (self, other))
            except _FE:
                e = _error()
                if unequal is not None and type(e) is _NoLoop:
                    return _unequal(self, other, unequal)
                raise e from None
        if type(other) not in _PLAIN and _protocol.should_defer(self, other, False):
            return NotImplemented
        if unequal is None:
            return _scalar_if_0d(call((self, other), {}))
        if other is None:  # NumPy compares with an object array: no element is None
            return _unequal(self, other, unequal)
        try:
            return _scalar_if_0d(call((self, other), {}))
        except _NoLoop:
            return _unequal(self, other, unequal)

    def reflected(self, other):
        if F is not None and type(self) is ndarray:
            t = type(other)
            if t is int or t is float or t is _pybool:
                try:
                    return _fast(_call2(F, True, other, self._a), (other, self))
                except _FE:
                    raise _error() from None
        if type(other) not in _PLAIN and _protocol.should_defer(self, other, False):
            return NotImplemented
        return _scalar_if_0d(call((other, self), {}))

    def inplace(self, other):
        if type(other) not in _PLAIN and _protocol.should_defer(self, other, True):
            return NotImplemented
        call((self, other), {"out": self})
        return self
    return forward, reflected, inplace


def _ufunc_unary(name):
    call = _ufunc_call(name)
    F = _handle(name)

    def op(self):
        if F is not None and type(self) is ndarray:
            try:
                return _fast(_call1(F, True, self._a), (self,))
            except _FE:
                raise _error() from None
        return _scalar_if_0d(call((self,), {}))
    return op


class _Flags:
    __slots__ = ("_a",)
    _names = {"C_CONTIGUOUS": 0, "F_CONTIGUOUS": 1, "OWNDATA": 2, "WRITEABLE": 3,
              "C": 0, "F": 1, "O": 2, "W": 3}

    def __init__(self, a):
        self._a = a

    def __getitem__(self, key):
        try:
            return _B.flag(self._a, self._names[key])
        except KeyError:
            raise KeyError("Unknown flag") from None

    def __setitem__(self, key, value):
        if self._names.get(key) != 3:
            raise KeyError("Unknown flag")
        self.writeable = value

    c_contiguous = property(lambda self: _B.flag(self._a, 0))
    f_contiguous = property(lambda self: _B.flag(self._a, 1))
    owndata = property(lambda self: _B.flag(self._a, 2))

    @property
    def writeable(self):
        return _B.flag(self._a, 3)

    @writeable.setter
    def writeable(self, value):
        try:
            _B.setWriteable(self._a, _builtins.bool(value))
        except _FE:
            raise _error() from None

    def __repr__(self):
        return "\n".join("  %s : %s" % (n, self[n]) for n in
                         ("C_CONTIGUOUS", "F_CONTIGUOUS", "OWNDATA", "WRITEABLE")) + \
            "\n  ALIGNED : True\n  WRITEBACKIFCOPY : False\n"


class ndarray:
    """numpy.ndarray: wraps an org.numpyjvm.api.NDArray (attribute _a)."""
    # _pb: the wrapper of the base (b.base is a); _sh, _dt: the shape and dtype of _a, cached on first use (a
    # Java NDArray's shape and dtype never change; a.shape = s, a.dtype = d and __setstate__ replace _a and
    # drop them, _forget). Every wrapper is made with _a, then _sh, _dt and _pb set (None), in that order: one
    # object layout for GraalPy's compiled attribute reads, and no unset slot (reading one raises AttributeError)
    __slots__ = ("_a", "_pb", "_sh", "_dt", "__weakref__")
    __hash__ = None


    # ------------------------------------------------------------------ text
    def __format__(self, spec):
        if self.ndim == 0:
            return format(self[()], spec)
        if spec:
            raise TypeError("unsupported format string passed to numpy.ndarray.__format__")
        return str(self)

    def __repr__(self):
        try:
            return _repr(self._a)
        except _FE:
            raise _error() from None

    def __str__(self):
        try:
            return _str(self._a)
        except _FE:
            raise _error() from None

    # ------------------------------------------------------------------ attributes
    @property
    def shape(self):
        try:
            s = self._sh
        except AttributeError:  # (every wrapper is made with _sh = None: not expected)
            s = None
        if s is None:
            s = self._sh = tuple(_shape(self._a))
        return s

    @property
    def ndim(self):
        try:
            s = self._sh
        except AttributeError:  # (every wrapper is made with _sh = None: not expected)
            s = None
        if s is not None:
            return len(s)
        return _B.ndim(self._a)

    @property
    def size(self):
        return _B.size(self._a)

    @property
    def strides(self):
        return tuple(_B.strides(self._a))

    @property
    def dtype(self):
        try:
            d = self._dt
        except AttributeError:
            d = None
        if d is not None:
            return d
        c = _dtype_code(self._a)
        if c >= 0:  # a builtin dtype: one dtype object each, as NumPy
            d = _DTYPES[c]
            if d is None:
                d = _DTYPES[c] = dtype._of(_B.dtype(self._a))
        else:
            d = dtype._of(_B.dtype(self._a))
        self._dt = d
        return d

    @property
    def itemsize(self):
        return _core._D.itemsize(_B.dtype(self._a))

    @property
    def nbytes(self):
        return self.size * self.itemsize

    @property
    def T(self):
        if type(self) is ndarray:
            pb = self._pb
            return _view(_transposed(self._a, None if pb is None else pb._a), self, pb)
        return _derived(_wrap(_B.T(self._a)), self)

    @property
    def mT(self):
        """The matrix transpose: the last two axes swapped (a view)."""
        if self.ndim < 2:
            raise ValueError("matrix transpose with ndim < 2 is undefined")
        return self.swapaxes(-1, -2)

    @property
    def base(self):
        jb = _B.base(self._a)
        if jb is None:
            return None
        pb = getattr(self, "_pb", None)
        if pb is not None and pb._a is jb:
            return pb
        return _wrap(jb)

    @property
    def flags(self):
        return _Flags(self._a)

    @property
    def real(self):
        return _derived(_invoke("real", (self,), None), self)

    @property
    def imag(self):
        return _derived(_invoke("imag", (self,), None), self)

    # ------------------------------------------------------------------ sequence protocol
    def __len__(self):
        try:  # the cached shape read directly (a property call costs more than the slot)
            s = self._sh
        except AttributeError:
            s = None
        if s is None:
            s = self.shape
        if s:
            return s[0]
        raise TypeError("len() of unsized object")

    def __iter__(self):
        n = self.__len__()
        for i in range(n):
            yield self[i]

    def __getitem__(self, key):
        t = type(key)
        try:
            if type(self) is ndarray:  # fast routes (a subclass's views go through __array_finalize__ below)
                if t is int:
                    pb = self._pb
                    r = _getitem_int(self._a, key, None if pb is None else pb._a)
                    tr = type(r)
                    if tr is int or tr is float or tr is _pybool:  # an element: the scalar type of our dtype
                        d = self._dt
                        if d is None:
                            d = self.dtype
                        return d._scalar._new(r)
                    return _view(r, self, pb)
                if t is slice and _int_bounds(key):
                    pb = self._pb
                    return _view(_getitem_slice(self._a, key.start, key.stop, key.step,
                                                None if pb is None else pb._a), self, pb)
                if t is ndarray:
                    return _fast(_getitem_array(self._a, key._a), (self,))
                if t is list:
                    q = _jseq(key)
                    if q is not _SLOW:
                        return _fast(_getitem_list(self._a, *q), (self,))
            r = _getitem(self._a, key)
        except _FE:
            raise _error() from None
        if _kind(r) == 1:
            a = object.__new__(ndarray)
            a._a = r
            a._sh = a._dt = a._pb = None  # shape, dtype: read on first use; _pb: set by _link
            if type(self) is not ndarray:
                return _protocol.derived(a, self)
            return _link(a, (self,))
        return _scalar(_last_scalar(), r)

    def __setitem__(self, key, value):
        t = type(key)
        tv = type(value)
        try:
            if (tv is int or tv is float or tv is _pybool) and t is int:
                r = _setitem_int(self._a, key, value)
            elif (tv is int or tv is float or tv is _pybool) and t is slice and _int_bounds(key):
                r = _setitem_slice(self._a, key.start, key.stop, key.step, value)
            else:
                r = _setitem(self._a, key, value)
        except _FE:
            raise _error() from None
        if r is not None:  # floating-point error events of the cast (np.errstate)
            _wrap(r)

    def __delitem__(self, key):
        raise ValueError("cannot delete array elements")

    def __contains__(self, x):
        """x in a: NumPy's (a == x).any(), broadcasting x against a (its ValueError for a shape mismatch)."""
        if type(self) is ndarray and _F_CONTAINS is not None:  # one call (the registry's _contains)
            t = type(x)
            if t is int or t is float or t is _pybool or t is str:
                try:
                    return _call2(_F_CONTAINS, False, self._a, x)
                except _FE:
                    pass  # no loop (a str against numbers...) or an error: == below answers as NumPy
            elif t is ndarray:
                try:
                    return _call2(_F_CONTAINS, False, self._a, x._a)
                except _FE:
                    pass
        r = self == x
        if type(r) is not ndarray:
            r = _core._invoke("asarray", (r,), None)
        return _pybool(r.any())

    def __bool__(self):
        if self.size != 1:
            if self.size == 0:
                raise ValueError("The truth value of an empty array is ambiguous. Use `array.size > 0` to check "
                                 "that an array is not empty.")
            raise ValueError("The truth value of an array with more than one element is ambiguous. "
                             "Use a.any() or a.all()")
        return _builtins.bool(self.item())

    def __int__(self):
        return int(self._only("int"))

    def __float__(self):
        return float(self._only("float"))

    def __complex__(self):
        return _builtins.complex(self._only("complex"))

    def __index__(self):
        if self.ndim != 0 or self.dtype.kind not in "biu":
            raise TypeError("only integer scalar arrays can be converted to a scalar index")
        return int(self.item())

    def _only(self, what):
        if self.ndim != 0:
            raise TypeError("only 0-dimensional arrays can be converted to Python scalars")
        return self.item()

    # ------------------------------------------------------------------ methods
    def tolist(self, *args):
        if args:
            raise TypeError("function takes exactly 0 arguments (%d given)" % len(args))
        try:
            return _wrap(_B.tolist(self._a))
        except _FE:
            raise _error() from None

    def item(self, *args):
        if len(args) == 1 and isinstance(args[0], tuple):
            args = args[0]
        try:
            return _wrap(_B.item(self._a, args))
        except _FE:
            raise _error() from None

    def copy(self, order="C"):
        try:
            if type(self) is ndarray:
                a = _new(ndarray)
                a._a = _B.copy(self._a, order)
                a._sh = a._dt = a._pb = None  # shape, dtype: read on first use; _pb: set by _link
                return a
            return _derived(_wrap(_B.copy(self._a, order)), self)
        except _FE:
            raise _error() from None

    def __copy__(self):
        return self.copy()

    def __deepcopy__(self, memo):
        return self.copy()

    def astype(self, dtype, order="K", casting="unsafe", subok=True, copy=True):
        copy = _builtins.bool(copy)
        try:
            if type(self) is ndarray and type(order) is str and type(casting) is str:
                d = _jdtype(dtype)
                if d is not None:  # fast route: a new array, self itself (copy=False) or a WARNED result
                    return _fast(_astype_fast(self._a, d, order, casting, copy), (self,))
            return _derived(_wrap(_B.astype(self._a, dtype, order, casting, copy)), self)
        except _FE:
            raise _error() from None

    def reshape(self, *shape, order="C", copy=None):
        if len(shape) == 1 and not isinstance(shape[0], int):
            shape = shape[0]
        if copy is None and type(order) is str and order == "C" and _F_RESHAPE is not None and type(self) is ndarray:
            q = shape  # Python ints as they are, else the plain values of _jseq (the registry's reshape, without its
            ts = type(shape)  # argument binding)
            if ts is tuple or ts is list:
                for d in shape:
                    if type(d) is not int:
                        q = _jseq(shape)
                        break
            else:
                q = _SLOW
            if q is not _SLOW:
                pb = self._pb
                try:
                    return _view(_reshape_fast(self._a, None if pb is None else pb._a, *q), self, pb)
                except _FE:
                    raise _error() from None
            r = _fast_call(_F_RESHAPE, False, (self, shape))
            if r is not _SLOW:
                return r
        kw = {"order": order}
        if copy is not None:
            kw["copy"] = copy
        return _derived(_invoke("reshape", (self, shape), kw), self)

    def transpose(self, *axes):
        if len(axes) == 1 and (axes[0] is None or not isinstance(axes[0], int)):
            axes = axes[0]
        return _derived(_invoke("transpose", (self, axes if axes != () else None), None), self)

    def ravel(self, order="C"):
        if type(order) is str and type(self) is ndarray:
            try:
                if order in _ORDERS:  # the registry's ravel without its argument binding
                    pb = self._pb
                    return _view(_ravel_fast(self._a, order, None if pb is None else pb._a), self, pb)
                return _fast(_call2(_F_RAVEL, False, self._a, order), (self, order))
            except _FE:
                raise _error() from None
        return _derived(_invoke("ravel", (self,), {"order": order}), self)

    def flatten(self, order="C"):
        if type(order) is str and type(self) is ndarray:
            return self.ravel(order).copy()
        return _derived(_invoke("ravel", (self,), {"order": order}).copy(), self)

    def swapaxes(self, axis1, axis2):
        return _derived(_invoke("swapaxes", (self, axis1, axis2), None), self)

    def diagonal(self, offset=0, axis1=0, axis2=1):
        return _derived(_invoke("diagonal", (self, offset, axis1, axis2), None), self)

    def fill(self, value):
        try:
            r = _setitem(self._a, Ellipsis, value)
        except _FE:
            raise _error() from None
        if r is not None:
            _wrap(r)

    # ------------------------------------------------------------------ operators: the ufuncs
    __add__, __radd__, __iadd__ = _ufunc_ops("add")
    __sub__, __rsub__, __isub__ = _ufunc_ops("subtract")
    __mul__, __rmul__, __imul__ = _ufunc_ops("multiply")
    __truediv__, __rtruediv__, __itruediv__ = _ufunc_ops("true_divide")
    __floordiv__, __rfloordiv__, __ifloordiv__ = _ufunc_ops("floor_divide")
    __mod__, __rmod__, __imod__ = _ufunc_ops("remainder")
    __pow__, __rpow__, __ipow__ = _ufunc_ops("power")
    __and__, __rand__, __iand__ = _ufunc_ops("bitwise_and")
    __or__, __ror__, __ior__ = _ufunc_ops("bitwise_or")
    __xor__, __rxor__, __ixor__ = _ufunc_ops("bitwise_xor")
    __lshift__, __rlshift__, __ilshift__ = _ufunc_ops("left_shift")
    __rshift__, __rrshift__, __irshift__ = _ufunc_ops("right_shift")
    __eq__ = _ufunc_ops("equal", False)[0]
    __ne__ = _ufunc_ops("not_equal", True)[0]
    __lt__ = _ufunc_ops("less")[0]
    __le__ = _ufunc_ops("less_equal")[0]
    __gt__ = _ufunc_ops("greater")[0]
    __ge__ = _ufunc_ops("greater_equal")[0]
    __neg__ = _ufunc_unary("negative")
    __pos__ = _ufunc_unary("positive")
    __abs__ = _ufunc_unary("absolute")
    __invert__ = _ufunc_unary("invert")
    __hash__ = None
    __divmod__, __rdivmod__ = _ufunc_ops("divmod")[:2]
    __matmul__, __rmatmul__, __imatmul__ = _ufunc_ops("matmul")


_F_RAVEL = _handle("ravel")
_F_CONTAINS = _handle("_contains")
_F_RESHAPE = _handle("reshape")
ndarray.__module__ = "numpy"
dtype.__module__ = "numpy"


# the ndarray protocol and the methods of the registry's functions (numpy/_protocol.py, numpy/_methods.py)
from numpy import _protocol  # noqa: E402
from numpy import _methods  # noqa: E402
from numpy import _attributes  # noqa: E402
_PLAIN = _protocol.PLAIN  # operand types that never make an operator defer
_protocol.install()
_methods.install()
_attributes.install()
