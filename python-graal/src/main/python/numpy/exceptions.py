"""numpy.exceptions: NumPy's own exception types (the subset numpy-jvm raises)."""
from numpy import _bridge

__all__ = ["AxisError", "ComplexWarning", "DTypePromotionError", "VisibleDeprecationWarning",
           "RankWarning", "TooHardError", "ModuleDeprecationWarning"]


class ComplexWarning(RuntimeWarning):
    pass


class ModuleDeprecationWarning(DeprecationWarning):
    pass


class VisibleDeprecationWarning(UserWarning):
    pass


class RankWarning(RuntimeWarning):
    pass


class TooHardError(RuntimeError):
    pass


class AxisError(ValueError, IndexError):
    """Axis supplied was invalid (a ValueError and an IndexError, as in NumPy)."""

    def __init__(self, axis, ndim=None, msg_prefix=None):
        if ndim is msg_prefix is None:
            self._msg = axis
            self.axis = None
            self.ndim = None
        else:
            self._msg = msg_prefix
            self.axis = axis
            self.ndim = ndim
        super().__init__(self.__str__())

    def __str__(self):
        if self.axis is None:
            return str(self._msg)
        msg = "axis %d is out of bounds for array of dimension %d" % (self.axis, self.ndim)
        return "%s: %s" % (self._msg, msg) if self._msg is not None else msg


class DTypePromotionError(TypeError):
    pass


class UFuncTypeError(TypeError):
    """NumPy's numpy._core._exceptions.UFuncTypeError: a ufunc cannot use its operands."""


class _UFuncNoLoopError(UFuncTypeError):
    """NumPy's _UFuncNoLoopError: no loop for the operand dtypes (== and != of arrays catch it)."""


UFuncTypeError.__module__ = "numpy._core._exceptions"
_UFuncNoLoopError.__module__ = "numpy._core._exceptions"
# NumPy shows the private subclass as its base (numpy._core._exceptions._display_as_base)
_UFuncNoLoopError.__name__ = _UFuncNoLoopError.__qualname__ = "UFuncTypeError"
AxisError.__module__ = "numpy.exceptions"
DTypePromotionError.__module__ = "numpy.exceptions"

_bridge.register("numpy.exceptions.AxisError", AxisError)
_bridge.register("AxisError", AxisError)
_bridge.register("numpy.exceptions.DTypePromotionError", DTypePromotionError)
_bridge.register("DTypePromotionError", DTypePromotionError)
_bridge.register("numpy._core._exceptions.UFuncTypeError", UFuncTypeError)
_bridge.register("numpy._core._exceptions._UFuncNoLoopError", _UFuncNoLoopError)
