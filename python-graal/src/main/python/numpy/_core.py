"""ndarray, dtype, scalar types and the registry's functions: thin wrappers over the Java bridge.

Numerics are one call into Java (org.numpyjvm.python.Bridge); Python keeps only keyword handling
and Python-only objects. Bound Java methods are cached in module globals (a bound call is the
cheapest route from GraalPy into Java).
"""
import builtins as _builtins
import array as _array_mod
import struct as _struct

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


# ---------------------------------------------------------------------------------------- dtype

class dtype:
    """np.dtype: wraps an org.numpyjvm.api.DType."""
    __slots__ = ("_d",)

    def __new__(cls, obj, align=False, copy=False):
        if isinstance(obj, dtype):
            return obj
        try:
            d = _dtype_of(obj)
        except _FE:
            raise _error() from None
        return dtype._of(d)

    @staticmethod
    def _of(d):
        o = object.__new__(_DTYPE_CLASSES.get(_dtype_text(d, 6), dtype))
        o._d = d
        return o

    str = property(lambda self: _dtype_text(self._d, 0))
    name = property(lambda self: _dtype_text(self._d, 1))
    kind = property(lambda self: _dtype_text(self._d, 2))
    char = property(lambda self: _dtype_text(self._d, 3))
    byteorder = property(lambda self: _dtype_text(self._d, 5))
    itemsize = property(lambda self: _B.itemsize(self._d))

    @property
    def type(self):
        return _SCALARS.get(self.name.rstrip("0123456789") if self.kind in "SU" else self.name)

    def __repr__(self):
        return _dtype_text(self._d, 4)

    def __str__(self):
        n = self.name
        return n if self.kind not in "SU" and self.byteorder in "=|" else self.str

    def __eq__(self, other):
        if other is None:
            return False
        return _B.dtypeEquals(self._d, other)

    def __ne__(self, other):
        return not self.__eq__(other)

    def __hash__(self):
        return hash(self.str)


def _dtype_class(name):
    return type(name, (dtype,), {"__slots__": (), "__module__": "numpy.dtypes"})


# NumPy 2's dtype classes (numpy.dtypes): type(np.dtype('int32')) is Int32DType
_DTYPE_CLASSES = {}
for _n, _c in (("bool", "BoolDType"), ("int8", "Int8DType"), ("uint8", "UInt8DType"), ("int16", "Int16DType"),
               ("uint16", "UInt16DType"), ("int32", "Int32DType"), ("uint32", "UInt32DType"),
               ("int64", "Int64DType"), ("uint64", "UInt64DType"), ("float16", "Float16DType"),
               ("float32", "Float32DType"), ("float64", "Float64DType"), ("complex64", "Complex64DType"),
               ("complex128", "Complex128DType"), ("str_", "StrDType"), ("bytes_", "BytesDType")):
    _DTYPE_CLASSES["numpy." + _n] = _dtype_class(_c)


# ---------------------------------------------------------------------------------------- iinfo, finfo

class _Info:
    __slots__ = ("_i",)

    def __new__(cls, type):
        return _invoke(cls.__name__, (type,), None)

    @classmethod
    def _of(cls, i):
        o = object.__new__(cls)
        o._i = i
        return o

    def __repr__(self):
        return _B.info(self._i, "repr")

    def __str__(self):
        return _B.info(self._i, "str")

    @property
    def dtype(self):
        return dtype._of(_B.info(self._i, "dtype"))

    @property
    def bits(self):
        return _B.info(self._i, "bits")


class iinfo(_Info):
    """np.iinfo: machine limits for integer types."""
    __slots__ = ()

    min = property(lambda self: _wrap(_B.info(self._i, "min")))
    max = property(lambda self: _wrap(_B.info(self._i, "max")))
    kind = property(lambda self: _B.info(self._i, "kind"))


def _finfo_float(attr):
    return property(lambda self: self.dtype.type(_B.info(self._i, attr)))


