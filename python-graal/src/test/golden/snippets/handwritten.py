# Hand-written golden snippets (tools/golden/gen_py_snippets.py): separated by "# ---" lines; the
# result is the last line's value or `result`. "#: differs <reason>: <Exception>: <text>" marks a
# documented difference from NumPy.
a = np.arange(6).reshape(2, 3)
b = a[:, 1]
b[0] = 99
a
# ---
a = np.zeros(3)
a.flags.writeable = False
a[0] = 1
# ---
a = np.arange(4)
v = a[1:3]
v.flags.writeable = False
v.flags.writeable = True
v.flags.writeable
# ---
a = np.arange(4)
a.shape, a.strides, a.ndim, a.size, a.itemsize, a.nbytes
# ---
a = np.arange(6, dtype='int32').reshape(2, 3)
a.T.strides, a.T.flags.f_contiguous, a.T.flags.c_contiguous
# ---
a = np.zeros((2, 3))
len(a), list(a.shape), [r.shape for r in a]
# ---
len(np.array(5))
# ---
bool(np.array([1, 2]))
# ---
bool(np.array([]))
# ---
bool(np.array([0]))
# ---
int(np.array([7])), float(np.array(2.5)), complex(np.array(1j))
# ---
int(np.arange(3))
# ---
[0, 1, 2][np.array(1)]
# ---
[0, 1, 2][np.array(1.0)]
# ---
np.arange(6).reshape(2, 3).item(1, 2)
# ---
np.arange(6).reshape(2, 3).item(7)
# ---
np.arange(6).reshape(2, 3).item((1, 0))
# ---
np.arange(6).item()
# ---
np.array(3.5).item()
# ---
np.array([[1, 2], [3, 4]]).tolist()
# ---
np.array(5).tolist()
# ---
np.array(['ab', 'c']).tolist()
# ---
np.array([1 + 2j]).tolist()
# ---
a = np.arange(3)
a.fill(7)
a
# ---
a = np.zeros(2, 'int8')
a[0] = 200
# ---
a = np.zeros(2, 'uint8')
a[0] = -1
# ---
a = np.zeros(2, 'int8')
a[:] = np.array([300, -300])
a
# ---
a = np.arange(6).reshape(2, 3)
a.reshape(3, 2, order='F')
# ---
np.arange(6).reshape((2, 3), order='A').flags.c_contiguous
# ---
np.arange(6).reshape(2, 3).ravel('F')
# ---
np.arange(6).reshape(2, 3).flatten(order='F')
# ---
np.arange(24).reshape(2, 3, 4).transpose(2, 0, 1).shape
# ---
np.arange(24).reshape(2, 3, 4).transpose((1, 2, 0)).strides
# ---
np.arange(6).reshape(2, 3).swapaxes(0, 1)
# ---
np.arange(9).reshape(3, 3).diagonal(1)
# ---
np.arange(9).reshape(3, 3).diagonal().flags.writeable
# ---
np.array([1 + 2j, 3 - 4j]).real
# ---
np.array([1 + 2j, 3 - 4j]).imag
# ---
np.array([1.5, 2]).imag
# ---
a = np.array([1 + 2j, 3 - 4j])
a.real[0] = 10
a
# ---
a = np.arange(6)
list(a)
# ---
a = np.arange(6)
[type(x).__name__ for x in a[:2]]
# ---
np.dtype('int32') == 'i4', np.dtype('int32') == np.int32, np.dtype('f8') == float
# ---
np.dtype('int32') != np.dtype('int64')
# ---
np.dtype('float64').type is np.float64
# ---
np.dtype('U3').type is np.str_
# ---
hash(np.dtype('i8')) == hash(np.dtype('int64'))
# ---
np.zeros(2).dtype.name, np.zeros(2, 'c8').dtype.str
# ---
np.dtype(None)
# ---
np.dtype([1, 2])
#: differs structured-dtype: TypeError: Cannot interpret '[1, 2]' as a data type
# ---
np.int8(5).dtype, np.float32(1).dtype, np.bool(True).dtype
# ---
np.float64(1.5).item(), type(np.float64(1.5).item()).__name__
# ---
np.int16(3).shape, np.int16(3).ndim, np.int16(3).size
# ---
isinstance(np.float64(1), float), isinstance(np.int64(1), int), isinstance(np.int8(1), np.integer)
# ---
issubclass(np.float32, np.floating), issubclass(np.uint8, np.signedinteger), issubclass(np.complex64, np.inexact)
# ---
np.float64(2.5) + 1
# ---
np.int8(100) + np.int8(100)
# ---
type(np.float32(1.5) * 2).__name__
# ---
np.intp is np.int64, np.double is np.float64, np.bool_ is np.bool
# ---
np.newaxis is None, np.pi, np.e, np.inf, np.euler_gamma
# ---
np.__version__
# ---
np.zeros(-1)
# ---
np.zeros((2, -3))
# ---
np.zeros(2.5)
# ---
np.zeros('a')
# ---
np.ones(3, dtype='foo')
# ---
np.full((2, 2), 'ab')
# ---
np.full(2, None)
#: differs object-dtype: TypeError: object
# ---
np.array([1, None])
#: differs object-dtype: TypeError: object
# ---
np.array([[1, 2], [3]], dtype=object)
#: differs object-dtype: TypeError: object
# ---
np.array([1, 2, 3], ndmin=3)
# ---
np.array([1, 2, 3], copy=False)
# ---
np.array([[1, 2], [3, 4]], order='F').flags.f_contiguous
# ---
a = np.arange(3)
np.asarray(a) is a, np.array(a) is a, np.asarray(a, dtype='int32') is a
# ---
np.array(np.float32(1.5)).dtype
# ---
np.array([np.float32(1.5), np.float32(2.5)]).dtype
# ---
np.array(np.int8(3)).dtype
# ---
np.copy([1, 2]).flags.owndata
# ---
a = np.arange(10)
a[2:8:2] = [-1, -2, -3]
a
# ---
a = np.arange(10)
a[::-3]
# ---
a = np.arange(10)
a[100:]
# ---
a = np.arange(10)
a[-100:3]
# ---
a = np.arange(10)
a[slice(None, None, -1)][:3]
# ---
np.arange(5)[np.newaxis, :, np.newaxis].shape
# ---
np.arange(5)[..., ...]
# ---
np.array(5)[()]
# ---
np.array(5)[...]
# ---
np.array(5)[0]
# ---
np.array(5)[None]
# ---
a = np.array(5)
a[()] = 9
a
# ---
np.zeros((2, 3))[1][2]
# ---
np.zeros((2, 3))[1, 2, 3]
# ---
np.arange(4)[True]
# ---
np.arange(4)[False]
# ---
np.arange(4)[[]]
# ---
np.arange(6).reshape(2, 3)[[1, 0]]
# ---
np.arange(6).reshape(2, 3)[[1, 0], [2, 2]]
# ---
np.arange(6).reshape(2, 3)[np.array([True, False])]
# ---
np.arange(6).reshape(2, 3)[np.array([True, False, True])]
# ---
a = np.arange(6)
a[[0, 2]] = 9
a
# ---
a = np.arange(6)
a[np.array([True, False] * 3)] = -1
a
# ---
a = np.arange(6)
a[[1, 1, 1]] = [7, 8, 9]
a
# ---
np.arange(6)[[0.5]]
# ---
np.arange(6)[np.array([0, 1], dtype='float64')]
# ---
np.arange(3)[:, None] * 2
# ---
np.arange(3) != np.arange(3)
# ---
a = np.arange(3)
a += 1
# ---
np.may_share_memory(np.arange(4), np.arange(4))
# ---
a = np.arange(10)
np.shares_memory(a[:5], a[5:]), np.shares_memory(a[::2], a[1::2]), np.may_share_memory(a[::2], a[1::2])
# ---
a = np.arange(12).reshape(3, 4)
np.shares_memory(a[:, 0], a[0, :]), np.shares_memory(a[1:, 1:], a[0])
# ---
a = np.arange(6)
a.view('int32').shape
#: differs view-storage: NotImplementedError: numpy-jvm stores the two dtypes in different Java array types
# ---
np.arange(6, dtype='int32').view('int64')
#: differs view-storage: NotImplementedError: numpy-jvm stores the two dtypes in different Java array types
# ---
np.arange(5, dtype='int32').view('int64')
#: differs view-storage: NotImplementedError: numpy-jvm stores the two dtypes in different Java array types
# ---
a = np.arange(4)
b = a.reshape(2, 2)
b.base is a, b.base.base
# ---
np.arange(6).reshape(2, 3).T.copy().flags.c_contiguous
# ---
np.array([1, 2]).astype('float32', casting='safe')
# ---
np.array([1.5]).astype('int8', casting='safe')
# ---
np.array([1.5, 2.5]).astype(int)
# ---
np.array(['1', '2.5']).astype(float)
# ---
np.array(['x']).astype(int)
# ---
np.array([np.nan, np.inf]).astype('int64')
# ---
np.array([300, -1]).astype('uint8')
# ---
np.array([1.23456789]).astype('U4')
# ---
np.array([True, False]).astype('S5')
# ---
np.array([1 + 1j]).astype(float)
# ---
with np.printoptions(precision=1):
    r = repr(np.array([1.25]))
