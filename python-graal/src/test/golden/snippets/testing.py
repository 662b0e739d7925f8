# numpy.testing: assertion failures and their messages (NumPy 2.4's text), snippets that pass
np.testing.assert_allclose([1.0, 2.0, 3.0], [1.0, 2.5, 3.0])
# ---
np.testing.assert_allclose([1.0, 2.0, 3.0], [1.0, 2.0, 3.0])
# ---
np.testing.assert_allclose(1.0, 1.1)
# ---
np.testing.assert_allclose(np.array(1.0), np.array(2.0))
# ---
np.testing.assert_allclose([], [])
# ---
np.testing.assert_allclose([], 1.0)
# ---
np.testing.assert_allclose(np.zeros((0, 3)), np.ones((0, 3)))
# ---
np.testing.assert_allclose([1, 2, 3], [1.0, 2.0, 3.5])
# ---
np.testing.assert_allclose([1, 2], [1.0, 2.0], strict=True)
# ---
np.testing.assert_allclose([1.0, 2.0], [1.0, 2.0, 3.0])
# ---
np.testing.assert_allclose(np.arange(6.0).reshape(2, 3), np.arange(6.0).reshape(3, 2))
# ---
np.testing.assert_allclose([1.0, np.nan], [1.0, 2.0])
# ---
np.testing.assert_allclose([1.0, np.nan], [1.0, np.nan])
# ---
np.testing.assert_allclose([1.0, np.nan], [1.0, np.nan], equal_nan=False)
# ---
np.testing.assert_allclose([np.inf, 1.0], [np.inf, 1.0])
# ---
np.testing.assert_allclose([np.inf, 1.0], [-np.inf, 1.0])
# ---
np.testing.assert_allclose([np.inf, 1.0], [1.0, np.inf])
# ---
np.testing.assert_allclose([1.0, 2.0], [1.1, 2.0], err_msg='my message')
# ---
np.testing.assert_allclose([1.0, 2.0], [1.1, 2.0], verbose=False)
# ---
np.testing.assert_allclose([1.0, 2.0], [1.1, 2.0], err_msg='a long message ' * 8)
# ---
np.testing.assert_allclose([1.0, 2.0], [1.1, 2.0], err_msg='two\nlines')
# ---
np.testing.assert_allclose([1.0, 2.0], [1.1, 2.0], rtol=0.2)
# ---
np.testing.assert_allclose([1.0, 2.0], [1.1, 2.0], rtol=0, atol=0.05)
# ---
np.testing.assert_allclose([1e-10, 1.0], [2e-10, 1.0])
# ---
np.testing.assert_allclose([1e-10, 1.0], [2e-10, 1.0], atol=1e-9)
# ---
np.testing.assert_allclose([0.0, 1.0], [1e-3, 1.0])
# ---
np.testing.assert_allclose(np.arange(10.0), np.arange(10.0) + 0.5)
# ---
np.testing.assert_allclose(np.arange(12.0).reshape(3, 4), np.arange(12.0).reshape(3, 4) * 1.01)
# ---
np.testing.assert_allclose(np.arange(1000.0), np.arange(1000.0) + 1)
# ---
np.testing.assert_allclose([1, 2, 3], 2)
# ---
np.testing.assert_allclose(2, [1, 2, 3])
# ---
np.testing.assert_allclose(0.0, [0.0, 1e-8])
# ---
np.testing.assert_allclose(np.ones(3, dtype='float32'), np.ones(3, dtype='float32') * 1.001)
# ---
np.testing.assert_allclose(np.array([1.0, 2.0], dtype='float32'), np.array([1.0, 2.0]))
# ---
np.testing.assert_allclose(np.array([1.0, 2.0], dtype='float32'), np.array([1.0, 2.0]), strict=True)
# ---
np.testing.assert_allclose([1+1j, 2+2j], [1+1j, 2+3j])
# ---
np.testing.assert_allclose([1+1j, complex(np.nan, 1)], [1+1j, complex(np.nan, 1)])
# ---
np.testing.assert_allclose([1.0, 2.0], [1.0, 2.0], strict=True)
# ---
np.testing.assert_allclose(np.array([1.0, 2.0]), [1.0, 2.0], strict=True)
# ---
np.testing.assert_allclose(np.float64(1.0), 1.5)
# ---
np.testing.assert_allclose([1.0, 2.0], [1.0, 0.0])
# ---
np.testing.assert_allclose([1.0, 1.0], [0.0, 0.0])
# ---
np.testing.assert_allclose([np.nan, np.inf], [np.nan, np.inf])
# ---
np.testing.assert_allclose([1, 2], [1, 2])
# ---
np.testing.assert_allclose([True, False], [True, True])
# ---
np.testing.assert_allclose(np.arange(24.0).reshape(2, 3, 4), np.zeros((2, 3, 4)))
# ---
np.testing.assert_allclose(np.nan, np.nan)
# ---
np.testing.assert_allclose(np.nan, 1.0)
# ---
np.testing.assert_allclose(np.inf, np.inf)
# ---
np.testing.assert_allclose([1.0, np.inf], np.inf)
# ---
np.testing.assert_allclose(np.arange(3.0), [0.0, 1.0, np.nan])
# ---
np.testing.assert_allclose(1.0, 1.1, rtol=1e-3, atol=1e-3)
# ---
np.testing.assert_allclose([1, 2], [1, 3], rtol=1e-10, atol=1e-20)
# ---
np.testing.assert_array_equal([1, 2, 3], [1, 2, 4])
# ---
np.testing.assert_array_equal([1, 2, 3], [1, 2, 3])
# ---
np.testing.assert_array_equal([1.0, np.pi, np.nan], [1, np.sqrt(np.pi)**2, np.nan])
# ---
np.testing.assert_array_equal([1.0, np.nan, 3.0], [1.0, 2.0, 3.0])
# ---
np.testing.assert_array_equal([1.0, np.nan, 3.0], [1.0, np.nan, 3.0])
# ---
np.testing.assert_array_equal([[1, 2], [3, 4]], [[1, 2], [3, 5]])
# ---
np.testing.assert_array_equal([[1, 2], [3, 4]], [[0, 2], [3, 5]])
# ---
np.testing.assert_array_equal(np.arange(10), np.zeros(10))
# ---
np.testing.assert_array_equal(np.arange(6), np.arange(6)[::-1])
# ---
np.testing.assert_array_equal([1, 2], [1, 2, 3])
# ---
np.testing.assert_array_equal(np.full((2, 5), 3), 3)
# ---
np.testing.assert_array_equal(np.full((2, 5), 3), 3, strict=True)
# ---
np.testing.assert_array_equal(np.array([2, 2, 2]), np.array([2., 2., 2.], dtype=np.float32), strict=True)
# ---
np.testing.assert_array_equal(1, 2)
# ---
np.testing.assert_array_equal(np.array(1), 2)
# ---
np.testing.assert_array_equal(np.array(5), np.array(5))
# ---
np.testing.assert_array_equal([], [])
# ---
np.testing.assert_array_equal(np.zeros((2, 0)), np.zeros((2, 0)))
# ---
np.testing.assert_array_equal(np.zeros((2, 0)), np.zeros((0, 2)))
# ---
np.testing.assert_array_equal([True, False], [True, True])
# ---
np.testing.assert_array_equal([True, False], [True, False])
# ---
np.testing.assert_array_equal(['a', 'b'], ['a', 'c'])
# ---
np.testing.assert_array_equal(['a', 'b'], ['a', 'b'])
# ---
np.testing.assert_array_equal(np.array(['ab', 'c']), 'c')
# ---
np.testing.assert_array_equal(np.array([1, 2], dtype='uint8'), np.array([3, 1], dtype='uint8'))
# ---
np.testing.assert_array_equal(np.array([1, 2], dtype='int8'), np.array([-128, 2], dtype='int8'))
# ---
np.testing.assert_array_equal([1+2j, 3], [1+2j, 4j])
# ---
np.testing.assert_array_equal([np.inf, 1.0], [np.inf, 1.0])
# ---
np.testing.assert_array_equal([np.inf, 2.0], [-np.inf, 2.0])
# ---
np.testing.assert_array_equal([0.0], [-0.0])
# ---
np.testing.assert_array_equal(np.arange(5.0), 2.0)
# ---
np.testing.assert_array_equal([1, 2], [1, 2], err_msg='hello')
# ---
np.testing.assert_array_equal([1, 2], [1, 3], err_msg='hello')
# ---
np.testing.assert_array_equal([1, 2], [1, 3], verbose=False)
# ---
np.testing.assert_array_equal(np.arange(100).reshape(10, 10), np.zeros((10, 10)))
# ---
np.testing.assert_array_equal(np.arange(100.0), np.arange(100.0) * 1.5)
# ---
np.testing.assert_array_equal([1, 0], [1, 2])
# ---
np.testing.assert_array_equal([0, 0], [1, 2])
# ---
np.testing.assert_array_equal([1, 2], [0, 0])
# ---
np.testing.assert_array_equal(np.array([1, 2], 'float16'), np.array([1, 3], 'float16'))
# ---
np.testing.assert_array_equal(np.array([1e300, 1.0]), np.array([-1e300, 1.0]))
# ---
np.testing.assert_array_equal([2**62, 1], [-2**62, 1])
# ---
np.testing.assert_equal([4, 5], [4, 6])
# ---
np.testing.assert_equal(1, 2)
# ---
np.testing.assert_equal(1.0, 1.0)
# ---
np.testing.assert_equal(np.nan, np.nan)
# ---
np.testing.assert_equal(np.nan, 1.0)
# ---
np.testing.assert_equal(0.0, -0.0)
# ---
np.testing.assert_equal(-0.0, -0.0)
# ---
np.testing.assert_equal('abc', 'abd')
# ---
np.testing.assert_equal((1, 2), [1, 2])
# ---
np.testing.assert_equal((1, (2, 3)), (1, (2, 4)))
# ---
np.testing.assert_equal({'a': 1}, {'a': 2})
# ---
np.testing.assert_equal({'a': 1}, {'b': 1})
# ---
np.testing.assert_equal({'a': 1}, [1])
# ---
np.testing.assert_equal({'a': 1, 'b': 2}, {'a': 1})
# ---
np.testing.assert_equal([1, 2], [1, 2, 3])
# ---
np.testing.assert_equal(np.array([1, 2]), [1, 3])
# ---
np.testing.assert_equal([1, 2], np.array([1, 3]))
# ---
np.testing.assert_equal(np.float64(1.5), 1.5)
# ---
np.testing.assert_equal(np.float64(1.5), 2.5)
# ---
np.testing.assert_equal(np.int64(3), 4)
# ---
np.testing.assert_equal(1+2j, 1+3j)
# ---
np.testing.assert_equal(1+2j, 1+2j)
# ---
np.testing.assert_equal(complex(np.nan, 1), complex(np.nan, 1))
# ---
np.testing.assert_equal([np.nan], np.nan)
# ---
np.testing.assert_equal(None, None)
# ---
np.testing.assert_equal(None, 1)
# ---
np.testing.assert_equal([1.0, np.nan], [1.0, np.nan])
# ---
np.testing.assert_equal(True, False)
# ---
np.testing.assert_equal(1, 1.0)
# ---
np.testing.assert_equal('a', 'a')
# ---
np.testing.assert_equal([1, [2, 3]], [1, [2, 4]])
# ---
np.testing.assert_equal(np.full((2, 5), 3), 3, strict=True)
# ---
np.testing.assert_equal(np.inf, np.inf)
# ---
np.testing.assert_equal(np.inf, -np.inf)
# ---
np.testing.assert_equal(1, 2, err_msg='note')
# ---
np.testing.assert_equal(1, 2, verbose=False)
# ---
np.testing.assert_equal([1, 2], [1, 3], err_msg='note')
# ---
np.testing.assert_equal({'k': [1, 2]}, {'k': [1, 3]})
# ---
np.testing.assert_equal(np.array(1.0), np.array(2.0))
# ---
np.testing.assert_equal(b'a', b'b')
# ---
np.testing.assert_almost_equal(2.3333333333333, 2.33333334)
# ---
np.testing.assert_almost_equal(2.3333333333333, 2.33333334, decimal=10)
# ---
np.testing.assert_almost_equal(np.array([1.0, 2.3333333333333]), np.array([1.0, 2.33333334]), decimal=9)
# ---
np.testing.assert_almost_equal(1.0, 1.1)
# ---
np.testing.assert_almost_equal(1.0, 1.0000001)
# ---
np.testing.assert_almost_equal(np.nan, np.nan)
# ---
np.testing.assert_almost_equal(np.nan, 1.0)
# ---
np.testing.assert_almost_equal(np.inf, np.inf)
# ---
np.testing.assert_almost_equal(np.inf, -np.inf)
# ---
np.testing.assert_almost_equal([1.0, 2.0], [1.0, 2.1])
# ---
np.testing.assert_almost_equal((1.0, 2.0), (1.0, 2.0))
# ---
np.testing.assert_almost_equal(1+1j, 1+1.1j)
# ---
np.testing.assert_almost_equal(1+1j, 1+1j)
# ---
np.testing.assert_almost_equal(1.0, 1.1, err_msg='msg')
# ---
np.testing.assert_almost_equal(1.0, 1.1, verbose=False)
# ---
np.testing.assert_almost_equal(1, 2)
# ---
np.testing.assert_almost_equal([1, 2], [1, 2])
# ---
np.testing.assert_almost_equal(None, None)
# ---
np.testing.assert_almost_equal('a', 'a')
# ---
np.testing.assert_almost_equal({'a': 1}, {'a': 1})
# ---
np.testing.assert_array_almost_equal([1.0, 2.333, np.nan], [1.0, 2.333, np.nan])
# ---
np.testing.assert_array_almost_equal([1.0, 2.33333, np.nan], [1.0, 2.33339, np.nan], decimal=5)
# ---
np.testing.assert_array_almost_equal([1.0, 2.33333, np.nan], [1.0, 2.33333, 5], decimal=5)
# ---
np.testing.assert_array_almost_equal([1, 2], [1, 3])
# ---
np.testing.assert_array_almost_equal([1.0, 2.0], [1.0, 2.0000001])
# ---
np.testing.assert_array_almost_equal(np.arange(5.0), np.arange(5.0) + 1e-5)
# ---
np.testing.assert_array_almost_equal(np.arange(5.0), np.arange(5.0) + 1e-5, decimal=3)
# ---
np.testing.assert_array_almost_equal([1.0, 2.0], [1.0])
# ---
np.testing.assert_array_almost_equal(1.0, [1.0, 1.5])
# ---
np.testing.assert_array_almost_equal(np.array([1, 2], 'int8'), np.array([1, -128], 'int8'))
# ---
np.testing.assert_array_almost_equal([np.inf, 1.0], [np.inf, 1.0])
# ---
np.testing.assert_array_almost_equal([np.inf, 1.0], [1.0, 1.0])
# ---
np.testing.assert_array_almost_equal(np.float32([1.5, 2.5]), [1.5, 2.6])
# ---
np.testing.assert_array_almost_equal([True, False], [1.0, 0.0])
# ---
np.testing.assert_array_almost_equal([1.0, 2.0], [1.1, 2.0], err_msg='msg')
# ---
np.testing.assert_approx_equal(0.12345677777777e-20, 0.1234567e-20)
# ---
np.testing.assert_approx_equal(0.12345670e-20, 0.12345671e-20, significant=8)
# ---
np.testing.assert_approx_equal(0.12345670e-20, 0.12345672e-20, significant=8)
# ---
np.testing.assert_approx_equal(1.0, 1.0)
# ---
np.testing.assert_approx_equal(1.0, 2.0)
# ---
np.testing.assert_approx_equal(0.0, 1e-10)
# ---
np.testing.assert_approx_equal(np.nan, np.nan)
# ---
np.testing.assert_approx_equal(np.nan, 1.0)
# ---
np.testing.assert_approx_equal(np.inf, np.inf)
# ---
np.testing.assert_approx_equal(np.inf, 1.0)
# ---
np.testing.assert_approx_equal(1e-320, 0.0)
# ---
np.testing.assert_approx_equal(5e-324, 0.0)
# ---
np.testing.assert_approx_equal(1.0, 1.0000001, significant=3)
# ---
np.testing.assert_approx_equal(1.0, 2.0, err_msg='msg')
# ---
np.testing.assert_approx_equal(1.0, 2.0, verbose=False)
# ---
np.testing.assert_approx_equal(123456.0, 123457.0, significant=6)
# ---
np.testing.assert_approx_equal(-1.0, 1.0)
# ---
np.testing.assert_approx_equal('a', 1.0)
# ---
np.testing.assert_array_less([1.0, 1.0, np.nan], [1.1, 2.0, np.nan])
# ---
np.testing.assert_array_less([1.0, 1.0, np.nan], [1, 2.0, np.nan])
# ---
np.testing.assert_array_less([1.0, 4.0], 5.0)
# ---
np.testing.assert_array_less([1.0, 4.0], 5.0, strict=True)
# ---
np.testing.assert_array_less([1.0, 4.0], [5, 5], strict=True)
# ---
np.testing.assert_array_less([1, 2], [2, 3])
# ---
np.testing.assert_array_less([1, 2], [1, 3])
# ---
np.testing.assert_array_less([3, 2], [1, 0])
# ---
np.testing.assert_array_less(np.arange(10), 5)
# ---
np.testing.assert_array_less(5, np.arange(10))
# ---
np.testing.assert_array_less([1.0, np.inf], [2.0, np.inf])
# ---
np.testing.assert_array_less([-np.inf, 1.0], [np.inf, 2.0])
# ---
np.testing.assert_array_less([np.inf, 1.0], [np.inf, 2.0])
# ---
np.testing.assert_array_less([1.0, np.nan], [2.0, 3.0])
# ---
np.testing.assert_array_less([1.0, 2.0], [2.0, 1.0], err_msg='msg')
# ---
np.testing.assert_array_less(2.0, 1.0)
# ---
np.testing.assert_array_less(np.array([3, 4], 'uint8'), np.array([5, 1], 'uint8'))
# ---
np.testing.assert_string_equal('abc', 'abc')
# ---
np.testing.assert_string_equal('abc', 'abcd')
# ---
np.testing.assert_string_equal('abc\ndef\n', 'abc\ndeg\n')
# ---
np.testing.assert_string_equal('a\nb\nc', 'a\nx\nc')
# ---
np.testing.assert_string_equal(1, 'a')
# ---
np.testing.assert_string_equal('a', 1)
# ---
np.testing.assert_string_equal('abc\n', 'abc')
# ---
np.testing.assert_string_equal('one\ntwo', 'one\nthree\nfour')
# ---
np.testing.assert_(True)
# ---
np.testing.assert_(False)
# ---
np.testing.assert_(False, 'message')
# ---
np.testing.assert_(0, lambda: 'deferred')
# ---
np.testing.assert_([], 'empty')
# ---
np.testing.assert_(1, 'not raised')
# ---
np.testing.build_err_msg([1, 2], 'err')
# ---
np.testing.build_err_msg([np.arange(3), np.arange(4.0)], '')
# ---
np.testing.build_err_msg([np.arange(3), 2.5], 'x', header='Head:')
# ---
np.testing.build_err_msg([1, 2], '', verbose=False)
# ---
np.testing.build_err_msg([np.arange(3.0) / 3], '', precision=3)
# ---
np.testing.build_err_msg([1, 2], 'two\nlines')
# ---
np.testing.build_err_msg([np.arange(100).reshape(20, 5), 1], '')
# ---
np.testing.build_err_msg([1, 2], 'e', names=('A', 'B'))
# ---
np.testing.assert_raises(ValueError, int, 'x')
# ---
np.testing.assert_raises(ValueError, int, '3')
# ---
np.testing.assert_raises(TypeError, int, 'x')
# ---
np.testing.assert_raises_regex(ValueError, 'invalid literal', int, 'x')
# ---
np.testing.assert_raises_regex(ValueError, 'nothing like it', int, 'x')
# ---
np.testing.assert_raises(ValueError, np.zeros, -1)
# ---
np.testing.assert_raises_regex(ValueError, 'negative dimensions', np.zeros, -1)
# ---
np.testing.assert_raises(ZeroDivisionError, lambda: 1)
# ---
np.testing.assert_array_equal(np.float32([1.001, 2.0]), np.float32([1.0, 2.0]))
# ---
np.testing.assert_allclose(np.float32([1.001, 2.0]), np.float32([1.0, 2.0]))
# ---
np.testing.assert_array_equal(np.float16([1.1, 2.0]), np.float16([1.0, 2.0]))
# ---
np.testing.assert_allclose(np.float16([1.1, 2.0]), np.float16([1.0, 2.0]))
# ---
np.testing.assert_array_equal(np.array([1+1.1j, 2], 'complex64'), np.array([1+1j, 2], 'complex64'))
# ---
np.testing.assert_allclose(np.array([1+1.1j, 2], 'complex64'), np.array([1+1j, 2], 'complex64'))
# ---
np.testing.assert_array_equal(np.array(1.1, 'float32'), np.array(1.0, 'float32'))
# ---
np.testing.assert_allclose(np.array(1.1, 'float32'), np.array(1.0, 'float32'))
# ---
np.testing.assert_array_equal(np.array(1.1, 'float32'), [1.0, 1.1])
# ---
np.testing.assert_allclose(np.array(1.1, 'float32'), [1.0, 1.1])
# ---
np.testing.assert_array_equal(np.array([-128, 5], 'int8'), np.array([127, 5], 'int8'))
# ---
np.testing.assert_allclose(np.array([-128, 5], 'int8'), np.array([127, 5], 'int8'))
# ---
np.testing.assert_array_equal(np.array([0, 5], 'uint64'), np.array([2**64 - 1, 5], 'uint64'))
# ---
np.testing.assert_allclose(np.array([0, 5], 'uint64'), np.array([2**64 - 1, 5], 'uint64'))
# ---
np.testing.assert_array_equal(np.arange(1000), np.arange(1000) + 1)
# ---
np.testing.assert_allclose(np.arange(1000), np.arange(1000) + 1)
# ---
np.testing.assert_array_equal(np.arange(40.0).reshape(8, 5), np.arange(40.0).reshape(8, 5) + 1)
# ---
np.testing.assert_allclose(np.arange(40.0).reshape(8, 5), np.arange(40.0).reshape(8, 5) + 1)
# ---
np.testing.assert_array_equal(np.array([1.0, -0.0]), np.array([1.0, 0.0]))
# ---
np.testing.assert_allclose(np.array([1.0, -0.0]), np.array([1.0, 0.0]))
# ---
np.testing.assert_array_equal(np.array([[1.5]]), np.array([[2.5]]))
# ---
np.testing.assert_allclose(np.array([[1.5]]), np.array([[2.5]]))
# ---
np.testing.assert_array_equal(np.array([b'a', b'b']), np.array([b'a', b'c']))
# ---
np.testing.assert_allclose(np.array([b'a', b'b']), np.array([b'a', b'c']))
# ---
np.testing.assert_array_equal(np.array(['a']), np.array([1]))
# ---
np.testing.assert_allclose(np.array(['a']), np.array([1]))
# ---
np.testing.assert_array_equal(np.array([1.0, 2.0]), np.array([1, 3], 'int16'))
# ---
np.testing.assert_allclose(np.array([1.0, 2.0]), np.array([1, 3], 'int16'))
# ---
np.testing.assert_array_equal(np.array([True, False]), np.array([1, 1]))
# ---
np.testing.assert_allclose(np.array([True, False]), np.array([1, 1]))
# ---
np.testing.assert_array_equal(np.array([2**53 + 1]), np.array([float(2**53)]))
# ---
np.testing.assert_allclose(np.array([2**53 + 1]), np.array([float(2**53)]))
# ---
np.testing.assert_equal(np.float32(1.5), np.float32(2.5))
# ---
np.testing.assert_equal(np.float32(1.5), 1.5)
# ---
np.testing.assert_equal(np.int8(3), np.int8(4))
# ---
np.testing.assert_equal(np.bool_(True), False)
# ---
np.testing.assert_equal(np.str_('a'), 'b')
# ---
np.testing.assert_equal([np.float64(1.0), 2], [1.0, np.int64(3)])
# ---
np.testing.assert_equal(np.True_, np.False_)
# ---
np.testing.assert_equal(np.array(['a', 'b']), ['a', 'c'])
# ---
np.testing.assert_equal((1, 2), (1, 2, 3))
# ---
np.testing.assert_equal([[1.0, np.nan]], [[1.0, np.nan]])
# ---
np.testing.assert_array_compare(np.less_equal, [1, 2, 3], [1, 2, 2])
# ---
np.testing.assert_array_compare(np.less_equal, [1, 2, 3], [1, 2, 2], header='Custom header', names=('a', 'b'))
# ---
np.testing.assert_array_compare(np.less_equal, [1.0, np.nan], [1.0, np.nan], equal_nan=False)
# ---
np.testing.assert_array_compare(np.equal, [1.0, np.inf], [1.0, 2.0], equal_inf=False)
# ---
np.testing.assert_array_compare(np.equal, [1, 2], [1, 2.0], strict=True, precision=2)
# ---
np.testing.assert_array_less(['a'], ['b'])
# ---
np.testing.assert_array_less(['b'], ['a'])
# ---
np.testing.assert_allclose(['a'], ['b'])
# ---
np.testing.assert_array_almost_equal(['a'], ['b'])
# ---
np.testing.assert_almost_equal('a', 'b')
# ---
np.testing.assert_almost_equal(1.0, 1.0 + 2e-7)
# ---
np.testing.assert_almost_equal(1.0, 1.0 + 1e-7)
# ---
np.testing.assert_approx_equal(1e300, 1.0000001e300, significant=8)
# ---
sorted(n for n in np.testing.__all__ if n not in ('rundocs', 'overrides'))
# ---
np.testing.IS_PYPY, np.testing.IS_64BIT, np.testing.verbose, np.testing.IS_WASM, np.testing.NOGIL_BUILD
# ---
np.testing.TestCase.__name__, np.testing.SkipTest.__name__, issubclass(np.testing.KnownFailureException, Exception)
# ---
from numpy.testing import assert_equal
assert_equal([1, 2], [1, 2])
# ---
x = np.array([1., 1e-10, 1e-20])
eps = np.finfo(x.dtype).eps
np.testing.assert_array_almost_equal_nulp(x, x * eps / 2 + x)
# ---
x = np.array([1., 1e-10, 1e-20])
eps = np.finfo(x.dtype).eps
np.testing.assert_array_almost_equal_nulp(x, x * eps + x)
# ---
np.testing.assert_array_almost_equal_nulp(np.float32([1, 2]), np.float32([1, 2.0000005]), nulp=3)
# ---
np.testing.assert_array_almost_equal_nulp(np.float32([1, 2]), np.float32([1, 2.000001]), nulp=3)
# ---
np.testing.assert_array_almost_equal_nulp([1.0, -2.0], [1.0, 2.0])
# ---
np.testing.assert_array_almost_equal_nulp(np.array([1 + 1j]), np.array([1 + 2j]))
# ---
a = np.linspace(0., 1., 100)
np.testing.assert_array_max_ulp(a, np.arcsin(np.sin(a)), maxulp=10).dtype
# ---
np.testing.assert_array_max_ulp(np.array([1.0, -1.0, 0.0]), np.array([np.nextafter(1.0, 2.0), -1.0, -0.0]))
# ---
np.testing.assert_array_max_ulp(np.array([1.0, 2.0]), np.array([1.0, 2.5]))
# ---
np.testing.assert_array_max_ulp(np.array([-1.0, 2.0]), np.array([1.0, 2.0]), maxulp=1e20)
# ---
np.testing.assert_array_max_ulp(np.float16([1, 2]), np.float16([1, 2.002]), maxulp=2)
# ---
np.testing.assert_array_max_ulp([1, 2], [1, 3], dtype=np.float32)
# ---
np.testing.assert_array_max_ulp(np.array([1.0, np.nan]), np.array([1.0, -np.nan]))
# ---
np.testing.assert_array_max_ulp(np.array([1.0, 2.0]), np.array([1.0, 2.0, 3.0]))
# ---
np.testing.assert_array_max_ulp(np.array([1j]), np.array([1j]))
