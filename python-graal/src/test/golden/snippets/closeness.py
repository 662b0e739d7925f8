# isclose, allclose, array_equal, array_equiv: registry functions (numpy-api's internal/logic), one pass in Java
np.isclose(np.int64(2**63 - 1), np.int64(2**63 - 1)), np.isclose(np.array([2**63 - 1]), np.array([-2**63]))
# ---
np.isclose(np.array([2**64 - 1], np.uint64), 2**64 - 1), np.isclose(np.array([2**63 - 1]), np.array([2**63 - 1], np.uint64))
# ---
np.isclose(np.array([16777217], np.int32), np.array([16777216], np.float32), atol=0, rtol=0), np.isclose(16777217, np.array([16777216], np.float32), atol=0, rtol=0)
# ---
np.isclose(np.array([1.0000001], np.float32), np.float32(1), atol=0, rtol=1e-7), np.isclose(np.float32(1), np.float64(1.0000001), atol=0, rtol=1e-7)
# ---
np.isclose(np.array([1.001], np.float16), np.array([1], np.float16), atol=0, rtol=1e-3), np.isclose(np.complex64(1 + 2j), 1 + 2j)
# ---
np.isclose([1 + 1j, np.nan + 0j], [1 + 1j, complex(0, np.nan)], equal_nan=True), np.isclose(1 + 1j, 1, rtol=0.5j)
# ---
np.isclose([np.inf, -np.inf, np.inf, np.nan], [np.inf, -np.inf, -np.inf, np.nan]), np.isclose(np.inf, np.inf), np.isclose(np.inf, -np.inf)
# ---
np.isclose([1, 2, 3], [1, 2, 3.1], rtol=[0, 0, 0.1]), np.isclose([1, 2, 3], [1, 2, 3.1], atol=[[0], [1]])
# ---
np.isclose([1, 2, 3], [1, 2])
# ---
np.isclose([1, 2], [1, 2], atol=[1, 2, 3])
# ---
np.isclose(np.ones((2, 3)), np.ones((3,)), atol=np.ones(4))
# ---
np.allclose([1, 2, 3], [1, 2])
# ---
np.isclose(['a'], ['a'])
# ---
np.isclose(b'a', b'a')
# ---
np.isclose(1, 1, rtol='a')
# ---
np.isclose([], []), np.isclose(np.zeros((0, 3)), 1), np.allclose([], []), np.allclose(np.zeros((0, 3)), 1)
# ---
np.isclose([True], [False]), np.isclose(True, 1.0), np.isclose(np.array([1.0]), True), np.allclose([True, False], [1, 0])
# ---
np.isclose(10**30, np.array(1.0)), np.isclose(2**70, np.array([1.0], np.float32))
# ---
np.isclose(10**400, np.array([1.0]))
# ---
np.isclose(1.0, 10**400)
# ---
np.isclose(np.float32(1), 10**40)
# ---
np.isclose(1, 1, atol=np.inf), np.isclose(1, 1, rtol=np.nan), np.isclose([1.], [1.], atol=np.array([np.inf, 1]))
# ---
np.isclose(1, 1, atol=np.float32(np.inf)), np.isclose(1, 1, atol=complex(np.inf, 0)), np.isclose(1, 1, atol=np.inf, rtol=True)
# ---
np.isclose(1, 1, atol=np.array([[np.inf, 2.5]] * 2), rtol=1)
# ---
with np.errstate(invalid='print'):
    result = np.isclose([1.0], [2.0], atol=[np.inf, np.nan])
# ---
with np.errstate(invalid='ignore'):
    result = np.isclose([1.0], [1.0], rtol=np.nan), np.allclose(1, 1, atol=np.inf)
# ---
with np.errstate(invalid='call'):
    result = np.isclose([1.0], [1.0], rtol=np.nan)
# ---
np.isclose(np.array([3e38], np.float32), np.array([-3e38], np.float32)), np.isclose(np.array([1e308]), -1e308), np.isclose(1e308, -1e308)
# ---
np.isclose(np.array([1.0]), np.array([1e308 + 1e308j])), np.isclose(np.array([3e38], np.float32), np.float32(1), rtol=10)
# ---
with np.errstate(over='raise'):
    np.isclose(np.array([1e308]), -1e308)
