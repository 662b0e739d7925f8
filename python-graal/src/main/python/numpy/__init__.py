"""numpy-jvm: NumPy 2's API implemented in Java (org.numpyjvm), importable as numpy on GraalPy.

The module's functions come from numpy-jvm's dynamic call layer (Registry.global()): every name
registered there is a function here; ndarray operators are one call of the matching ufunc.
"""
# The NumPy release whose behaviour numpy-jvm implements; numpy-jvm's own version below.
__version__ = "2.4.6"
__numpy_jvm_version__ = "0.1.0-SNAPSHOT"

from numpy import _bridge
from numpy import exceptions
from numpy._core import (ndarray, dtype, newaxis, generic, number, integer, signedinteger, unsignedinteger,
                         inexact, floating, complexfloating, flexible, bool, bool_, int8, int16, int32, int64,
                         uint8, uint16, uint32, uint64, float16, float32, float64, complex64, complex128,
                         str_, bytes_, iinfo, finfo, ufunc)
from numpy import _core
from numpy._methods import flatiter
from numpy._ufunc_config import seterr, geterr, seterrcall, geterrcall, errstate

# NumPy 2's aliases
half, single, double = float16, float32, float64
csingle, cdouble = complex64, complex128
byte, ubyte, short, ushort, intc, uintc = int8, uint8, int16, uint16, int32, uint32
int_, intp, long, longlong = int64, int64, int64, int64
uint, uintp, ulong, ulonglong = uint64, uint64, uint64, uint64
True_ = bool_(True)
False_ = bool_(False)
e = 2.718281828459045
pi = 3.141592653589793
inf = float("inf")
nan = float("nan")
euler_gamma = 0.5772156649015329

_bridge.B.setup(ndarray, dtype, float, complex, tuple, slice, type(Ellipsis), generic, bytes, _core._bulk)


class printoptions:
    """np.printoptions(**kwargs): set_printoptions for a with block (yields the options in force)."""

    def __init__(self, *args, **kwargs):
        self._args = args
        self._kwargs = kwargs

    def __enter__(self):
        import numpy
        self._saved = numpy.get_printoptions()
        numpy.set_printoptions(*self._args, **self._kwargs)
        return numpy.get_printoptions()

    def __exit__(self, *exc):
        import numpy
        numpy.set_printoptions(**self._saved)
        return False

_SUBMODULES = ("dtypes", "linalg", "fft", "random", "ma", "char", "strings", "polynomial", "lib", "exceptions",
               "testing")


def __getattr__(name):
    """numpy.<name>: a ufunc or function of the dynamic layer, made on first use and cached."""
    if not name.startswith("_") and _bridge.B.has(name):
        f = _core._ufunc_of(name) or _core._make_function(name)
        globals()[name] = f
        return f
    if name in _SUBMODULES:
        import importlib
        return importlib.import_module("numpy." + name)
    raise AttributeError("module 'numpy' has no attribute '%s'" % name)


def __dir__():
    return sorted(set(globals()) | set(n for n in _core.names() if "." not in n and not n.startswith("_")))


def _from_java(a):
    """Wraps a Java NDArray (NumpyPython.put) without copying."""
    return _core._array_of(a)


def fromfunction(function, shape, *, dtype=float, like=None, **kwargs):
    """np.fromfunction: calls function once with the index arrays (np.indices), as NumPy."""
    if like is not None:
        raise NotImplementedError("numpy-jvm: fromfunction(like=...) is not supported")
    return function(*_core._invoke("indices", (shape,), {"dtype": dtype}), **kwargs)


def trim_zeros(filt, trim="fb", axis=None):
    """np.trim_zeros: as NumPy, a 1-d list or tuple gives a slice of itself (a list or tuple)."""
    r = _core._invoke("trim_zeros", (filt, trim, axis), None)
    if type(filt) is not list and type(filt) is not tuple or r.ndim != 1:
        return r
    nz = _core._invoke("flatnonzero", (filt,), None).tolist()
    t = trim.lower()
    start, stop = 0, len(filt)
    if "f" in t:
        start = nz[0] if nz else len(filt)
    if "b" in t:
        stop = nz[-1] + 1 if nz else 0
    return filt[start:stop]


def _dispatching(f):
    """A function defined here behind NEP 18 dispatch, as the registry's functions (numpy/_protocol.py)."""
    from numpy._protocol import public_function
    g = public_function(f.__name__, f)
    g.__name__, g.__qualname__, g.__module__, g.__doc__ = f.__name__, f.__qualname__, "numpy", f.__doc__
    return g


trim_zeros = _dispatching(trim_zeros)

# type checks NumPy writes in Python (numpy/_type_check.py)
from numpy import _type_check  # noqa: E402
for _name in ("issubdtype", "isdtype", "isscalar"):
    globals()[_name] = getattr(_type_check, _name)
    globals()[_name].__module__ = "numpy"
for _name in ("iscomplexobj", "isrealobj", "iscomplex", "isreal", "real", "imag", "common_type"):
    globals()[_name] = _dispatching(getattr(_type_check, _name))
del _name
