"""numpy.testing for numpy-jvm: NumPy 2.4's assertions and test helpers, with NumPy's failure messages.

Not here (see docs/python-graal.md): rundocs (needs numpy.distutils, absent from NumPy 2 as well), overrides.
"""
import gc
import os
import pathlib
import platform
import shutil
import sys
import sysconfig
import contextlib
from tempfile import mkdtemp, mkstemp
from unittest import SkipTest, TestCase

import numpy as np
from numpy.testing._asserts import (assert_, build_err_msg, assert_equal, print_assert_equal,
                                    assert_almost_equal, assert_approx_equal, assert_string_equal,
                                    assert_raises, assert_raises_regex)
from numpy.testing._compare import (assert_array_compare, assert_array_equal, assert_array_almost_equal,
                                    assert_array_less, assert_allclose)
from numpy.testing._nulp import assert_array_almost_equal_nulp, assert_array_max_ulp
from numpy.testing._warnings import (assert_warns, assert_no_warnings, clear_and_catch_warnings,
                                     suppress_warnings)

__all__ = [
    'assert_equal', 'assert_almost_equal', 'assert_approx_equal', 'assert_array_equal', 'assert_array_less',
    'assert_string_equal', 'assert_array_almost_equal', 'assert_raises', 'build_err_msg', 'decorate_methods',
    'jiffies', 'memusage', 'print_assert_equal', 'runstring', 'verbose', 'measure', 'assert_',
    'assert_array_almost_equal_nulp', 'assert_raises_regex', 'assert_array_max_ulp', 'assert_warns',
    'assert_no_warnings', 'assert_allclose', 'IgnoreException', 'clear_and_catch_warnings', 'SkipTest',
    'KnownFailureException', 'temppath', 'tempdir', 'IS_PYPY', 'HAS_REFCOUNT', 'IS_WASM', 'suppress_warnings',
    'assert_array_compare', 'assert_no_gc_cycles', 'break_cycles', 'HAS_LAPACK64', 'IS_PYSTON', 'IS_MUSL',
    'check_support_sve', 'NOGIL_BUILD', 'IS_EDITABLE', 'IS_INSTALLED', 'NUMPY_ROOT', 'run_threaded', 'IS_64BIT',
    'BLAS_SUPPORTS_FPE', 'TestCase',
]


class KnownFailureException(Exception):
    """Raise this exception to mark a test as a known failing test."""


KnownFailureTest = KnownFailureException


class IgnoreException(Exception):
    """Ignoring this exception due to disabled feature"""


verbose = 0
NUMPY_ROOT = pathlib.Path(np.__file__).parent

# Flags, with their values on GraalPy + numpy-jvm
IS_WASM = platform.machine() in ["wasm32", "wasm64"]
IS_PYPY = sys.implementation.name == 'pypy'
IS_PYSTON = hasattr(sys, "pyston_version_info")
# GraalPy has sys.getrefcount, but its objects are not reference counted: tests of reference counts do not apply
HAS_REFCOUNT = (getattr(sys, 'getrefcount', None) is not None and not IS_PYSTON
                and sys.implementation.name != 'graalpy')
# numpy-jvm's matmul (the BLAS stand-in) reports no floating-point errors
BLAS_SUPPORTS_FPE = False
# numpy-jvm's linear algebra is not a LAPACK with 64-bit integers
HAS_LAPACK64 = False
IS_MUSL = 'musl' in (sysconfig.get_config_var('HOST_GNU_TYPE') or '')
NOGIL_BUILD = bool(sysconfig.get_config_var("Py_GIL_DISABLED"))
IS_64BIT = np.dtype(np.intp).itemsize == 8
# numpy-jvm is imported from its source folder (python-graal), not installed as a distribution
IS_EDITABLE = False
try:
    import importlib.metadata
    IS_INSTALLED = importlib.metadata.distribution('numpy').locate_file('numpy') == NUMPY_ROOT
except Exception:
    IS_INSTALLED = False


def runstring(astr, dict):
    exec(astr, dict)


