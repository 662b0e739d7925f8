"""numpy.strings on numpy-jvm: its functions come from the dynamic layer's 'strings.*' names."""
from numpy import _missing

_missing.check("strings")
__getattr__ = _missing.module_getattr("strings")
