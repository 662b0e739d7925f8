# Hand-written golden snippets: floating-point errors (np.errstate, np.seterr, warnings and messages).
np.geterr()
# ---
old = np.seterr(all='raise')
result = old, np.geterr()
# ---
np.seterr('ignore')
result = np.geterr()
# ---
np.seterr(all='ignore', divide='warn')
# ---
np.seterr(divide='bogus')
# ---
np.seterr(over=5)
# ---
np.seterr(foo='raise')
# ---
np.array([1.0, 0.0]) / np.array([0.0, 0.0])
# ---
np.array([1.0, 2.0]) / np.array([4.0, 8.0])
# ---
np.array([1, 2]) // np.array([0, 1])
# ---
np.array([1, 2]) % np.array([0, 1])
# ---
np.array([-128], dtype=np.int8) // np.array([-1], dtype=np.int8)
# ---
np.array([127], dtype=np.int8) + np.array([1], dtype=np.int8)
# ---
np.array([1e300]) * 1e300
# ---
np.array([np.inf]) - np.array([np.inf])
# ---
np.sqrt(np.array([-1.0, 4.0]))
# ---
np.sqrt(np.array([np.nan]))
# ---
np.log(np.array([0.0, -1.0]))
# ---
np.exp(np.array([1000.0]))
# ---
np.power(np.array([0.0]), -1.0)
# ---
np.sum(np.array([1e308, 1e308]))
# ---
np.cumsum(np.array([1e308, 1e308]))
# ---
np.array([1e300]).astype(np.float32)
# ---
np.array([np.nan, 1e30]).astype(np.int64)
# ---
with np.errstate(all='raise'):
    result = np.array([1.0]) / 0.0
# ---
with np.errstate(divide='raise'):
    result = np.array([0.0]) / 0.0
# ---
with np.errstate(invalid='raise'):
    result = np.array([1.0, 0.0]) / np.array([0.0, 0.0])
# ---
with np.errstate(under='raise'):
    result = np.array([1e-300]) * 1e-300
# ---
with np.errstate(all='warn'):
    result = np.array([1e-300]) * 1e-300
# ---
with np.errstate(all='ignore'):
    result = np.array([1.0, 0.0, 1e300]) / np.array([0.0, 0.0, 1e-300])
# ---
with np.errstate(all='raise'):
    result = np.sum(np.array([np.inf, -np.inf]))
# ---
with np.errstate(over='raise'):
    result = np.array([1e300]).astype(np.float32)
# ---
with np.errstate(divide='ignore'):
    pass
result = np.geterr()
# ---
with np.errstate(divide='bogus'):
    pass
# ---
np.errstate(foo='raise')
# ---
np.errstate('raise')
# ---
e = np.errstate(all='raise')
with e:
    with e:
        pass
# ---
with np.errstate(all='raise') as x:
    result = x
# ---
@np.errstate(all='raise')
def f():
    return np.array([1.0]) / 0
f()
# ---
@np.errstate(divide='ignore')
def f():
    return np.array([1.0]) / 0
result = f(), np.geterr()
# ---
calls = []
np.seterrcall(lambda t, flag: calls.append((t, flag)))
with np.errstate(all='call'):
    np.array([1.0, 0.0]) / np.array([0.0, 0.0])
    np.array([1e300]) * 1e300
result = calls
# ---
class Log:
    def __init__(self):
        self.lines = []
    def write(self, s):
        self.lines.append(s)
log = Log()
with np.errstate(all='log', call=log):
    np.array([1.0]) / 0.0
result = log.lines, np.geterrcall()
# ---
np.seterrcall(None)
with np.errstate(divide='call'):
    result = np.array([1.0]) / 0.0
# ---
np.seterrcall(None)
with np.errstate(divide='log'):
    result = np.array([1.0]) / 0.0
# ---
np.seterrcall(5)
# ---
f = lambda t, flag: None
result = np.seterrcall(f), np.geterrcall() is f, np.seterrcall(None) is f
# ---
np.getbufsize()
# ---
old = np.setbufsize(4096)
result = old, np.getbufsize(), np.setbufsize(old)
# ---
np.setbufsize(17)
# ---
np.setbufsize(-16)
# ---
np.setbufsize(10**8)
# ---
with np.errstate():
    np.setbufsize(4096)
result = np.getbufsize()
# ---
x = np.zeros(3, dtype=np.float32)
x[0] = 1e300
x.fill(-1e300)
result = x
# ---
np.full(2, 1e300, dtype=np.float32)
# ---
# ComplexWarning: casts of complex arrays to real dtypes (np.errstate does not govern it)
a = np.array([1 + 2j, 3])
a.astype(float), a.astype(np.int8), a.astype(bool), a.astype('U5'), a.astype(np.complex64)
# ---
b = np.zeros(2)
b[:] = np.array([1 + 2j, 3])
b[0] = np.complex128(5 + 1j)
b
# ---
np.add(np.array([1 + 2j, 3]), 1, out=np.zeros(2), casting='unsafe'), np.array(np.array([1j]), dtype=np.float16)
# ---
with np.errstate(all='raise'):
    r = np.zeros(0, complex).astype(float)
r
# ---
import warnings
with warnings.catch_warnings():
    warnings.simplefilter('error')
    np.array([1j]).astype(np.float32)
# ---
c = np.zeros(2, dtype=np.float32)
np.copyto(c, np.array([1 + 2j, 3]), casting='unsafe')
c
