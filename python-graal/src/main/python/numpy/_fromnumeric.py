"""NumPy's reductions on objects that are not arrays (numpy/_core/fromnumeric.py's _wrapreduction):
np.sum(obj) calls obj.sum(axis=..., out=...) when obj has that method, else np.add.reduce(obj, ...),
which hands the arguments passed to obj's __array_ufunc__ (method 'reduce'). Lists, scalars and
ndarrays never come here (numpy/_protocol.py's fast check sends them to the Java implementation)."""
from numpy._ufunc import _NoValue, _ufunc_of

_GENERATOR = type(x for x in ())

# function -> (ufunc, method name, whether the function takes dtype)
REDUCTIONS = {"sum": ("add", "sum", True), "prod": ("multiply", "prod", True), "max": ("maximum", "max", False),
              "amax": ("maximum", "max", False), "min": ("minimum", "min", False), "amin": ("minimum", "min", False),
              "all": ("logical_and", "all", False), "any": ("logical_or", "any", False)}


def _with_dtype(a, axis=None, dtype=None, out=None, keepdims=_NoValue, initial=_NoValue, where=_NoValue):
    return a, axis, dtype, out, {"keepdims": keepdims, "initial": initial, "where": where}


def _without_dtype(a, axis=None, out=None, keepdims=_NoValue, initial=_NoValue, where=_NoValue):
    return a, axis, None, out, {"keepdims": keepdims, "initial": initial, "where": where}


def _all_any(a, axis=None, out=None, keepdims=_NoValue, *, where=_NoValue):
    return a, axis, bool, out, {"keepdims": keepdims, "where": where}


def wrapreduction(name, args, kwargs):
    """numpy.<name>(*args, **kwargs) for a reduction whose first argument is not an array."""
    if name == "sum" and args and type(args[0]) is _GENERATOR:
        raise TypeError("Calling np.sum(generator) is deprecated.Use np.sum(np.fromiter(generator)) or the python "
                        "sum builtin instead.")
    ufunc, method, takes_dtype = REDUCTIONS[name]
    bind = _with_dtype if takes_dtype else _all_any if name in ("all", "any") else _without_dtype
    obj, axis, dtype, out, kw = bind(*args, **kwargs)
    passkwargs = {k: v for k, v in kw.items() if v is not _NoValue}
    reduction = getattr(obj, method, None)
    if reduction is not None:
        if dtype is not None and takes_dtype:
            return reduction(axis=axis, dtype=dtype, out=out, **passkwargs)
        return reduction(axis=axis, out=out, **passkwargs)
    return _ufunc_of(ufunc).reduce(obj, axis, dtype, out, **passkwargs)
