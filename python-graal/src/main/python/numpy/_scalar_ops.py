"""The operators of NumPy's scalar types: arithmetic, comparisons, bitwise and unary, with NumPy 2's
result types (NEP 50: Python int/float/complex are weak) and floating point error reports.

A binary operator is one dict lookup of a kernel by the two operand types, Python arithmetic on the
values (attribute _v of a scalar) and one range check of the result. Operand pairs without a
kernel go to NumPy's ufunc of the operator (the Java one), which also gives NumPy's TypeErrors for
unsupported types (bool subtract, float bitwise...); an ndarray operand returns NotImplemented, so
the array's operator (the same ufunc) answers.
"""
import math as _math
import operator as _op
import struct as _struct



def _report(category, message):
    """Reports a floating point error as np.errstate says: numpy._ufunc_config._report(category,
    message), looked up on first use (the module may import this one's importers); without that
    module, NumPy's default mode (warn)."""
    global _report
    try:
        from numpy._ufunc_config import _report as report
    except ModuleNotFoundError as e:
        if e.name != "numpy._ufunc_config":
            raise
        report = _warn
    _report = report
    return report(category, message)


def _warn(category, message):
    import warnings
    warnings.warn(message, RuntimeWarning, stacklevel=4)


_INF = float("inf")
_NAN = float("nan")


# ---------------------------------------------------------------------------------------- rounding

def _rounder(code):
    """Rounds a Python float to float32 ('f') or float16 ('e') precision (inf when out of range)."""
    s = _struct.Struct(code)
    pack, unpack = s.pack, s.unpack

    def rnd(x):
        try:
            return unpack(pack(x))[0]
        except OverflowError:
            return _INF if x > 0 else -_INF
    return rnd


def _cast_rounder(rnd):
    """A weak Python number cast to float32/float16: NumPy's 'overflow encountered in cast'."""
    def cast(x):
        if type(x) is int:
            x = float(x)
        r = rnd(x)
        if r - r != 0 and x - x == 0:
            _report("over", "overflow encountered in cast")
        return r
    return cast


def _complex_rounder(rnd):
    def crnd(z):
        return complex(rnd(z.real), rnd(z.imag))
    return crnd


# ---------------------------------------------------------------------------------------- promotion

def _float_bits(t):
    return t._bits // 2 if t._k == "c" else t._bits


def promote(a, b, T):
    """np.promote_types of two scalar classes; T: {name: class}."""
    if a is b:
        return a
    ka, kb = a._k, b._k
    if ka == "b":
        return b
    if kb == "b":
        return a
    if ka in "iu" and kb in "iu":
        if ka == kb:
            return a if a._bits >= b._bits else b
        s, u = (a, b) if ka == "i" else (b, a)
        if s._bits > u._bits:
            return s
        return T["int%d" % (2 * u._bits)] if u._bits < 64 else T["float64"]
    if ka in "iu" or kb in "iu":
        i, x = (a, b) if ka in "iu" else (b, a)
        f = T["float16"] if i._bits == 8 else T["float32"] if i._bits == 16 else T["float64"]
        return promote(f, x, T)
    bits = max(_float_bits(a), _float_bits(b))
    if "c" in (ka, kb):
        return T["complex64"] if bits <= 32 else T["complex128"]
    return T["float%d" % bits]


def weak(t, py, T):
    """The result type of scalar class t with a Python int/float/complex (NEP 50)."""
    k = t._k
    if py is int:
        return T["int64"] if k == "b" else t
    if py is float:
        return T["float64"] if k in "biu" else t
    if k in "biu":
        return T["complex128"]
    if k == "f":
        return T["complex64"] if t._bits <= 32 else T["complex128"]
    return t


# ---------------------------------------------------------------------------------------- value kernels

def _div0(x, y):
    """IEEE x / 0 (Python raises)."""
    if x != x or x == 0:
        return _NAN
    return _math.copysign(_INF, x) * _math.copysign(1.0, y)


def _fdiv(x, y):
    try:
        return x / y
    except ZeroDivisionError:
        return _div0(x, y)


def _ffloordiv(x, y):
    try:
        return x // y
    except ZeroDivisionError:
        return _div0(x, y)


def _fmod(x, y):
    try:
        return x % y
    except ZeroDivisionError:
        return _NAN


def _fpow(x, y):
    try:
        return _math.pow(x, y)
    except OverflowError:
        return -_INF if x < 0 and y == int(y) and int(y) % 2 else _INF
    except ValueError:
        return _INF if x == 0 else _NAN


def _cdiv(x, y):
    try:
        return x / y
    except ZeroDivisionError:
        x = complex(x)
        return complex(_div0(x.real, 0.0), _div0(x.imag, 0.0))


