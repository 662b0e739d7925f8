# numpy.ufunc objects: type, attributes, __call__, reduce, accumulate, reduceat, outer, at (values, dtypes, errors).
np.add
# ---
type(np.add), type(np.sqrt) is np.ufunc, isinstance(np.multiply, np.ufunc)
# ---
np.divide, np.divide is np.true_divide, np.true_divide.__name__
# ---
np.mod is np.remainder, np.abs is np.absolute, np.bitwise_not is np.invert, np.bitwise_not.__name__
# ---
np.add.__name__, np.add.nin, np.add.nout, np.add.nargs, np.add.signature
# ---
np.sqrt.nin, np.sqrt.nout, np.sqrt.nargs, np.sqrt.identity
# ---
np.add.identity, np.multiply.identity, np.subtract.identity, np.maximum.identity, np.logical_and.identity, np.logical_or.identity
# ---
'll->l' in np.add.types, 'dd->d' in np.add.types, '??->?' in np.add.types, 'dd->?' in np.less.types, 'd->d' in np.sqrt.types
# ---
np.add.ntypes, len(np.add.types), np.sqrt.types
#: differs ufunc-types: =repr: (14, 14, ['e->e', 'f->f', 'd->d', 'F->F', 'D->D'])
# ---
str(np.add), repr(np.logical_not)
# ---
np.ufunc()
# ---
class U(np.ufunc):
    pass
# ---
np.add.nin = 3
# ---
import pickle
pickle.loads(pickle.dumps(np.divide)) is np.divide
# ---
class C:
    f = np.add