def _finfo_int(attr):
    return property(lambda self: _B.info(self._i, attr))


class finfo(_Info):
    """np.finfo: machine limits for floating point types."""
    __slots__ = ()


for _a in ("eps", "epsneg", "max", "min", "tiny", "smallest_normal", "smallest_subnormal", "resolution"):
    setattr(finfo, _a, _finfo_float(_a))
for _a in ("precision", "iexp", "maxexp", "minexp", "machep", "negep", "nexp", "nmant"):
    setattr(finfo, _a, _finfo_int(_a))
iinfo.__module__ = finfo.__module__ = "numpy"


# ---------------------------------------------------------------------------------------- scalars

class generic:
    """NumPy's scalar base: the subclasses below carry their dtype name in _njvm_dtype."""
    __slots__ = ()
    _njvm_dtype = None
    _njvm_d = None

    @classmethod
    def _jd(cls):
        d = cls.__dict__.get("_njvm_d")
        if d is None:
            d = _dtype_of(cls._njvm_dtype)
            cls._njvm_d = d
        return d

    def _value(self):
        return self

    def __repr__(self):
        return _scalar_text(self._jd(), self._value(), True)

    def __str__(self):
        return _scalar_text(self._jd(), self._value(), False)

    @property
    def dtype(self):
        return dtype(self._njvm_dtype)

    def item(self):
        return self._value()

    @property
    def shape(self):
        return ()

    ndim = 0
    size = 1


class number(generic):
    __slots__ = ()


class integer(number):
    __slots__ = ()


class signedinteger(integer):
    __slots__ = ()


class unsignedinteger(integer):
    __slots__ = ()


class inexact(number):
    __slots__ = ()


class floating(inexact):
    __slots__ = ()


class complexfloating(inexact):
    __slots__ = ()


class flexible(generic):
    __slots__ = ()


def _sequence(value):
    """Whether a scalar type's argument is a sequence (then NumPy returns an array of that type)."""
    return type(value) is list or type(value) is tuple or isinstance(value, ndarray)


def _int_type(name, base):
    bits = int(name.lstrip("uint"))
    lo, hi = (0, (1 << bits) - 1) if name[0] == "u" else (-(1 << bits - 1), (1 << bits - 1) - 1)

    def __new__(cls, value=0):
        if _sequence(value):
            return _invoke("array", (value,), {"dtype": name})
        v = int.__new__(cls, value)
        if not lo <= v <= hi:
            if not -(1 << 63) <= v <= (1 << 63) - 1 and not (name == "uint64" and 0 <= v <= hi):
                raise OverflowError("Python int too large to convert to C long")
            raise OverflowError("Python integer %d out of bounds for %s" % (v, name))
        return v

    def _value(self):
        return int(self)
    return type(name, (base, int), {"__slots__": (), "_njvm_dtype": name, "_value": _value, "__new__": __new__,
                                     "__module__": "numpy"})


def _float_type(name):
    code = {"float16": "e", "float32": "f"}.get(name)

    def __new__(cls, value=0.0):
        if _sequence(value):
            return _invoke("array", (value,), {"dtype": name})
        v = float.__new__(cls, value)
        if code is None:
            return v
        try:  # the value rounded to the type's precision
            return float.__new__(cls, _struct.unpack(code, _struct.pack(code, v))[0])
        except OverflowError:
            return float.__new__(cls, float("inf") if v > 0 else float("-inf"))

    def _value(self):
        return float(self)
    return type(name, (floating, float), {"__slots__": (), "_njvm_dtype": name, "_value": _value,
                                          "__new__": __new__, "__module__": "numpy"})


def _complex_type(name):
    def __new__(cls, real=0, imag=None):
        if _sequence(real):
            return _invoke("array", (real,), {"dtype": name})
        return _builtins.complex.__new__(cls, real) if imag is None else _builtins.complex.__new__(cls, real, imag)

    def _value(self):
        return _builtins.complex(self)
    return type(name, (complexfloating, _builtins.complex), {"__slots__": (), "_njvm_dtype": name,
                                                             "_value": _value, "__new__": __new__,
                                                             "__module__": "numpy"})


