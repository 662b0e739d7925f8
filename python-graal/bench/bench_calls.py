"""Per-call overhead of numpy-jvm from GraalPy: bin/numpy-jvm-python python-graal/bench/bench_calls.py [seconds]

Runs np.zeros(5) (one registry call: argument binding, allocation, wrapping) and a[1] on a 1-d array
in rounds until the time budget is spent, printing the per-call time of each round (the JIT needs
10-15 s of steady work on 2 cores to warm up).
"""
import sys
import time

import numpy as np

budget = float(sys.argv[1]) if len(sys.argv) > 1 else 20.0
print(sys.version.splitlines()[-1])
zeros = np.zeros
a = np.arange(10)


def rounds(label, f, n):
    end = time.perf_counter() + budget / 2
    best = None
    while time.perf_counter() < end:
        t = time.perf_counter()
        f(n)
        per = (time.perf_counter() - t) / n * 1e9
        best = per if best is None else min(best, per)
        print("%-14s %8.0f ns/call (best %6.0f)" % (label, per, best))
    return best


def call_zeros(n):
    for _ in range(n):
        zeros(5)


def call_getitem(n):
    for _ in range(n):
        a[1]


rz = rounds("np.zeros(5)", call_zeros, 20000)
rg = rounds("a[1]", call_getitem, 20000)
print("RESULT np.zeros(5) %.0f ns, a[1] %.0f ns (best round)" % (rz, rg))