def decorate_methods(cls, decorator, testmatch=None):
    """Applies decorator to the public methods of cls whose name matches testmatch (default: nose's test regex)."""
    import re
    from inspect import isfunction
    if testmatch is None:
        testmatch = re.compile(r'(?:^|[\\b_\\.%s-])[Tt]est' % os.sep)
    else:
        testmatch = re.compile(testmatch)
    for function in [m for m in cls.__dict__.values() if isfunction(m)]:
        try:
            funcname = getattr(function, 'compat_func_name', None) or function.__name__
        except AttributeError:
            continue
        if testmatch.search(funcname) and not funcname.startswith('_'):
            setattr(cls, funcname, decorator(function))


def _proc_stat(field, path):
    with open(path or f'/proc/{os.getpid()}/stat') as f:
        return int(f.readline().split(' ')[field])


def memusage(_proc_pid_stat=None):
    """Virtual memory size in bytes of the running process (None when unknown)."""
    try:
        return _proc_stat(22, _proc_pid_stat)
    except Exception:
        return None


def jiffies(_proc_pid_stat=None, _load_time=[]):
    """User-mode time of this process in 1/100 s (elapsed time since the first call when /proc is missing)."""
    import time
    if not _load_time:
        _load_time.append(time.time())
    try:
        return _proc_stat(13, _proc_pid_stat)
    except Exception:
        return int(100 * (time.time() - _load_time[0]))


def measure(code_str, times=1, label=None):
    """Seconds (10 ms resolution) to run code_str `times` times in the caller's namespace."""
    frame = sys._getframe(1)
    locs, globs = frame.f_locals, frame.f_globals
    code = compile(code_str, f'Test name: {label} ', 'exec')
    elapsed = jiffies()
    for _ in range(times):
        exec(code, globs, locs)
    return 0.01 * (jiffies() - elapsed)


def check_support_sve(__cache=[]):
    """Whether lscpu lists SVE (an Arm vector extension)."""
    if not __cache:
        import subprocess
        try:
            result = 'sve' in subprocess.run('lscpu', capture_output=True, text=True).stdout
        except (OSError, subprocess.SubprocessError):
            result = False
        __cache.append(result)
    return __cache[0]


@contextlib.contextmanager
def tempdir(*args, **kwargs):
    """A temporary directory (tempfile.mkdtemp's arguments), removed on exit."""
    tmpdir = mkdtemp(*args, **kwargs)
    try:
        yield tmpdir
    finally:
        shutil.rmtree(tmpdir)


@contextlib.contextmanager
def temppath(*args, **kwargs):
    """The path of a closed temporary file (tempfile.mkstemp's arguments), removed on exit."""
    fd, path = mkstemp(*args, **kwargs)
    os.close(fd)
    try:
        yield path
    finally:
        os.remove(path)


@contextlib.contextmanager
def _assert_no_gc_cycles_context(name=None):
    if not HAS_REFCOUNT:
        yield
        return
    raise NotImplementedError("numpy-jvm: assert_no_gc_cycles with reference counting")


def assert_no_gc_cycles(*args, **kwargs):
    """As NumPy where HAS_REFCOUNT is False (GraalPy): runs func (or the with block) without checking cycles."""
    if not args:
        return _assert_no_gc_cycles_context()
    with _assert_no_gc_cycles_context(name=args[0].__name__):
        args[0](*args[1:], **kwargs)


def break_cycles():
    """Breaks reference cycles by calling gc.collect."""
    gc.collect()


def run_threaded(func, max_workers=8, pass_count=False, pass_barrier=False, outer_iterations=1,
                 prepare_args=None):
    """Runs func in max_workers threads at once, outer_iterations times."""
    import concurrent.futures
    import threading
    for _ in range(outer_iterations):
        with concurrent.futures.ThreadPoolExecutor(max_workers=max_workers) as tpe:
            args = [] if prepare_args is None else prepare_args()
            if pass_barrier:
                barrier = threading.Barrier(max_workers)
                args.append(barrier)
            if pass_count:
                all_args = [(func, i, *args) for i in range(max_workers)]
            else:
                all_args = [(func, *args) for i in range(max_workers)]
            futures = []
            try:
                for arg in all_args:
                    futures.append(tpe.submit(*arg))
            except RuntimeError as e:
                import pytest
                pytest.skip(f"Spawning {max_workers} threads failed with error {e!r} (likely due to resource "
                            "limits on the system running the tests)")
            finally:
                if len(futures) < max_workers and pass_barrier:
                    barrier.abort()
            for f in futures:
                f.result()