int8 = _int_type("int8", signedinteger)
int16 = _int_type("int16", signedinteger)
int32 = _int_type("int32", signedinteger)
int64 = _int_type("int64", signedinteger)
uint8 = _int_type("uint8", unsignedinteger)
uint16 = _int_type("uint16", unsignedinteger)
uint32 = _int_type("uint32", unsignedinteger)
uint64 = _int_type("uint64", unsignedinteger)
float16 = _float_type("float16")
float32 = _float_type("float32")
float64 = _float_type("float64")
complex64 = _complex_type("complex64")
complex128 = _complex_type("complex128")


class bool(generic):
    """np.bool (np.bool_): Python's bool cannot be subclassed, so this wraps one."""
    __slots__ = ("_v",)
    _njvm_dtype = "bool"

    def __new__(cls, value=False):
        if _sequence(value):
            return _invoke("array", (value,), {"dtype": "bool"})
        o = object.__new__(cls)
        o._v = _builtins.bool(value)
        return o

    def _value(self):
        return self._v

    def __bool__(self):
        return self._v

    def __index__(self):
        return int(self._v)

    __int__ = __index__

    def __eq__(self, other):
        return self._v == other

    def __hash__(self):
        return hash(self._v)


class str_(flexible, str):
    __slots__ = ()
    _njvm_dtype = "str"

    def _value(self):
        return str(self)

    def __repr__(self):
        return "np.str_(%s)" % str.__repr__(self)

    def __str__(self):
        return str.__str__(self)


class bytes_(flexible, bytes):
    __slots__ = ()
    _njvm_dtype = "bytes"

    def __new__(cls, value=b"", *args):
        if isinstance(value, str) and not args:
            value = value.encode("ascii")
        return bytes.__new__(cls, value, *args)

    def _value(self):
        return bytes(self)

    def __repr__(self):
        return "np.bytes_(%s)" % bytes.__repr__(self)

    def __str__(self):
        return bytes.__repr__(self)


bool_ = bool
for _t in (generic, number, integer, signedinteger, unsignedinteger, inexact, floating, complexfloating,
           flexible, bool, str_, bytes_):
    _t.__module__ = "numpy"

_SCALARS = {t._njvm_dtype: t for t in (int8, int16, int32, int64, uint8, uint16, uint32, uint64, float16,
                                       float32, float64, complex64, complex128, bool, str_, bytes_)}


def _scalar(name, value):
    """The NumPy scalar of dtype name for a bridge element value."""
    t = _SCALARS.get(name)
    if type(value) is not int and type(value) is not float and type(value) is not _builtins.bool \
            and type(value) is not str:
        value = _wrap(value)
    if t is None:
        return value
    return t(value)


# ---------------------------------------------------------------------------------------- ndarray

def _no_ufunc(op, ufunc):
    def f(self, *args):
        raise NotImplementedError(
            "numpy-jvm: ndarray.%s needs the ufunc numpy.%s, which numpy-jvm does not implement yet "
            "(arithmetic and comparisons come with the ufunc work)" % (op, ufunc))
    f.__name__ = op
    return f


def _scalar_if_0d(r):
    """NumPy's ufuncs return scalars where the result is 0-d."""
    if type(r) is ndarray and r.ndim == 0:
        return r[()]
    return r


def _ufunc_call(name):
    cache = []

    def call(args, kwargs):
        if not cache:
            cache.append(_make_function(name))
        return cache[0](*args, **kwargs)
    return call


def _ufunc_ops(name):
    """(forward, reflected, in-place) operator methods calling the ufunc numpy.<name>."""
    call = _ufunc_call(name)

    def forward(self, other):
        return _scalar_if_0d(call((self, other), {}))

    def reflected(self, other):
        return _scalar_if_0d(call((other, self), {}))

    def inplace(self, other):
        call((self, other), {"out": self})
        return self
    return forward, reflected, inplace


