# The ndarray protocol (numpy/_protocol.py, numpy/_methods.py): shape/dtype/strides attributes, a.flat,
# __array__, pickling round trips, subclass results, __array_ufunc__/__array_function__ overrides.
a = np.arange(6)
a.shape = (3, 2)
a, a.base, a.flags.owndata
# ---
a = np.arange(6)
a.shape = (4,)
# ---
a = np.arange(6)
a.shape = (-1, -1)
# ---
a = np.arange(6)
a.shape = None
# ---
a = np.arange(6)
a.shape = 2.5
# ---
a = np.arange(6)
a.shape = [2, -1]
a.shape, a.strides
# ---
a = np.arange(6).reshape(2, 3).T
a.shape = (6,)
# ---
a = np.zeros((2, 3), order='F')
a.shape = (3, 2)
# ---
a = np.arange(6).reshape(2, 3).T
a.shape = (3, 1, 2)
a.shape, a.strides
# ---
a = np.arange(12)[::2]
a.shape = (3, 2)
a.strides, a.base is None
# ---
a = np.arange(6)
v = a[1:]
v.shape = (5, 1)
v.base is a, v.flags.owndata, a.shape
# ---
a = np.arange(6)
a.flags.writeable = False
a.shape = (2, 3)
a.flags.writeable
# ---
a = np.arange(6)
del a.shape
# ---
a = np.arange(6)
a.ndim = 2
# ---
a = np.arange(6)
a.T = 1
# ---
a = np.arange(4)
a.dtype = np.uint64
a, a.flags.owndata
# ---
a = np.arange(4.)
a.dtype = np.complex128
a, a.shape
# ---
a = np.arange(4.)
del a.dtype
# ---
a = np.arange(4, dtype=np.int16)
a.dtype = 'float16'
a.dtype
# ---
a = np.zeros(3, dtype=complex)
a.real = [1, 2, 3]
a.imag = 5
a
# ---
a = np.arange(6).reshape(2, 3).T
f = a.flat
f[3], f[[1, 2]], f[1:4], f[...], len(f), f.base is a, f.index, f.coords
# ---
a = np.arange(6).reshape(2, 3).T
f = a.flat
next(f), next(f), f.index, f.coords, list(f)
# ---
np.arange(6).reshape(2, 3).flat[10]
# ---
np.arange(6).reshape(2, 3).flat[-7]
# ---
np.arange(6).reshape(2, 3).flat[1, 2]
# ---
np.arange(6).flat['a']
# ---
np.arange(6).flat[[True, False]]
# ---
f = np.arange(6).flat
f[np.array([[0, 1], [2, 3]])], f[np.array([True, False] * 3)], f[np.int64(-1)], f[(2,)]
# ---
a = np.arange(6)
a.flat[:] = [1, 2]
a
# ---
a = np.arange(6).reshape(2, 3).T
a.flat[[0, 1, 2]] = [7]
a.flat[-1] = 9
a
# ---
a = np.arange(6).reshape(3, 2)
a.flat = [1, 2, 3, 4]
a
# ---
a = np.arange(6).reshape(2, 3).T
a.flat.copy(), np.array(a.flat), np.asarray(a.flat, dtype=float)
# ---
list(np.array(5).flat), list(np.zeros((2, 0)).flat)
# ---
type(np.arange(3).flat).__name__
# ---
a = np.arange(3)
a.__array__() is a, a.__array__(float), a.__array__(copy=True) is a, np.ndarray.__array_priority__ is not None
# ---
np.arange(3).__array__('int32', copy=False)
# ---
class X:
    def __array__(self, dtype=None, copy=None):
        return np.arange(3) * 2
np.asarray(X()), np.array([X(), X()]), np.add(X(), 1), np.concatenate([X(), X()])
# ---
class X:
    def __array__(self, dtype=None, copy=None):
        return [1, 2]
np.asarray(X())
# ---
class X:
    def __array__(self, dtype=None, copy=None):
        raise KeyError('boom')
