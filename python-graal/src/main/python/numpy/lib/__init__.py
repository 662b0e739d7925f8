"""numpy.lib on numpy-jvm: its functions come from the dynamic layer's 'lib.*' names."""
from numpy import _missing

_missing.check("lib")
__getattr__ = _missing.module_getattr("lib")
