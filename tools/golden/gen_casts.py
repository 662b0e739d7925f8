#!/usr/bin/env python3
"""Golden data for astype: every (source dtype, target dtype) pair of the 16 dtype kinds.

Writes numpy-api/src/test/resources/golden/casts.json:
  "cases": one entry per source value: {"src": dtype str, "in": value, "out": {target: result}}
     value  - numeric sources: hex of the element's little-endian bytes (exact bits);
              str sources: the string; bytes sources: the bytes as a latin-1 string.
     result - [dtype str of the result, value] (value encoded as "in") or
              ["!ExceptionType", message] when NumPy raises.
     Each value is cast alone (a 1-element array) so one failing value does not hide the rest;
     the script checks that casting the whole source array at once gives the same values
     (NumPy's contiguous, vectorised loops) wherever no value raises.
  "casting": np.can_cast(src, dst, rule) for every pair and rule, with NumPy's TypeError text.
  "items": item()/tolist() of values of every dtype: [python type name, repr].
  "tobytes": tobytes(order) of small arrays and views.
  "half": float16 checks (all 65536 bit patterns; double->half of hard cases and of a
          splitmix64 stream the Java test regenerates; digests are SHA-256 of little-endian bytes).
Run: python3 tools/golden/gen_casts.py
"""
import hashlib
import json
import pathlib
import struct
import warnings

import numpy as np

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "numpy-api/src/test/resources/golden/casts.json"

NUMERIC = ["bool", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64",
           "float16", "float32", "float64", "complex64", "complex128"]
TARGETS = NUMERIC + ["U", "U3", "S", "S3"]

INT_VALUES = [0, 1, -1, 2, 7, -7, 42, 100, 127, 128, -128, -129, 255, 256, 1000, 2047, 2049, 4097,
              32767, 32768, -32768, -32769, 65504, 65519, 65520, 65535, 65536, 100000,
              2**24 + 1, 2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**32 - 1, 2**32, 2**53 + 1,
              2**62 + 2**38 + 1, 2**62 + 2**38, 2**62 + 2**39 + 2**38, 2**63 - 1, -2**63, -2**63 + 1,
              -(2**62 + 2**38 + 1), 2**63, 2**63 + 2**39 + 1, 2**63 + 2**39, 2**64 - 1, 2**64 - 2**40,
              12345678901234567, -12345678901234567]

FLOAT_VALUES = [0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 0.1, -0.1, 1 / 3, 0.99999, 127.9, 128.0,
                -128.9, -129.0, 255.5, 256.0, -1.0, 32767.5, 32768.0, -32769.0, 65504.0, 65519.0,
                65520.0, 65536.0, 1e5, 2147483647.0, 2147483648.0, -2147483648.5, -2147483649.0,
                3e9, -3e9, 4294967295.0, 4294967296.0, 5e9, -5e9, 2.0**33 + 5, 2.0**53 + 2, 1e16,
                9.2e18, 2.0**63, -2.0**63, -2.0**63 - 2**11, 1.8e19, 2.0**64, 1e20, -1e20, 1e300, -1e300,
                float("nan"), -float("nan"), float("inf"), -float("inf"), 5e-324, 1e-310, 1e-40, 6e-8,
                3e-8, 1e-5, 6.1e-5, 3.4e38, 3.5e38, 1.23456789e-7, 123456789.123, 16777217.0,
                0.30000000000000004, 1e22, 1e-7]

COMPLEX_VALUES = [0j, complex(-0.0, -0.0), 1 + 2j, -1.5 - 2.5j, 2.5 + 0j, 1j, -1j, complex(-0.0, 1),
                  complex(float("nan"), 1), complex(1, float("nan")), complex(float("inf"), -float("inf")),
                  1e20 + 1j, 0.1 + 0.2j, 300.7 - 1j, -3e9 + 0j, 65520 + 1e-40j, 1e-310 + 0j,
                  complex(2**63, 5), complex(1e300, 1e-300)]

STR_VALUES = ["0", "1", "-1", "42", "  12 ", "+5", "-0", "1_0", "1e3", "1.5", "-2.5", "0.1", "nan", "-nan",
              "inf", "-inf", "Infinity", "abc", "", " ", "True", "False", "0x10", "300", "-129", "65520",
              "65519.99", "4294967296", "9223372036854775807", "9223372036854775808", "18446744073709551615",
              "18446744073709551616", "-9223372036854775809", "1e400", "1e-400", "(1+2j)", "1+2j", "j",
              "-1-1j", "(1)", "1 + 2j", "infj", "2.5e-3j", "1_000.5", "1__0", "_1", "1.", ".5", ".",
              "1e", "e5", "1.5e+2", "\u00e9", "\u00e9t\u00e9", "abcdef"]

