# Hand-written golden snippets: exceptions (type and message) and NumPy scalar construction.
np.int8(300)
# ---
np.uint8(-1)
# ---
np.int64(2**63)
# ---
np.uint64(2**64 - 1)
# ---
np.int16('12')
# ---
np.int32(3.7)
# ---
np.float32('1.5')
# ---
np.float64('abc')
# ---
np.float16(70000)
# ---
np.complex64('1+2j')
# ---
np.bool(2), np.bool(''), np.bool_([])
# ---
np.str_(5)
# ---
np.bytes_('ab')
# ---
np.int8(), np.float64(), np.complex128()
# ---
repr(np.uint8(255)), repr(np.float32(1e40))
# ---
np.float32(np.pi) == np.float32(np.pi), hash(np.float64(1.5)) == hash(1.5)
# ---
np.arange(6).reshape(4, 2)
# ---
np.arange(6).reshape(2, 3, order='Q')
# ---
np.arange(6).reshape((2, 'x'))
# ---
np.arange(3)[3]
# ---
np.arange(3)[-4]
# ---
np.zeros((2, 3))[:, 3]
# ---
np.zeros((2, 3))[0, 0, 0]
# ---
np.zeros(3)[1:2, 0]
# ---
np.zeros(3)['x']
# ---
np.zeros(3)[1.5]
# ---
np.zeros(3)[None, None, ..., ...]
# ---
a = np.zeros((2, 3))
a[:] = [1, 2]
# ---
a = np.zeros((2, 3))
a[0] = np.ones(4)
# ---
a = np.zeros(3)
a[0] = 'abc'
# ---
a = np.zeros(3, 'int64')
a[0] = 1e300
# ---
a = np.zeros(3, 'int64')
a[0] = np.nan
# ---
a = np.zeros(3, 'int32')
a[0] = 2**40
# ---
a = np.zeros(2, 'U2')
a[0] = 'hello'
a
# ---
a = np.zeros(2, 'U2')
a[1] = 12345
a
# ---
a = np.zeros(2, bool)
a[:] = [3, 0]
a
# ---
a = np.zeros(2, 'c8')
a[0] = 1 + 2j
a[1] = 3
a
# ---
a = np.zeros(2, 'float32')
a[0] = '1e-3'
a
# ---
np.concatenate([[1, 2], [[3]]])
# ---
np.concatenate([np.zeros((2, 2)), np.zeros((2, 2))], axis=-3)
# ---
np.stack([[1, 2], [3, 4]], axis=3)
# ---
np.squeeze(np.zeros((2, 1)), axis=5)
# ---
np.expand_dims(np.zeros(2), (0, 0))
# ---
np.swapaxes(np.zeros((2, 3)), 0, -3)
# ---
np.transpose(np.zeros((2, 3)), (0,))
# ---
np.moveaxis(np.zeros((2, 3)), [0, 1], [0])
# ---
np.split(np.arange(6), 0)
# ---
np.array_split(np.arange(6), 0)
# ---
np.roll(np.arange(6).reshape(2, 3), 1, axis=2)
# ---
np.tile([1, 2], -1)
# ---
np.repeat([1, 2], [1, 2, 3])
# ---
np.broadcast_to(np.zeros(3), (2,))
# ---
np.broadcast_to(np.zeros(3), 4)
# ---
np.diagonal(np.zeros(3))
# ---
np.eye(-1)
# ---
np.linspace(0, 1, 2.5)
# ---
np.full((2, 2), [1, 2, 3])
# ---
np.full((2, 2), [1, 2])
# ---
np.zeros((2, 2), order='X')
# ---
np.array([1, 2], dtype='int8', ndmin=-1)
# ---
np.array([[1, 2], [3, 4, 5]])
# ---
np.array([1, 2], dtype='U0')
# ---
np.dtype('U-1')
# ---
np.dtype('i3')
# ---
np.dtype('float96')
# ---
np.promote_types('int8', 'x')
# ---
np.can_cast(np.arange(3), 'int8')
# ---
np.iinfo(np.float32)
# ---
np.iinfo('U3')
# ---
np.finfo('int64')
# ---
np.set_printoptions(linewidth='a')
#: differs api-message: TypeError: 'str' object cannot be interpreted as an integer
# ---
np.set_printoptions(sign='x')
# ---
np.array2string([1, 2])
# ---
np.format_float_positional('a')
# ---
np.arange(3).tolist(1)
# ---
np.arange(3).item(1, 2)
# ---
np.arange(3).item(5)
# ---
np.zeros((2, 2)).item()
# ---
np.zeros((2, 2)).astype('x')
# ---
np.zeros(2).astype('int8', order='Z')
# ---
np.zeros(2).copy(order='Z')
# ---
np.zeros(2).flags['Q']
# ---
np.zeros(2).flags['C'], np.zeros(2).flags['W'], np.zeros(2).flags.owndata
# ---
np.zeros(2).nosuch
#: differs ndarray-class: AttributeError: 'ndarray' object has no attribute 'nosuch'
# ---
np.nosuch
# ---
len(np.zeros((0, 3))), np.zeros((0, 3)).size, np.zeros((0, 3)).tolist()
# ---
np.zeros(2).reshape(2, 1).strides, np.zeros(2, 'float32').reshape(1, 2).T.strides
# ---
hash(np.zeros(2))
#: differs python-class: TypeError: unhashable type: 'ndarray'
# ---
np.zeros(2) in [1]
# ---
sorted(np.array([3, 1, 2]))
# ---
list(reversed(np.arange(3)))
# ---
list(np.arange(6).reshape(3, 2)[::-1][0])
# ---
[x.shape for x in np.zeros((2, 3, 4))]
# ---
dict(zip(['a', 'b'], np.arange(2)))
# ---
'%d %s %r' % (np.int64(5), np.float32(0.5), np.float64(2.0))
# ---
'{:.2f} {}'.format(np.float64(1 / 3), np.int8(-5))
# ---
f'{np.arange(3)}'
# ---
'%s' % np.array([1.5, 2.0])
# ---
np.array([1.5, 2.0]).__format__('')
# ---
format(np.array(1.5), '.1f')
# ---
np.int32(2**31)
# ---
np.uint64(-1)
# ---
np.uint64(2**64)
# ---
np.int8(300.0)
# ---
np.int8(True), np.uint64(2**63)
# ---
np.float64([1, 2]), np.int8((1, 2)), np.bool_((1, 0))
# ---
np.int8(np.arange(2))
# ---
np.complex64(1, 2), np.complex128()
# ---
format(np.arange(2), 'x')
# ---
format(np.arange(2), '')
