#!/usr/bin/env python3
"""Golden data for np.format_float_positional / np.format_float_scientific and scalar str/repr.

Writes numpy-api/src/test/resources/golden/float_format.json:
  {"format": [case...], "errors": [case...], "scalars": [case...]}
Float values are recorded by their IEEE bits (hex) and type ("f2", "f4", "f8") so the test
rebuilds them exactly; "opts" holds the keyword arguments given (absent = default).
"""
import json
import os
import random

import numpy as np

OUT = os.path.join(os.path.dirname(__file__), '..', '..', 'numpy-api', 'src', 'test', 'resources',
                   'golden', 'float_format.json')
rng = random.Random(20261124)
UTYPE = {'f2': np.uint16, 'f4': np.uint32, 'f8': np.uint64}
FTYPE = {'f2': np.float16, 'f4': np.float32, 'f8': np.float64}


def bits_of(v, t):
    return format(int(np.array(v, dtype=FTYPE[t]).view(UTYPE[t])), 'x')


def base_values():
    vals = [0.0, -0.0, float('nan'), float('inf'), float('-inf'), 1.0, -1.0, 0.1, 0.2, 0.3, 1/3, 2/3,
            0.5, 1.5, 2.5, 3.5, 0.125, 0.375, 0.625, 1.25, 1.125, 9.5, 99.5, 0.05, 0.15, 0.25, 0.35, 0.45,
            1e23, 1e22, 9.999999999999999e22, 5e-324, 1e-323, 2.2250738585072014e-308,
            2.225073858507201e-308, 1.7976931348623157e308, 123456789.0, 2.0**53, 2.0**53 + 2, 2.0**63,
            1e16, 9999999999999998.0, 1e15, 1e-4, 9.999999999999999e-5, 1e-5, 0.0001, 123.456, -123.456,
            3.141592653589793, 2.718281828459045, 1e100, 1e-100, 4.35, 0.995, 9.995, 0.9999, 99.99,
            1e308, 1e-308, 65504.0, 6.1e-5, 5.96e-8, 3.4028234663852886e38, 1.401298464324817e-45,
            1.1754943508222875e-38]
    vals += [10.0 ** k for k in range(-25, 26)]
    vals += [2.0 ** k for k in range(-30, 70, 3)]
    vals += [float(i) for i in range(0, 21)] + [i + 0.5 for i in range(10)]
    vals += [rng.choice([1, -1]) * rng.random() * 10 ** rng.randint(-12, 22) for _ in range(300)]
    vals += [round(rng.uniform(-1000, 1000), rng.randint(0, 6)) for _ in range(150)]
    return vals


def values():
    out = []
    for v in base_values():
        out.append(('f8', v))
    for _ in range(400):  # random bit patterns of every magnitude
        b = rng.getrandbits(64)
        out.append(('f8', float(np.array(b, dtype=np.uint64).view(np.float64))))
    for _ in range(40):  # subnormals
        out.append(('f8', float(np.array(rng.getrandbits(52), dtype=np.uint64).view(np.float64))))
    for v in base_values()[::2]:
        out.append(('f4', v))
    for _ in range(300):
        b = rng.getrandbits(32)
        out.append(('f4', float(np.array(b, dtype=np.uint32).view(np.float32))))
    for v in base_values()[::3]:
        out.append(('f2', v))
    for _ in range(400):
        b = rng.getrandbits(16)
        out.append(('f2', float(np.array(b, dtype=np.uint16).view(np.float16))))
    return out


def random_opts(sci):
    o = {}
    r = rng.random
    if r() < 0.7:
        o['precision'] = rng.choice([0, 1, 2, 3, 4, 5, 8, 10, 16, 17, 20, 25])
    if r() < 0.4:
        o['unique'] = False
        if 'precision' not in o:
            o['precision'] = rng.choice([0, 1, 3, 6])
    if not sci and r() < 0.2:
        o['fractional'] = False
        if o.get('precision', 1) == 0:
            o['precision'] = 3
    if r() < 0.5:
        o['trim'] = rng.choice(['k', '.', '0', '-'])
    if r() < 0.2:
        o['sign'] = True
    if r() < 0.25:
        o['pad_left'] = rng.choice([0, 1, 3, 6])
    if not sci and r() < 0.25:
        o['pad_right'] = rng.choice([0, 1, 4, 8])
    if r() < 0.25:
        md = rng.choice([0, 1, 2, 4, 8])
        if 'precision' in o and o['precision'] > 0 and md > o['precision']:
            md = o['precision']
        o['min_digits'] = md
    if sci and r() < 0.25:
        o['exp_digits'] = rng.choice([0, 1, 2, 3, 4, 6])
    return o


def call(sci, t, v, o):
    x = FTYPE[t](v)
    f = np.format_float_scientific if sci else np.format_float_positional
    return f(x, **o)


