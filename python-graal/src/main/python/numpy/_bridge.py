"""The Java bridge (org.numpyjvm.python.Bridge) and the mapping of its failures to Python exceptions.

Inside a NumpyPython context the bridge is a polyglot binding (the only host object Python can
reach); under bin/numpy-jvm-python (full host access) it is created with java.type.
"""
import builtins as _builtins

try:
    from polyglot import ForeignException as _ForeignException
except ImportError:  # pragma: no cover - not GraalPy
    raise ImportError("numpy-jvm's numpy package runs on GraalPy (bin/numpy-jvm-python or "
                      "org.numpyjvm.python.NumpyPython)")


def _find_bridge():
    # java.type first: it fails cleanly without host class lookup (the sandbox), whereas
    # polyglot.import_value fails uncatchably where there are no polyglot bindings (GraalPy's launcher)
    try:
        import java
        return java.type("org.numpyjvm.python.Bridge").create()
    except BaseException:
        pass
    try:
        import polyglot
        b = polyglot.import_value("__numpy_jvm_bridge__")
    except BaseException as e:
        b = None
    if b is None:
        raise ImportError("numpy-jvm: the bridge org.numpyjvm.python.Bridge is not reachable (run inside "
                          "org.numpyjvm.python.NumpyPython or bin/numpy-jvm-python)")
    return b


B = _find_bridge()
ForeignException = _ForeignException

# Python exception types by the names NumpyException.pythonType() gives; numpy.exceptions adds its own.
_types = {}


def register(name, cls):
    _types[name] = cls


def error():
    """The Python exception for the bridge's last failure (raise it `from None`)."""
    name = B.errorType()
    msg = B.errorMessage()
    events = B.failureEvents()
    if events is not None:  # floating-point warnings of the call, issued before its exception (NumPy's order)
        from numpy._ufunc_config import _issue
        _issue(events)
    cls = _types.get(name)
    if cls is None:
        cls = getattr(_builtins, name.rsplit(".", 1)[-1], None)
        if not (isinstance(cls, type) and issubclass(cls, BaseException)):
            cls = RuntimeError
    return cls(msg)
