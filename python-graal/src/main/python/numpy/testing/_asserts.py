"""numpy.testing's assertions, with NumPy 2.4's behaviour and failure messages (numpy/testing/_private/utils.py)."""
import math
import operator
import unittest

import numpy as np
from numpy import ndarray
from numpy.testing import _array_ops as ops


def assert_(val, msg=''):
    """An assert that works with python -O; msg may be a callable giving the message on failure."""
    __tracebackhide__ = True
    if not val:
        try:
            smsg = msg()
        except TypeError:
            smsg = msg
        raise AssertionError(smsg)


def build_err_msg(arrays, err_msg, header='Items are not equal:', verbose=True, names=('ACTUAL', 'DESIRED'),
                  precision=8):
    msg = ['\n' + header]
    err_msg = str(err_msg)
    if err_msg:
        if err_msg.find('\n') == -1 and len(err_msg) < 79 - len(header):
            msg = [msg[0] + ' ' + err_msg]
        else:
            msg.append(err_msg)
    if verbose:
        for i, a in enumerate(arrays):
            try:
                r = np.array_repr(a, precision=precision) if isinstance(a, ndarray) else repr(a)
            except Exception as exc:
                r = f'[repr failed for <{type(a).__name__}>: {exc}]'
            if r.count('\n') > 3:
                r = '\n'.join(r.splitlines()[:3])
                r += '...'
            msg.append(f' {names[i]}: {r}')
    return '\n'.join(msg)


# ------------------------------------------------------------------------------------- helpers on scalars

def _iscomplexobj(x):
    try:
        t = x.dtype.type
    except AttributeError:
        try:
            t = np.asarray(x).dtype.type
        except TypeError:  # an object numpy-jvm cannot store (NumPy: an object array, not complex)
            return False
    return issubclass(t, np.complexfloating)


def _isscalar(x):
    import numbers
    return isinstance(x, (np.generic, numbers.Number, str, bytes, memoryview))


def _signbit(x):
    return math.copysign(1.0, x) < 0


def _parts(x):
    """(real, imag) of a complex object, (x, 0) otherwise (NumPy's real/imag of it)."""
    if _iscomplexobj(x):
        return np.real(x), np.imag(x)
    return x, 0


# ------------------------------------------------------------------------------------- scalar assertions

def assert_equal(actual, desired, err_msg='', verbose=True, *, strict=False):
    __tracebackhide__ = True
    if isinstance(desired, dict):
        if not isinstance(actual, dict):
            raise AssertionError(repr(type(actual)))
        assert_equal(len(actual), len(desired), err_msg, verbose)
        for k in desired:
            if k not in actual:
                raise AssertionError(repr(k))
            assert_equal(actual[k], desired[k], f'key={k!r}\n{err_msg}', verbose)
        return
    if isinstance(desired, (list, tuple)) and isinstance(actual, (list, tuple)):
        assert_equal(len(actual), len(desired), err_msg, verbose)
        for k in range(len(desired)):
            assert_equal(actual[k], desired[k], f'item={k!r}\n{err_msg}', verbose)
        return
    if isinstance(actual, ndarray) or isinstance(desired, ndarray):
        return assert_array_equal(actual, desired, err_msg, verbose, strict=strict)
    msg = build_err_msg([actual, desired], err_msg, verbose=verbose)
    try:
        usecomplex = _iscomplexobj(actual) or _iscomplexobj(desired)
    except (ValueError, TypeError):
        usecomplex = False
    if usecomplex:
        (actualr, actuali), (desiredr, desiredi) = _parts(actual), _parts(desired)
        try:
            assert_equal(actualr, desiredr)
            assert_equal(actuali, desiredi)
        except AssertionError:
            raise AssertionError(msg)
    # isscalar test to check cases such as [np.nan] != np.nan
    if _isscalar(desired) != _isscalar(actual):
        raise AssertionError(msg)
    # Inf/nan/negative zero handling
    try:
        if ops.isnan(desired) and ops.isnan(actual):
            return  # both nan, so equal
        if desired == 0 and actual == 0:
            if not _signbit(desired) == _signbit(actual):
                raise AssertionError(msg)
    except (TypeError, ValueError, NotImplementedError):
        pass
    if not (desired == actual):
        raise AssertionError(msg)


def print_assert_equal(test_string, actual, desired):
    __tracebackhide__ = True
    import pprint
    from io import StringIO
    if not (actual == desired):
        msg = StringIO()
        msg.write(test_string)
        msg.write(' failed\nACTUAL: \n')
        pprint.pprint(actual, msg)
        msg.write('DESIRED: \n')
        pprint.pprint(desired, msg)
        raise AssertionError(msg.getvalue())


