"""ndarray attributes NumPy has that build on the others: setflags, byteswap, device and to_device,
__array_namespace__, __class_getitem__ (and dtype's), dump, dumps and tofile, with NumPy 2.4.6's signatures and
error texts (its C methods' argument errors included). install() adds them to ndarray at import.
"""
import builtins as _builtins
import types as _types

from numpy._dtype import dtype as _dtype
from numpy._ndarray import ndarray


def _args(name, args, kwargs, params, required=0):
    """NumPy's C argument parsing for a method whose parameters may all be given by position or name: the values
    of params in order (None for those not given); its TypeError texts."""
    if len(args) > len(params):
        raise TypeError("%s() takes at most %d argument%s (%d given)"
                        % (name, len(params), "" if len(params) == 1 else "s", len(args)))
    out = list(args) + [None] * (len(params) - len(args))
    given = [True] * len(args) + [False] * (len(params) - len(args))
    for k, v in kwargs.items():
        if k not in params:
            raise TypeError("'%s' is an invalid keyword argument for %s()" % (k, name))
        i = params.index(k)
        if given[i]:
            raise TypeError("argument for %s() given by name ('%s') and position (%d)" % (name, k, i + 1))
        out[i] = v
        given[i] = True
    for i in range(required):
        if not given[i]:
            raise TypeError("%s() missing required argument '%s' (pos %d)" % (name, params[i], i + 1))
    return out, given


# ------------------------------------------------------------------------ flags

def setflags(self, *args, **kwargs):
    """a.setflags(write=None, align=None, uic=None): write as a.flags.writeable = write (NumPy's ValueError for a
    view of read-only data); uic=True is NumPy's ValueError. Arrays are always aligned here: align is accepted and
    changes nothing (NumPy's align=False clears flags.aligned)."""
    (write, align, uic), _ = _args("setflags", args, kwargs, ("write", "align", "uic"))
    if uic is not None and _builtins.bool(uic):
        raise ValueError("cannot set WRITEBACKIFCOPY flag to True")
    if write is not None:
        self.flags.writeable = _builtins.bool(write)


# ------------------------------------------------------------------------ byteswap

def byteswap(self, *args, **kwargs):
    """a.byteswap(inplace=False): the elements' bytes reversed (each part of a complex), as the values the native
    dtype reads from them: a.tobytes() read in the opposite byte order. numpy-jvm's str arrays hold code points, not
    UTF-32 units: swapped units are no code points (NotImplementedError); bytes, bool and one-byte types are as
    they are (NumPy's result too)."""
    (inplace,), _ = _args("byteswap", args, kwargs, ("inplace",))
    d = self.dtype
    if d.kind == "U" and self.size:
        raise NotImplementedError("numpy-jvm: byteswap of a str array (its swapped UTF-32 units are no code points)")
    if d.kind in "bSU" or d.itemsize == 1:
        return self if inplace else self.copy()
    from numpy import frombuffer
    r = frombuffer(self.tobytes(), dtype=(">" if d.str[0] == "<" else "<") + d.str[1:]).astype(d).reshape(self.shape)
    if inplace:
        self[...] = r
        return self
    return r


# ------------------------------------------------------------------------ Array API

def _device(self):
    return "cpu"


def _tname(v):
    """A value's type as Python's C argument errors name it ('None' for None)."""
    return "None" if v is None else type(v).__name__


def to_device(self, *args, **kwargs):
    """a.to_device(device, /, *, stream=None): the array itself for 'cpu', as NumPy."""
    if len(args) != 1:
        if len(args) > 1:
            raise TypeError("to_device() takes at most 1 positional argument (%d given)" % len(args))
        raise TypeError("to_device() takes exactly 1 positional argument (0 given)")
    for k in kwargs:
        if k != "stream":
            raise TypeError("'%s' is an invalid keyword argument for to_device()" % k)
    device = args[0]
    if not isinstance(device, str):
        raise TypeError("to_device() argument 1 must be str, not %s" % _tname(device))
    if kwargs.get("stream") is not None:
        raise ValueError("The stream argument in to_device() is not supported")
    if device != "cpu":
        raise ValueError("Unsupported device: %s. Only 'cpu' is accepted." % device)
    return self


_API_VERSIONS = ("2021.12", "2022.12", "2023.12", "2024.12")