def main():
    cases = []
    for t, v in values():
        bits = bits_of(v, t)
        optsets = [{}, {}] + [random_opts(False) for _ in range(3)]
        optsets[1] = None  # marker: scientific default
        for i, o in enumerate(optsets):
            sci = o is None or (i >= 2 and rng.random() < 0.5)
            if o is None:
                o = {}
            if sci:
                o = {k: w for k, w in o.items() if k not in ('fractional', 'pad_right')}
                if rng.random() < 0.3:
                    o['exp_digits'] = rng.choice([0, 1, 3, 5])
            try:
                out = call(sci, t, v, o)
            except Exception as e:  # noqa
                continue
            fn = 'format_float_scientific' if sci else 'format_float_positional'
            args = ''.join(f', {k}={w!r}' for k, w in o.items())
            cases.append({'expr': f'np.{fn}(np.{FTYPE[t].__name__}({v!r}){args})', 'fn': 'sci' if sci else 'pos',
                          'type': t, 'bits': bits, 'opts': o, 'out': out})

    # long min_digits runs (margins outgrow 64-bit arithmetic) and large exact precisions
    for t in ('f2', 'f4', 'f8'):
        for v in [0.1, 1.5, 123.456, 2.0 ** -20, 1 / 3, 7e22, 5e-324, 1e-40, 6e-8, 65504.0]:
            for sci in (False, True):
                for o in [{'min_digits': 12}, {'min_digits': 20}, {'min_digits': 30}, {'min_digits': 45},
                          {'precision': 40, 'min_digits': 35}, {'precision': 60, 'unique': False},
                          {'precision': 30, 'unique': False, 'trim': '-'}]:
                    with np.errstate(over='ignore', under='ignore'):
                        try:
                            out = call(sci, t, v, o)
                        except Exception:  # noqa
                            continue
                        bits = bits_of(v, t)
                    fn = 'format_float_scientific' if sci else 'format_float_positional'
                    args = ''.join(f', {k}={w!r}' for k, w in o.items())
                    cases.append({'expr': f'np.{fn}(np.{FTYPE[t].__name__}({v!r}){args})',
                                  'fn': 'sci' if sci else 'pos', 'type': t, 'bits': bits, 'opts': o, 'out': out})

    errors = []
    for sci, o in [(False, {'unique': False}), (True, {'unique': False}), (False, {'precision': -1}),
                   (True, {'precision': -1}), (False, {'pad_left': -2}), (False, {'pad_right': -1}),
                   (False, {'min_digits': -1}), (True, {'exp_digits': -1}), (True, {'pad_left': -1}),
                   (False, {'fractional': False, 'precision': 0}),
                   (False, {'precision': 2, 'min_digits': 3}), (True, {'precision': 2, 'min_digits': 3})]:
        fn = np.format_float_scientific if sci else np.format_float_positional
        try:
            fn(1.5, **o)
            raise SystemExit(f'expected an error for {o}')
        except (ValueError, TypeError) as e:
            errors.append({'fn': 'sci' if sci else 'pos', 'opts': o, 'type': type(e).__name__, 'msg': str(e)})

    scalars = []
    for t, v in values()[::2]:
        x = FTYPE[t](v)
        scalars.append({'kind': 'float', 'type': t, 'bits': bits_of(v, t), 'str': str(x), 'repr': repr(x)})
    specials = [0.0, -0.0, 1.0, -1.5, float('nan'), float('inf'), float('-inf'), 1e20, 1e-5, 0.1, 2.5e-7]
    for ct, ft in (('c8', 'f4'), ('c16', 'f8')):
        ctype = np.complex64 if ct == 'c8' else np.complex128
        pairs = [(a, b) for a in specials for b in specials]
        pairs += [(rng.uniform(-100, 100), rng.uniform(-100, 100)) for _ in range(30)]
        for a, b in pairs:
            z = np.zeros((), dtype=ctype)
            z.real = a
            z.imag = b
            x = z[()]
            scalars.append({'kind': 'complex', 'type': ct, 'rebits': bits_of(a, ft), 'imbits': bits_of(b, ft),
                            'str': str(x), 'repr': repr(x)})
    for name in ['int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64']:
        info = np.iinfo(name)
        for v in sorted({0, 1, 7, int(info.min), int(info.max), int(info.max) // 3}):
            x = getattr(np, name)(v)
            scalars.append({'kind': 'int', 'type': name, 'value': str(v), 'str': str(x), 'repr': repr(x)})
    for w in ['a', "it's", 'say "hi"', 'tab\tx', '\x85\u200b\U0001F600', 'back\\slash', '']:
        x = np.str_(w)
        scalars.append({'kind': 'str', 'value': w, 'str': str(x), 'repr': repr(x)})
    for w in [b'a', b"it's", b'\x00\xff', b'q"\'', b'']:
        x = np.bytes_(w)
        scalars.append({'kind': 'bytes', 'value': list(w), 'str': str(x), 'repr': repr(x)})
    for b in (True, False):
        x = np.bool_(b)
        scalars.append({'kind': 'bool', 'value': b, 'str': str(x), 'repr': repr(x)})

    with open(OUT, 'w') as fh:
        def block(items):
            return '[\n' + ',\n'.join(json.dumps(c, separators=(',', ':')) for c in items) + '\n]'
        fh.write('{"numpy":%s,\n"format":%s,\n"errors":%s,\n"scalars":%s}\n' % (
            json.dumps(np.__version__), block(cases), block(errors), block(scalars)))
    print(len(cases), 'format cases,', len(errors), 'errors,', len(scalars), 'scalars ->', os.path.normpath(OUT))


if __name__ == '__main__':
    main()