BYTES_VALUES = [s.encode("latin-1") for s in STR_VALUES] + [b"\xe9", b"a\xffb"]


def enc_bytes(b):
    return b.decode("latin-1")


def encode_array_value(arr, i):
    """One element of arr as JSON: hex of its bytes (numeric), str, or latin-1 of bytes."""
    k = arr.dtype.kind
    if k == "U":
        return str(arr[i])
    if k == "S":
        return enc_bytes(bytes(arr[i]))
    return arr[i:i + 1].tobytes().hex()


def dtype_str(dt):
    if dt.kind in "US":
        return dt.str.lstrip("<|")
    return dt.name


def source_arrays():
    out = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        out.append(("bool", np.array([False, True])))
        for name in NUMERIC[1:9]:
            info = np.iinfo(name)
            vals = [v for v in INT_VALUES if info.min <= v <= info.max]
            vals += [info.min, info.max]
            out.append((name, np.array(sorted(set(vals)), dtype=name)))
        for name in ("float16", "float32", "float64"):
            a = np.array(FLOAT_VALUES, dtype=np.float64).astype(name)
            if name == "float16":
                a = np.concatenate([a, np.array([0x0001, 0x03FF, 0x0400, 0x7BFF, 0x7E00, 0xFE00, 0x7C01, 0x3555],
                                                dtype=np.uint16).view(np.float16)])
            out.append((name, uniq(a)))
        for name in ("complex64", "complex128"):
            out.append((name, uniq(np.array(COMPLEX_VALUES, dtype=np.complex128).astype(name))))
    out.append(("U", np.array(STR_VALUES)))
    out.append(("S", np.array(BYTES_VALUES)))
    return out


def uniq(a):
    seen, keep = set(), []
    for i in range(len(a)):
        b = a[i:i + 1].tobytes()
        if b not in seen:
            seen.add(b)
            keep.append(i)
    return a[keep]


def cast_result(arr, target):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            r = arr.astype(target)
        return r, None
    except Exception as e:  # noqa: BLE001 - we record NumPy's exception
        return None, ["!" + type(e).__name__, str(e)]


def gen_cases():
    cases = []
    mismatches = 0
    for sname, arr in source_arrays():
        whole = {t: cast_result(arr, t) for t in TARGETS}
        for i in range(len(arr)):
            # string sources: a 1-element array of the value's own width (as np.array([s]))
            one = np.array([arr[i]]) if sname in ("U", "S") else arr[i:i + 1]
            entry = {"src": dtype_str(one.dtype), "in": encode_array_value(arr, i), "out": {}}
            for t in TARGETS:
                r, err = cast_result(one, t)
                if err is not None:
                    entry["out"][t] = err
                    continue
                entry["out"][t] = [dtype_str(r.dtype), encode_array_value(r, 0)]
                wr, werr = whole[t]
                if werr is None and encode_array_value(wr, i) != encode_array_value(r, 0) and r.dtype.kind not in "US":
                    mismatches += 1
                    print("whole-array cast differs:", sname, t, entry["in"], encode_array_value(wr, i),
                          encode_array_value(r, 0))
            cases.append(entry)
    return cases, mismatches


def gen_casting():
    names = NUMERIC + ["U", "U3", "U32", "S", "S3", "S32"]
    out = []
    for s in names:
        for d in names:
            row = {"src": s, "dst": d}
            for rule in ("no", "equiv", "safe", "same_kind", "unsafe"):
                row[rule] = bool(np.can_cast(np.dtype(s), np.dtype(d), rule))
            try:
                np.zeros(1, s).astype(d, casting="safe")
                row["msg"] = None
            except TypeError as e:
                row["msg"] = str(e)
            out.append(row)
    return out


def gen_items():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        out = []
        for sname, arr in source_arrays():
            for i in range(len(arr)):
                v = arr[i:i + 1].item()
                if isinstance(v, complex):
                    rep = [v.real.hex(), v.imag.hex()]
                elif isinstance(v, float):
                    rep = v.hex()
                elif isinstance(v, bytes):
                    rep = enc_bytes(v)
                else:
                    rep = v if isinstance(v, (bool, str)) else str(v)
                out.append({"dtype": dtype_str(arr.dtype) if sname in ("U", "S") else sname,
                            "in": encode_array_value(arr, i), "type": type(v).__name__, "value": rep})
        return out


