"""np.dtype (with NumPy 2's dtype classes), np.iinfo and np.finfo."""
from numpy import _core
from numpy._bridge import ForeignException as _FE, error as _error
from numpy._core import _B, _D, _invoke, _wrap, _dtype_of, _dtype_text


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
    itemsize = property(lambda self: _D.itemsize(self._d))

    @property
    def type(self):
        return _core._SCALARS.get(self.name.rstrip("0123456789") if self.kind in "SU" else self.name)

    def __repr__(self):
        return _dtype_text(self._d, 4)

    def __str__(self):
        n = self.name
        return n if self.kind not in "SU" and self.byteorder in "=|" else self.str

    def __eq__(self, other):
        if other is None:
            return False
        return _D.dtypeEquals(self._d, other)

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
