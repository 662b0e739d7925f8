"""numpy-jvm quickstart on GraalPy: run with bin/numpy-jvm-python examples/quickstart.py

Array creation, dtypes, reshape, views and slicing, ufuncs and their methods, NumPy scalars,
np.errstate, np.testing, printing. Under python3 with real NumPy it prints the same lines except
the first two (versions).
"""
import sys

import numpy as np

print("numpy", np.__version__, "behaviour, numpy-jvm", getattr(np, "__numpy_jvm_version__", "(not numpy-jvm)"))
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

# ufuncs are np.ufunc objects with reduce/accumulate/outer/at; @ is matmul
m = np.arange(6.0).reshape(2, 3)
print(np.add.reduce(m, axis=1), np.multiply.accumulate([1, 2, 3, 4]), np.subtract.outer([1, 2], [1, 2, 3]))
counts = np.zeros(3, dtype=np.int64)
np.add.at(counts, [0, 0, 2], 1)
print(counts, m @ m.T, np.hypot(3.0, 4.0), np.divmod(np.arange(5), 2))

# NumPy scalars keep their dtype and wrap around like NumPy's; np.errstate decides what happens
with np.errstate(over="ignore"):
    print(repr(np.int8(127) + np.int8(1)), repr(np.float32(0.1) + 1))
with np.errstate(divide="raise"):
    try:
        np.array([1.0]) / 0
    except FloatingPointError as e:
        print("FloatingPointError:", e)

# np.testing speaks NumPy's language
try:
    np.testing.assert_allclose([1.0, 2.0], [1.0, 2.1])
except AssertionError as e:
    print(str(e).splitlines()[3])