def _nonfinite_mismatch(actual, desired):
    """None when both are finite numbers, else whether NumPy's assert_(almost|approx)_equal fails on them."""
    try:
        if ops.isfinite(desired) and ops.isfinite(actual):
            return None
        if ops.isnan(desired) or ops.isnan(actual):
            return not (ops.isnan(desired) and ops.isnan(actual))
        return not desired == actual
    except (NotImplementedError, TypeError):
        return None


def assert_almost_equal(actual, desired, decimal=7, err_msg='', verbose=True):
    __tracebackhide__ = True
    try:
        usecomplex = _iscomplexobj(actual) or _iscomplexobj(desired)
    except ValueError:
        usecomplex = False

    def _build_err_msg():
        header = 'Arrays are not almost equal to %d decimals' % decimal
        return build_err_msg([actual, desired], err_msg, verbose=verbose, header=header)

    if usecomplex:
        (actualr, actuali), (desiredr, desiredi) = _parts(actual), _parts(desired)
        try:
            assert_almost_equal(actualr, desiredr, decimal=decimal)
            assert_almost_equal(actuali, desiredi, decimal=decimal)
        except AssertionError:
            raise AssertionError(_build_err_msg())
    if isinstance(actual, (ndarray, tuple, list)) or isinstance(desired, (ndarray, tuple, list)):
        return assert_array_almost_equal(actual, desired, decimal, err_msg)
    bad = _nonfinite_mismatch(actual, desired)
    if bad is not None:
        if bad:
            raise AssertionError(_build_err_msg())
        return
    if abs(desired - actual) >= np.float64(1.5 * 10.0 ** (-decimal)):
        raise AssertionError(_build_err_msg())


def _fdiv(a, b):
    """a / b of floats as NumPy's float64 division (inf or nan for b == 0, no ZeroDivisionError)."""
    if b == 0:
        return math.nan if a == 0 or a != a else math.copysign(math.inf, a) * math.copysign(1.0, b)
    return a / b


def assert_approx_equal(actual, desired, significant=7, err_msg='', verbose=True):
    __tracebackhide__ = True
    (actual, desired) = map(float, (actual, desired))
    if desired == actual:
        return
    # scale = 10 ** floor(log10(mean of the magnitudes)), as NumPy computes it (0 for a 0 mean, nan for nan)
    scale = 0.5 * (abs(desired) + abs(actual))
    if 0 < scale < math.inf:
        scale = math.pow(10, math.floor(math.log10(scale)))
    sc_desired = _fdiv(desired, scale)
    sc_actual = _fdiv(actual, scale)
    msg = build_err_msg([actual, desired], err_msg, header='Items are not equal to %d significant digits:'
                        % significant, verbose=verbose)
    bad = _nonfinite_mismatch(actual, desired)
    if bad is not None:
        if bad:
            raise AssertionError(msg)
        return
    if abs(sc_desired - sc_actual) >= math.pow(10., -(significant - 1)):
        raise AssertionError(msg)


def assert_string_equal(actual, desired):
    __tracebackhide__ = True
    import difflib
    if not isinstance(actual, str):
        raise AssertionError(repr(type(actual)))
    if not isinstance(desired, str):
        raise AssertionError(repr(type(desired)))
    if desired == actual:
        return
    diff = list(difflib.Differ().compare(actual.splitlines(True), desired.splitlines(True)))
    diff_list = []
    while diff:
        d1 = diff.pop(0)
        if d1.startswith('  '):
            continue
        if d1.startswith('- '):
            lines = [d1]
            d2 = diff.pop(0)
            if d2.startswith('? '):
                lines.append(d2)
                d2 = diff.pop(0)
            if not d2.startswith('+ '):
                raise AssertionError(repr(d2))
            lines.append(d2)
            if diff:
                d3 = diff.pop(0)
                if d3.startswith('? '):
                    lines.append(d3)
                else:
                    diff.insert(0, d3)
            if d2[2:] == d1[2:]:
                continue
            diff_list.extend(lines)
            continue
        raise AssertionError(repr(d1))
    if not diff_list:
        return
    raise AssertionError(f"Differences in strings:\n{''.join(diff_list).rstrip()}")


# ------------------------------------------------------------------------------------- exceptions

class _Dummy(unittest.TestCase):
    def nop(self):
        pass


_d = _Dummy('nop')


def assert_raises(*args, **kwargs):
    """assert_raises(exception_class, callable, *args, **kwargs) or, as a context manager, (exception_class)."""
    __tracebackhide__ = True
    return _d.assertRaises(*args, **kwargs)


def assert_raises_regex(exception_class, expected_regexp, *args, **kwargs):
    __tracebackhide__ = True
    return _d.assertRaisesRegex(exception_class, expected_regexp, *args, **kwargs)


from numpy.testing._compare import (assert_array_compare, assert_array_equal, assert_array_almost_equal,  # noqa
                                    assert_array_less, assert_allclose)
