#!/usr/bin/env python3
"""Golden data for repr()/str() of arrays (np.array_repr / np.array_str) under print options.

Writes numpy-api/src/test/resources/golden/array_print.json: a list of cases
  {"expr", "dtype" (dtype.str, e.g. "<f4", "|b1", "<U3", "|S2"), "shape", "values" (flat, C order),
   "opts" (print options set for this case; absent = NumPy's defaults), "repr", "str"}
Values: bool -> true/false; integers -> decimal strings; float16/32/64 -> hex of the float64 bits
of the (exactly representable) value; complex -> [re_bits, im_bits]; str -> string;
bytes -> list of byte values.
"""
import json
import os
import random
import struct

import numpy as np

OUT = os.path.join(os.path.dirname(__file__), '..', '..', 'numpy-api', 'src', 'test', 'resources',
                   'golden', 'array_print.json')
rng = random.Random(424242)
nrng = np.random.default_rng(7)


def fbits(x):
    return format(struct.unpack('<Q', struct.pack('<d', float(x)))[0], 'x')


def encode(a):
    flat = a.ravel().tolist() if a.ndim else [a.item()]
    k = a.dtype.kind
    if k == 'b':
        return [bool(v) for v in flat]
    if k in 'iu':
        return [str(int(v)) for v in flat]
    if k == 'f':
        return [fbits(v) for v in flat]
    if k == 'c':
        return [[fbits(v.real), fbits(v.imag)] for v in flat]
    if k == 'U':
        return [str(v) for v in flat]
    if k == 'S':
        return [list(v) for v in flat]
    raise ValueError(a.dtype)


SHAPES_SMALL = [(), (1,), (2,), (5,), (3, 4), (2, 3, 4), (2, 1, 3), (1, 1), (4, 1), (7,), (12,), (3, 2, 2, 2)]
SHAPES_EMPTY = [(0,), (0, 3), (2, 0), (3, 0, 2)]
SHAPES_WIDE = [(30,), (25, 3), (3, 25), (40,)]
SHAPES_BIG = [(1001,), (40, 40), (3, 400), (12, 12, 12), (2000,)]


def float_values(n, style, dt):
    if style == 'smallint':
        v = nrng.integers(-20, 20, n).astype(float)
    elif style == 'normal':
        v = nrng.standard_normal(n)
    elif style == 'wide':
        v = nrng.standard_normal(n) * 10.0 ** nrng.integers(-12, 12, n)
    elif style == 'pos':
        v = nrng.random(n) * 100
    elif style == 'tiny':
        v = nrng.random(n) * 1e-6
    elif style == 'huge':
        v = nrng.random(n) * 1e9
    elif style == 'round':
        v = np.round(nrng.standard_normal(n) * 100, nrng.integers(0, 4))
    elif style == 'special':
        pool = [0.0, -0.0, np.nan, np.inf, -np.inf, 1.5, -2.25, 1e-5, 3.0, 1e10, 0.1]
        v = np.array([rng.choice(pool) for _ in range(n)])
    elif style == 'nonfinite':
        pool = [np.nan, np.inf, -np.inf]
        v = np.array([rng.choice(pool) for _ in range(n)])
    elif style == 'halves':
        v = nrng.integers(-40, 40, n) / 8.0
    else:
        raise ValueError(style)
    with np.errstate(over='ignore'):
        return v.astype(dt)


FLOAT_STYLES = ['smallint', 'normal', 'wide', 'pos', 'tiny', 'huge', 'round', 'special', 'nonfinite', 'halves']
INT_DTYPES = ['int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64']


def make(dtype, shape, style=None):
    n = int(np.prod(shape)) if shape else 1
    dt = np.dtype(dtype)
    if dt.kind == 'b':
        a = nrng.random(n) < 0.5
    elif dt.kind in 'iu':
        info = np.iinfo(dt)
        if style == 'full':
            a = nrng.integers(info.min, info.max, n, dtype=dt, endpoint=True)
        else:
            lo = max(int(info.min), -1000)
            a = nrng.integers(lo, min(int(info.max), 1000), n, dtype=dt, endpoint=True)
    elif dt.kind == 'f':
        a = float_values(n, style or 'normal', dt)
    elif dt.kind == 'c':
        re = float_values(n, style or 'normal', np.float64)
        im = float_values(n, rng.choice(FLOAT_STYLES[:7]), np.float64)
        a = (re + 1j * im).astype(dt)
        if style in ('special', 'nonfinite'):
            a = np.array([complex(x, y) for x, y in zip(re, im)], dtype=dt)
    elif dt.kind == 'U':
        words = ['a', 'bc', "it's", 'say "hi"', 'tab\tx', 'ünï', '', 'xyz', 'line\nbreak', 'back\\slash', '\x85\u200b\U0001F600 \xa0\u3000', 'q\'"x']
        a = np.array([rng.choice(words) for _ in range(n)], dtype=dt if dt.itemsize else None)
    elif dt.kind == 'S':
        words = [b'a', b'bc', b"it's", b'\x00\xff', b'', b'xyz', b'q"']
        a = np.array([rng.choice(words) for _ in range(n)], dtype=dt if dt.itemsize else None)
    else:
        raise ValueError(dtype)
    return np.asarray(a).reshape(shape)


