# ndarray attributes of NumPy 2.4.6 numpy-jvm lacked (session 5): x in a, a.mT, setflags, __class_getitem__,
# __delitem__, dump/dumps, tofile, device/to_device, __array_namespace__, setting strides; index lists that make
# no integer array, "Maximum allowed dimension exceeded", the base of reshape's copy; np.strings.
a = np.arange(6).reshape(2, 3); b = np.array([[0, 1], [2, 3]])
5 in a, 6 in a, 2.0 in a, 2.5 in a, True in a, [0, 1] in b, [0, 2] in b, [1, 0] in b, [[1]] in a, (1 + 0j) in a
# ---
np.nan in np.array([np.nan]), 1 in np.array(1), 1 in np.array([]), 1 in np.zeros((0, 3)), None in np.arange(3)
# ---
"a" in np.arange(3), "a" in np.array(["a", "b"]), 1 in np.array(["a", "1"]), b"a" in np.array([b"a"]), "a" in np.array([b"a"])
# ---
np.int8(1) in np.arange(3), np.arange(3) in np.arange(6).reshape(2, 3), 2**70 in np.arange(3), 0.1 in np.array([0.1], dtype=np.float32)
# ---
-1 in np.array([255], dtype=np.uint8), 300 in np.array([44], dtype=np.uint8), 1.0 in np.array([1], dtype=np.float16)
# ---
[0, 1, 2, 3] in np.array([[0, 1], [2, 3]])
# ---
[1, 2] in np.zeros((0, 3))
# ---
np.arange(2) in np.arange(6).reshape(2, 3)
# ---
a = np.arange(6).reshape(2, 3); r = a.reshape(6)
r.flags.writeable, 3 in r[::2], 4 in r[::2], 1 in a.T, 7 in a.T
# ---
a = np.arange(6.0).reshape(2, 3)
a.mT, a.mT.base is a.base, a.mT.flags.writeable, np.zeros((2, 3, 4)).mT.shape, np.zeros((0, 3)).mT.shape
# ---
b = np.arange(6.0); c = b.reshape(2, 3)
c.mT.base is b, b.reshape(3, 2).mT.strides
# ---
np.arange(3).mT
# ---
np.array(1).mT
# ---
a = np.arange(4).reshape(2, 2)
a.mT = a
# ---
a = np.arange(6.0)
r1 = a.setflags(write=False)
r1, a.flags.writeable, a[1:].flags.writeable
# ---
a = np.arange(6.0)
a.setflags(write=False)
a[0] = 1
# ---
a = np.arange(6.0)
a.setflags(write=False)
a.fill(1)
# ---
a = np.arange(6.0)
a.setflags(write=False)
a += 1
# ---
a = np.arange(6.0); a.setflags(write=False); v = a[1:]
v.setflags(write=True)
# ---
a = np.arange(6.0); a.setflags(write=False); v = a[1:]; a.setflags(write=True); v.setflags(write=True); v[0] = 9
a, v.flags.writeable
# ---
a = np.arange(6).reshape(2, 3); a.setflags(write=False); v = a[1:]
v.setflags(write=True)  # its base is a's base (np.arange(6)), which is writeable
v[0, 0] = 7
a
# ---
b = np.broadcast_to(np.arange(3), (2, 3)); w0 = b.flags.writeable
b.setflags(write=True); b[0, 0] = 7
i = np.arange(3.0).imag; i.setflags(write=True); i[0] = 5
w0, b, b.base, i
# ---
c = np.arange(3); c.setflags(write=False)
np.broadcast_to(c, (2, 3)).setflags(write=True)
# ---
a = np.arange(3)
a.setflags(uic=True)
# ---
a = np.arange(3)
a.setflags(1, 1, 0, 1)
# ---
a = np.arange(3)
a.setflags(True, write=True)
# ---
a = np.arange(3)
a.setflags(foo=1)
# ---
a = np.arange(3)
a.setflags(write=0); w0 = a.flags.writeable; a.setflags(write=[1]); w1 = a.flags.writeable
a.setflags(), a.setflags(write=None), a.setflags(align=True), a.setflags(uic=False), w0, w1, a.flags.writeable
# ---
a = np.zeros(()); a.setflags(write=False)
a[()] = 1
# ---
np.ndarray[tuple[int], np.dtype[np.float64]], np.ndarray[int], type(np.ndarray[int]).__name__, np.arange(2).__class_getitem__(int)
# ---
np.ndarray[int, int, int]
# ---
np.ndarray[()]
# ---
np.dtype[np.float64], np.dtype[int]
# ---
np.dtype[int, int]
# ---
a = np.arange(3)
del a[0]
# ---
a = np.arange(3)
del a[0:1]
# ---
a = np.array(1.0)
del a[()]
# ---
a = np.arange(6.0).reshape(2, 3)
a.device, np.array(1).device, a.to_device("cpu") is a, a.to_device("cpu", stream=None) is a
# ---
np.arange(3).to_device("gpu")
# ---
np.arange(3).to_device("cpu", stream=1)
# ---
np.arange(3).to_device("gpu", stream=1)
# ---
np.arange(3).to_device(None)
# ---
np.arange(3).to_device(1)
# ---
np.arange(3).to_device()
# ---
np.arange(3).to_device(device="cpu")
# ---
np.arange(3).to_device("cpu", "x")
# ---
np.arange(3).to_device("cpu", foo=1)
# ---
a = np.arange(3)
a.device = "gpu"
# ---
a = np.arange(3)
[a.__array_namespace__(api_version=v) is np for v in (None, "2021.12", "2022.12", "2023.12", "2024.12")], a.__array_namespace__() is np
# ---
np.arange(3).__array_namespace__(api_version="2025.12")
# ---
np.arange(3).__array_namespace__(api_version="bad")
# ---
np.arange(3).__array_namespace__(api_version=1)
# ---
np.arange(3).__array_namespace__("2023.12")
# ---
np.arange(3).__array_namespace__(foo=1)
# ---
import pickle
a = np.arange(6.0).reshape(2, 3)
pickle.loads(a.dumps()), a.dumps()[:2], a.dumps(4)[:2], pickle.loads(np.array(1.5).dumps()), pickle.loads(np.zeros((0, 2)).dumps())
# ---
np.arange(3).dump(1)
# ---
import io
f = io.BytesIO(); np.arange(3.0).dump(f); f.seek(0)
import pickle
pickle.load(f)
# ---
import io
np.arange(3).tofile(io.BytesIO())
# ---
np.arange(3).tofile(1.5)
# ---
np.arange(3).tofile()
# ---
np.arange(3).tofile("x.bin", sep=1)
# ---
np.arange(3).tofile("x.bin", ",", None)
# ---
np.arange(3).tofile("x.bin", foo=1)
# ---
np.arange(3)[[None]]
# ---
np.arange(3)[[None, 1]]
# ---
np.arange(3)[[1.0]]
# ---
np.arange(3)[["a"]]
# ---
np.arange(3)[[slice(None)]]
# ---
np.arange(3)[[...]]
# ---
np.arange(3)[[2**70]]
# ---
np.arange(3)[object()]
# ---
np.arange(3)[{}]
# ---
np.arange(3)[1, [None]]
# ---
a = np.arange(3)
a[[None]] = 1
# ---
np.arange(3)[[1, [2, 3]]]
# ---
np.arange(3)[np.array([1.0])]
# ---
np.arange(3)[[]], np.arange(3)[[[]]], np.arange(3)[[True, False, True]], np.arange(3)[[np.int8(1)]]
# ---
np.arange(6.0).reshape(2**70, 1)
# ---
np.arange(6.0).reshape(2**63, 1)
# ---
np.arange(6.0).reshape(1, -2**64)
# ---
np.zeros(2**70)
# ---
np.ones((2, 2**64))
# ---
np.full(2**70, 1)
# ---
np.zeros(2**61)
# ---
t = np.arange(6).reshape(2, 3).T
r = t.reshape(6)
r, r.flags.owndata, r.base, r.base.flags.owndata, t.reshape(6, copy=True).base, np.reshape(t, 6).flags.owndata
# ---
t = np.arange(6).reshape(2, 3).T
r = t.reshape(6)
r.base is r.base, r[1:].base is r.base, r.reshape(2, 3).base is r.base, r.T.base is r.base
# ---
t = np.arange(6).reshape(2, 3).T
t.ravel().base, t.ravel().flags.owndata, t.flatten().flags.owndata, np.ravel(t).base, t.ravel("F").base
# ---
m = np.arange(6).reshape(2, 3)
m[:, ::2].reshape(4).base, m.reshape(3, 2, order="F").base, m.T.reshape(3, 2, order="F").base, m.ravel("F").flags.owndata
# ---
import warnings
a = np.arange(6.0)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    v = a[:3]; v.strides = (16,)
v, v.strides, v.base is a, [str(x.message) for x in w], w[0].category.__name__
# ---
import warnings
warnings.simplefilter("ignore", DeprecationWarning)
m = np.arange(6.0).reshape(2, 3).view(); m.strides = (8, 16)
e = np.zeros(0); e.strides = (0,)
z = np.array(1.0).view(); z.strides = ()
s = np.array(["ab", "c"]).view(); s.strides = (0,)
c = np.arange(3, dtype=np.complex128)[:2]; c.strides = (32,)
v = np.arange(6.0)[2:5]; v.strides = (-8,)
m, m.flags.c_contiguous, m.flags.f_contiguous, e, z, s, c, v
# ---
import warnings
warnings.simplefilter("ignore", DeprecationWarning)
a = np.arange(6.0).view()
a.strides = (16,)
# ---
import warnings
warnings.simplefilter("ignore", DeprecationWarning)
a = np.arange(6.0)[1:]
a.strides = (-8,)
# ---
import warnings
warnings.simplefilter("ignore", DeprecationWarning)
a = np.arange(6.0).view()
a.strides = (8, 8)
# ---
import warnings
warnings.simplefilter("ignore", DeprecationWarning)
a = np.arange(6.0).view()
a.strides = ("a",)
# ---
import warnings
warnings.simplefilter("ignore", DeprecationWarning)
a = np.arange(6.0).view()
a.strides = (2**70,)
# ---
a = np.arange(6.0)
del a.strides
# ---
import numpy.strings
#: differs missing-module: ImportError: numpy.strings is not available in numpy-jvm yet: it needs the numpy-jvm module 'chars'
# ---
np.strings
#: differs missing-module: ImportError: numpy.strings is not available in numpy-jvm yet: it needs the numpy-jvm module 'chars'
# ---
np.array([1, 256, -2], dtype=np.int32).byteswap(), np.array([1 + 2j], dtype=np.complex64).byteswap(), np.array([1.5, np.nan]).byteswap()
# ---
np.array([1, 2], dtype=np.float16).byteswap(), np.array([b"ab"]).byteswap(), np.array([True]).byteswap(), np.array([1, 2], dtype=np.uint8).byteswap()
# ---
np.array(5, dtype=np.int16).byteswap(), np.arange(6, dtype=np.uint16).reshape(2, 3).T.byteswap(), np.zeros((0, 2), dtype=np.int64).byteswap(), np.array([], dtype="U3").byteswap()
# ---
b = np.arange(3, dtype=np.int16); r = b.byteswap(inplace=True)
c = np.arange(3, dtype=np.int8); q = c.byteswap(True)
d = np.arange(3, dtype=np.int16); p = d.byteswap()
r is b, b, q is c, p is d, d, p
# ---
np.arange(3).byteswap(1, 2)
# ---
np.arange(3).byteswap(foo=1)
