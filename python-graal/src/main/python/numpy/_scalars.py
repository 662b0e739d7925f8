"""NumPy's scalar types: the generic hierarchy, the numeric types and bool_, str_, bytes_."""
import struct as _struct
import builtins as _builtins

from numpy import _core
from numpy._core import _invoke, _wrap, _dtype_of, _scalar_text
from numpy._dtype import dtype


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
    return type(value) is list or type(value) is tuple or isinstance(value, _core.ndarray)


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