def random_options():
    o = {}
    if rng.random() < 0.5:
        o['precision'] = rng.choice([0, 1, 2, 3, 4, 5, 10, 17])
    if rng.random() < 0.4:
        o['floatmode'] = rng.choice(['fixed', 'unique', 'maxprec', 'maxprec_equal'])
    if rng.random() < 0.3:
        o['suppress'] = True
    if rng.random() < 0.3:
        o['sign'] = rng.choice(['-', '+', ' '])
    if rng.random() < 0.3:
        o['linewidth'] = rng.choice([10, 20, 40, 60, 100, 200])
    if rng.random() < 0.2:
        o['threshold'] = rng.choice([5, 10, 20])
        o['edgeitems'] = rng.choice([1, 2, 3, 4])
    if rng.random() < 0.15:
        o['nanstr'] = rng.choice(['NaN', 'n'])
        o['infstr'] = rng.choice(['Inf', 'infinity'])
    return o


def case(a, opts, cases):
    with np.printoptions(**opts):
        r = repr(a)
        s = str(a)
    cases.append({'expr': f'{a.dtype.str} {a.shape} {opts}', 'dtype': a.dtype.str, 'shape': list(a.shape),
                  'values': encode(a), 'opts': opts, 'repr': r, 'str': s})


def main():
    cases = []
    float_dtypes = ['float16', 'float32', 'float64']
    all_dtypes = ['bool'] + INT_DTYPES + float_dtypes + ['complex64', 'complex128', 'U', 'S']
    for dt in all_dtypes:
        for shape in SHAPES_SMALL + SHAPES_EMPTY + SHAPES_WIDE:
            styles = FLOAT_STYLES if dt.startswith(('float', 'complex')) else [None, 'full'] if dt in INT_DTYPES else [None]
            for style in styles:
                if shape in SHAPES_WIDE and style not in (None, 'normal', 'wide', 'smallint', 'special'):
                    continue
                a = make(dt, shape, style)
                case(a, {}, cases)
                if rng.random() < 0.6:
                    case(a, random_options(), cases)
        for shape in SHAPES_BIG:
            style = rng.choice(FLOAT_STYLES) if dt.startswith(('float', 'complex')) else None
            a = make(dt, shape, style)
            # only the edge items of a summarized array are printed: zero the interior so the
            # JSON stays small (the output is the same for any interior values)
            keep = np.zeros(shape, dtype=bool)
            keep[np.ix_(*[np.unique(np.r_[0:min(4, n), max(n - 4, 0):n]) for n in shape])] = True
            a = np.where(keep, a, np.zeros((), dtype=a.dtype))
            case(a, {}, cases)
            case(a, random_options(), cases)
    # non-native byte order and explicit option sweeps on one float array
    for dt in ['>f8', '>i4', '>c16', '<u2']:
        case(np.arange(6).astype(dt).reshape(2, 3), {}, cases)
    base = np.array([[1.5, -0.0, 123.456], [np.nan, 1e-3, -np.inf]])
    for fm in ['fixed', 'unique', 'maxprec', 'maxprec_equal']:
        for p in [0, 2, 8]:
            for sign in ['-', '+', ' ']:
                case(base, {'floatmode': fm, 'precision': p, 'sign': sign}, cases)
    # option sweep: every floatmode x precision x sign x suppress on a few small float arrays
    for dt in ['float16', 'float32', 'float64', 'complex64', 'complex128']:
        for style in ['normal', 'wide', 'special', 'halves']:
            a = make(dt, (2, 3), style)
            for fm in ['fixed', 'unique', 'maxprec', 'maxprec_equal']:
                for p in [0, 3, 8]:
                    for sign in ['-', '+', ' ']:
                        for sup in [False, True]:
                            case(a, {'floatmode': fm, 'precision': p, 'sign': sign, 'suppress': sup}, cases)
    # views: the test applies the same index (NDArray.get) and transpose to the rebuilt base
    for dt in ['int64', 'float64', 'float32', 'complex128', 'bool', 'U']:
        base = make(dt, (4, 5), 'normal' if dt.startswith(('float', 'complex')) else None)
        for idx in ['::2', '1:, ::-1', '..., 2', '1', '::-1, 1:4', 'None, 1:3']:
            for t in (False, True):
                v = base[eval(f'np.s_[{idx}]')]
                if t:
                    v = v.T
                c = []
                case(v, {}, c)
                c[0].update({'values': encode(base), 'shape': list(base.shape), 'index': idx, 'T': t,
                             'expr': f'{base.dtype.str} (4, 5)[{idx}]' + ('.T' if t else '')})
                cases.append(c[0])
    with open(OUT, 'w') as fh:
        fh.write('[\n' + ',\n'.join(json.dumps(c, separators=(',', ':')) for c in cases) + '\n]\n')
    print(len(cases), 'cases ->', os.path.normpath(OUT))


if __name__ == '__main__':
    main()