result = (r, repr(np.array([1.25])))
# ---
np.get_printoptions()['precision'], np.get_printoptions()['threshold'], np.get_printoptions()['linewidth']
# ---
np.array2string(np.array([1.0, 2.5]), separator=', ')
# ---
np.array2string(np.arange(3), prefix='x(')
# ---
np.array_repr(np.arange(3.0))
# ---
np.array_str(np.arange(3.0))
# ---
np.format_float_positional(0.1 + 0.2)
# ---
np.format_float_scientific(12345.678, precision=2)
# ---
np.format_float_positional(np.float32(0.1))
# ---
repr(np.zeros((2, 2, 2), dtype='U2'))
# ---
repr(np.array([[1e-5, 1e5], [1, 2]]))
# ---
repr(np.array(['a\nb', "q'"]))
# ---
repr(np.array([1.0, 2.0]).reshape(2, 1, 1))
# ---
str(np.array([[[]]]))
# ---
repr(np.array([], dtype='U1'))
# ---
repr(np.arange(6).reshape(2, 3).T)
# ---
repr(np.eye(3)[::2])
# ---
repr(np.array([100000000.0, 1.5]))
# ---
repr(np.array([1e-4, 1e-5]))
# ---
repr(np.arange(10, dtype='float32') / 3)
# ---
repr(np.linspace(0, 1, 7))
# ---
repr(np.linspace(0, 1, 7, dtype='float32'))
# ---
repr(np.array([np.inf, -np.inf, np.nan], dtype='float16'))
# ---
repr(np.array([1+0j, np.nan + 1j]))
# ---
repr(np.array([1, 2], dtype='>i4'))
# ---
np.array([1, 2], dtype='>i4').dtype.byteorder
# ---
np.array([1, 2], dtype='>f8').tolist()
# ---
np.concatenate([np.arange(2), np.arange(2.0)]).dtype
# ---
np.concatenate([np.arange(2, dtype='int8'), np.array([1], 'uint8')]).dtype
# ---
np.concatenate([np.zeros(2), np.zeros(2)], dtype='int32')
#: differs unsupported-argument: NotImplementedError: The 'dtype' argument to numpy.concatenate is not supported.
# ---
np.concatenate([np.zeros(2), np.zeros(2)], dtype='int32', casting='unsafe')
#: differs unsupported-argument: NotImplementedError: The 'dtype' argument to numpy.concatenate is not supported.
# ---
np.concatenate([[1, 2], [3, 4]], axis=2)
# ---
np.stack([np.zeros(2), np.zeros(3)])
# ---
np.split(np.arange(5), 2)
# ---
np.split(np.arange(6).reshape(2, 3), [1], axis=1)
# ---
np.pad(np.arange(3), (1, 2), mode='linear_ramp', end_values=(5, -5))
# ---
np.pad(np.arange(4.0), 1, mode='mean')
# ---
np.pad([1, 2], 1, mode='bogus')
# ---
np.moveaxis(np.zeros((2, 3)), 2, 0)
# ---
np.expand_dims(np.zeros(2), 3)
# ---
np.squeeze(np.zeros((2, 1)), axis=0)
# ---
np.roll([], 1)
# ---
np.tile(np.arange(3), 0)
# ---
np.eye(2, 3, 5)
# ---
np.arange(0, 1, 0.1).shape
# ---
np.arange(1e20)
# ---
np.arange(-5, dtype='uint8')
# ---
np.linspace(0, 1, 3)[1], type(np.linspace(0, 1, 3)[1]).__name__
# ---
np.meshgrid()
# ---
np.meshgrid([1, 2], indexing='xy', copy=False)[0].flags.writeable
#: differs api-bug: =repr: False
# ---
np.iinfo('int8')
# ---
print_result = str(np.finfo(np.float32))
print_result.split('\n')[1]
# ---
np.finfo(np.float64).dtype, np.iinfo(np.uint16).dtype
# ---
np.promote_types('S3', 'int8')
# ---
np.promote_types('U', 'f8')
# ---
np.promote_types('bool', 'U')
# ---
np.can_cast('int64', 'float32', casting='same_kind')
# ---
np.can_cast('int64', 'int32', casting='bogus')
# ---
np.can_cast(1, 'int8')
# ---
np.result_type()
# ---
np.result_type(np.int8(1), 1000)
# ---
np.result_type(np.array([1], 'int8'), np.array(1000))
# ---
np.result_type(3.0, 'float16')
# ---
np.result_type('U3', 'int8')
# ---
np.trim_zeros((0, 1, 0))
# ---
np.trim_zeros([0, 0], 'f')
# ---
np.trim_zeros([0, 1, 0], 'b')
# ---
np.trim_zeros([1, 0], 'B')
# ---
np.trim_zeros([0, 1], 'x')
# ---
np.trim_zeros(np.array([0, 2, 0]))
# ---
np.fromfunction(lambda i, j: i + j, (2, 3), dtype=int)
# ---
np.fromfunction(lambda i: i, (3,))
# ---
np.fromfunction(lambda i, j, k=0: (j, k), (1, 2), k=5)
# ---
with np.printoptions(precision=2) as opts:
    inside = opts['precision']
