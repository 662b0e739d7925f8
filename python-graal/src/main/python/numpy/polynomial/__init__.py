"""numpy.polynomial on numpy-jvm: its functions come from the dynamic layer's 'polynomial.*' names."""
from numpy import _missing

_missing.check("polynomial")
__getattr__ = _missing.module_getattr("polynomial")
