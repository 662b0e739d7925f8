"""The dynamic layer's functions as Python functions (numpy.<name>), with NumPy's result shapes."""
import array as _array_mod
from numpy._bridge import ForeignException as _FE, error as _error
from numpy._core import _B, _call, _wrap, _link, _fast_call, _SLOW
from numpy._ndarray import ndarray
from numpy._scalars import float64
from numpy._protocol import public_function as _public_function


# ---------------------------------------------------------------------------------------- functions

# functions whose NumPy result is a tuple (the dynamic layer returns lists)
_TUPLE_RESULTS = {"broadcast_shapes", "broadcast_arrays", "meshgrid", "where", "nonzero", "unravel_index", "ix_",
                  "diag_indices", "diag_indices_from", "tril_indices", "triu_indices", "tril_indices_from",
                  "triu_indices_from", "unstack", "shape"}
# reductions: NumPy gives a scalar where the result is 0-d (ufunc objects, numpy._ufunc, do so themselves)
# (and isclose, which NumPy ends with result[()])
_SCALAR_IF_0D = frozenset("""sum prod max amax min amin all any isclose""".split())
# functions whose NumPy result is a tuple when given several arrays
_TUPLE_IF_SEVERAL = {"atleast_1d", "atleast_2d", "atleast_3d"}


_BUFFER_TYPES = (_array_mod.array, bytearray, memoryview)


def _buffer_bytes(obj):
    """The bytes of a Python buffer for np.frombuffer (numpy-api reads bytes)."""
    return obj if type(obj) is bytes else memoryview(obj).tobytes()


def _make_function(name, qualified=None):
    qualified = qualified or name
    tuple_result = name in _TUPLE_RESULTS
    scalar_if_0d = name in _SCALAR_IF_0D
    raw = name == "frombuffer"
    special = tuple_result or name == "linspace" or name in _TUPLE_IF_SEVERAL
    try:  # the registry function, resolved once (an unknown name fails at the call, by name)
        F = _B.function(qualified)
    except _FE:
        F = None
    invoke = _B.invoke

    def f(*args, **kwargs):
        # fast route (_fast_call): up to 3 arguments that are ndarrays, Python int/float/bool/str/None or one
        # flat list/tuple of those, no keywords; Java makes 0-d results scalars (scalar_if_0d) and tells how an
        # array result relates to the arguments
        if not kwargs and F is not None:
            r = _fast_call(F, scalar_if_0d, args)
            if r is not _SLOW:
                return _special(r) if special else r
        # (a Python buffer argument, array.array, bytearray, memoryview, is one bulk copy: PyValues.buffer)
        if raw and args and type(args[0]) in _BUFFER_TYPES:
            args = (_buffer_bytes(args[0]),) + args[1:]
        try:
            r = _call(qualified, args, kwargs) if F is None else invoke(F, args, kwargs)
        except _FE:
            raise _error() from None
        r = _wrap(r)
        if type(r) is ndarray:
            out = kwargs.get("out")
            if out is not None:  # NumPy returns the out array itself
                return out[0] if type(out) is tuple and len(out) == 1 else out
            if scalar_if_0d and r.ndim == 0:
                return r[()]
            return _link(r, args)
        return _special(r) if special else r

    def _special(r):
        """NumPy's tuples where the dynamic layer gives lists."""
        if type(r) is not list:
            return r
        if tuple_result:
            if name == "unravel_index":  # of a scalar index: NumPy's intp scalars
                return tuple(x[()] if type(x) is ndarray and x.ndim == 0 else x for x in r)
            return tuple(r)
        if name == "linspace":  # retstep=True: (samples, step) with a float64 step
            return (r[0], float64(r[1]))
        return tuple(r)  # _TUPLE_IF_SEVERAL

    # NEP 18 / NEP 13 dispatch (numpy/_protocol.py), after the fast route for calls without keywords
    f = _public_function(name, f, F, scalar_if_0d, _special if special else None)
    f.__name__ = name
    f.__qualname__ = name
    f.__module__ = "numpy"
    f.__doc__ = "numpy.%s (numpy-jvm: %s)" % (qualified, "org.numpyjvm.api dynamic layer")
    return f


def names():
    return list(_B.names())