def _cpow(x, y):
    try:
        return x ** y
    except ZeroDivisionError:
        return complex(_NAN, _NAN)
    except OverflowError:
        return complex(_INF, _INF)


def _int_div0(name):
    def floordiv(x, y):
        if y == 0:
            _report("divide", "divide by zero encountered in scalar " + name)
            return 0
        return x // y

    def mod(x, y):
        if y == 0:
            _report("divide", "divide by zero encountered in scalar " + name)
            return 0
        return x % y
    return floordiv if name == "floor_divide" else mod


def _shift(left, bits):
    def shift(x, y):
        if y < 0 or y >= bits:
            return 0 if left or x >= 0 else -1
        return x << y if left else x >> y
    return shift


def _clt(x, y):  # NumPy orders complex numbers lexicographically
    return x.real < y.real or x.real == y.real and x.imag < y.imag


def _cle(x, y):
    return x.real < y.real or x.real == y.real and x.imag <= y.imag


# ufunc name -> {result kind: value function}; kind "i" covers both integer kinds
_ARITH = {
    "add": ({"i": _op.add, "f": _op.add, "c": _op.add, "b": _op.or_}),
    "subtract": ({"i": _op.sub, "f": _op.sub, "c": _op.sub}),
    "multiply": ({"i": _op.mul, "f": _op.mul, "c": _op.mul, "b": _op.and_}),
    "true_divide": ({"f": _fdiv, "c": _cdiv}),
    "floor_divide": ({"i": _int_div0("floor_divide"), "f": _ffloordiv}),
    "remainder": ({"i": _int_div0("remainder"), "f": _fmod}),
    "power": ({"f": _fpow, "c": _cpow}),
    "bitwise_and": ({"i": _op.and_, "b": _op.and_}),
    "bitwise_or": ({"i": _op.or_, "b": _op.or_}),
    "bitwise_xor": ({"i": _op.xor, "b": _op.xor}),
}
_COMPARE = {"equal": _op.eq, "not_equal": _op.ne, "less": _op.lt, "less_equal": _op.le, "greater": _op.gt,
            "greater_equal": _op.ge}
_CCOMPARE = {"less": _clt, "less_equal": _cle, "greater": lambda x, y: _clt(y, x),
             "greater_equal": lambda x, y: _cle(y, x)}


def _ipow(mod):
    def ipow(x, y):
        if y < 0:
            raise ValueError("Integers to negative integer powers are not allowed.")
        return pow(x, y, mod)
    return ipow


def _nonfinite(r, x, y, name):
    """Reports a nan/inf result of finite operands as NumPy does (invalid, divide by zero, overflow)."""
    if r != r:
        if x == x and y == y:
            _report("invalid", "invalid value encountered in scalar " + name)
    elif x - x == 0 and y - y == 0:
        if y == 0 and name in ("divide", "floor_divide", "divmod") or x == 0 and name == "power":
            _report("divide", "divide by zero encountered in scalar " + name)
        else:
            _report("over", "overflow encountered in scalar " + name)
    return r


def _finisher(R, name, warn):
    """The result of a value r: R's scalar, wrapped/rounded, errors reported."""
    new = R._new
    k = R._k
    if k in "iu":
        lo, hi, mod = R._lo, R._hi, R._mod
        msg = "overflow encountered in scalar " + name

        def fin(r, x, y):
            if lo <= r <= hi:
                return new(r)
            if warn:
                _report("over", msg)
            return new((r - lo) % mod + lo)
        return fin
    if k == "f":
        rnd = R._rnd
        pname = "divide" if name == "true_divide" else name

        def fin(r, x, y):
            if rnd is not None:
                r = rnd(r)
            if r - r == 0:
                return new(r)
            return new(_nonfinite(r, x, y, pname))
        return fin
    if k == "c":
        rnd = R._rnd
        pname = "divide" if name == "true_divide" else name

        def fin(r, x, y):
            if rnd is not None:
                r = rnd(r)
            re, im = r.real, r.imag
            if re - re == 0 and im - im == 0:
                return new(r)
            x, y = complex(x), complex(y)
            if re != re or im != im:
                if x == x and y == y:
                    if y == 0 and pname == "divide":
                        _report("divide", "divide by zero encountered in scalar " + pname)
                    _report("invalid", "invalid value encountered in scalar " + pname)
            elif _math.isfinite(abs(x)) and _math.isfinite(abs(y)):
                _report("divide" if y == 0 else "over", ("divide by zero encountered in scalar " if y == 0
                                                         else "overflow encountered in scalar ") + pname)
            return new(r)
        return fin
    t, f = R._true, R._false

    def fin(r, x, y):
        return t if r else f
    return fin