np.asarray(X())
# ---
import pickle
[pickle.loads(pickle.dumps(np.arange(3, dtype=d))).tolist() for d in ['bool', 'int8', 'uint8', 'int16', 'uint16', 'int32', 'uint32', 'int64', 'uint64', 'float16', 'float32', 'float64', 'complex64', 'complex128']]
# ---
import pickle
[pickle.loads(pickle.dumps(np.arange(3).astype(d))).dtype for d in ['bool', 'int8', 'uint16', 'float16', 'complex64', 'U3', 'S2', '>i4', '>f8']]
# ---
import pickle
x = np.arange(24.).reshape(2, 3, 4)[:, ::2, 1:]
y = pickle.loads(pickle.dumps(x, protocol=2))
y, y.flags.writeable, y.flags.owndata, y.base is None
# ---
import pickle
x = np.asfortranarray(np.arange(6).reshape(2, 3))
y = pickle.loads(pickle.dumps(x))
y, y.flags.f_contiguous, y.flags.c_contiguous
# ---
import pickle
x = np.array(['ab', 'c', 'xyz'])
y = pickle.loads(pickle.dumps(x[::-1], protocol=5))
y
# ---
import pickle
x = np.array([1.5 - 2j, np.nan, -0.0 + 1j], dtype='complex64')
y = pickle.loads(pickle.dumps(x))
y, [str(v) for v in y]
# ---
import pickle
pickle.loads(pickle.dumps(np.array(7, dtype='uint8'))), pickle.loads(pickle.dumps(np.zeros((0, 3), 'int16')))
# ---
import pickle
pickle.loads(pickle.dumps(np.dtype('>f4')))
# ---
import copy
x = np.arange(6).reshape(2, 3)[:, 1:]
c, d = copy.copy(x), copy.deepcopy(x)
x[0, 0] = 99
c, d, c.flags.c_contiguous
# ---
a = np.arange(6.).reshape(2, 3)
a.sum(), a.sum(0), a.sum(axis=1, keepdims=True), a.sum(initial=10), a.sum(where=a > 2), a.sum(dtype='int32')
# ---
a = np.arange(1, 7.).reshape(2, 3)
a.prod(), a.prod(1), a.max(), a.max(0), a.min(axis=1), a.min(initial=0), a.max(where=a < 3, initial=-1)
# ---
a = np.arange(6).reshape(2, 3)
a.cumsum(), a.cumsum(0), a.cumprod(1), a.cumsum(dtype=float)
# ---
a = np.array([[0, 2, 0], [3, 0, 4]])
a.nonzero(), a.repeat(2), a.repeat([1, 2], axis=0), a[None].squeeze(), a.take(1), a.take([1, 4]), a.take([0], axis=1)
# ---
a = np.arange(6)
a.put([0, 2], [-1, -2]), a
# ---
np.arange(3).sum(foo=1)
# ---
np.arange(3).max(foo=1)
# ---
np.arange(3).nonzero(1)
# ---
type(np.arange(3).sum()), type(np.arange(3.).max()), type(np.arange(3).take(0))
# ---
np.arange(3).conj() is not None, np.array([1 + 2j, -0.0 - 1j]).conj(), np.array([1j]).conjugate()
# ---
a = np.arange(3)
a.conj() is a
# ---
np.arange(3, dtype='int16').tobytes(), np.arange(4).reshape(2, 2).tobytes('F'), np.array(['ab']).tobytes(), np.array([1 + 2j], 'complex64').tobytes()
# ---
np.ndarray((2, 3)).shape, np.ndarray((2,), dtype='int16').dtype, np.ndarray((2,), buffer=b'\x01\x00\x02\x00', dtype='int16')
# ---
np.ndarray((2,), buffer=b'\x01\x00\x02\x00', dtype='int16').flags.writeable
# ---
np.arange(3).view(type=int)
# ---
class M(np.ndarray):
    pass
m = np.arange(4).view(M)
m, m[1:], m.reshape(2, 2), m + 1, -m, m.sum(), m.T, m[0], np.asarray(m), np.asanyarray(m) is m, np.concatenate([m, m]), np.sum(m), m == 1
# ---
class M(np.ndarray):
    pass
m = np.arange(4).view(M)
v = m.view(np.ndarray)
type(v).__name__, v.base is m, type(m[1:].base).__name__, m[1:].base is m, m[1:][1:].base is m
# ---
class M(np.ndarray):
    pass