def array_namespace(self, *args, **kwargs):
    """a.__array_namespace__(*, api_version=None): the numpy module."""
    if args:
        raise TypeError("__array_namespace__() takes no positional arguments")
    for k in kwargs:
        if k != "api_version":
            raise TypeError("'%s' is an invalid keyword argument for __array_namespace__()" % k)
    v = kwargs.get("api_version")
    if v is not None:
        if not isinstance(v, str):
            raise ValueError("Only None and strings are allowed as the Array API version, but received: %s." % (v,))
        if v not in _API_VERSIONS:
            raise ValueError('Version "%s" of the Array API Standard is not supported.' % v)
    import numpy
    return numpy


def class_getitem(cls, args):
    """ndarray[shape, dtype]: a types.GenericAlias of one or two arguments, as NumPy."""
    n = len(args) if type(args) is tuple else 1
    if n > 2 or n == 0:
        raise TypeError("Too %s arguments for %s" % ("many" if n > 2 else "few",
                                                      "numpy.ndarray" if cls is ndarray else cls.__name__))
    return _types.GenericAlias(cls, args)


def dtype_class_getitem(cls, args):
    """np.dtype[scalar type]: a types.GenericAlias of one argument, as NumPy."""
    n = len(args) if type(args) is tuple else 1
    if n != 1:
        name = "numpy.dtype" if cls is _dtype else "numpy.dtypes." + cls.__name__
        raise TypeError("Too %s arguments for %s" % ("many" if n > 1 else "few", name))
    return _types.GenericAlias(cls, args)


# ------------------------------------------------------------------------ files

def dumps(self, protocol=2):
    """a.dumps(): the pickle of the array (numpy-jvm's pickle, see ndarray.__reduce__)."""
    import pickle
    return pickle.dumps(self, protocol=protocol)


def dump(self, file, protocol=2):
    """a.dump(file): the pickle into a file object or the file of that name."""
    import pickle
    if hasattr(file, "write"):
        pickle.dump(self, file, protocol=protocol)
        return
    import os
    with open(os.fspath(file), "wb") as f:
        pickle.dump(self, f, protocol=protocol)


def tofile(self, *args, **kwargs):
    """a.tofile(file, sep='', format='%s'): the raw bytes in C order (sep ''), else each element (as tolist gives
    it) formatted with format and separated by sep, ASCII. A file name or an open file object (NumPy writes
    through the object's file descriptor: its flush() and fileno() are called first, so io.BytesIO raises
    io.UnsupportedOperation as in NumPy); where the embedding denies file access, Python's own error."""
    (file, sep, fmt), given = _args("tofile", args, kwargs, ("file", "sep", "format"), required=1)
    if not given[1]:
        sep = ""
    if not given[2]:
        fmt = "%s"
    for i, v in ((2, sep), (3, fmt)):
        if not isinstance(v, str):
            raise TypeError("tofile() argument %d must be str, not %s" % (i, _tname(v)))
    import os
    if isinstance(file, (str, bytes)) or hasattr(file, "__fspath__"):
        with open(os.fspath(file), "wb") as f:
            _write(self, f, sep, fmt)
        return
    file.flush()
    file.fileno()
    _write(self, getattr(file, "buffer", file), sep, fmt)  # a text-mode file: its binary buffer


def _write(self, f, sep, fmt):
    if not sep:
        f.write(self.tobytes())
        return
    items = self.reshape(-1).tolist()
    f.write(sep.join([fmt % (x,) for x in items]).encode("ascii"))


# ------------------------------------------------------------------------ install

def install():
    for name, f in (("setflags", setflags), ("byteswap", byteswap), ("to_device", to_device), ("__array_namespace__", array_namespace),
                    ("dumps", dumps), ("dump", dump), ("tofile", tofile)):
        f.__name__ = name
        f.__qualname__ = "ndarray." + name
        setattr(ndarray, name, f)
    ndarray.__class_getitem__ = classmethod(class_getitem)
    _dtype.__class_getitem__ = classmethod(dtype_class_getitem)

    def ro(self, value):
        raise AttributeError("attribute 'device' of 'numpy.ndarray' objects is not writable")
    ndarray.device = property(_device, ro, ro, "The device the array lives on: 'cpu'.")