def _idivmod(x, y):
    if y == 0:
        _report("divide", "divide by zero encountered in scalar divmod")
        return 0, 0
    return divmod(x, y)


def _fdivmod(x, y):
    try:
        return divmod(x, y)
    except ZeroDivisionError:
        return _div0(x, y), _NAN


def _divmod_finisher(R):
    fin = _finisher(R, "divmod", True)
    new, rnd = R._new, getattr(R, "_rnd", None)

    def fin2(r, x, y):
        q, m = r
        if q != q and m != m:  # one report for both
            return fin(q, x, y), new(m)
        return fin(q, x, y), fin(m, x, y)
    return fin2


def _kernel(fn, fin, ga, gb, ca, cb):
    """kernel(a, b): values (._v for scalars, ga/gb), casts (ca/cb or None), fn, fin."""
    if ga and gb and ca is None and cb is None:
        def k(a, b):
            x = a._v
            y = b._v
            return fin(fn(x, y), x, y)
        return k

    def k(a, b):
        x = a._v if ga else a
        y = b._v if gb else b
        if ca is not None:
            x = ca(x)
        if cb is not None:
            y = cb(y)
        return fin(fn(x, y), x, y)
    return k


def _int_check(R):
    """A weak Python int operand of an integer result type: NumPy's OverflowError when out of range."""
    lo, hi, name = R._lo, R._hi, R._njvm_dtype

    def check(v):
        if lo <= v <= hi:
            return v
        raise int_error(v, name)
    return check


def int_error(v, name):
    """NumPy's OverflowError for a Python int v out of the range of integer dtype name."""
    if -(1 << 63) <= v < (1 << 63) or name == "uint64" and 0 <= v < (1 << 64):
        return OverflowError("Python integer %d out of bounds for %s" % (v, name))
    return OverflowError("Python int too large to convert to C long")


def _caster(t, R, weak_operand, compare):
    """The cast of an operand of class t (a scalar class or int/float/complex/bool) to result type R."""
    rk = R._k
    if weak_operand:
        if t is bool:
            return None
        if rk in "iu":
            return None if compare else _int_check(R)
        if rk == "f":
            if R._rnd is not None:
                return _cast_rounder(R._rnd)
            return float if t is int else None
        if rk == "c" and R._rnd is not None:
            return _complex_rounder(_cast_rounder(R._rnd))
        return None
    if rk in "fc" and t._k in "biu":
        return float
    return None


def install(classes, T, ufunc):
    """Sets the operator methods of the scalar classes; ufunc(name, *args) calls NumPy's ufunc.
    A pair's kernel is made on its first use (making all at import would cost seconds on GraalPy)."""
    weak_types = (int, float, complex, bool)
    known = frozenset(classes) | frozenset(weak_types)

    def result(name, A, B):
        ta = A if A not in weak_types else None
        tb = B if B not in weak_types else None
        if ta is None and tb is None:
            return None
        if ta is None or tb is None:
            s, py = (tb, A) if ta is None else (ta, B)
            R = promote(s, T["bool"], T) if py is bool else weak(s, py, T)
        else:
            R = promote(ta, tb, T)
        if name == "true_divide" and R._k in "biu":
            R = T["float64"]
        return R

    def build(name, A, B):
        """The kernel of operator name for operand classes A, B; False when there is none."""
        if A not in known or B not in known:
            return False
        R = result(name, A, B)
        if R is None:
            return False
        compare = name in _COMPARE
        k = "i" if R._k in "iu" else R._k
        if compare:
            fn = _CCOMPARE.get(name, _COMPARE[name]) if k == "c" else _COMPARE[name]
            fin = _finisher(T["bool"], name, False)
        elif name == "power" and k == "i":
            fn, fin = _ipow(R._mod), _finisher(R, name, False)
        elif name == "divmod":
            fn = _idivmod if k == "i" else _fdivmod if k == "f" else None
            if fn is None:
                return False
            fin = _divmod_finisher(R)
        elif name in ("left_shift", "right_shift"):
            if k != "i":
                return False
            fn, fin = _shift(name == "left_shift", R._bits), _finisher(R, name, False)
        else:
            fn = _ARITH[name].get(k)
            if fn is None:
                return False
            fin = _finisher(R, name, not name.startswith("bitwise"))
        ga, gb = A not in weak_types, B not in weak_types
        return _kernel(fn, fin, ga, gb, _caster(A, R, not ga, compare), _caster(B, R, not gb, compare))

    _install_binary(classes, build, ufunc)
    _install_unary(classes, T, ufunc)