# ---
with np.errstate(under='warn'):
    result = np.isclose(np.array([1e-300]), np.array([1e-310]), atol=0), np.isclose(1e-300, 1e-310, atol=0)
# ---
np.isclose(np.arange(10.).reshape(2, 5).T, np.arange(10.).reshape(2, 5).T[::-1]), np.isclose(np.arange(12.).reshape(3, 4)[:, ::2], 2.0, atol=np.arange(2.))
# ---
np.allclose(np.arange(5.), np.arange(5.) + 1e-9), np.allclose(np.arange(5), np.arange(5)), np.allclose([1.0, np.nan], [2.0, 1], atol=np.inf)
# ---
np.isclose(np.array([np.nan]), np.array([np.nan]), equal_nan=[1]), np.isclose(np.array([np.nan]), np.array([np.nan]), equal_nan=[])
# ---
np.isclose(np.array([np.nan]), np.array([np.nan]), equal_nan=np.array([True, False]))
# ---
np.isclose(a=1.0, b=1.0), np.isclose(1.0, 1.1, 0.1), np.allclose(1.0, 1.1, 0, 0.1), np.allclose(b=[1.0], a=1.0, equal_nan=True)
# ---
class Sub(np.ndarray):
    pass
r1 = np.isclose(np.arange(3.).view(Sub), 1)
r2 = np.isclose(1, np.arange(3.).view(Sub))
r3 = np.isclose(np.array(1.0).view(Sub), 1)
result = type(r1).__name__, r1.tolist(), type(r2).__name__, type(r3).__name__, np.allclose(np.arange(3.).view(Sub), [0, 1, 2])
# ---
np.array_equal(['a', 'b'], ['a', 'b']), np.array_equal(['a', 'b'], ['a', 'c']), np.array_equal(['a'], [1]), np.array_equal([b'a'], [b'a'])
# ---
np.array_equal([b'a'], ['a']), np.array_equal(['a', 'b'], np.array(['a', 'b'], dtype='S')), np.array_equal(['ab', 'b'], ['a', 'b'])
# ---
np.array_equal(['a', 'b'], ['a', 'b'], equal_nan=True)
# ---
np.array_equal(['a'], [1.0], equal_nan=True)
# ---
a = np.array([1, 2])
np.array_equal(a, a, equal_nan=True), np.array_equal([1, 2], [1, 2], equal_nan=True), np.array_equal(np.array([1, 2], np.uint8), [1, 2], equal_nan=True)
# ---
np.array_equal(np.array([2**64 - 1], np.uint64), np.array([-1])), np.array_equal(np.array([2**53 + 1]), np.array([2**53 + 1], np.uint64)), np.array_equal(np.array([2**53 + 1]), np.array([2**53], np.float64))
# ---
np.array_equal(np.array([0.1], np.float32), np.array([0.1])), np.array_equal(np.array([1.5], np.float16), np.array([1.5], np.float32)), np.array_equal([-0.0], [0.0])
# ---
np.array_equal([complex(1, np.nan)], [complex(np.nan, 1)], equal_nan=True), np.array_equal([np.nan + 1j], [np.nan + 2j]), np.array_equal([True, False], [1, 0])
# ---
np.array_equal([[1, 2], [3]], [1]), np.array_equal(np.zeros((0, 2)), np.zeros((2, 0))), np.array_equal(1, 1), np.array_equal(1, [1])
# ---
np.array_equal([1, 2], [1, 2], equal_nan=np.array([1, 2]))
# ---
np.array_equal(np.arange(12.).reshape(3, 4).T, np.arange(12.).reshape(3, 4).T.copy()), np.array_equal(np.arange(6).reshape(2, 3)[:, ::2], [[0, 2], [3, 5]])
# ---
np.array_equal(None, None)
#: differs object-dtype: =repr: False
# ---
np.array_equiv(['a'], ['a', 'a']), np.array_equiv(['a'], [1]), np.array_equiv([], 1), np.array_equiv([[1, 2], [3]], [1]), np.array_equiv(1, 1.0)
# ---
np.array_equiv([np.nan], [np.nan]), np.array_equiv(np.arange(3.), np.arange(6.).reshape(2, 3) % 3), np.array_equiv(np.arange(3), np.arange(6).reshape(3, 2))
# ---
np.array_equiv([1], [1], [1])
# ---
np.isclose.__name__, np.isclose.__module__, np.allclose.__name__, np.array_equiv.__module__
