#!/usr/bin/env python3
"""The public names of real NumPy, for the coverage table (docs/coverage.md).

For each namespace (numpy and its public submodules below): dir() minus names starting with
'_', each with its kind: "ufunc" (a numpy.ufunc), "module", "class" (a type), "function" (any
other callable: Python functions, C builtins, array-function dispatchers, numpy.ma's method
wrappers) or "constant" (anything else: pi, newaxis, ...).

Writes docs/numpy-public-names.json: {"numpy": version, "namespaces": {name: {attr: kind}}}.
The coverage generator (it-modules, CoverageIT) compares the dynamic registry with it.
"""
import importlib
import inspect
import json
import pathlib
import warnings

import numpy as np

OUT = pathlib.Path(__file__).resolve().parents[2] / "docs/numpy-public-names.json"
NAMESPACES = ["numpy", "numpy.linalg", "numpy.fft", "numpy.random", "numpy.ma", "numpy.char", "numpy.strings",
              "numpy.polynomial", "numpy.lib", "numpy.testing", "numpy.exceptions"]


def kind(obj):
    if isinstance(obj, np.ufunc):
        return "ufunc"
    if inspect.ismodule(obj):
        return "module"
    if isinstance(obj, type):
        return "class"
    if callable(obj):
        return "function"
    return "constant"


def main():
    warnings.simplefilter("ignore")  # deprecated aliases warn on access
    out = {"numpy": np.__version__, "namespaces": {}}
    for ns in NAMESPACES:
        mod = importlib.import_module(ns)
        names = {}
        for name in sorted(dir(mod)):
            if name.startswith("_"):
                continue
            try:
                obj = getattr(mod, name)
            except AttributeError:
                continue  # listed by __dir__ but expired/removed (NumPy 2 leaves a few)
            names[name] = kind(obj)
        out["namespaces"][ns] = names
    OUT.write_text(json.dumps(out, indent=1, sort_keys=False) + "\n")
    total = sum(len(v) for v in out["namespaces"].values())
    print("wrote", OUT, total, "names")


if __name__ == "__main__":
    main()
