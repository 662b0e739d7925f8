# NEP 13: the arguments ufunc methods hand to __array_ufunc__ (those passed, out as a tuple, out=None left out)
class A:
    def __array_ufunc__(self, uf, method, *inputs, **kw):
        return (uf.__name__, method, len(inputs), sorted((k, repr(v)) for k, v in kw.items()))
a = np.zeros(3)
np.add.reduce(A()), np.add.reduce(A(), 0), np.add.reduce(A(), axis=0, out=None), np.add.reduce(A(), 0, None, a)
# ---
class A:
    def __array_ufunc__(self, uf, method, *inputs, **kw):
        return (uf.__name__, method, len(inputs), sorted((k, repr(v)) for k, v in kw.items()))
a = np.zeros(3)
np.add.accumulate(A(), 0, None, a), np.add.reduceat(A(), [0, 1]), np.add.reduceat(A(), [0, 1], axis=0, dtype=float)
# ---
class A:
    def __array_ufunc__(self, uf, method, *inputs, **kw):
        return (uf.__name__, method, len(inputs), sorted((k, repr(v)) for k, v in kw.items()))
np.add.outer(A(), 1), np.add.at(A(), [0], 1), np.add(A(), 1, out=None), np.multiply.reduce(A(), None, None, None, False, 5)
# ---
class A:
    def __array_ufunc__(self, uf, method, *inputs, **kw):
        return (uf.__name__, method, len(inputs), sorted((k, repr(v)) for k, v in kw.items()))
np.maximum.reduce(A(), keepdims=True, where=True), np.add.accumulate(A(), out=None), np.add.reduce(A(), out=(None,))
# ---
np.add.reduce(np.arange(6).reshape(2, 3), 1), np.add.accumulate([1, 2, 3], 0, float), np.add.reduceat(np.arange(5), [0, 2], 0)
# ---
# np.sum and the other reductions on objects that are not arrays: obj.sum(...) or np.add.reduce(obj, ...)
class A:
    def __array_ufunc__(self, uf, method, *inputs, **kw):
        return (uf.__name__, method, len(inputs), sorted((k, repr(v)) for k, v in kw.items()))
np.sum(A()), np.sum(A(), 1, float, None, True, 0, True), np.prod(A(), axis=0), np.amin(A(), initial=3)
# ---
class A:
    def __array_ufunc__(self, uf, method, *inputs, **kw):
        return (uf.__name__, method, len(inputs), sorted((k, repr(v)) for k, v in kw.items()))
np.max(A(), 1, None, True), np.any(A(), 1, None, True, where=[True]), np.all(A()), np.min(A(), keepdims=False)
# ---
class C:
    def sum(self, **kw): return ("method sum", sorted(kw.items()))
    def max(self, **kw): return ("method max", sorted(kw.items()))
    def all(self, **kw): return ("method all", sorted(kw.items()))
np.sum(C()), np.sum(C(), dtype=int, keepdims=True), np.max(C(), 0), np.amax(C()), np.all(C(), keepdims=True)
# ---
import array
np.sum(array.array('d', [1, 2])), np.prod(bytearray(b'ab')), np.max(range(4)), np.any(range(0))
# ---
np.sum(x for x in [1, 2])
# ---
import array
np.add(array.array('f', [1, 2]), 1), np.array([array.array('h', [1, 2]), array.array('h', [3, 4])]).dtype
# ---
import array
m = memoryview(array.array('i', range(6))).cast('B').cast('i', [2, 3])
np.asarray(m), np.sum(m, axis=0), np.array(memoryview(b'xy')), np.frombuffer(bytearray(b'\x01\x00'), np.int16)
# ---
# an ndarray subclass's reduction methods are ufunc.reduce calls its __array_ufunc__ sees (NumPy's _methods.py)
class S(np.ndarray):
    def __array_ufunc__(self, uf, method, *inputs, **kw):
        seen.append((uf.__name__, method, sorted((k, repr(v)) for k, v in kw.items())))
        inputs = tuple(x.view(np.ndarray) if isinstance(x, S) else x for x in inputs)
        return super().__array_ufunc__(uf, method, *inputs, **kw)
seen = []
s = np.arange(6).reshape(2, 3).view(S)
r = (s.sum(), s.sum(axis=0), s.max(1, keepdims=True), s.all(), s.any(where=[True, False, True]), s.prod(initial=2),
     np.min(s), np.amax(s, axis=1))
r, seen
# ---
class T(np.ndarray):
    pass
t = np.arange(3).view(T)
t.sum(), np.sum(t), t.max(keepdims=True), np.all(t), t.min(axis=0)
