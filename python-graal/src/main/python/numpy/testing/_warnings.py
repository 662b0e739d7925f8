"""numpy.testing's warning utilities (NumPy 2.4: assert_warns and suppress_warnings are deprecated)."""
import contextlib
import re
import warnings
from functools import wraps
from warnings import WarningMessage

_DEPRECATED = ('NumPy warning suppression and assertion utilities are deprecated. Use warnings.catch_warnings, '
               'warnings.filterwarnings, pytest.warns, or pytest.filterwarnings instead. (Deprecated NumPy 2.4)')


@contextlib.contextmanager
def _assert_warns_context(warning_class, name=None):
    __tracebackhide__ = True
    with suppress_warnings(_warn=False) as sup:
        log = sup.record(warning_class)
        yield
        if not len(log) > 0:
            name_str = f' when calling {name}' if name is not None else ''
            raise AssertionError('No warning raised' + name_str)


def assert_warns(warning_class, *args, **kwargs):
    """Fails unless func(*args, **kwargs) (or the with block) warns warning_class; returns func's result."""
    warnings.warn(_DEPRECATED, DeprecationWarning, stacklevel=2)
    if not args and not kwargs:
        return _assert_warns_context(warning_class)
    elif len(args) < 1:
        if 'match' in kwargs:
            raise RuntimeError("assert_warns does not use 'match' kwarg, use pytest.warns instead")
        raise RuntimeError('assert_warns(...) needs at least one arg')
    func = args[0]
    args = args[1:]
    with _assert_warns_context(warning_class, name=func.__name__):
        return func(*args, **kwargs)


@contextlib.contextmanager
def _assert_no_warnings_context(name=None):
    __tracebackhide__ = True
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter('always')
        yield
        if len(log) > 0:
            name_str = f' when calling {name}' if name is not None else ''
            raise AssertionError(f'Got warnings{name_str}: {log}')


def assert_no_warnings(*args, **kwargs):
    """Fails if func(*args, **kwargs) (or the with block) warns; returns func's result."""
    if not args:
        return _assert_no_warnings_context()
    func = args[0]
    args = args[1:]
    with _assert_no_warnings_context(name=func.__name__):
        return func(*args, **kwargs)


class clear_and_catch_warnings(warnings.catch_warnings):
    """catch_warnings that also clears (and afterwards restores) the __warningregistry__ of the given modules."""
    class_modules = ()

    def __init__(self, record=False, modules=()):
        self.modules = set(modules).union(self.class_modules)
        self._warnreg_copies = {}
        super().__init__(record=record)

    def __enter__(self):
        for mod in self.modules:
            if hasattr(mod, '__warningregistry__'):
                mod_reg = mod.__warningregistry__
                self._warnreg_copies[mod] = mod_reg.copy()
                mod_reg.clear()
        return super().__enter__()

    def __exit__(self, *exc_info):
        super().__exit__(*exc_info)
        for mod in self.modules:
            if hasattr(mod, '__warningregistry__'):
                mod.__warningregistry__.clear()
            if mod in self._warnreg_copies:
                mod.__warningregistry__.update(self._warnreg_copies[mod])


class suppress_warnings:
    """Context manager and decorator like warnings.catch_warnings with suppressing and recording filters."""

    def __init__(self, forwarding_rule='always', _warn=True):
        if _warn:
            warnings.warn(_DEPRECATED, DeprecationWarning, stacklevel=2)
        self._entered = False
        self._suppressions = []
        if forwarding_rule not in {'always', 'module', 'once', 'location'}:
            raise ValueError('unsupported forwarding rule.')
        self._forwarding_rule = forwarding_rule

    def _clear_registries(self):
        if hasattr(warnings, '_filters_mutated'):
            warnings._filters_mutated()
            return
        for module in self._tmp_modules:
            if hasattr(module, '__warningregistry__'):
                module.__warningregistry__.clear()

    def _filter(self, category=Warning, message='', module=None, record=False):
        record = [] if record else None
        if self._entered:
            if module is None:
                warnings.filterwarnings('always', category=category, message=message)
            else:
                module_regex = module.__name__.replace('.', r'\.') + '$'
                warnings.filterwarnings('always', category=category, message=message, module=module_regex)
                self._tmp_modules.add(module)
                self._clear_registries()
            self._tmp_suppressions.append((category, message, re.compile(message, re.I), module, record))
        else:
            self._suppressions.append((category, message, re.compile(message, re.I), module, record))
        return record

    def filter(self, category=Warning, message='', module=None):
        """Adds a suppressing filter (for the current context only when entered)."""
        self._filter(category=category, message=message, module=module, record=False)

    def record(self, category=Warning, message='', module=None):
        """Adds a recording filter; returns the list the matching warnings are appended to."""
        return self._filter(category=category, message=message, module=module, record=True)

    def __enter__(self):
        if self._entered:
            raise RuntimeError('cannot enter suppress_warnings twice.')
        self._orig_show = warnings.showwarning
        self._filters = warnings.filters
        warnings.filters = self._filters[:]
        self._entered = True
        self._tmp_suppressions = []
        self._tmp_modules = set()
        self._forwarded = set()
        self.log = []
        for cat, mess, _, mod, log in self._suppressions:
            if log is not None:
                del log[:]
            if mod is None:
                warnings.filterwarnings('always', category=cat, message=mess)
            else:
                module_regex = mod.__name__.replace('.', r'\.') + '$'
                warnings.filterwarnings('always', category=cat, message=mess, module=module_regex)
                self._tmp_modules.add(mod)
        warnings.showwarning = self._showwarning
        self._clear_registries()
        return self

    def __exit__(self, *exc_info):
        warnings.showwarning = self._orig_show
        warnings.filters = self._filters
        self._clear_registries()
        self._entered = False
        del self._orig_show
        del self._filters

    def _showwarning(self, message, category, filename, lineno, *args, use_warnmsg=None, **kwargs):
        for cat, _, pattern, mod, rec in (self._suppressions + self._tmp_suppressions)[::-1]:
            if issubclass(category, cat) and pattern.match(message.args[0]) is not None:
                if mod is None or mod.__file__.startswith(filename):
                    if rec is not None:
                        msg = WarningMessage(message, category, filename, lineno, **kwargs)
                        self.log.append(msg)
                        rec.append(msg)
                    return
        if self._forwarding_rule == 'always':
            if use_warnmsg is None:
                self._orig_show(message, category, filename, lineno, *args, **kwargs)
            else:
                self._orig_showmsg(use_warnmsg)
            return
        if self._forwarding_rule == 'once':
            signature = (message.args, category)
        elif self._forwarding_rule == 'module':
            signature = (message.args, category, filename)
        else:  # 'location'
            signature = (message.args, category, filename, lineno)
        if signature in self._forwarded:
            return
        self._forwarded.add(signature)
        if use_warnmsg is None:
            self._orig_show(message, category, filename, lineno, *args, **kwargs)
        else:
            self._orig_showmsg(use_warnmsg)

    def __call__(self, func):
        """Decorator: applies these suppressions to every call of func."""
        @wraps(func)
        def new_func(*args, **kwargs):
            with self:
                return func(*args, **kwargs)
        return new_func
