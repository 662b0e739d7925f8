# Hand-written golden snippets: NumPy scalar types (arithmetic, result types, errors, attributes,
# scalars crossing into numpy-api as typed values, bytes elements).
# Warnings are recorded as (result, [messages]).
np.int8(1) + 1
# ---
np.int8(1) + 300
# ---
np.uint8(1) + (-1)
# ---
np.int64(1) + 2**63
# ---
np.uint64(1) + 2**63
# ---
np.int8(1) + np.int16(1)
# ---
np.int8(1) + np.uint8(1)
# ---
np.uint64(1) + np.int64(1)
# ---
np.int16(1) + np.float16(1)
# ---
np.int64(1) + np.float32(1)
# ---
np.int8(1) + np.float16(1)
# ---
np.float32(1) + 1.0
# ---
np.float32(0.1) * 3
# ---
np.float16(0.1) + np.float16(0.2)
# ---
np.float64(3) + np.complex64(1)
# ---
np.float32(1) + 1j
# ---
np.int8(1) + 1.5
# ---
np.int8(1) + 1j
# ---
np.int8(1) + True
# ---
np.int64(1) / np.int64(2)
# ---
np.int8(3) / np.float16(2)
# ---
np.float16(1) / np.float16(3)
# ---
np.int64(5) % -3
# ---
np.float64(5.5) % -3
# ---
np.float64(-0.0) % 3
# ---
np.int8(7) // 2.0
# ---
divmod(np.int8(7), np.int8(2))
# ---
divmod(np.float64(-5.5), 2)
# ---
np.int8(2) ** 7
# ---
np.int64(2) ** 63
# ---
np.uint8(3) ** np.uint8(5)
# ---
np.int8(2) ** -1
# ---
np.int8(2) ** 1.5
# ---
np.float32(2) ** 0.5
# ---
np.complex64(1j) ** 2
# ---
pow(np.int8(3), 2, 5)
# ---
np.complex64(1+2j) * np.complex64(3+4j)
# ---
np.complex128(1) // 1
# ---
np.bool_(True) + 1
# ---
np.bool_(True) + np.bool_(True)
# ---
np.bool_(True) * np.bool_(False)
# ---
np.bool_(True) / np.bool_(True)
# ---
np.bool_(True) & True
# ---
np.bool_(True) ^ 1
# ---
np.True_ & np.int8(3)
# ---
~np.True_, abs(np.False_)
# ---
np.int8(1) << np.int8(9), np.int8(-1) >> 1, np.int8(1) >> 100
# ---
np.int8(1) & 1.0
# ---
np.int64(1) & np.uint64(1)
# ---
~np.uint8(0), ~np.int8(5)
# ---
-np.float64(0), abs(np.complex64(3+4j)), +np.int8(3)
# ---
~np.float64(1)
# ---
np.int8(1) == 300, np.int8(1) < 300, np.uint64(5) == -1
# ---
np.float32(0.1) == 0.1, np.float64(0.1) == np.float32(0.1)
# ---
np.int64(2**53 + 1) == np.float64(2**53), np.int64(2**53 + 1) == 2**53
# ---
np.complex128(1+2j) < np.complex128(2)
# ---
np.int8(1) == 'a'
# ---
np.int8(1) == [1, 2]
# ---
np.int8(1) + [1, 2]
# ---
np.int8(1) + np.array([1, 2], dtype=np.int8)
# ---
np.int8(1) + np.array(2, dtype=np.int16)
# ---
np.float64(3) == 3, np.float64(3) != 3
# ---
np.True_ == 1, np.True_ < 2
# ---
np.bool_(1) is np.True_, np.bool_(0) is np.False_, np.bool_([]) is np.False_
# ---
np.int8(3).__index__(), [10, 20, 30][np.int8(1)], range(np.uint8(3))
# ---
np.float64(3).__index__()
#: differs scalar-classes: AttributeError: 'float64' object has no attribute '__index__'
# ---
import operator
operator.index(np.True_)
# ---
hash(np.float32(1.5)), hash(np.int8(-1)), hash(np.complex64(1+2j)), hash(np.True_), hash(np.float16(0.1))
# ---
int(np.float64(3.7)), float(np.int8(3)), complex(np.int8(2)), complex(np.float32(1.5))
# ---
bool(np.float64(0.0)), bool(np.complex64(0j)), bool(np.int8(0)), bool(np.uint8(2))
# ---
np.float64(1.5).is_integer(), np.float32(1.5).as_integer_ratio(), np.float16(0.1).as_integer_ratio()
# ---
np.int8(7).bit_count(), np.int8(-7).bit_count(), np.int8(3).is_integer()
# ---
round(np.float64(2.5)), round(np.float64(2.567), 2), round(np.float32(2.567), 2), round(np.int8(25), -1)
# ---
round(np.float64(2.675), 2), type(round(np.int8(3))).__name__
# ---
np.float64(2).itemsize, np.int8(1).nbytes, np.int8(1).ndim, np.int8(1).shape, np.int8(1).size, np.int8(1).T
# ---
np.int8(3).real, np.int8(3).imag, np.complex64(1+2j).real, np.complex64(1+2j).imag
# ---
np.float64(2).real, np.float64(2).imag, np.complex128(1+2j).imag
# ---
np.True_.real, np.True_.imag, np.float32(1).imag
# ---
np.int8(3).conjugate(), np.complex64(1+2j).conjugate(), np.float64(2).conjugate()
# ---
np.float32(1.5).item(), np.float32(1.5).tolist(), np.True_.item(), np.complex64(1j).item()
# ---
np.int8(3).astype(np.float32), np.int8(3).astype('float64')
# ---
np.int8(3).reshape(1)
# ---
np.int8(3).view(np.uint8)
# ---
np.float32(1.5).__array__()
# ---
np.float64(1.5).dtype, np.True_.dtype, np.complex64(1).itemsize, np.uint16(1).dtype
# ---
format(np.float32(0.1), '.3f'), format(np.int8(5), '03d'), f"{np.float64(1.5)}", f"{np.True_}", '%d' % np.int8(5)
# ---
repr(np.float32(0.1)), str(np.float32(0.1)), repr(np.complex64(1+2j)), repr(np.complex128(1.5)), str(np.complex128(1+2j))
# ---
repr(np.float16(0.1)), repr(np.float64(1e20)), repr(np.float32(1e16)), repr(np.int8(-3)), str(np.uint64(2**64 - 1))
# ---
isinstance(np.int64(1), int), isinstance(np.float32(1), float), isinstance(np.float64(1), float), isinstance(np.complex128(1), complex), isinstance(np.complex64(1), complex)
# ---
np.bool_(np.int8(3)), np.bool_(0.0), np.bool_(None)
# ---
np.int8(np.float32(3.9)), np.int8(np.int16(300)), np.int8('3'), np.int8(3.5), np.int8(True)
# ---
np.float32(np.float64(0.1)), np.float64(np.int8(3)), np.complex64(np.complex128(1+2j)), np.complex128(np.float32(1.5), 2)
# ---
np.int8(None)
# ---
np.float64(None)
# ---
np.int8(np.array(3)), np.int8(np.array([3, 4]))
# ---
np.uint8(-1.5)
# ---
np.int8(1e10)
# ---
np.int64(np.nan)
# ---
np.uint64(2**64), np.uint64(0)
# ---
np.array(np.float32(1.5)).dtype, np.array(np.True_).dtype, np.array(np.complex64(1)).dtype
# ---
np.array([np.float32(1), 2.0]).dtype, np.array([np.int8(1), 2]).dtype, np.array([np.int8(1), np.uint8(2)]).dtype
# ---
np.array([np.float32(1), np.float16(2)]).dtype, np.array([[np.int16(1)], [np.int8(2)]]).dtype
# ---
np.full(3, np.float32(1)), np.full(2, np.uint8(7), dtype=float)
# ---
np.add(np.int8(1), 1), np.add(np.float32(1), 1.0), np.multiply(np.int16(2), np.int8(3))
# ---
np.zeros(np.int64(3)).shape, np.ones((np.int8(2), np.uint16(2))).shape
# ---
np.arange(10)[np.int64(2)], np.arange(10)[np.int8(1):np.uint8(4)]
# ---
np.arange(6).reshape(np.int64(2), np.int64(3)).shape
# ---
np.sum(np.arange(4), axis=np.int64(0))
# ---
a = np.zeros(3, dtype=np.float32)
a[1] = np.float64(1.5)
a
# ---
np.array(b'ab'), np.array([b'a', b'bc']), np.array(b'')
# ---
a = np.array([b'a', b'bc'])
a[0] = b'xyz'
a
# ---
np.array([b'1', b'2'], dtype=int), np.array(b'12', dtype='S1')
# ---
np.frombuffer(b'\x01\x02', dtype=np.uint8), np.fromstring(b'1 2', sep=' ')
# ---
np.format_float_positional(np.float32(0.1)), np.format_float_scientific(np.float32(1.1))
# ---
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    r = np.int8(127) + np.int8(1)
result = r, [(x.category.__name__, str(x.message)) for x in w]
# ---
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    r = np.int8(127) - np.int8(-1)
result = r, [(x.category.__name__, str(x.message)) for x in w]
# ---
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    r = np.int8(100) * np.int8(2)
result = r, [(x.category.__name__, str(x.message)) for x in w]
# ---
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    r = np.uint8(1) - 2
result = r, [(x.category.__name__, str(x.message)) for x in w]
# ---
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    r = np.uint8(250) + np.uint8(10)
result = r, [(x.category.__name__, str(x.message)) for x in w]
# ---
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    r = np.int64(2**62) * 4
result = r, [(x.category.__name__, str(x.message)) for x in w]
# ---
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    r = np.int8(1) // np.int8(0)
result = r, [(x.category.__name__, str(x.message)) for x in w]
# ---
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    r = np.int8(1) % np.int8(0)
result = r, [(x.category.__name__, str(x.message)) for x in w]
# ---
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    r = np.int8(-128) // np.int8(-1)
result = r, [(x.category.__name__, str(x.message)) for x in w]
# ---
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    r = -np.int8(-128)
result = r, [(x.category.__name__, str(x.message)) for x in w]
# ---
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    r = abs(np.int8(-128))
result = r, [(x.category.__name__, str(x.message)) for x in w]
# ---
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    r = -np.uint8(1)
result = r, [(x.category.__name__, str(x.message)) for x in w]
# ---
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    r = np.float64(1) / 0
result = r, [(x.category.__name__, str(x.message)) for x in w]
# ---
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    r = np.float64(0) / 0
result = r, [(x.category.__name__, str(x.message)) for x in w]
# ---
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    r = np.float64(1) // 0
result = r, [(x.category.__name__, str(x.message)) for x in w]
# ---
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    r = np.float64(-1) // 0
result = r, [(x.category.__name__, str(x.message)) for x in w]
# ---
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    r = np.float64(1) % 0
result = r, [(x.category.__name__, str(x.message)) for x in w]
# ---
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    r = np.float64(1e308) * 10
result = r, [(x.category.__name__, str(x.message)) for x in w]
# ---
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    r = np.float32(3e38) * np.float32(10)
result = r, [(x.category.__name__, str(x.message)) for x in w]
# ---
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    r = np.float16(65504) + np.float16(32)
result = r, [(x.category.__name__, str(x.message)) for x in w]
# ---
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    r = np.float64(np.inf) - np.inf
result = r, [(x.category.__name__, str(x.message)) for x in w]
# ---
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    r = np.float64(10) ** 400
result = r, [(x.category.__name__, str(x.message)) for x in w]
# ---
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    r = np.float64(0.0) ** -1
result = r, [(x.category.__name__, str(x.message)) for x in w]
# ---
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    r = np.float64(-8) ** (1 / 3)
result = r, [(x.category.__name__, str(x.message)) for x in w]
# ---
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    r = np.complex64(1+2j) / 0
result = r, [(x.category.__name__, str(x.message)) for x in w]
# ---
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    r = divmod(np.int8(7), np.int8(0))
result = r, [(x.category.__name__, str(x.message)) for x in w]
# ---
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    r = divmod(np.float64(7), 0)
result = r, [(x.category.__name__, str(x.message)) for x in w]
# ---
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    r = divmod(np.float64(0), 0)
result = r, [(x.category.__name__, str(x.message)) for x in w]
# ---
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    r = np.float32(1) + 1e300
result = r, [(x.category.__name__, str(x.message)) for x in w]
# ---
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    r = np.float32(1e39)
result = r, [(x.category.__name__, str(x.message)) for x in w]
# ---
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    r = np.int8(3) // np.float64(0)
result = r, [(x.category.__name__, str(x.message)) for x in w]
# ---
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    r = float(np.complex128(1+2j))
result = r, [(x.category.__name__, str(x.message)) for x in w]
# ---
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    r = int(np.complex64(1+2j))
result = r, [(x.category.__name__, str(x.message)) for x in w]
# ---
np.float64(1.5) == 1.5, np.float64(1.5) < np.float64(2)
#: differs scalar-classes: =repr: (True, True)
# ---
divmod(np.True_, np.True_), np.True_ // np.True_, np.True_ ** 2, np.True_ << 1
# ---
-np.True_
# ---
np.True_ - 1
# ---
import copy, pickle
copy.deepcopy(np.float32(1.5)), pickle.loads(pickle.dumps(np.int8(3))), pickle.loads(pickle.dumps(np.True_)) is np.True_
# ---
sum([np.int8(1), np.int8(2)]), max(np.int8(1), np.int8(5)), sorted([np.float32(2), np.float32(1)]), {np.int8(1): 'a'}[1]
# ---
np.uint8(200) // np.int8(-3), np.int16(-7) % np.uint8(3), np.float64(7.5) // np.float32(2)
# ---
np.int64(3) * np.arange(3), (np.arange(3) + np.float32(1)).dtype, (np.arange(3, dtype=np.int8) + np.int64(1)).dtype
# ---
np.split(np.arange(4), np.int8(2)), np.roll(np.arange(4), [np.int64(1)])
# ---
# str_/bytes_ dtypes are sized by the value
(np.str_('abc').dtype, np.str_('').dtype, np.bytes_(b'ab').dtype, np.bytes_(b'').dtype, np.str_('ab').nbytes,
 np.str_('é😀').itemsize, np.bytes_(b'abc').itemsize, np.add('a', 'bc').dtype)
