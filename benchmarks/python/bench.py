"""Per-operation timings of NumPy code, identical under CPython + NumPy and under bin/numpy-jvm-python.

    python3 benchmarks/python/bench.py [--warmup SECONDS] [--repeat N] [--min-time SECONDS] [--only SUBSTR]
                                       [--clock wall|cpu]
    bin/numpy-jvm-python benchmarks/python/bench.py ...

Prints one line per operation: `RESULT<TAB>name<TAB>seconds per call<TAB>note` (seconds = "NA" when the
operation is not supported, note = the exception). Method (timeit-style): a warm-up phase runs every
operation in turn for --warmup seconds in total (default 30 s on GraalPy: the Graal JIT needs 10-15 s of
steady work on 2 cores; 2 s on CPython), then each operation is timed --repeat times (default 7) over a
loop whose iteration count is chosen so one repeat lasts >= --min-time (default 0.1 s); the best repeat
is reported. --clock cpu times with the thread's CPU time (time.thread_time) instead of the wall clock: on a
loaded machine it leaves out the time the thread waits for a core (and GraalPy's compiler threads). An
operation numpy-jvm does not support (yet) is reported as NA with the exception.
"""
import argparse
import sys
import time
import timeit

import numpy as np

GRAAL = sys.implementation.name == "graalpy"

p = argparse.ArgumentParser()
p.add_argument("--warmup", type=float, default=30.0 if GRAAL else 2.0)
p.add_argument("--repeat", type=int, default=7)
p.add_argument("--min-time", type=float, default=0.1)
p.add_argument("--only", default=None)
p.add_argument("--clock", choices=("wall", "cpu"), default="wall")
args = p.parse_args()

# ---- data (built once, outside the timings) --------------------------------------------------------
s5 = np.arange(5)                       # int64
s6 = np.arange(6).reshape(2, 3)
s5b = np.arange(5)
s5w = np.arange(5)                      # written to by the assignments
smask = np.zeros(5, dtype=bool)
smask[1] = True
smask[3] = True
idx = [0, 2]
big = np.arange(1e6)                    # float64
big2 = np.arange(1e6)
mat = np.arange(1e6).reshape(1000, 1000)
bmask = np.zeros(1000000, dtype=bool)
bmask[::2] = True                       # half the elements
f32 = np.float32

G = dict(globals())
OPS = [  # (name, statement): each statement gets its own timeit loop (own code, own call sites)
    # small arrays: per-call overhead
    ("small  np.zeros(5)", "np.zeros(5)"),
    ("small  np.array([1,2,3,4,5])", "np.array([1, 2, 3, 4, 5])"),
    ("small  np.arange(5)", "np.arange(5)"),
    ("small  a[1]", "s5[1]"),
    ("small  a[1:3]", "s5[1:3]"),
    ("small  a[[0,2]]", "s5[idx]"),
    ("small  a[mask]", "s5[smask]"),
    ("small  a.reshape(5,1)", "s5.reshape(5, 1)"),
    ("small  b.T (2x3)", "s6.T"),
    ("small  b.ravel() (2x3)", "s6.ravel()"),
    ("small  a.astype(float64)", "s5.astype(np.float64)"),
    ("small  repr(a)", "repr(s5)"),
    ("small  np.concatenate((a,b))", "np.concatenate((s5, s5b))"),
    ("small  a+b", "s5 + s5b"),
    ("small  a+1", "s5 + 1"),
    ("small  a*2.0", "s5 * 2.0"),
    ("small  a==b", "s5 == s5b"),
    ("small  -a", "-s5"),
    ("small  np.add(a,b)", "np.add(s5, s5b)"),
    ("small  np.sum(a)", "np.sum(s5)"),
    ("small  a.sum()", "s5.sum()"),
    ("small  np.where(mask,a,b)", "np.where(smask, s5, s5b)"),
    ("small  a[1]=3", "s5w[1] = 3"),
    ("small  a[1:3]=0", "s5w[1:3] = 0"),
    ("small  len(a)", "len(s5)"),
    ("small  a.shape", "s5.shape"),
    ("small  a.dtype", "s5.dtype"),
    ("small  np.float64(1.5)+1.0", "np.float64(1.5) + 1.0"),
    ("small  np.asarray(a)", "np.asarray(s5)"),
    ("small  np.array(a)", "np.array(s5)"),
    ("small  np.empty(5)", "np.empty(5)"),
    ("small  np.ones((2,3))", "np.ones((2, 3))"),
    ("small  a.copy()", "s5.copy()"),
    # 1e6 elements: bulk work
    ("1e6    np.arange(1e6)", "np.arange(1e6)"),
    ("1e6    a.astype(float32)", "big.astype(f32)"),
    ("1e6    a.copy()", "big.copy()"),
    ("1e6    a[::2].copy()", "big[::2].copy()"),
    ("1e6    np.concatenate((a,b))", "np.concatenate((big, big2))"),
    ("1e6    m.T.copy() 1000x1000", "mat.T.copy()"),
    ("1e6    np.pad(a, 10)", "np.pad(big, 10)"),
    ("1e6    a[mask] (half true)", "big[bmask]"),
    ("1e6    a+b", "big + big2"),
    ("1e6    a*2.0", "big * 2.0"),
    ("1e6    np.sum(a)", "np.sum(big)"),
    ("1e6    a>0", "big > 0"),
]
if args.only:
    OPS = [o for o in OPS if args.only in o[0]]

# ---- which operations run at all ---------------------------------------------------------------------
ok = []
for name, stmt in OPS:
    try:
        exec(stmt, G)
        ok.append((name, timeit.Timer(stmt, globals=G, timer=time.thread_time if args.clock == "cpu" else time.perf_counter)))
    except Exception as e:  # not supported (yet) by numpy-jvm
        msg = ("%s: %s" % (type(e).__name__, e)).replace("\t", " ").replace("\n", " ")[:120]
        print("RESULT\t%s\tNA\t%s" % (name, msg), flush=True)

# ---- warm-up: every operation in turn, args.warmup seconds in total ------------------------------------
t0 = time.perf_counter()
end = t0 + args.warmup
slice_ = min(0.05, args.warmup / (4 * max(len(ok), 1)) + 1e-4)
while ok and time.perf_counter() < end:
    for name, t in ok:
        stop = time.perf_counter() + slice_
        n = 1
        while time.perf_counter() < stop:
            n = min(n * 2, 1000) if t.timeit(n) < slice_ / 10 else n
print("# %s, warm-up %.1f s, clock %s" % (sys.version.replace("\n", " "), time.perf_counter() - t0, args.clock),
      flush=True)

# ---- timings ---------------------------------------------------------------------------------------------
for name, t in ok:
    n = 1
    while True:  # calibrate: loop count so one repeat lasts >= min-time
        dt = t.timeit(n)
        if dt >= args.min_time:
            break
        n = n * 10 if dt < args.min_time / 10 else max(n + 1, int(n * args.min_time / max(dt, 1e-9) * 1.2))
    best = min([dt] + t.repeat(args.repeat - 1, n)) / n
    print("RESULT\t%s\t%.6g\tbest of %d x %d" % (name, best, args.repeat, n), flush=True)