_SYMBOLS = {"floor_divide": "//", "remainder": "%", "divmod": "divmod()"}


def _tname(x):
    return "numpy." + x._njvm_dtype if hasattr(type(x), "_njvm_dtype") else type(x).__name__


_UFUNC_OPERANDS = (list, tuple, str, bytes, int, float, complex)


def _other(name, a, b, ufunc, reflected):
    """An operand pair without a kernel: NumPy's ufunc for numbers, sequences, strings and NumPy scalars
    (its TypeError for unsupported types), NotImplemented otherwise (an ndarray's operator answers)."""
    o = a if reflected else b
    if name in _SYMBOLS and (getattr(a, "_k", "") == "c" or getattr(b, "_k", "") == "c"):
        raise TypeError("unsupported operand type(s) for %s: '%s' and '%s'"
                        % (_SYMBOLS[name], _tname(a), _tname(b)))
    if isinstance(o, _UFUNC_OPERANDS) or hasattr(type(o), "_njvm_dtype"):
        if isinstance(o, (str, bytes)) and name in ("equal", "not_equal"):
            s = b if reflected else a
            return s._false if name == "equal" else s._true  # NumPy: a number never equals a string
        return ufunc(name, a, b)
    return NotImplemented


def _install_binary(classes, build, ufunc):
    specs = [("divmod", "divmod"), ("add", "add"), ("sub", "subtract"), ("mul", "multiply"), ("truediv", "true_divide"),
             ("floordiv", "floor_divide"), ("mod", "remainder"), ("pow", "power"), ("and", "bitwise_and"),
             ("or", "bitwise_or"), ("xor", "bitwise_xor"), ("lshift", "left_shift"), ("rshift", "right_shift")]
    for dunder, name in specs:
        fwd, ref = _binary(name, build, ufunc)
        for c in classes:
            setattr(c, "__%s__" % dunder, fwd)
            setattr(c, "__r%s__" % dunder, ref)
    for dunder, name in (("eq", "equal"), ("ne", "not_equal"), ("lt", "less"), ("le", "less_equal"),
                         ("gt", "greater"), ("ge", "greater_equal")):
        fwd, _ = _binary(name, build, ufunc)
        for c in classes:
            setattr(c, "__%s__" % dunder, fwd)


def _binary(name, build, ufunc):
    """The forward and reflected operator methods: the kernel of the operand classes (cached in table)."""
    table = {}
    get = table.get

    def kernel(A, B):
        k = table[(A, B)] = build(name, A, B)
        return k

    def forward(self, other, mod=None):
        if mod is not None:
            raise TypeError("unsupported operand type(s) for ** or pow(): 'numpy.%s', '%s', '%s'" % (
                self._njvm_dtype, type(other).__name__, type(mod).__name__))
        k = get((type(self), type(other)))
        if k is None:
            k = kernel(type(self), type(other))
        if k:
            return k(self, other)
        return _other(name, self, other, ufunc, False)

    def reflected(self, other, mod=None):
        k = get((type(other), type(self)))
        if k is None:
            k = kernel(type(other), type(self))
        if k:
            return k(other, self)
        return _other(name, other, self, ufunc, True)
    return forward, reflected


def _install_unary(classes, T, ufunc):
    for c in classes:
        k = c._k
        new = c._new
        if k in "iu":
            fin_neg, fin_abs = _finisher(c, "negative", True), _finisher(c, "absolute", True)
            fin_inv = _finisher(c, "invert", False)
            c.__neg__ = (lambda fin: lambda self: fin(-self._v, 0, 0))(fin_neg)
            c.__abs__ = (lambda fin: lambda self: fin(abs(self._v), 0, 0))(fin_abs)
            c.__invert__ = (lambda fin: lambda self: fin(~self._v, 0, 0))(fin_inv)
            c.__pos__ = lambda self: self
        elif k in "fc":
            c.__neg__ = (lambda new: lambda self: new(-self._v))(new)
            c.__pos__ = lambda self: self
            if k == "c":
                R = T["float%d" % (c._bits // 2)]
                fin_abs = _finisher(R, "absolute", True)
                c.__abs__ = (lambda fin: lambda self: fin(abs(self._v), self._v, 0))(fin_abs)
            else:
                c.__abs__ = (lambda new: lambda self: new(abs(self._v)))(new)
            c.__invert__ = lambda self: ufunc("invert", self)
        else:
            c.__neg__ = lambda self: ufunc("negative", self)
            c.__pos__ = lambda self: ufunc("positive", self)
            c.__abs__ = lambda self: self
            c.__invert__ = lambda self: c._false if self._v else c._true