def _ufunc_unary(name):
    call = _ufunc_call(name)

    def op(self):
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
    __slots__ = ("_a", "_pb", "__weakref__")  # _pb: the wrapper of the base (b.base is a)
    __hash__ = None

    def __new__(cls, shape, dtype=float, buffer=None, offset=0, strides=None, order=None):
        if buffer is not None or strides is not None or offset:
            raise NotImplementedError("numpy-jvm: ndarray(shape, buffer=..., offset=..., strides=...) is not "
                                      "supported yet; use numpy.empty/numpy.array")
        return _invoke("empty", (shape,), {"dtype": dtype, "order": order or "C"})

    def __getattr__(self, name):  # only for missing attributes: NumPy's message
        raise AttributeError("'numpy.ndarray' object has no attribute '%s'" % name)

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
        return tuple(_shape(self._a))

    @property
    def ndim(self):
        return _B.ndim(self._a)

    @property
    def size(self):
        return _B.size(self._a)

    @property
    def strides(self):
        return tuple(_B.strides(self._a))

    @property
    def dtype(self):
        return dtype._of(_B.dtype(self._a))

    @property
    def itemsize(self):
        return _B.itemsize(_B.dtype(self._a))

    @property
    def nbytes(self):
        return self.size * self.itemsize

    @property
    def T(self):
        return _link(_wrap(_B.T(self._a)), (self,))

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
        return _link(_invoke("real", (self,), None), (self,))

    @property
    def imag(self):
        return _link(_invoke("imag", (self,), None), (self,))

    # ------------------------------------------------------------------ sequence protocol
    def __len__(self):
        try:
            return _len(self._a)
        except _FE:
            raise _error() from None

    def __iter__(self):
        n = self.__len__()
        for i in range(n):
            yield self[i]

    def __getitem__(self, key):
        try:
            r = _getitem(self._a, key)
        except _FE:
            raise _error() from None
        if _kind(r) == 1:
            a = object.__new__(ndarray)
            a._a = r
            return _link(a, (self,))
        return _scalar(_last_scalar(), r)

    def __setitem__(self, key, value):
        try:
            _setitem(self._a, key, value)
        except _FE:
            raise _error() from None

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
            return _wrap(_B.copy(self._a, order))
        except _FE:
            raise _error() from None

    def __copy__(self):
        return self.copy()

    def __deepcopy__(self, memo):
        return self.copy()

    def astype(self, dtype, order="K", casting="unsafe", subok=True, copy=True):
        try:
            return _link(_wrap(_B.astype(self._a, dtype, order, casting, _builtins.bool(copy))), (self,))
        except _FE:
            raise _error() from None

    def view(self, dtype=None, type=None):
        if type is not None:
            raise NotImplementedError("numpy-jvm: ndarray.view(type=...) is not supported (no ndarray subclasses)")
        if dtype is None:
            return self[...]
        try:
            return _link(_wrap(_B.view(self._a, dtype)), (self,))
        except _FE:
            raise _error() from None

    def reshape(self, *shape, order="C", copy=None):
        if len(shape) == 1 and not isinstance(shape[0], int):
            shape = shape[0]
        kw = {"order": order}
        if copy is not None:
            kw["copy"] = copy
        return _link(_invoke("reshape", (self, shape), kw), (self,))

    def transpose(self, *axes):
        if len(axes) == 1 and (axes[0] is None or not isinstance(axes[0], int)):
            axes = axes[0]
        return _link(_invoke("transpose", (self, axes if axes != () else None), None), (self,))

    def ravel(self, order="C"):
        return _link(_invoke("ravel", (self,), {"order": order}), (self,))

    def flatten(self, order="C"):
        return _invoke("ravel", (self,), {"order": order}).copy()

    def swapaxes(self, axis1, axis2):
        return _link(_invoke("swapaxes", (self, axis1, axis2), None), (self,))

    def diagonal(self, offset=0, axis1=0, axis2=1):
        return _link(_invoke("diagonal", (self, offset, axis1, axis2), None), (self,))

    def fill(self, value):
        try:
            _setitem(self._a, Ellipsis, value)
        except _FE:
            raise _error() from None

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
    __eq__ = _ufunc_ops("equal")[0]
    __ne__ = _ufunc_ops("not_equal")[0]
    __lt__ = _ufunc_ops("less")[0]
    __le__ = _ufunc_ops("less_equal")[0]
    __gt__ = _ufunc_ops("greater")[0]
    __ge__ = _ufunc_ops("greater_equal")[0]
    __neg__ = _ufunc_unary("negative")
    __pos__ = _ufunc_unary("positive")
    __abs__ = _ufunc_unary("absolute")
    __invert__ = _ufunc_unary("invert")
    __hash__ = None
    # not implemented yet in numpy-jvm's Java ufunc table
    __divmod__ = __rdivmod__ = _no_ufunc("__divmod__", "divmod")
    __matmul__ = __rmatmul__ = __imatmul__ = _no_ufunc("__matmul__", "matmul")


