"""numpy.linalg on numpy-jvm: its functions come from the dynamic layer's 'linalg.*' names."""
from numpy import _missing

_missing.check("linalg")
__getattr__ = _missing.module_getattr("linalg")
