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


AxisError.__module__ = "numpy.exceptions"
DTypePromotionError.__module__ = "numpy.exceptions"

_bridge.register("numpy.exceptions.AxisError", AxisError)
_bridge.register("AxisError", AxisError)
_bridge.register("numpy.exceptions.DTypePromotionError", DTypePromotionError)
_bridge.register("DTypePromotionError", DTypePromotionError)
