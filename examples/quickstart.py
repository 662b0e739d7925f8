"""numpy-jvm quickstart on GraalPy: run with bin/numpy-jvm-python examples/quickstart.py

Uses what numpy-jvm's Python package offers today: array creation, dtypes, reshape, views and
slicing, arithmetic (ufuncs), printing.
"""
import sys

import numpy as np

print("numpy", np.__version__, "behaviour, numpy-jvm", np.__numpy_jvm_version__)
print(sys.version.splitlines()[-1])

# creation and dtypes
a = np.arange(12).reshape(3, 4)
print(repr(a))
print("shape", a.shape, "dtype", a.dtype, "strides", a.strides)
z = np.zeros((2, 3), dtype="float32")
print(repr(z))
print(repr(np.full((2, 2), 7, dtype=np.int8)))
print(repr(np.array([[1.5, 2], [3, 4]])))
print(repr(np.arange(0.0, 1.0, 0.25)))

# slicing gives views: writing through one changes the original
col = a[:, 1]
print("column 1:", col)
col[0] = 100
print("after col[0] = 100:\n", a, sep="")
print("every other element of the last row:", a[-1, ::2])
print("a[1, 2] =", repr(a[1, 2]), "- a NumPy scalar")
print("with a new axis:", a[None, 0].shape, "ellipsis:", a[..., 0])

# transposes and shape functions
print("a.T shape", a.T.shape, "C-contiguous?", a.T.flags.c_contiguous)
print(repr(np.moveaxis(np.zeros((2, 3, 4)), 0, -1).shape))
print("broadcast", np.broadcast_shapes((3, 1), (1, 4)))
print(np.broadcast_to(np.arange(3), (2, 3)))

# dtype rules and conversions
print(repr(np.result_type("int32", "float32")), np.can_cast("int64", "float64"))
print(repr(a.astype("float64")[0]))
print(a.tolist())

# arithmetic: operators are ufuncs, with NumPy 2's promotion rules (Python scalars are weak)
x = np.arange(6, dtype=np.int8)
print(repr(x * 2), repr(x / 2), repr(x[x % 2 == 0]), repr(np.sum(x)))

# exceptions are NumPy's
try:
    np.zeros(6).reshape(4, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    np.moveaxis(a, 5, 0)
except np.exceptions.AxisError as e:
    print("AxisError:", e)
