"""numpy.ma on numpy-jvm: its functions come from the dynamic layer's 'ma.*' names."""
from numpy import _missing

_missing.check("ma")
__getattr__ = _missing.module_getattr("ma")
