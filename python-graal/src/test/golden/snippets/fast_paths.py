# Hand-written golden snippets: the package's fast call routes (ndarray operators, functions of up to three
# plain arguments, int and slice indexing, views and their bases, dtype objects).
a = np.arange(5); b = np.arange(5, 10)
a + b, a + 1, a * 2.0, 2.0 * a, 3 - a, a == b, -a, a > 2, a + True
# ---
a = np.arange(5)
np.sum(a), np.sum(np.ones(3)), np.add(a, 1), np.add(1, 2), np.add(1.5, 2), np.negative(3)
# ---
a = np.arange(6.0)
np.where(a > 2, a, -a), np.where(a > 2), np.where([True, False], 1, 2)
# ---
a = np.arange(5)
a[1], a[-1], a[1:3], a[::2], a[3:1:-1], a[:], a[1:3].base is a, a[1:3][1:].base is a
# ---
np.arange(5)[5]
# ---
np.arange(5)[-6]
# ---
np.arange(5)[1:3:0]
# ---
np.arange(5)[2**70]
# ---
m = np.arange(6).reshape(2, 3)
m[1], m[1].base is m.base, m[1][2], m[0:1], m.T, m.T.base is m.base, m.ravel(), m.T.ravel().base
# ---
a = np.arange(5)
a[1] = 7; a[2:4] = 9; a[0] = True; a[4] = 2.7; a[::2] = -1
a
# ---
a = np.arange(5)
a[7] = 1
# ---
a = np.arange(5.0)
a[1:3] = 2**70
# ---
a = np.arange(6)
a.reshape(2, 3), a.reshape((3, 2)), a.reshape(6), a.reshape(2, 3).base is a, a.reshape([2, -1])
# ---
a = np.arange(6)
a.reshape(4, 2)
# ---
a = np.arange(3)
np.asarray(a) is a, np.array(a) is a, np.array(a).base, np.asarray(a[1:]).base is a
# ---
a = np.arange(3); f = np.zeros(2, dtype=np.float32)
a.dtype, a.dtype is np.arange(2).dtype, f.dtype, f.dtype is np.zeros(1, np.float32).dtype, np.array(['ab']).dtype
# ---
np.zeros(5), np.ones((2, 3)), np.empty(0), np.array([1, 2, 3]), np.array([1, 2.5]), np.array((True, False))
# ---
np.concatenate((np.arange(2), np.arange(3))), np.array([np.arange(2), np.arange(2)]), np.zeros([2, 2], 'int8')
# ---
np.array([2, 'b'])
# ---
np.add(np.arange(3), [1, 2])
# ---
# elements of every dtype through a[i] (a bare number from the bridge, made the dtype's scalar type)
[np.array([1, 2], dtype=t)[1] for t in ('?', 'i1', 'u1', 'i2', 'u2', 'i4', 'u4', 'i8', 'u8', 'e', 'f', 'd', 'F', 'D', '>i4', '<f8', 'U2', 'S2')]
# ---
np.array([2**64 - 1], dtype=np.uint64)[0], np.array([-1.5], dtype='>f4')[-1], np.float32([1.1])[0], np.array([[1, 2]])[0][1]
# ---
# the base of views made from views (NumPy's base is the array owning the memory)
x = np.arange(12)
y = x.reshape(3, 4)
z = y[1:]
(y.base is x, y.T.base is x, y[1].base is x, z.base is x, z.T.base is x, z[0].base is x, z[0:1].base is x,
 z.ravel().base is x, z.reshape(8).base is x, y.T.T.base is x, y.T[0].base is x, z.T.ravel().base is None)
# ---
x = np.arange(6)
x.shape = (2, 3)
(x.base, x[0].base is x, x.T.base is x, x[0:1].base is x, x.T.T.base is x, x.ravel().base is x)
# ---
x = np.arange(6)
v = x[1:]
x.shape = (2, 3)
(v.base is x, x[1].base is x, x[1:].base is x)
# ---
m = np.arange(6).reshape(2, 3)
c = m.T.ravel()
c, c.base is None, c.flags.owndata, m.T.copy().T.ravel().base is None
# ---
# a[i:j:k] = a Python int, float or bool into every dtype (one conversion filled into the view)
r = []
for t in ('?', 'i1', 'u1', 'i2', 'u4', 'i8', 'u8', 'e', 'f', 'd', 'F', 'D'):
    for v in (3, -1, 2.75, True, 1e10, 300):
        a = np.zeros(6, dtype=t)
        try:
            with np.errstate(all='raise'):
                a[1:5:2] = v
            r.append(a.tolist())
        except Exception as e:
            r.append(type(e).__name__)
r
# ---
a = np.zeros(4, dtype=np.int8)
a[1:3] = 300
# ---
a = np.zeros(4, dtype=np.uint8)
a[::2] = -1
# ---
a = np.zeros(4, dtype=np.float32)
a[1:] = 1e300
a
# ---
a = np.zeros((3, 2))
a[1:] = 7
a[2:0] = 2**70
a[:, 1:], a
# ---
a = np.arange(5)
a[4:1:-2] = 9.9
a[5:] = 1
a
# ---
# lists of 64 or more Python numbers (read in bulk): the same dtypes, values and errors as shorter lists
L = list(range(-50, 50))
F = [x / 4 for x in L]
r = [np.array(L), np.array(F), np.array(L + [2.5]), np.array(L + [True]), np.array([True, False] * 40),
     np.array(tuple(L)), np.array([L, L]), np.array([F, F, F]).shape, np.array([L, F]).dtype,
     np.array(L + [2**63]).dtype, np.array(L, dtype=np.float32), np.array(F, dtype=np.int16),
     np.asarray([[1.5] * 70] * 2, dtype='f2').dtype, np.sum(L), np.add(F, 1)[-3:], np.array([L] * 2).shape]
r
# ---
np.array(list(range(100)) + [300], dtype=np.int8)
# ---
np.array([-1] * 100, dtype=np.uint8)
# ---
np.array([list(range(70)), list(range(69))])
# ---
a = np.zeros(100, dtype=np.uint8)
a[:] = [-1] * 100
# ---
a = np.zeros(100, dtype=np.int16)
a[:] = list(range(100))
b = np.arange(200.0)[list(range(0, 200, 3))]
a[-3:], b[-3:], b.dtype, np.zeros((2, 70))[[0, 1] * 35].shape
# ---
with np.errstate(over='ignore'):
    r = np.array([1e300] * 70, dtype=np.float32)[:2]
r
# ---
# reshape's shapes: Python ints passed as they are, anything else converted as the registry's reshape
a = np.arange(6)
(a.reshape(2, 3), a.reshape((3, 2)), a.reshape([6]), a.reshape(6), a.reshape(np.int64(6)), a.reshape(np.array([2, 3])),
 a.reshape((np.int64(2), 3)), a.reshape(-1, 2), a.reshape(()) if a.size == 1 else None, np.arange(1).reshape(()))
# ---
np.arange(6).reshape(2.0, 3)
# ---
# np.array of a short list: the list's fast route inside np.array
np.array([1, 2.5]), np.array([]), np.array([True, 2]), np.array([np.arange(2), np.arange(2)]), np.asarray([1, 2]), np.array([1, 'a'])
