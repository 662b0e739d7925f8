"""numpy.dtypes: the classes of NumPy 2's dtype instances (type(np.dtype('int32')) is Int32DType)."""
from numpy._core import _DTYPE_CLASSES

for _c in _DTYPE_CLASSES.values():
    globals()[_c.__name__] = _c
del _c