result = inside, np.get_printoptions()['precision']
# ---
np.iinfo(np.int64).bits, np.iinfo('uint8').kind, np.finfo('float32').dtype
# ---
str(np.iinfo(np.int16))
# ---
type(np.finfo(np.float32).eps).__name__, np.finfo(np.float32).nmant, np.finfo(np.float64).minexp
# ---
np.finfo(np.float32)
# ---
type(np.dtype('U3')).__name__, type(np.dtype('S2')).__name__, type(np.dtype('?')).__name__
# ---
isinstance(np.dtype('int8'), np.dtype), np.dtype('int8').__class__.__module__
# ---
np.array([1.5, 2.5]).astype('int32', copy=False).dtype
# ---
a = np.arange(3.0)
a.astype('float64', copy=False) is a, a.astype('float64') is a
# ---
np.array([1, 2]).astype('int8', casting='same_kind')
# ---
np.array([1, 2]).astype('uint8', casting='no')
# ---
np.array([1, 2]).astype('int64', casting='equiv')
# ---
a = np.arange(6)
b = a[1:][::2]
b.base is a
# ---
a = np.arange(6)
np.reshape(a, (2, 3)).base is a
# ---
a = np.arange(6)
np.ravel(a) is a, np.ascontiguousarray(a) is a
# ---
a = np.arange(6, dtype='int64')
a.view('uint64')
# ---
a = np.arange(6, dtype='int64')
v = a.view()
v.base is a, v is a
# ---
np.arange(3).view(np.float64).dtype
#: differs view-storage: NotImplementedError: numpy-jvm stores the two dtypes in different Java array types
# ---
np.linspace(0, 1, 3, retstep=True, dtype='float32')
# ---
np.unravel_index([1, 5], (2, 3))
# ---
np.atleast_1d(1, [2, 3])
# ---
np.shape(5), np.shape([])
# ---
float(np.array([7.0]))
# ---
complex(np.zeros((1, 1)))
# ---
np.array(7).__index__()
# ---
str(np.bytes_(b'ab')), repr(np.str_('x')), str(np.str_('x'))
# ---
a = np.arange(6)
[f(a) is a for f in (np.squeeze, np.atleast_1d, np.asanyarray, np.ascontiguousarray, np.asfortranarray, np.copy, np.array)]
#: differs api-bug: =repr: [False, True, True, True, True, False, False]
# ---
a = np.arange(6).reshape(2, 3)
[x is a for x in (np.reshape(a, (2, 3)), a.reshape(2, 3), np.transpose(a, (0, 1)), np.broadcast_to(a, (2, 3)), np.expand_dims(a, ()), np.moveaxis(a, 0, 0), a[...], a[:], a.view())]
# ---
a = np.arange(6).reshape(2, 3)
[x.base is a for x in (np.reshape(a, (2, 3)), np.transpose(a, (0, 1)), np.moveaxis(a, 0, 0), a[...], a.view(), np.ravel(a))]
# ---
a = np.arange(6)
np.astype(a, 'int64', copy=False) is a, np.astype(a, 'int64') is a
# ---
float(np.float32(0.1)), float(np.float16(0.1)), np.float32(0.1) == 0.1
# ---
np.float32(1e40), np.float16(-1e6)
# ---
np.full(2, np.float32(0.5)).dtype, np.full(2, np.int8(3)).dtype
# ---
np.zeros(np.int64(3)), np.arange(np.int8(3))
# ---
np.result_type(np.int64(1), np.int8), np.result_type(1, np.int8)
# ---
np.array([np.float16(1), 2.5]).dtype
# ---
np.format_float_positional(np.float64(0.1)), np.format_float_scientific(np.float64(1.5))
# ---
np.zeros(np.array(3))
# ---
np.arange(np.array(3))
# ---
np.array(bytearray(b'ab'))
# ---
np.asarray(memoryview(b'ab'))
# ---
np.frombuffer(bytearray(b'\x01\x02'), dtype=np.uint8)
# ---
np.frombuffer(memoryview(b'\x01\x00\x02\x00'), dtype=np.int16)
# ---
np.array(memoryview(np.arange(6.).reshape(2, 3).tobytes()).cast('d', (2, 3)))
# ---
a = np.arange(6).reshape(2, 3)
o = np.zeros(3, dtype=np.int64)
r = np.sum(a, axis=0, out=o)
r is o, o
# ---
a = np.arange(6).reshape(2, 3)
np.all(a), np.any(a, axis=1), a.all(), a.any(axis=0), np.all(a > -1, keepdims=True)
# ---
np.any([]), np.all([]), np.all(np.array([1.0, np.nan])), np.any(np.zeros((2, 0)), axis=1)
# ---
a = np.arange(6).reshape(2, 3)
o = np.zeros(2, dtype=bool)
np.any(a, axis=1, out=o) is o, o
# ---
np.all([[True, False]], axis=0, where=[[True, False]])
# ---
np.sum(np.arange(3), out=[1])
# ---
np.prod(np.arange(1, 5), out=np.zeros((), np.float64))
# ---
np.isclose(1.0, 1.0 + 1e-9), np.isclose([1e10, 1e-7], [1.00001e10, 1e-8]), np.isclose(1, 1)
# ---
np.isclose([1.0, np.nan], [1.0, np.nan], equal_nan=True), np.isclose(np.array([1, 2], np.int8), 2)
# ---
np.isclose(np.float32(1.0), np.float32(1.0000001)), np.isclose(1+1j, 1+1.0000001j), np.isclose([[1.0]], [2.0])
# ---
np.isclose([np.inf, -np.inf], [np.inf, np.inf]), np.isclose([1.0], [1.0], atol=np.inf)
# ---
np.allclose([1e10, 1e-8], [1.00001e10, 1e-9]), np.allclose([1.0, np.nan], [1.0, np.nan]), type(np.allclose(1, 1))
# ---
with np.errstate(invalid='raise'):
    np.isclose([1.0], [1.0], rtol=np.nan)
