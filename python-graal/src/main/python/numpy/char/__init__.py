"""numpy.char on numpy-jvm: its functions come from the dynamic layer's 'char.*' names."""
from numpy import _missing

_missing.check("char")
__getattr__ = _missing.module_getattr("char")
