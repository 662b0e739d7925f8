#!/usr/bin/env python3
"""Golden data for the dynamic layer's argument binding: Python's own rules and TypeError texts.

For each signature (NumPy's), a Python function with that signature is called with many
argument patterns; the bound arguments (by name) or the TypeError message are recorded.
Writes numpy-api/src/test/resources/golden/signatures.json.
"""
import json
import pathlib

OUT = pathlib.Path(__file__).resolve().parents[2] / "numpy-api/src/test/resources/golden/signatures.json"

SIGNATURES = {
    "zeros": "(shape, dtype=None, order='C', *, device=None, like=None)",
    "reshape": "(a, /, shape, order='C', *, copy=None)",
    "transpose": "(a, axes=None)",
    "moveaxis": "(a, source, destination)",
    "arange": "(start_or_stop, /, stop=None, step=1, *, dtype=None, device=None, like=None)",
    "broadcast_arrays": "(*args, subok=False)",
    "einsum": "(*operands, out=None, optimize=False, **kwargs)",
    "full": "(shape, fill_value, dtype=None, order='C', *, device=None, like=None)",
    "kwonly": "(a, *, b, c=1)",
    "linspace": "(start, stop, num=50, endpoint=True, retstep=False, dtype=None, axis=0, *, device=None)",
    "pad": "(array, pad_width, mode='constant', **kwargs)",
    "noargs": "()",
    "one": "(a)",
}

CALLS = [
    ([], {}), ([1], {}), ([1, 2], {}), ([1, 2, 3], {}), ([1, 2, 3, 4], {}), ([1, 2, 3, 4, 5, 6, 7, 8], {}),
    ([], {"a": 1}), ([1], {"a": 1}), ([1], {"shape": 2}), ([1], {"foo": 1}), ([1, 2], {"dtype": "f8"}),
    ([1], {"stop": 5, "dtype": "i4"}), ([1, 2, 3, 4], {"like": None}), ([], {"shape": 3, "order": "F"}),
    ([1], {"b": 2}), ([1, 2], {"b": 3}), ([1], {"source": 0, "destination": 1}), ([1, 0], {"source": 1}),
    ([1, 2], {"mode": "edge", "constant_values": 3}), ([1, 2, 3], {"out": None, "x": 1}),
    ([], {"start_or_stop": 3}), ([1, 2, 3, 4, 5], {"device": None}),
]


def main():
    cases = []
    for name, sig in SIGNATURES.items():
        params = sig[1:-1]
        src = "def %s%s:\n    return {k: v for k, v in locals().items()}\n" % (name, sig)
        ns = {}
        exec(src, ns)  # noqa: S102 - building test functions from literal signatures
        f = ns[name]
        for pos, kw in CALLS:
            rec = {"name": name, "signature": sig, "args": pos, "kwargs": kw}
            try:
                bound = f(*pos, **kw)
                rec["bound"] = {k: (list(v) if isinstance(v, tuple) else v) for k, v in bound.items()}
            except TypeError as e:
                rec["error"] = str(e)
            cases.append(rec)
        del params
    OUT.write_text(json.dumps(cases, indent=1))
    print("wrote", OUT, len(cases), "cases")


if __name__ == "__main__":
    main()
