"""Submodules whose numpy-jvm functions are not registered yet: importing them fails clearly."""
from numpy import _bridge

# the numpy-jvm family each submodule needs
_NEEDS = {
    "linalg": "numpy-api's linalg facade (Np.linalg()) with a LinalgProvider such as backend-ejml",
    "fft": "numpy-api's fft facade (Np.fft()) with an FftProvider",
    "random": "numpy-api's random facade (Np.random()) with random-commons",
    "ma": "the numpy-jvm module 'ma' (masked arrays)",
    "char": "the numpy-jvm module 'chars' (string operations)",
    "strings": "the numpy-jvm module 'chars' (string operations)",
    "polynomial": "numpy-jvm's polynomial package",
    "lib": "numpy-jvm's numpy.lib routines",
}


def check(name):
    """Raises ImportError unless the dynamic layer registers functions under 'name.'."""
    prefix = name + "."
    if any(n.startswith(prefix) for n in _bridge.B.names()):
        return
    raise ImportError("numpy.%s is not available in numpy-jvm yet: it needs %s, registered in the dynamic "
                      "layer (no function 'numpy.%s*' is registered)" % (name, _NEEDS[name], prefix))


def module_getattr(name):
    """A submodule's __getattr__ over the registry's 'name.*' functions."""
    from numpy import _core

    def __getattr__(attr):
        q = name + "." + attr
        if not attr.startswith("__") and _bridge.B.has(q):
            return _core._make_function(attr, q)
        raise AttributeError("module 'numpy.%s' has no attribute '%s'" % (name, attr))
    return __getattr__
