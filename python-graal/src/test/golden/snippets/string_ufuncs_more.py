# String multiply by an integer count and logical_and/or/xor of strings through the Python operators and
# np.<ufunc> names: NumPy's multiply loop needs out= (the result is cut to out's width).
s = np.array(['ab', 'c']); s * 2
# ---
s = np.array(['ab', 'c']); 2 * s
# ---
np.array([b'ab', b'c']) * -1
# ---
np.multiply(np.array(['ab', 'c']), np.arange(2))
# ---
s = np.array(['ab', 'c']); np.multiply(s, 2, out=np.empty(2, 'U4')), np.multiply(s, -1, out=np.empty(2, 'U4'))
# ---
s = np.array(['ab', 'c']); np.multiply(s, 2, out=np.empty(2, 'U1')), np.multiply(3, s, np.empty(2, 'U5'))
# ---
s = np.array([b'ab', b'c']); np.multiply(s, np.array([1, 3], np.uint8), out=(np.empty(2, 'S4'),))
# ---
np.multiply(np.array(['x', 'yz']), np.array([[1], [2]]), out=np.zeros((2, 2), 'U3'))
# ---
np.multiply(np.array('ab'), np.int32(3), out=np.zeros((), 'U6'))
# ---
a = np.array(['ab', 'c'], 'U4'); a *= 3; a
# ---
np.multiply(np.array(['ab']), 2**70, out=np.empty(1, 'U4'))
# ---
np.multiply(np.array(['ab']), 2**62, out=np.empty(1, 'U4'))
# ---
np.multiply(np.array(['ab']), 2, out=np.empty(1, 'S4'))
# ---
np.array(['ab']) * 2.0
# ---
np.array(['ab']) * True
# ---
s = np.array(['ab', '', '\x00']); np.logical_and(s, s), np.logical_or(s, ''), np.logical_xor(s, np.array([b'x', b'', b'y']))
# ---
s = np.array(['ab', '', 'c']); np.logical_and(s, 1.5), np.logical_or(0, s), np.logical_and(s, np.array([1, 1, 0]))
# ---
s = np.array(['ab', '', 'c']); np.logical_and.reduce(s), np.logical_or.accumulate(s), np.logical_xor.outer(s, s[:2])
# ---
s = np.array(['ab', '', 'c']); np.logical_and(s, 'x', out=np.zeros(3, int)), np.logical_or(s, s, out=np.zeros(3, 'U3'))
# ---
np.logical_and(np.array(['ab']), np.array(['']), dtype=int)
# ---
np.logical_not(np.array(['ab', '']))
# ---
np.array(['ab']) & np.array(['c'])
