"""NumPy's scalar types: the generic hierarchy, the numeric types and bool_, str_, bytes_."""
import builtins as _builtins
import math as _math

from numpy import _core
from numpy._core import _invoke, _wrap, _dtype_of, _scalar_text
from numpy._dtype import dtype
from numpy import _scalar_ops as _ops


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

    def item(self, *args):
        if args:  # index checks as the 0-d array's
            return self.__array__().item(*args)
        return self._value()

    def tolist(self):
        return self._value()

    ndim = 0
    size = 1
    shape = ()
    strides = ()
    base = None

    @property
    def itemsize(self):
        return self.dtype.itemsize

    @property
    def nbytes(self):
        return self.dtype.itemsize

    @property
    def T(self):
        return self

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return type(self)()

    def conjugate(self):
        return self

    conj = conjugate

    def __array__(self, dtype=None, copy=None):
        a = _invoke("array", (self,), None if dtype is None else {"dtype": dtype})
        return a

    def astype(self, dtype, order="K", casting="unsafe", subok=True, copy=True):
        return self.__array__().astype(dtype, order, casting, subok, copy)[()]

    def reshape(self, *shape, order="C", copy=None):
        return self.__array__().reshape(*shape, order=order, copy=copy)

    def view(self, dtype=None, type=None):
        if dtype is None and type is None:
            return self
        return self.__array__().view(dtype, type)[()]

    def ravel(self, order="C"):
        return self.__array__().ravel(order)

    def flatten(self, order="C"):
        return self.__array__().flatten(order)

    def copy(self):
        return self


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
    return type(value) is list or type(value) is tuple or isinstance(value, _core.ndarray)


def _from_sequence(value, name):
    a = _invoke("array", (value,), {"dtype": name})
    return a[()] if a.ndim == 0 else a


