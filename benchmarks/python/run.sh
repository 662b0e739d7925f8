#!/usr/bin/env bash
# Side-by-side: benchmarks/python/bench.py under python3 (real NumPy) and under bin/numpy-jvm-python,
# then a Markdown table of per-operation times and ratios (numpy-jvm / NumPy).
#   benchmarks/python/run.sh [bench.py options...]      e.g. --warmup 15 --repeat 7 --only small
# Env: PYTHON (default python3), NUMPY_JVM_PYTHON (default bin/numpy-jvm-python), OUT (folder for raw
# outputs, default a temporary one). Extra JVM options go through NUMPY_JVM_JAVA_OPTS as usual.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
py="${PYTHON:-python3}"
jvm="${NUMPY_JVM_PYTHON:-$root/bin/numpy-jvm-python}"
out="${OUT:-$(mktemp -d)}"
mkdir -p "$out"

echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores; load before NumPy run: $(cut -d' ' -f1-3 /proc/loadavg)"
"$py" "$here/bench.py" "$@" > "$out/numpy.txt"
echo "# load before numpy-jvm run: $(cut -d' ' -f1-3 /proc/loadavg)"
"$jvm" "$here/bench.py" "$@" > "$out/numpy-jvm.txt"
echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg); raw outputs in $out"
grep '^#' "$out/numpy.txt" "$out/numpy-jvm.txt" | sed 's/^[^:]*:/# /'

"$py" - "$out/numpy.txt" "$out/numpy-jvm.txt" <<'PY'
import sys

def load(path):
    r = {}
    for line in open(path):
        if line.startswith("RESULT\t"):
            _, name, t, note = line.rstrip("\n").split("\t", 3)
            r[name] = (None if t == "NA" else float(t), note)
    return r

def fmt(t):
    if t is None:
        return "n/a"
    for unit, f in (("s", 1), ("ms", 1e-3), ("µs", 1e-6), ("ns", 1e-9)):
        if t >= f:
            return "%.3g %s" % (t / f, unit)
    return "%.3g ns" % (t / 1e-9)

a, b = load(sys.argv[1]), load(sys.argv[2])
print()
print("| operation | NumPy | numpy-jvm | ratio |")
print("|---|---:|---:|---:|")
for name in a:
    ta, tb = a[name][0], b.get(name, (None, "missing"))[0]
    ratio = "%.1f" % (tb / ta) if ta and tb else b.get(name, (None, ""))[1] or "n/a"
    kind, op = name.split(None, 1)
    print("| %s `%s` | %s | %s | %s |" % (kind, op, fmt(ta), fmt(tb), ratio))
PY
