#!/usr/bin/env python3
"""The Java quick start (examples/.../Quickstart.java) in NumPy: its output is the expected text.

Writes examples/src/test/resources/quickstart.txt.
"""
import io
import pathlib

import numpy as np

OUT = pathlib.Path(__file__).resolve().parents[2] / "examples/src/test/resources/quickstart.txt"

buf = io.StringIO()
a = np.arange(12).reshape(3, 4)
print(repr(a), file=buf)
v = a[1:, ::2]
print(repr(v), file=buf)
v[...] = -1
print(a, file=buf)
print(np.shares_memory(a, v), file=buf)
f = a.T.astype(np.float32)
print(repr(f), file=buf)
b = np.broadcast_to([0.5, 1.5], (3, 2))
print(repr(b), file=buf)
print(repr(np.promote_types("i1", "u1")), file=buf)
try:
    a.reshape(5, 5)
except ValueError as e:
    print("ValueError:", e, file=buf)
OUT.parent.mkdir(parents=True, exist_ok=True)
OUT.write_text(buf.getvalue())
print(buf.getvalue(), end="")
