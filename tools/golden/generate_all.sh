#!/usr/bin/env bash
# Regenerates every golden data file from real NumPy (python3 with NumPy 2.x).
# Each gen_<topic>.py writes numpy-api/src/test/resources/golden/<topic>.json (or another
# module's test resources, as its header says).
set -euo pipefail
cd "$(dirname "$0")"
python3 -c 'import numpy; print("NumPy", numpy.__version__)'
for g in gen_*.py; do
  echo "== $g"
  python3 "$g"
done
