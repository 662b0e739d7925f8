"""NumPy's floating-point error handling: seterr, geterr, errstate, seterrcall, geterrcall.

The modes live in Java (org.numpyjvm.api.FloatErrors, JVM-global: NumPy keeps them in a context
variable); ufuncs, reductions and casts detect the errors there. 'raise' comes back as a
FloatingPointError through the bridge's error mapping; the other modes come back as events
attached to the call's result (Results.Warned, kind Bridge.WARNED), which _core._wrap hands to _issue: 'warn' is
warnings.warn(message, RuntimeWarning) at the user's call site, 'print' a line on stderr, 'call'
and 'log' the callback set with seterrcall (kept here, in Python).

_report(category, message) is the entry for errors found in Python (NumPy scalar arithmetic):
_report('over', 'overflow encountered in scalar add') honours the current mode of 'over'.
"""
import builtins as _builtins
import functools as _functools
import sys as _sys
import warnings as _warnings

from numpy import _core

__all__ = ["seterr", "geterr", "seterrcall", "geterrcall", "errstate"]

_FLAGS = {"divide": 1, "over": 2, "under": 4, "invalid": 8}
_ERRTYPES = {"divide": "divide by zero", "over": "overflow", "under": "underflow", "invalid": "invalid value"}

_callback = None


class _unspecified:
    pass


_Unspecified = _unspecified()


def seterr(all=None, divide=None, over=None, under=None, invalid=None):
    """np.seterr: sets the modes ('ignore', 'warn', 'raise', 'call', 'print', 'log'); returns the old ones."""
    return _core._invoke("seterr", (), {"all": all, "divide": divide, "over": over, "under": under,
                                         "invalid": invalid})


def geterr():
    """np.geterr: {'divide': ..., 'over': ..., 'under': ..., 'invalid': ...}."""
    return _core._invoke("geterr", (), None)


def seterrcall(func):
    """np.seterrcall: the callable ('call' mode: func(errtype, flag)) or object with write ('log' mode)."""
    global _callback
    if func is not None and not callable(func):
        write = getattr(func, "write", None)
        if write is None or not callable(write):
            raise TypeError("python object must be callable or have a callable write method")
    old = _callback
    _callback = func
    return old


def geterrcall():
    """np.geterrcall: the current callback (None when unset)."""
    return _callback


def _state():
    return geterr(), _callback, _core._invoke("getbufsize", (), None)


def _restore(saved):
    global _callback
    modes, cb, bufsize = saved
    seterr(**modes)
    _callback = cb
    _core._invoke("setbufsize", (bufsize,), None)


class errstate:
    """np.errstate(**kwargs): the error modes for a with block or, as a decorator, for a function."""

    __slots__ = ("_call", "_all", "_divide", "_over", "_under", "_invalid", "_saved")

    def __init__(self, *, call=_Unspecified, all=None, divide=None, over=None, under=None, invalid=None):
        self._call = call
        self._all = all
        self._divide = divide
        self._over = over
        self._under = under
        self._invalid = invalid
        self._saved = None

    def _apply(self):
        saved = _state()
        seterr(all=self._all, divide=self._divide, over=self._over, under=self._under, invalid=self._invalid)
        if self._call is not _Unspecified:
            try:
                seterrcall(self._call)
            except BaseException:
                _restore(saved)
                raise
        return saved

    def __enter__(self):
        if self._saved is not None:
            raise TypeError("Cannot enter `np.errstate` twice.")
        self._saved = self._apply()

    def __exit__(self, *exc_info):
        saved = self._saved
        self._saved = None
        _restore(saved)

    def __call__(self, func):
        @_functools.wraps(func)
        def inner(*args, **kwargs):
            saved = self._apply()
            try:
                return func(*args, **kwargs)
            finally:
                _restore(saved)
        return inner


for _f in (seterr, geterr, seterrcall, geterrcall, errstate):
    _f.__module__ = "numpy"


# ---------------------------------------------------------------------------------------- issuing

def _is_numpy(frame):
    name = frame.f_globals.get("__name__") or ""
    return name == "numpy" or name.startswith("numpy.")


def _warn(message, category=RuntimeWarning):
    """warnings.warn(message, category) attributed to the first caller outside the numpy package."""
    f = _sys._getframe(1)
    level = 2
    while f is not None and _is_numpy(f):
        f = f.f_back
        level += 1
    _warnings.warn(message, category, stacklevel=level)


def _handle(mode, message, errtype, where, flags):
    if mode == "ignore":
        return
    if mode == "warn":
        _warn(message)
    elif mode == "raise":
        raise FloatingPointError(message)
    elif mode == "print":
        _sys.stderr.write("Warning: %s\n" % message)
    elif mode == "call":
        if _callback is None:
            raise NameError("python callback specified for %s (in  %s) but no function found." % (errtype, where))
        _callback(errtype, flags)
    elif mode == "log":
        if _callback is None:
            raise NameError("log specified for %s (in %s) but no object with write method found." % (errtype, where))
        _callback.write("Warning: %s\n" % message)


def _issue(events):
    """The events of a Java call ([mode, category, message, errtype, where, flags] each, or
    ["warning", class in numpy.exceptions or builtins, message, mode, ...] for NumPy's other warnings and
    checks: mode 'print' prints the message alone, as NumPy's Python code does), in order."""
    for e in events:
        if e[0] == "warning":
            if e[3] == "print":
                print(e[2])
                continue
            from numpy import exceptions
            _warn(e[2], getattr(exceptions, e[1], None) or getattr(_builtins, e[1]))
        else:
            _handle(e[0], e[2], e[3], e[4], int(e[5]))


def _report(category, message):
    """An error found in Python: category 'divide', 'over', 'under' or 'invalid', NumPy's message
    ('overflow encountered in scalar add'); handled by the category's current mode."""
    mode = geterr()[category]
    if mode == "ignore":
        return
    where = message.split(" encountered in ", 1)[-1]
    _handle(mode, message, _ERRTYPES[category], where, _FLAGS[category])
