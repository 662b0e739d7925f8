"""assert_array_compare and the array assertions built on it (NumPy 2.4's algorithm and messages)."""
import operator

import numpy as np
from numpy.testing import _array_ops as ops
from numpy.testing._asserts import build_err_msg


def _isnumber(a):
    return a.dtype.kind in "biufc"


def assert_array_compare(comparison, x, y, err_msg='', verbose=True, header='', precision=6, equal_nan=True,
                         equal_inf=True, *, strict=False, names=('ACTUAL', 'DESIRED')):
    __tracebackhide__ = True
    x = np.asanyarray(x)
    y = np.asanyarray(y)
    ox, oy = x, y  # the original arrays, for the message

    def fail(a, b, text):
        raise AssertionError(build_err_msg([a, b], text, verbose=verbose, header=header, names=names,
                                           precision=precision))

    def func_assert_same_pos(x, y, func, hasval):
        """func(x) and func(y) True at the same places: the flags as a 0-d (when x or y is) or n-d array."""
        x_id = func(x)
        y_id = func(y)
        if not ops.all_true(ops.compare(operator.eq, x_id, y_id)):
            fail(x, y, err_msg + '\n%s location mismatch:' % hasval)
        if x_id.ndim == 0:
            return x_id
        if y_id.ndim == 0:
            return y_id
        return y_id

    def assert_same_inf_values(x, y, infs_mask):
        if not ops.any_true(infs_mask):
            return
        if x.ndim > 0 and y.ndim > 0:
            x = x[infs_mask]
            y = y[infs_mask]
        if not ops.all_true(ops.compare(operator.eq, x, y)):
            fail(x, y, err_msg + '\ninf values mismatch:')

    try:
        if strict:
            cond = x.shape == y.shape and x.dtype == y.dtype
        else:
            cond = (x.shape == () or y.shape == ()) or x.shape == y.shape
        if not cond:
            if x.shape != y.shape:
                reason = f'\n(shapes {x.shape}, {y.shape} mismatch)'
            else:
                reason = f'\n(dtypes {x.dtype}, {y.dtype} mismatch)'
            fail(x, y, err_msg + reason)
        flagged = np.asarray(False)
        if _isnumber(x) and _isnumber(y):
            if equal_nan:
                flagged = func_assert_same_pos(x, y, func=ops.isnan, hasval='nan')
            if equal_inf:
                # with equal_nan, values that are both nan and inf (inf+nanj) are already flagged
                not_flagged = np.logical_not(flagged)
                infs_mask = func_assert_same_pos(
                    x, y, func=lambda xy: ops.arr(np.logical_and(ops.isinf(xy), not_flagged)), hasval='inf')
                assert_same_inf_values(x, y, infs_mask)
                flagged = ops.arr(np.logical_or(flagged, infs_mask))
        if flagged.ndim > 0:
            keep = np.logical_not(flagged)
            x, y = x[keep], y[keep]
            if x.size == 0:  # only compare when values are left
                return
        elif bool(flagged):
            return  # everything is flagged
        val = ops.arr(comparison(x, y))
        invalids = ops.arr(np.logical_not(val))
        reduced = val.ravel()
        if not ops.all_true(reduced):
            n_mismatch = reduced.size - int(np.sum(reduced))
            n_elements = flagged.size if flagged.ndim != 0 else reduced.size
            percent_mismatch = 100 * n_mismatch / n_elements
            remarks = [f'Mismatched elements: {n_mismatch} / {n_elements} ({percent_mismatch:.3g}%)']
            if invalids.ndim != 0:
                if flagged.ndim > 0:
                    positions = np.argwhere(np.logical_not(flagged))[invalids]
                else:
                    positions = np.argwhere(invalids)
                s = "\n".join([f" {p.tolist()}: {_fmt(ox if ox.ndim == 0 else ox[tuple(p)])} ({names[0]}), "
                               f"{_fmt(oy if oy.ndim == 0 else oy[tuple(p)])} ({names[1]})" for p in positions[:5]])
                if len(positions) == 1:
                    remarks.append(f"Mismatch at index:\n{s}")
                elif len(positions) <= 5:
                    remarks.append(f"Mismatch at indices:\n{s}")
                else:
                    remarks.append(f"First 5 mismatches are at indices:\n{s}")
            remarks.extend(_difference_remarks(x, y, invalids))
            fail(ox, oy, str(err_msg) + '\n' + '\n'.join(remarks))
    except ValueError:
        import traceback
        efmt = traceback.format_exc()
        header = f'error during assertion:\n\n{efmt}\n\n{header}'
        raise ValueError(build_err_msg([x, y], err_msg, verbose=verbose, header=header, names=names,
                                       precision=precision))