C().f(2, 3)
# ---
np.add(1, 2)
# ---
np.add(np.array(100, np.int8), np.array(100, np.int8))
# ---
np.add([1, 2], 3.5)
# ---
np.sqrt(4.0), np.negative(3)
# ---
np.add(np.array(1.5, np.float32), 2)
# ---
o = np.zeros(3)
r = np.add(np.arange(3), 1, out=o)
r is o, o
# ---
o = np.zeros(3)
np.add(np.arange(3), 1, o) is o
# ---
o = np.zeros(3)
np.add(np.arange(3), 1, out=(o,)) is o
# ---
o = np.zeros(())
np.add(1, 2, out=o)
# ---
np.add(1)
# ---
np.add(1, 2, 3, 4)
# ---
np.sqrt(1, 2, 3)
# ---
np.add.reduce([1, 2, 3])
# ---
np.add.reduce(np.arange(8, dtype=np.int8))
# ---
np.add.reduce(np.arange(8, dtype=np.uint16))
# ---
np.multiply.reduce(np.arange(1, 6, dtype=np.int32))
# ---
np.add.reduce(np.arange(6).reshape(2, 3))
# ---
np.add.reduce(np.arange(6).reshape(2, 3), axis=1)
# ---
np.add.reduce(np.arange(6).reshape(2, 3), axis=None)
# ---
np.add.reduce(np.arange(24).reshape(2, 3, 4), axis=(0, 2))
# ---
np.add.reduce(np.arange(6).reshape(2, 3), axis=-1, keepdims=True)
# ---
np.add.reduce([1, 2], axis=None, dtype=np.int8)
# ---
np.add.reduce([1, 2], dtype=float)
# ---
np.add.reduce([[1, 2], [3, 4]], axis=(0, 1), keepdims=True)
# ---
np.add.reduce(np.arange(4), where=[True, False, True, False])
# ---
np.add.reduce([[1, 2]], initial=5, where=[True, False])
# ---
np.maximum.reduce(np.arange(4), where=[True, False, True, False])
# ---
np.maximum.reduce(np.arange(4), where=[True, False, True, False], initial=-1)
# ---
np.maximum.reduce([])
# ---
np.maximum.reduce([], initial=3)
# ---
np.add.reduce([])
# ---
np.add.reduce([], initial=None)
# ---
np.add.reduce([1.5, 2], initial=None)
# ---
np.add.reduce(np.zeros((0, 3)), axis=1, initial=None)
# ---
np.add.reduce([1, 2], where=[True, False], initial=None)
# ---
np.subtract.reduce([])
# ---
np.subtract.reduce([10, 1, 2])
# ---
np.subtract.reduce(np.zeros((0, 2)), axis=0)
# ---
np.add.reduce(5)
# ---
np.add.reduce([1, 2], axis=1)
# ---
np.add.reduce([1, 2], axis=(0, 0))
# ---
np.sqrt.reduce([1])
# ---
np.logical_and.reduce([1, 1, 0])
# ---
np.logical_or.reduce(np.array([0.0, 2.0]))
# ---
np.equal.reduce([1, 1, 1])
#: differs numpy-cache: TypeError: No loop matching the specified signature and casting was found
# ---
np.add.reduce(np.array([255, 1], dtype=np.uint8), out=np.zeros((), np.uint8))
# ---
np.add.reduce(np.array([1.5, 2.5]), out=np.zeros((), int))
# ---
o = np.zeros(3)
r = np.add.reduce(np.ones((2, 3)), out=o)
r is o, o
# ---
np.add.reduce(np.array([1, 2]), out=np.zeros((1,), float))
# ---
np.add.reduce([1, 2], foo=1)
#: differs python-method-message: TypeError: reduce() got an unexpected keyword argument 'foo'
# ---
np.add.accumulate([1, 2, 3])
# ---
np.add.accumulate(np.arange(8, dtype=np.int8))
# ---
np.multiply.accumulate(np.arange(1, 5, dtype=np.float32))
# ---
np.add.accumulate([[1, 2], [3, 4]], axis=1, dtype=float)
# ---
np.add.accumulate([[1, 2], [3, 4]])
# ---
np.maximum.accumulate([1, 3, 2, 5, 4])
# ---
np.add.accumulate(5)
# ---
np.add.accumulate([1, 2], axis=None), np.add.accumulate([[1, 2], [3, 4]], axis=(1,))
# ---
np.add.accumulate([[1, 2], [3, 4]], axis=None)
# ---
np.add.accumulate([1, 2], axis=())
# ---
np.add.accumulate([1, 2], axis=1.5)
# ---
np.add.reduceat([1, 2], [0], axis=None)
# ---
np.add.reduceat([[1, 2]], [0], axis=(0, 1))
# ---
np.add.reduce([1, 2], axis=1.5)
# ---
np.sqrt.accumulate([1])
# ---
np.add.accumulate([1, 2], axis=1)
# ---
o = np.zeros(3, np.uint8)
r = np.add.accumulate(np.array([200, 50, 10], np.uint8), out=o)
r is o, o
# ---
np.add.reduceat(np.arange(8), [0, 4, 1, 5])
# ---
np.add.reduceat(np.arange(8, dtype=np.int8), [0, 4])
# ---
np.multiply.reduceat(np.array([True, False, True]), [0, 2])
# ---
np.add.reduceat(np.arange(12).reshape(3, 4), [0, 2], axis=1)
# ---
np.add.reduceat(np.arange(12.0).reshape(3, 4), [0, 2, 2])
# ---
np.maximum.reduceat(np.array([3, 1, 4, 1, 5, 9, 2, 6]), [0, 3, 6])
# ---
np.add.reduceat(np.arange(8), [])
# ---
np.add.reduceat(np.arange(8), [0, 10])
# ---
np.add.reduceat(np.arange(8), [-1])
# ---
np.add.reduceat(np.arange(12).reshape(3, 4), [0], axis=2)
# ---
np.add.reduceat(5, [0])
# ---
np.sqrt.reduceat([1], [0])
# ---
np.add.reduceat(np.arange(4), [0, 2], dtype=float)
# ---
np.add.outer([1, 2], [10, 20, 30])
# ---
np.add.outer([[1, 2]], [3, 4])
# ---
np.multiply.outer(np.arange(2, dtype=np.int8), np.arange(3, dtype=np.int16))
# ---
np.add.outer(1, 2)
# ---
np.add.outer([1, 2], [3], dtype=float)
# ---
o = np.zeros((2, 1))
np.add.outer([1, 2], [3], out=o) is o, o
# ---
np.less.outer([1, 2], [2, 1])
# ---
np.sqrt.outer([1], [2])
# ---
x = np.zeros(3, int)
np.add.at(x, [0, 0, 2], 1)
x
# ---
x = np.arange(5.0)
np.add.at(x, [0, 1, 1, 4], [10, 20, 30, 40])
x
# ---
x = np.zeros(3, int)
np.add.at(x, [0, 0, 1], 1.5)
x
# ---
x = np.zeros(3, np.int8)
np.add.at(x, [0, 0, 2], [100, 100, 300])
x
# ---
x = np.ones(4)
np.multiply.at(x, [1, 1, 1], 2)
x
# ---
x = np.arange(3)
np.negative.at(x, [0, 1, 1])
x
# ---
x = np.zeros((2, 3))
np.add.at(x, (slice(None), [0, 0]), 1)
x
# ---
x = np.zeros((2, 3))
np.add.at(x, 0, [1, 2, 3])
x
# ---
x = np.arange(6).reshape(2, 3)
np.maximum.at(x, ([0, 1], [2, 0]), 4)
x
# ---
x = np.zeros(4)
np.add.at(x, np.array([True, False, True, False]), 1)
x
# ---
x = np.arange(6)[::2]
np.add.at(x, [0, 2, 2], 1)
x
# ---
x = np.zeros(3)
np.add.at(x, [0], 1) is None
# ---
np.add.at([1, 2], [0], 1)
# ---
np.add.at(np.zeros(3), [0, 1], [1, 2, 3])
# ---
np.add.at(np.zeros(3), [5], 1)
# ---
np.add.at(np.zeros(3), [0])
# ---
np.negative.at(np.zeros(3), [0], 1)
# ---
np.add.at(np.zeros(3), [0], 1, 2)
#: differs python-method-message: TypeError: at() takes from 3 to 4 positional arguments but 5 were given
# ---
a = np.arange(3)
b = a
a += 1
a is b, a, a + 1, -a, a == 2, 2 - a