def gen_tobytes():
    out = []
    base = np.arange(24, dtype=np.float64).reshape(2, 3, 4) - 5.5
    exprs = {
        "a": lambda a: a,
        "a.T": lambda a: a.T,
        "a[:, ::2, 1:]": lambda a: a[:, ::2, 1:],
        "a[::-1, 1]": lambda a: a[::-1, 1],
        "a[1, 2, 3]": lambda a: a[1, 2, 3],
    }
    for name in NUMERIC:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            a = (base * (1 + 1j)).astype(name) if name.startswith("complex") else base.astype(name)
        for e, f in exprs.items():
            v = f(a)
            for order in ("C", "F", "A"):
                out.append({"dtype": name, "expr": e, "order": order, "hex": v.tobytes(order).hex()})
    for name, vals in (("U", ["a", "bcd", "", "\u00e9x"]), ("S", [b"a", b"bcd", b"", b"\xe9x"])):
        a = np.array(vals).reshape(2, 2)
        for e, v in (("a", a), ("a.T", a.T)):
            for order in ("C", "F"):
                out.append({"dtype": dtype_str(a.dtype), "expr": e, "order": order,
                            "values": [str(x) if name == "U" else enc_bytes(bytes(x)) for x in a.ravel()],
                            "hex": v.tobytes(order).hex()})
    return out


def splitmix64(state):
    state = (state + 0x9E3779B97F4A7C15) & 0xFFFFFFFFFFFFFFFF
    z = state
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & 0xFFFFFFFFFFFFFFFF
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & 0xFFFFFFFFFFFFFFFF
    return state, z ^ (z >> 31)


def half_stream(n):
    """Doubles whose exponents cover float16's range and beyond: bits from splitmix64(seed 42)."""
    s = 42
    bits = []
    for _ in range(n):
        s, z = splitmix64(s)
        # exponent in [1023-30, 1023+17], random sign and mantissa
        e = 993 + (z >> 52) % 48
        bits.append((z & 0x800FFFFFFFFFFFFF) | (e << 52))
    return np.array(bits, dtype=np.uint64).view(np.float64)


def sha(a):
    return hashlib.sha256(np.ascontiguousarray(a).tobytes()).hexdigest()


def gen_half():
    h = np.arange(65536, dtype=np.uint32).astype(np.uint16).view(np.float16)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        f32 = h.astype(np.float32)
        f64 = h.astype(np.float64)
        back32 = f32.astype(np.float16)
        back64 = f64.astype(np.float16)
        stream = half_stream(200000)
        hard = []
        # midpoints between consecutive halves and their neighbours, subnormal edges, overflow edge
        for b in list(range(0, 0x7C00, 97)) + [0, 1, 2, 3, 0x3FF, 0x400, 0x401, 0x7BFE, 0x7BFF]:
            lo = float(np.uint16(b).view(np.float16))
            hi = float(np.uint16(b + 1).view(np.float16)) if b + 1 < 0x7C00 else 65536.0
            mid = (lo + hi) / 2
            hard += [mid, np.nextafter(mid, 0), np.nextafter(mid, np.inf), -mid, lo]
        hard += [65519.99999999999, 65520.0, 2.0**-25, np.nextafter(2.0**-25, 1), 2.0**-26, 1e-8, 1e300, -1e300]
        hard = np.array(hard, dtype=np.float64)
        return {
            "f32_sha": sha(f32), "f64_sha": sha(f64), "back32_sha": sha(back32), "back64_sha": sha(back64),
            "stream_n": len(stream), "stream_sha": sha(stream.astype(np.float16)),
            "stream_f32_sha": sha(stream.astype(np.float32).astype(np.float16)),
            "hard": [[x.hex(), int(np.float16(x).view(np.uint16))] for x in hard.tolist()],
            "hard_f32": [[float(np.float32(x)).hex(), int(np.float32(x).astype(np.float16).view(np.uint16))]
                         for x in hard.tolist()],
        }


def main():
    cases, mismatches = gen_cases()
    doc = {"numpy": np.__version__, "cases": cases, "casting": gen_casting(), "items": gen_items(),
           "tobytes": gen_tobytes(), "half": gen_half()}
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(doc, ensure_ascii=True, separators=(",", ":")))
    n = sum(len(c["out"]) for c in cases)
    print(f"wrote {OUT}: {len(cases)} source values, {n} casts, {mismatches} whole-array mismatches")


if __name__ == "__main__":
    main()