class _real_parts:
    """real, imag and conjugate (np.float64 and np.complex128 must override Python's float/complex ones)."""
    __slots__ = ()

    @property
    def real(self):
        v = self._v
        if type(v) is _builtins.complex:
            return _SCALARS["float%d" % (self._bits // 2)]._new(v.real)
        return self

    @property
    def imag(self):
        v = self._v
        if type(v) is _builtins.complex:
            return _SCALARS["float%d" % (self._bits // 2)]._new(v.imag)
        return self._new(type(v)(0))

    def conjugate(self):
        v = self._v
        return self._new(v.conjugate()) if type(v) is _builtins.complex else self

    conj = conjugate


class _numeric(_real_parts, generic):
    """The numeric scalars' shared methods: the value is _v (a Python bool, int, float or complex)."""
    __slots__ = ()

    def _value(self):
        return self._v

    def __hash__(self):
        return hash(self._v)

    def __bool__(self):
        return _builtins.bool(self._v)

    def __format__(self, spec):
        return format(self._v, spec)

    def __int__(self):
        return int(self._v)

    def __float__(self):
        return float(self._v)

    def __complex__(self):
        return _builtins.complex(self._v)

    def __reduce__(self):
        return (type(self), (self._v,))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _int_new(cls, value):
    """np.int8(value) ...: a Python int must fit (NumPy's OverflowError), other scalars are cast."""
    if isinstance(value, generic):
        if isinstance(value, (str_, bytes_)):
            value = int(value)
        else:
            v = value._v
            if type(v) is _builtins.complex:
                v = _complex_to_real(v).real
            v = int(v)
            return cls._new((v - cls._lo) % cls._mod + cls._lo)
    elif _sequence(value):
        return _from_sequence(value, cls._njvm_dtype)
    elif value is None:
        raise TypeError("int() argument must be a string, a bytes-like object or a real number, not 'NoneType'")
    v = int(value)
    if not cls._lo <= v <= cls._hi:
        raise _ops.int_error(v, cls._njvm_dtype)
    return cls._new(v)


def _complex_to_real(v):
    from numpy.exceptions import ComplexWarning
    import warnings
    warnings.warn("Casting complex values to real discards the imaginary part", ComplexWarning, stacklevel=3)
    return v


class _integer_methods:
    __slots__ = ()

    def __index__(self):
        return self._v

    def __round__(self, ndigits=None):
        if ndigits is None:
            return self._v
        return type(self)(round(self._v, ndigits))

    def bit_count(self):
        return abs(self._v).bit_count() if hasattr(int, "bit_count") else bin(self._v).count("1")

    def is_integer(self):
        return True

    def __repr__(self):
        return "np.%s(%d)" % (self._njvm_dtype, self._v)

    def __str__(self):
        return str(self._v)


def _int_type(name, base):
    bits = int(name.lstrip("uint"))
    lo, hi = (0, (1 << bits) - 1) if name[0] == "u" else (-(1 << bits - 1), (1 << bits - 1) - 1)
    cls = type(name, (_integer_methods, base, _numeric), {
        "__slots__": ("_v",), "_njvm_dtype": name, "_k": name[0], "_bits": bits, "_lo": lo, "_hi": hi,
        "_mod": 1 << bits, "__module__": "numpy", "__new__": lambda cls, value=0: _int_new(cls, value)})
    _new = object.__new__

    def new(v):
        o = _new(cls)
        o._v = v
        return o
    cls._new = staticmethod(new)
    return cls


def _float_value(value):
    if value is None:
        return float("nan")
    if isinstance(value, generic) and type(value._v) is _builtins.complex:
        return _complex_to_real(value._v).real
    return float(value)


class _float_methods:
    __slots__ = ()

    def __round__(self, ndigits=None):
        v = self._v
        if ndigits is None:
            return round(v)
        if ndigits >= 0:  # NumPy's rounding: scale, round half to even, unscale
            p = 10.0 ** ndigits
            r = float(round(v * p)) / p if _math.isfinite(v * p) else v
        else:
            p = 10.0 ** -ndigits
            r = float(round(v / p)) * p if _math.isfinite(v) else v
        return type(self)(r)

    def is_integer(self):
        return float.is_integer(self._v)

    def as_integer_ratio(self):
        return float.as_integer_ratio(self._v)

    def __repr__(self):
        return _scalar_text(self._jd(), self._v, True)

    def __str__(self):
        return _scalar_text(self._jd(), self._v, False)


def _float_type(name):
    code = {"float16": "e", "float32": "f"}.get(name)
    rnd = None if code is None else _ops._rounder(code)
    bases = (_float_methods, floating, float, _numeric) if code is None else (_float_methods, floating, _numeric)

    def __new__(cls, value=0.0):
        if _sequence(value):
            return _from_sequence(value, name)
        v = _float_value(value)
        if rnd is not None:
            r = rnd(v)
            if r - r != 0 and v - v == 0:
                _ops._report("over", "overflow encountered in cast")
            v = r
        return new(v)
    cls = type(name, bases, {"__slots__": ("_v",), "_njvm_dtype": name, "_k": "f", "_bits": int(name[5:]),
                             "_rnd": rnd, "__new__": __new__, "__module__": "numpy"})
    if code is None:
        _fnew = float.__new__

        def new(v):
            o = _fnew(cls, v)
            o._v = v
            return o
    else:
        _onew = object.__new__

        def new(v):
            o = _onew(cls)
            o._v = v
            return o
    cls._new = staticmethod(new)
    return cls


class _complex_methods:
    __slots__ = ()

    def __float__(self):
        return float(_complex_to_real(self._v).real)

    def __int__(self):
        return int(_complex_to_real(self._v).real)

    def __repr__(self):
        return _scalar_text(self._jd(), self._v, True)

    def __str__(self):
        return _scalar_text(self._jd(), self._v, False)


# before float/complex in np.float64's and np.complex128's MRO
for _c in (_float_methods, _complex_methods):
    for _n in ("real", "imag", "conjugate", "conj"):
        setattr(_c, _n, _real_parts.__dict__[_n])


def _complex_type(name):
    bits = int(name[7:])
    rnd = _ops._complex_rounder(_ops._rounder("f")) if bits == 64 else None
    bases = (_complex_methods, complexfloating, _numeric) if rnd else (_complex_methods, complexfloating,
                                                                      _builtins.complex, _numeric)

    def __new__(cls, real=0, imag=None):
        if _sequence(real):
            return _from_sequence(real, name)
        if isinstance(real, generic):
            real = real._v
        if isinstance(imag, generic):
            imag = imag._v
        v = _builtins.complex(real) if imag is None else _builtins.complex(real, imag)
        return new(v if rnd is None else rnd(v))
    cls = type(name, bases, {"__slots__": ("_v",), "_njvm_dtype": name, "_k": "c", "_bits": bits, "_rnd": rnd,
                             "__new__": __new__, "__module__": "numpy"})
    if rnd is None:
        _cnew = _builtins.complex.__new__

        def new(v):
            o = _cnew(cls, v)
            o._v = v
            return o
    else:
        _onew = object.__new__

        def new(v):
            o = _onew(cls)
            o._v = v
            return o
    cls._new = staticmethod(new)
    return cls


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


class bool(_numeric, generic):
    """np.bool (np.bool_): np.True_ and np.False_, the only two instances."""
    __slots__ = ("_v",)
    _njvm_dtype = "bool"
    _k = "b"
    _bits = 8

    def __new__(cls, value=False):
        if _sequence(value):
            return _from_sequence(value, "bool")
        return bool._true if value else bool._false

    @staticmethod
    def _new(v):
        return bool._true if v else bool._false

    def __repr__(self):
        return "np.True_" if self._v else "np.False_"

    def __str__(self):
        return "True" if self._v else "False"

    def __format__(self, spec):
        return format(str(self), spec)

    def __index__(self):
        raise TypeError("'numpy.bool' object cannot be interpreted as an integer")


for _b in (True, False):
    _o = object.__new__(bool)
    _o._v = _b
    setattr(bool, "_true" if _b else "_false", _o)
generic._true, generic._false = bool._true, bool._false


class str_(flexible, str):
    __slots__ = ()
    _njvm_dtype = "str"

    @classmethod
    def _new(cls, v):
        return cls(v)

    def _value(self):
        return str(self)

    @property
    def dtype(self):  # sized by the value, as NumPy: np.str_('abc').dtype is <U3
        return dtype("<U%d" % len(self))

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

    @classmethod
    def _new(cls, v):
        return cls(v)

    def _value(self):
        return bytes(self)

    @property
    def dtype(self):  # sized by the value, as NumPy: np.bytes_(b'ab').dtype is S2
        return dtype("S%d" % len(self))

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


def _ufunc(name, *args):
    """numpy.<name>(*args) of the ufunc object (scalar results where 0-d, tuples for divmod)."""
    f = _UFUNCS.get(name)
    if f is None:
        f = _UFUNCS[name] = _core._ufunc_of(name)
    return f(*args)


_UFUNCS = {}
_NUMERIC = [int8, int16, int32, int64, uint8, uint16, uint32, uint64, float16, float32, float64, complex64,
            complex128, bool]
_ops.install(_NUMERIC, _SCALARS, _ufunc)


def _scalar(name, value):
    """The NumPy scalar of dtype name for a bridge element value."""
    t = _SCALARS.get(name)
    tv = type(value)
    if tv is not int and tv is not float and tv is not _builtins.bool and tv is not str:
        value = _wrap(value)
    if t is None:
        return value
    return t._new(value)
