"""numpy.testing's comparisons in units in the last place (NumPy 2.4's numpy/testing/_private/utils.py):
assert_array_almost_equal_nulp, assert_array_max_ulp and their nulp_diff. NumPy reads a float's bits
through an integer view; numpy-jvm keeps floats and integers in different Java arrays, so the bits are
copied in bulk (tobytes, frombuffer) instead."""
import numpy as np

_INT_OF = {"float16": (np.int16, -2 ** 15), "float32": (np.int32, -2 ** 31), "float64": (np.int64, -2 ** 63)}


def assert_array_almost_equal_nulp(x, y, nulp=1):
    """Fails unless abs(x - y) <= nulp * spacing(maximum(abs(x), abs(y))) everywhere."""
    __tracebackhide__ = True
    ax = np.abs(x)
    ay = np.abs(y)
    ref = nulp * np.spacing(np.where(ax > ay, ax, ay))
    if not np.all(np.abs(x - y) <= ref):
        if np.iscomplexobj(x) or np.iscomplexobj(y):
            msg = f"Arrays are not equal to {nulp} ULP"
        else:
            max_nulp = np.max(nulp_diff(x, y))
            msg = f"Arrays are not equal to {nulp} ULP (max is {max_nulp:g})"
        raise AssertionError(msg)


def assert_array_max_ulp(a, b, maxulp=1, dtype=None):
    """Fails unless a and b differ by at most maxulp units in the last place; returns the differences."""
    __tracebackhide__ = True
    ret = nulp_diff(a, b, dtype)
    if not np.all(ret <= maxulp):
        raise AssertionError("Arrays are not almost equal up to %g ULP (max difference is %g ULP)"
                             % (maxulp, np.max(ret)))
    return ret


def nulp_diff(x, y, dtype=None):
    """For each item of x and y, the number of representable floats between them (all NaNs alike)."""
    if dtype:
        x = np.asarray(x, dtype=dtype)
        y = np.asarray(y, dtype=dtype)
    else:
        x = np.asarray(x)
        y = np.asarray(y)
    t = np.common_type(x, y)
    if np.iscomplexobj(x) or np.iscomplexobj(y):
        raise NotImplementedError("_nulp not implemented for complex array")
    x = np.array([x], dtype=t)
    y = np.array([y], dtype=t)
    x[np.isnan(x)] = np.nan
    y[np.isnan(y)] = np.nan
    if not x.shape == y.shape:
        raise ValueError(f"Arrays do not have the same shape: {x.shape} - {y.shape}")
    return np.abs(np.asarray(integer_repr(x) - integer_repr(y), dtype=t))


def integer_repr(x):
    """The sign-magnitude integers of the bits of float array x (as NumPy: negative values mirrored)."""
    it = _INT_OF.get(x.dtype.name)
    if it is None:
        raise ValueError(f'Unsupported dtype {x.dtype}')
    vdt, comp = it
    rx = np.frombuffer(x.tobytes(), dtype=vdt).reshape(x.shape).copy()
    comp = vdt(comp)
    if not (rx.size == 1):
        rx[rx < 0] = comp - rx[rx < 0]
    elif rx < 0:
        rx = comp - rx
    return rx
