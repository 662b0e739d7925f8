"""numpy.fft on numpy-jvm: its functions come from the dynamic layer's 'fft.*' names."""
from numpy import _missing

_missing.check("fft")
__getattr__ = _missing.module_getattr("fft")