ndarray.__module__ = "numpy"
dtype.__module__ = "numpy"


# ---------------------------------------------------------------------------------------- functions

# functions whose NumPy result is a tuple (the dynamic layer returns lists)
_TUPLE_RESULTS = {"broadcast_shapes", "broadcast_arrays", "meshgrid", "where", "nonzero", "unravel_index", "ix_",
                  "diag_indices", "diag_indices_from", "tril_indices", "triu_indices", "tril_indices_from",
                  "triu_indices_from", "unstack", "shape"}
# ufuncs and reductions: NumPy gives a scalar where the result is 0-d
_SCALAR_IF_0D = frozenset("""add subtract multiply true_divide divide floor_divide remainder mod power maximum minimum
    bitwise_and bitwise_or bitwise_xor left_shift right_shift logical_and logical_or logical_xor equal not_equal
    less less_equal greater greater_equal negative positive absolute abs invert bitwise_not logical_not sqrt exp
    log sin cos sum prod max amax min amin""".split())
# functions whose NumPy result is a tuple when given several arrays
_TUPLE_IF_SEVERAL = {"atleast_1d", "atleast_2d", "atleast_3d"}


def _from_buffer(obj):
    """array.array → NDArray with one bulk copy."""
    try:
        return _wrap(_B.fromBuffer(obj, obj.typecode))
    except _FE:
        raise _error() from None


def _make_function(name, qualified=None):
    qualified = qualified or name
    tuple_result = name in _TUPLE_RESULTS
    scalar_if_0d = name in _SCALAR_IF_0D
    bulk = name in ("array", "asarray")

    def f(*args, **kwargs):
        if bulk and args and type(args[0]) is _array_mod.array:
            args = (_from_buffer(args[0]),) + args[1:]
        try:
            r = _call(qualified, args, kwargs)
        except _FE:
            raise _error() from None
        r = _wrap(r)
        if tuple_result:
            if name == "unravel_index":  # of a scalar index: NumPy's intp scalars
                return tuple(x[()] if type(x) is ndarray and x.ndim == 0 else x for x in r)
            return tuple(r)
        if type(r) is ndarray:
            if scalar_if_0d and r.ndim == 0 and kwargs.get("out") is None:
                return r[()]
            return _link(r, args)
        if type(r) is list:
            if name == "linspace":  # retstep=True: (samples, step) with a float64 step
                return (r[0], float64(r[1]))
            if name in _TUPLE_IF_SEVERAL:
                return tuple(r)
        return r

    f.__name__ = name
    f.__qualname__ = name
    f.__module__ = "numpy"
    f.__doc__ = "numpy.%s (numpy-jvm: %s)" % (qualified, "org.numpyjvm.api dynamic layer")
    return f


def names():
    return list(_B.names())
