"""numpy.random on numpy-jvm: its functions come from the dynamic layer's 'random.*' names."""
from numpy import _missing

_missing.check("random")
__getattr__ = _missing.module_getattr("random")