def _fmt(v):
    """format(v, '') as NumPy's scalars do it: as the Python int, float or complex of their value
    (np.float32(1.001) gives '1.0010000467300415')."""
    if isinstance(v, np.ndarray) and v.ndim == 0:
        v = v[()]
    if isinstance(v, np.floating):
        v = float(v)
    elif isinstance(v, np.complexfloating):
        v = complex(v)
    elif isinstance(v, np.integer):
        v = int(v)
    return format(v, '')


def _max_text(a):
    """array2string of np.max(a), keeping a's dtype."""
    return np.array2string(np.asarray(np.max(a), dtype=a.dtype))


def _difference_remarks(x, y, invalids):
    """NumPy's 'Max absolute/relative difference among violations' lines (none for non-numeric types)."""
    out = []
    try:  # NumPy: contextlib.suppress(TypeError), inside errstate(all='ignore')
        with np.errstate(all='ignore'):
            error = ops.arr(abs(x - y))
            if issubclass(x.dtype.type, np.unsignedinteger):
                error = ops.arr(np.minimum(error, abs(y - x)))
            out.append('Max absolute difference among violations: ' + _max_text(error[invalids]))
            # the relative error of np.isclose, over the violations where y is not 0
            nonzero_and_invalid = ops.arr(np.logical_and(invalids, ops.arr(y != 0)))
            if not ops.any_true(nonzero_and_invalid):
                rel = 'inf'
            else:
                ys = np.broadcast_to(y, error.shape)[nonzero_and_invalid]
                rel = _max_text(error[nonzero_and_invalid] / abs(ys))
            out.append('Max relative difference among violations: ' + rel)
    except TypeError:
        pass
    return out


def assert_array_equal(actual, desired, err_msg='', verbose=True, *, strict=False):
    __tracebackhide__ = True
    assert_array_compare(lambda x, y: ops.compare(operator.eq, x, y), actual, desired, err_msg=err_msg,
                         verbose=verbose, header='Arrays are not equal', strict=strict)


def assert_array_almost_equal(actual, desired, decimal=6, err_msg='', verbose=True):
    __tracebackhide__ = True

    def compare(x, y):
        # y inexact (no abs(MIN_INT)); this casts x too
        y = np.asanyarray(y, np.result_type(y, 1.))
        z = abs(x - y)
        return z < 1.5 * 10.0 ** (-decimal)

    assert_array_compare(compare, actual, desired, err_msg=err_msg, verbose=verbose,
                         header='Arrays are not almost equal to %d decimals' % decimal, precision=decimal)


def assert_array_less(x, y, err_msg='', verbose=True, *, strict=False):
    __tracebackhide__ = True
    assert_array_compare(lambda a, b: ops.compare(operator.lt, a, b), x, y, err_msg=err_msg, verbose=verbose,
                         header='Arrays are not strictly ordered `x < y`', equal_inf=False, strict=strict,
                         names=('x', 'y'))


def assert_allclose(actual, desired, rtol=1e-07, atol=0, equal_nan=True, err_msg='', verbose=True, *,
                    strict=False):
    __tracebackhide__ = True

    def compare(x, y):
        return ops.isclose(x, y, rtol=rtol, atol=atol, equal_nan=equal_nan)

    actual, desired = np.asanyarray(actual), np.asanyarray(desired)
    header = f'Not equal to tolerance rtol={rtol:g}, atol={atol:g}'
    assert_array_compare(compare, actual, desired, err_msg=str(err_msg), verbose=verbose, header=header,
                         equal_nan=equal_nan, strict=strict)