m = np.arange(12).reshape(3, 4).view(M)
m
# ---
class A:
    def __array_function__(self, func, types, args, kwargs):
        return (func.__name__, [t.__name__ for t in types], len(args), sorted(kwargs))
o = A()
a = np.arange(3)
np.concatenate([a, o]), np.sum(o), np.reshape(o, 3), np.zeros_like(o), np.stack((a, o)), np.sum(a, out=o), np.block([[a, o]]), np.zeros(3, like=o)
# ---
class A:
    def __array_function__(self, func, types, args, kwargs):
        return NotImplemented
np.concatenate([np.arange(3), A()])
# ---
class A:
    def __array_function__(self, func, types, args, kwargs):
        return NotImplemented
np.sum(A())
# ---
class U:
    def __array_ufunc__(self, ufunc, method, *inputs, **kwargs):
        return (ufunc.__name__, method, [type(i).__name__ for i in inputs], kwargs)
a = np.arange(3)
u = U()
np.add(a, u), a + u, a == u, a < u, np.negative(u), 2 * u if hasattr(U, '__rmul__') else a * u
# ---
class N:
    __array_ufunc__ = None
    def __radd__(self, o):
        return 'radd'
    def __eq__(self, o):
        return 'eq'
a = np.arange(3)
a + N(), a == N()
# ---
class N:
    __array_ufunc__ = None
np.add(np.arange(3), N())
# ---
class Y:
    def __array_ufunc__(self, *args, **kwargs):
        return NotImplemented
try:
    np.negative(Y())
except TypeError as e:
    result = str(e).split(" from ")[0], str(e).endswith(": 'Y'")
# ---
class P:
    __array_priority__ = 10
    def __radd__(self, o):
        return 'radd'
    def __gt__(self, o):
        return 'gt'
np.arange(3) + P(), np.arange(3) < P()
# ---
class MA(np.ndarray):
    def __array_ufunc__(self, ufunc, method, *inputs, **kwargs):
        args = [i.view(np.ndarray) if isinstance(i, MA) else i for i in inputs]
        r = super().__array_ufunc__(ufunc, method, *args, **kwargs)
        return r if r is NotImplemented else ('wrapped', r)
m = np.arange(3).view(MA)
m + 1, np.multiply(m, 2), 1 - m
# ---
class M(np.ndarray):
    pass
m = np.arange(3).view(M)
np.array(m, subok=True), np.array(m, subok=True) is m, np.array(m, subok=False), np.array([1, 2], subok=True)
# ---
class M(np.ndarray):
    pass
m = np.arange(3).view(M)
m.flat[1:], m.flat[0], np.sum(m, axis=0), np.transpose(m), np.ravel(m), np.cumsum(m), np.take(m, [0]), m.max()
# ---
a = np.array([5])
a.shape = ()
b = np.zeros((0, 3))
b.shape = (3, 0, 2)
a, b.shape, list(np.array(5).flat), np.array(5).flat[0], np.arange(3).flat[np.array(1)]
# ---
np.arange(6).reshape(2, 3).flat[[[0, 1], [2, 3]]], np.zeros(2, like=np.arange(1))
# ---
import pickle, sys, types
class S(np.ndarray):
    pass
mod = sys.modules["protocol_snippet_module"] = types.ModuleType("protocol_snippet_module")
S.__module__ = mod.__name__
mod.S = S
s = np.arange(4.).reshape(2, 2).T.view(S)
t = pickle.loads(pickle.dumps(s))
del sys.modules[mod.__name__]
type(t).__name__, t, t.flags.f_contiguous
# ---
a = np.arange(6)
v = a[1:]
a.shape = (2, 3)
w = a[0]
v.base is a, w.base is a, a.base, np.shares_memory(a, v)
# ---
import pickle
[pickle.loads(pickle.dumps(v)) for v in (np.float64(1.5), np.float32(2.5), np.int8(-3), np.uint64(2**64 - 1), np.complex64(1 + 2j), np.bool_(True), np.str_('ab'), np.float16(0.5))]
# ---
a = np.arange(3)
a.__array_ufunc__(np.multiply, '__call__', a, 2), a.__array_ufunc__(np.negative, '__call__', a)
