# type checks and array comparisons (numpy/_type_check.py): issubdtype, isdtype, isscalar, iscomplexobj...
np.issubdtype(np.float64, np.floating), np.issubdtype(np.float32, np.float64), np.issubdtype(np.int8, np.signedinteger)
# ---
np.issubdtype('f8', float), np.issubdtype(np.dtype('i4'), np.integer), np.issubdtype(int, np.number)
# ---
np.issubdtype(np.uint8, np.signedinteger), np.issubdtype(np.bool_, np.number), np.issubdtype(np.complex64, np.inexact)
# ---
np.issubdtype(np.str_, np.flexible), np.issubdtype('S3', np.bytes_), np.issubdtype(np.float16, np.generic)
# ---
np.issubdtype(np.array([1.0]).dtype, np.floating), np.issubdtype(bool, np.bool_), np.issubdtype(float, np.float64)
# ---
np.issubdtype('nonsense', np.floating)
# ---
np.issubdtype(np.float64, 'i8')
# ---
np.isdtype(np.float64, 'real floating'), np.isdtype(np.dtype('int8'), 'signed integer'), np.isdtype(np.uint16, 'integral')
# ---
np.isdtype(np.complex64, ('bool', 'complex floating')), np.isdtype(np.bool_, 'numeric'), np.isdtype(np.int64, np.int64)
# ---
np.isdtype(np.float32, np.float64), np.isdtype(np.dtype('f8'), (np.float32, np.dtype('f8')))
# ---
np.isdtype(np.float64, 'floating')
# ---
np.isdtype(float, 'numeric')
# ---
np.isdtype(np.array([1]), 'numeric')
# ---
np.isdtype(np.int8, 3)
# ---
np.isscalar(1), np.isscalar(1.5), np.isscalar(np.float32(2)), np.isscalar('s'), np.isscalar(b'b'), np.isscalar(True)
# ---
np.isscalar(np.array(1)), np.isscalar([1]), np.isscalar(None), np.isscalar(1j), np.isscalar((1,))
# ---
import fractions
np.isscalar(fractions.Fraction(1, 3)), np.isscalar(np.True_)
# ---
np.iscomplexobj(1j), np.iscomplexobj(1), np.iscomplexobj([1, 2j]), np.iscomplexobj(np.zeros(2, np.complex64))
# ---
np.iscomplexobj(np.float64(1)), np.isrealobj([1.0]), np.isrealobj(np.array([1j]))
# ---
np.iscomplex([1 + 1j, 1 + 0j, 4.5, 3, 2, 2j])
# ---
np.iscomplex(3.0), np.iscomplex(np.array(2j))
# ---
np.iscomplex(np.arange(6).reshape(2, 3))
# ---
np.isreal([1 + 1j, 1 + 0j, 4.5, 3, 2, 2j])
# ---
np.isreal(np.array([1.0, np.nan])), np.isreal(5)
# ---
np.common_type(np.arange(2, dtype=np.float32)), np.common_type(np.arange(2, dtype=np.float32), np.arange(2))
# ---
np.common_type(np.arange(4), np.array([45, 6.j]), np.array([45.0])), np.common_type(np.float16([1]))
# ---
np.common_type(np.float16([1]), np.complex64([1])), np.common_type(np.array([True]))
# ---
np.common_type(np.array(['a']))
# ---
np.common_type()
# ---
np.array_equal([1, 2], [1, 2]), np.array_equal(np.array([1, 2]), np.array([1, 2])), np.array_equal([1, 2], [1, 2, 3])
# ---
np.array_equal([1, 2], [1, 4]), np.array_equal([[1, 2]], [1, 2]), np.array_equal([], [])
# ---
a = np.array([1, np.nan])
np.array_equal(a, a), np.array_equal(a, a, equal_nan=True), np.array_equal(a, [1, np.nan], equal_nan=True)
# ---
np.array_equal([1 + 1j, np.nan], [1 + 1j, np.nan * 1j], equal_nan=True), np.array_equal([1, 2], [1, 2], equal_nan=True)
# ---
np.array_equal([np.nan, 1.0], [1.0, np.nan], equal_nan=True), np.array_equal([[1]], [[1.0]])
# ---
np.array_equiv([1, 2], [1, 2]), np.array_equiv([1, 2], [1, 3]), np.array_equiv([1, 2], [[1, 2], [1, 2]])
# ---
np.array_equiv([1, 2], [[1, 2, 1, 2], [1, 2, 1, 2]]), np.array_equiv([1, 2], [[1, 2], [1, 3]]), np.array_equiv(3, [3, 3])
# ---
np.issubdtype.__module__, np.isscalar.__name__, np.array_equal.__module__, np.array_equal.__name__
# ---
class A:
    def __array_function__(self, func, types, args, kwargs):
        return func.__name__
np.iscomplexobj(A()), np.array_equal(A(), 1), np.common_type(A())
# ---
np.real(5), np.imag(5), np.real(2.5), np.imag(1 + 2j), np.real(np.float32(2)), np.imag(np.complex64(1 + 2j))
# ---
np.real([1, 2j]), np.imag(np.array([1.5, 2.0])), np.real(np.array(3 + 4j))
# ---
[c.__name__ for c in np.bool_.__mro__ if c.__module__ != 'numpy._scalars'], issubclass(np.bool_, np.number), isinstance(np.True_, np.generic)
# ---
[c.__name__ for c in np.int8.__mro__ if c.__module__ == 'numpy'], [c.__name__ for c in np.float64.__mro__ if c.__module__ == 'numpy']
