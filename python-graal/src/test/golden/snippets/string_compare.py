# String loops of the ufuncs: comparisons and add of str_ (U) and bytes_ (S) arrays, the operators on them,
# NumPy's errors for strings with other operands, and == / != of operands without a loop (compare unequal).
a = np.array(['a', 'b']); a == 'a', a != 'a', a < 'b', a <= 'a', a > 'a', a >= 'b'
# ---
np.array(['a\x00']) == 'a', np.array(['a', 'ab', 'b']) < 'ab', np.array(['a\x00b']) < 'a'
# ---
np.array(['\U0001F600', '\uffff', '\ud7ff']) < '\uffff'
# ---
s = np.array([b'a', b'\xff', b'']); s == b'a', s < b'b', s >= np.array([b'', b'\xfe', b'\x00'])
# ---
np.array(['a', 'bcd'], dtype='U5') == np.array(['a', 'bc'], dtype='U2'), np.equal(np.array(['a', 'b'])[:, None], np.array(['a', 'b', 'c']))
# ---
np.array('ab') == 'ab', np.array('ab') < 'a', np.array([], dtype='U3') == 'a', np.equal('a', 'a')
# ---
np.equal(np.array(['a', 'b']), np.array([b'a', b'b']))
# ---
np.less(np.array(['a', 'b']), 1)
# ---
np.equal(1.5, np.array([b'a']))
# ---
np.array(['a', 'b']) < np.array([1, 2])
# ---
np.array([1.0]) > 'a'
# ---
a = np.array(['a', 'b']); a == 1, a != 1, a == 1.5, a == np.array([1, 2]), a != np.array([b'a', b'b']), a == True
# ---
a = np.array(['a', 'b']); a == b'a', np.array([b'a']) == 'a', a == None, a != None, a == [1, 2], np.array(['1', '2']) == [1, 2]
# ---
a = np.array(['a', 'b']); a == np.array([[1], [2], [3]]), np.array([True]) == 'a', np.array([1.0]) != 'a'
# ---
np.array(['a', 'b']) == np.array([1, 2, 3])
# ---
np.array(['a', 'b']) != np.array(['a', 'b', 'c'])
# ---
np.array('a') == 1, np.array('a') != 1, type(np.array('a') == 1)
# ---
np.arange(3) == 'a', np.arange(3.0) != 'a', np.arange(3) == None
# ---
a = np.array(['a', 'bc']); a + 'x', 'x' + a, a + a, np.add(a, np.array(['1', '22', '333'])[:, None])
# ---
s = np.array([b'a', b'bc']); s + b'x', b'\x00' + s, np.add(s, s)
# ---
np.add(np.array('ab'), 'c'), np.add(np.array(['a', 'b']), '\x00'), np.add(np.array(['a\x00', 'b']), 'c')
# ---
np.array([b'a']) + 'bc'
# ---
np.array(['a']) + 1
# ---
1.5 + np.array(['a'])
# ---
np.maximum(np.array(['a', 'c']), 'b')
# ---
np.minimum(np.array([b'a', b'c']), b'b')
# ---
np.subtract(np.array(['a']), np.array(['b']))
# ---
-np.array(['a'])
# ---
np.equal(np.array(['a', 'b']), 'a', out=np.zeros(2, int)), np.less(np.array(['a', 'b']), 'b', out=np.zeros(2, 'U5'))
# ---
o = np.ones(3, bool); np.less(np.array(['a', 'b', 'c']), 'b', out=o, where=[True, False, True]); o
# ---
np.add(np.array(['a', 'b'], 'U5'), 'xyz', out=np.zeros(2, 'U2')), np.add(np.array(['a', 'b']), 'x', dtype='U')
# ---
np.add(np.array(['ab', 'c']), 'x', out=np.zeros(2, int))
# ---
np.add(np.array(['ab', 'c']), 'x', out=np.zeros(2, 'U8'), casting='no')
# ---
np.equal(np.array(['a']), 'a', dtype=int)
# ---
np.add(np.array(['a']), 'b', dtype='U3')
# ---
np.equal.outer(np.array(['a', 'b']), np.array(['a', 'b', 'c'])), np.add.outer(np.array(['a', 'b']), np.array(['x', 'yy']))
# ---
np.equal.reduce(np.array(['a', 'b']))
# ---
np.add.reduce(np.array(['a', 'b', 'c']))
# ---
np.add.accumulate(np.array([b'a', b'b']))
# ---
np.maximum.reduce(np.array(['a', 'b']))
# ---
a = np.array(['a', 'b'], 'U3'); np.add.at(a, [0, 0, 1], 'z'); np.equal.at(a, [1], 'bz'); a
# ---
a = np.array(['a', 'b']); a += 'c'; a
# ---
a = np.array(['a', 'b'], 'U4'); a += 'cd'; a
