"""Golden snippets for numpy-jvm's Python package (issue 3, second test layer).

Runs every snippet under python3 + NumPy 2.4.6 and writes
python-graal/src/test/resources/golden/snippets.json:
  {"numpy": version, "reasons": {reason: text},
   "snippets": [{"id", "code", "numpy": outcome, "differs"?: {"reason", "exc", "contains"} | {"reason", "ours"}}]}
An outcome is {"type", "repr"} (+ "dtype", "shape" for arrays) or {"exc", "msg"}, plus "warnings"
([[category, message], ...]) when the snippet warns; it is computed by
python-graal/src/test/resources/org/numpyjvm/python/snippet_runner.py, the same code
PythonSnippetGoldenTest runs on numpy-jvm in the module's shared GraalPy context.

Snippets: the systematic ones below (combinations of dtypes, keys, arguments) and the hand-written
files python-graal/src/test/golden/snippets/*.py (snippets separated by lines "# ---").
An expected difference (a documented reason numpy-jvm differs, e.g. no ufuncs yet) is a line
  #: differs <reason>: <ExceptionType>: <text numpy-jvm's message contains>
  #: differs <reason>: =<field>: <numpy-jvm's exact value of that outcome field (repr, type, dtype)>
in a hand-written snippet (the line is not part of the code), or DIFFERS below for generated ones;
the test then checks that numpy-jvm still differs in exactly that documented way.
"""
import glob
import importlib.util
import json
import math
import os
import warnings

import numpy as np

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
MOD = os.path.join(ROOT, "python-graal")
OUT = os.path.join(MOD, "src", "test", "resources", "golden", "snippets.json")
RUNNER = os.path.join(MOD, "src", "test", "resources", "org", "numpyjvm", "python", "snippet_runner.py")
HAND = os.path.join(MOD, "src", "test", "golden", "snippets")

REASONS = {
    "testing-warnings": "numpy.testing.assert_approx_equal computes its scale in Python floats: the "
                        "RuntimeWarnings of NumPy's float64 scalar arithmetic inside it are not issued",
    "ndarray-class": "np.ndarray is a Python class: Python's own message names it 'ndarray' where NumPy's C type "
                     "says 'numpy.ndarray'. A __getattr__ giving NumPy's text would put every attribute read of "
                     "every array on GraalPy's slow path (len(a): 1 ns -> 80 ns)",
    "numpy-cache": "NumPy's message depends on what ran before in the same process (its dispatch cache): a fresh "
                   "python3 process gives numpy-jvm's message",
    "object-dtype": "numpy-jvm has no object dtype",
    "scalar-classes": "numpy-jvm's scalar types are Python classes: GraalPy compares an np.float64 (a float "
                      "subclass, as in NumPy) with a Python float or another np.float64 itself, giving a Python "
                      "bool rather than np.True_/np.False_; Python's own messages name the classes 'float64' where "
                      "NumPy's C types say 'numpy.float64'",
    "structured-dtype": "numpy-jvm has no structured dtypes",
    "view-storage": "numpy-api stores dtypes of different Java element types in different Java arrays: "
                    "views between them are not supported",
    "dtype-aliases": "numpy-jvm has one dtype per size: NumPy's C long long aliases (q, Q) are the int64/uint64 "
                     "dtypes (Int64DType, not LongLongDType)",
    "unsupported-argument": "the dynamic layer raises NotImplementedError for arguments numpy-jvm does not "
                            "support yet (set_printoptions legacy/formatter, concatenate dtype/casting)",
    "api-message": "numpy-api raises another exception type or message than NumPy here (open bug in numpy-api, "
                   "not in the Python package)",
    "python-class": "numpy-jvm's ndarray is a Python class: CPython's own messages about it (unhashable type) "
                    "name it 'ndarray' where NumPy's C type says 'numpy.ndarray'",
    "ufunc-types": "ufunc.types lists numpy-jvm's loops only: no object, datetime or long double loops, and "
                   "one type code per size (no separate q/Q loops)",
    "python-method-message": "ufunc methods are Python methods: Python's argument errors name them "
                             "'ufunc.reduce()' where NumPy's C methods say 'reduce()'",
    "missing-module": "the numpy-jvm module a NumPy submodule needs is not part of this build (numpy.char and "
                      "numpy.strings need 'chars'): importing it raises numpy-jvm's ImportError naming it",
    "api-bug": "numpy-api gives another result than NumPy here (open bug in numpy-api, not in the Python package)",
}


# generated snippets that differ for a documented reason: code -> (reason, exception type | "=field", text)
DIFFERS = {
    "np.array([2**64])": ("object-dtype", "OverflowError", "Python int too large to convert to C long"),
    "np.dtype('q')": ("dtype-aliases", "=type", "Int64DType"),
    "a = np.arange(24).reshape(2, 3, 4)\na[0, 0, 0] = [1, 2]\nresult = a[0]":
        ("api-message", "ValueError", "setting an array element with a sequence"),
    "a = np.arange(24).reshape(2, 3, 4)\na[0, 0, 0] = 2**70\nresult = a[0]":
        ("api-message", "OverflowError", "Python integer 1180591620717411303424 out of bounds for int64"),
    "np.set_printoptions(legacy='1.13')\nrepr(np.array([1.0, 2.5]))":
        ("unsupported-argument", "NotImplementedError", "The 'legacy' argument"),
    "np.set_printoptions(formatter={'int': lambda x: 'i%d' % x})\nrepr(np.arange(3))":
        ("unsupported-argument", "NotImplementedError", "The 'formatter' argument"),
    "np.testing.assert_approx_equal(np.inf, 1.0)": ("testing-warnings", "=warnings", None),
    "np.testing.assert_approx_equal(5e-324, 0.0)": ("testing-warnings", "=warnings", None),
}

DTYPES = ["bool", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64",
          "float16", "float32", "float64", "complex64", "complex128"]
FLEX = ["U3", "S2"]


def generated():
    out = []

    def add(code, differs=None):
        out.append((code, differs))

    # ------------------------------------------------------------------ creation by dtype
    for d in DTYPES + FLEX:
        add("np.zeros(3, dtype=%r)" % d)
        add("np.ones((2, 2), dtype=%r)" % d)
        add("np.full(3, 7, dtype=%r)" % d)
        add("np.array([1, 0, 2], dtype=%r)" % d)
        add("np.empty(0, dtype=%r)" % d)
    for d in DTYPES[:12]:
        add("np.arange(5, dtype=%r)" % d)
        add("np.eye(2, dtype=%r)" % d)
    for args in ["5", "1, 5", "0, 1, 0.25", "5, 0, -1", "0, 10, 3", "2.5", "-3, 3", "0, 5, 0",
                 "0", "5, 1", "1, 2, 0.3", "0.1, 0.5, 0.1", "10, stop=3", "3, dtype='float32'",
                 "1.5, 4", "0, 1j", "'a'"]:
        add("np.arange(%s)" % args)
    for args in ["0, 1, 5", "0, 1, 5, endpoint=False", "0, 10, 4, dtype=int", "0, 1, 5, retstep=True",
                 "0, 1, 0", "0, 1, 1", "0, 1, -1", "2, 3, num=3", "[0, 1], [1, 3], 3",
                 "[0, 1], [1, 3], 3, axis=1", "0, 1j, 3", "1, 0, 4"]:
        add("np.linspace(%s)" % args)
    for args in ["3", "2, 3", "3, k=1", "3, k=-2", "2, 3, 1", "0", "3, dtype=int"]:
        add("np.eye(%s)" % args)
    for obj in ["[]", "[[]]", "1", "1.5", "True", "1+2j", "'abc'", "b'ab'", "[1, 2.5]", "[1, True]",
                "[1, 1j]", "[[1, 2], [3, 4]]", "[[1, 2], [3]]", "(1, 2, 3)", "[[1], [2]]",
                "['a', 'bcd']", "[b'a', b'bc']", "[1, 'a']", "[2**63]", "[2**64]", "[-1, 2**63]",
                "[[[1]]]", "[np.int8(1), np.int8(2)]", "[1.0, np.nan, np.inf]", "range(4)"]:
        add("np.array(%s)" % obj)
    # ------------------------------------------------------------------ dtypes
    for s in ["'int32'", "'i4'", "'<f8'", "'>i2'", "'f'", "'d'", "'?'", "'b'", "'B'", "'U5'", "'S3'",
              "'c8'", "int", "float", "complex", "bool", "str", "np.float32", "'float'", "'e'",
              "'l'", "'q'", "'int128'", "'x'", "'uint64'", "'=u2'", "'|b1'"]:
        add("np.dtype(%s)" % s)
    for s in ["'int32'", "'<f8'", "'>i2'", "'U5'", "'S3'", "'c16'", "'?'"]:
        for attr in ["str", "name", "kind", "char", "itemsize", "byteorder"]:
            add("np.dtype(%s).%s" % (s, attr))
    pt = ["bool", "int8", "uint8", "int16", "uint32", "int64", "uint64", "float16", "float32",
          "complex64", "U3", "S4"]
    for i, a in enumerate(pt):
        for b in pt[i:]:
            add("np.promote_types(%r, %r)" % (a, b))
    for a in ["int8", "uint8", "int32", "int64", "uint64", "float16", "float32", "float64", "complex64"]:
        for b in ["int16", "uint32", "float32", "float64", "complex128"]:
            add("np.can_cast(%r, %r)" % (a, b))
    for args in ["'int8', 'float32'", "np.arange(3), 1.5", "np.int8, np.uint8", "1, 2.0",
                 "np.zeros(2, 'float32'), 1.0", "np.zeros(2, 'int8'), 300", "'U2', 'S4'", "'i4', 'c8'"]:
        add("np.result_type(%s)" % args)
    for t in ["int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64"]:
        add("np.iinfo(np.%s).min, np.iinfo(np.%s).max" % (t, t))
        add("repr(np.iinfo(np.%s))" % t)
    for t in ["float16", "float32", "float64"]:
        for attr in ["eps", "max", "tiny", "bits", "precision", "resolution"]:
            add("np.finfo(np.%s).%s" % (t, attr))
    add("np.iinfo(np.float64)")
    add("np.finfo(np.int32)")
    # ------------------------------------------------------------------ indexing
    keys = ["0", "-1", "1, 2", "1, 2, 3", "0, -1, -1", "...", "..., 0", "0, ...", ":, 1", ":, :, 1::2",
            "::-1", "1, ::-1, 2", "None", "0, None", "..., None", "2", "0, 3", "0, 0, 4", "-3",
            "1, 2, 3, 4", "'a'", "1.0", "[0, 1]", "[1, 0], [2, 1]", "[[0], [1]], [0, 2]",
            "0, [0, 2], 1", "[True, False]", "np.array([True, False])", "[-1]", "[5]",
            "np.array([[True, False, True]] * 2)", ":, [0, 2]", "..., [1]", "[0, 1], :, [0, 3]",
            "np.arange(2)", "np.int64(1)", "0:1, 1:3, ::3", "::0", "(1, 2)"]
    for k in keys:
        add("a = np.arange(24).reshape(2, 3, 4)\na[%s]" % k)
    for k, v in [("0", "9"), ("1, 2", "[7, 8, 9, 10]"), (":, 0", "[1, 2, 3]"), ("...", "5"),
                 ("0, ::2, 1", "[1, 2]"), ("0", "[1, 2]"), ("0, 0, 0", "1.7"), ("0, 0, 0", "'3'"),
                 ("0, 0, 0", "'x'"), ("[0, 1], 0, 0", "[5, 6]"), ("np.array([True, False])", "0"),
                 ("0, 0, 0", "None"), ("0, 0, 0", "[1, 2]"), ("0, 0, 0", "2**70"), ("0, 0, 0", "1j")]:
        add("a = np.arange(24).reshape(2, 3, 4)\na[%s] = %s\nresult = a[0]" % (k, v))
    # ------------------------------------------------------------------ views
    for op in ["a[1:]", "a[::2]", "a.reshape(2, 3)", "a.copy()", "a.T", "a.ravel()", "a[[0, 1]]",
               "a.astype('int64')", "a.astype('int32')", "np.asarray(a)", "np.array(a)", "a[None]",
               "a.view('uint64')", "np.broadcast_to(a, (2, 6))", "np.flip(a)", "np.expand_dims(a, 0)",
               "np.squeeze(a[None])", "np.concatenate([a])", "a.reshape(3, 2).T.ravel()", "a[...]"]:
        add("a = np.arange(6)\nb = %s\nnp.shares_memory(a, b), b.base is a, b.flags.owndata" % op)
    # ------------------------------------------------------------------ manipulation
    for code in [
        "np.concatenate([[1, 2], [3]])", "np.concatenate([np.zeros((2, 2)), np.ones((1, 2))])",
        "np.concatenate([np.zeros((2, 2)), np.ones((2, 1))], axis=1)",
        "np.concatenate([np.zeros((2, 2)), np.ones((2, 1))])", "np.concatenate([[1], [2.5]], axis=None)",
        "np.concatenate([[1, 2], [3]], axis=1)", "np.concatenate([])", "np.concatenate([[1], ['a']])",
        "np.stack([[1, 2], [3, 4]])", "np.stack([[1, 2], [3, 4]], axis=1)", "np.stack([[1, 2], [3, 4]], axis=-1)",
        "np.stack([[1, 2], [3]])", "np.stack([])", "np.vstack([[1, 2], [3, 4]])", "np.hstack([[1, 2], [3]])",
        "np.dstack([[1, 2], [3, 4]])", "np.column_stack([[1, 2], [3, 4]])",
        "np.split(np.arange(6), 3)", "np.split(np.arange(6), [1, 4])", "np.split(np.arange(6), 4)",
        "np.array_split(np.arange(7), 3)", "np.hsplit(np.arange(8).reshape(2, 4), 2)",
        "np.vsplit(np.arange(8).reshape(4, 2), [1])",
        "np.pad([1, 2, 3], 2)", "np.pad([1, 2, 3], (1, 2), mode='edge')", "np.pad([1, 2, 3], 1, constant_values=9)",
        "np.pad([[1, 2], [3, 4]], 1)", "np.pad([1, 2, 3], 2, mode='reflect')", "np.pad([1, 2, 3], 2, mode='wrap')",
        "np.pad([1, 2, 3], 2, mode='symmetric')", "np.pad([1, 2, 3], -1)",
        "np.roll(np.arange(5), 2)", "np.roll(np.arange(5), -1)", "np.roll(np.arange(6).reshape(2, 3), 1)",
        "np.roll(np.arange(6).reshape(2, 3), 1, axis=1)", "np.roll(np.arange(6).reshape(2, 3), (1, 1), axis=(0, 1))",
        "np.flip(np.arange(6).reshape(2, 3))", "np.flip(np.arange(6).reshape(2, 3), 1)",
        "np.fliplr(np.eye(2))", "np.flipud([1, 2, 3])", "np.rot90(np.arange(4).reshape(2, 2))",
        "np.tile([1, 2], 2)", "np.tile([1, 2], (2, 2))", "np.repeat([1, 2], 2)", "np.repeat([[1, 2], [3, 4]], [1, 2], axis=0)",
        "np.repeat([1, 2], -1)", "np.reshape(np.arange(6), (3, -1))", "np.reshape(np.arange(6), (4, -1))",
        "np.arange(6).reshape(-1, -1)", "np.transpose(np.arange(6).reshape(1, 2, 3)).shape",
        "np.transpose(np.arange(6).reshape(2, 3), (1, 1))", "np.moveaxis(np.zeros((2, 3, 4)), 0, -1).shape",
        "np.swapaxes(np.zeros((2, 3, 4)), 0, 3)", "np.expand_dims([1, 2], (0, 2)).shape", "np.squeeze(np.zeros((1, 2, 1)))",
        "np.squeeze(np.zeros((1, 2, 1)), axis=1)", "np.atleast_2d(1)", "np.atleast_3d([1, 2]).shape",
        "np.broadcast_to([1, 2], (3, 2))", "np.broadcast_to([1, 2], (3, 3))", "np.broadcast_shapes((2, 1), (3,))",
        "np.broadcast_shapes((2,), (3,))", "np.broadcast_arrays([1, 2], [[1], [2]])",
        "np.append([1, 2], [[3, 4]])", "np.append([[1, 2]], [[3, 4]], axis=0)", "np.insert([1, 2, 3], 1, 9)",
        "np.delete([1, 2, 3], 0)", "np.delete(np.arange(6).reshape(2, 3), 1, axis=1)", "np.resize([1, 2, 3], (2, 4))",
        "np.trim_zeros([0, 1, 2, 0])", "np.diag([1, 2])", "np.diag(np.arange(9).reshape(3, 3), 1)",
        "np.tril(np.ones((3, 3), int))", "np.triu(np.ones((3, 3), int), 1)", "np.tri(3, 2, dtype=int)",
        "np.vander([1, 2, 3])", "np.meshgrid([1, 2], [3, 4, 5])", "np.meshgrid([1, 2], [3, 4], indexing='ij')",
        "np.meshgrid([1, 2], [3, 4], sparse=True)", "np.indices((2, 3))", "np.identity(2, dtype=int)",
        "np.block([[1, 2], [3, 4]])", "np.block([[np.zeros((1, 2)), np.ones((1, 1))]])",
        "np.where([True, False, True])", "np.nonzero([[1, 0], [0, 2]])", "np.flatnonzero([0, 3, 0, 4])",
        "np.argwhere([[1, 0], [0, 2]])", "np.take([4, 5, 6], [0, 2])", "np.take([4, 5, 6], 5)",
        "np.unravel_index(5, (2, 3))", "np.ravel_multi_index(([0, 1], [2, 0]), (2, 3))",
        "np.ix_([0, 1], [2, 3])", "np.diag_indices(2)", "np.tril_indices(3)", "np.unstack(np.arange(4).reshape(2, 2))",
        "np.full_like([1, 2], 7.5)", "np.zeros_like([[1.5]])", "np.ones_like([1, 2], dtype='U1')",
        "np.empty_like(np.zeros(0, 'c8'))", "np.geomspace(1, 1000, 4)", "np.logspace(0, 2, 3)",
        "np.fromfunction(lambda i, j: i, (2, 2))", "np.fromiter(range(3), dtype=int)",
        "np.ascontiguousarray(np.arange(6).reshape(2, 3).T).flags.c_contiguous",
        "np.asfortranarray(np.arange(6).reshape(2, 3)).strides", "np.ndim([[1, 2]])", "np.shape([[1, 2]])",
        "np.size([[1, 2], [3, 4]])", "np.compress([True, False, True], [1, 2, 3])",
        "np.choose([0, 1], [[1, 2], [3, 4]])", "np.extract([True, False], [1, 2])",
    ]:
        add(code)
    # ------------------------------------------------------------------ tolist / item / astype
    for d in DTYPES + FLEX:
        add("np.array([1, 0, 3], dtype=%r).tolist()" % d)
        add("a = np.array([1, 0, 3], dtype=%r)\na.item(0), type(a.item(0)).__name__" % d)
        add("a = np.array([1, 0, 3], dtype=%r)\na[2], type(a[2]).__name__" % d)
    for src in ["int64", "float64", "complex128", "bool", "U3"]:
        for dst in ["bool", "int8", "uint8", "int32", "float32", "float64", "complex64", "U2", "S3"]:
            add("np.array([-1.5, 0, 300.25] if %r[0] in 'fc' else [-1, 0, 300], dtype=%r).astype(%r)"
                % (src, src if src != "U3" else "U5", dst))
    # ------------------------------------------------------------------ printing
    for obj in ["np.arange(3)", "np.arange(3, dtype='int8')", "np.arange(3.0)", "np.array([1.5, np.nan, -np.inf])",
                "np.array([1e-10, 1.0])", "np.array([1e20, 1.0])", "np.array([0.1, 0.25], dtype='float32')",
                "np.array([1+2j, -0.5j])", "np.array([True, False])", "np.array(['a', 'bcd'])",
                "np.array([b'a', b'bc'])", "np.zeros((2, 0))", "np.zeros((0, 3), 'int8')", "np.array(5)",
                "np.array(2.5, 'float16')", "np.arange(1001)", "np.arange(24).reshape(2, 3, 4)",
                "np.arange(2000.0).reshape(2, 1000)", "np.array([1, 2], dtype='uint64')",
                "np.array([123456789.0, 1.0])", "np.array([[1.5, 2], [3, 4]])", "np.array([1e16])",
                "np.array([0.0, -0.0])", "np.array([2**63 - 1])", "np.array([1.0, 2.0], 'float16')"]:
        add("repr(%s)" % obj)
        add("str(%s)" % obj)
    for opts, obj in [("precision=3", "np.array([np.pi, np.e])"), ("threshold=5", "np.arange(10)"),
                      ("edgeitems=1, threshold=3", "np.arange(10)"), ("suppress=True", "np.array([1e-10, 1.0])"),
                      ("linewidth=20", "np.arange(15)"), ("sign='+'", "np.array([1.0, -2.0])"),
                      ("floatmode='fixed', precision=2", "np.array([1.0, 0.5])"),
                      ("floatmode='unique'", "np.array([0.1, 1 / 3])"), ("nanstr='NaN'", "np.array([np.nan])"),
                      ("infstr='Inf'", "np.array([np.inf])"), ("precision=-1", "np.arange(2)"),
                      ("threshold='x'", "np.arange(2)"), ("floatmode='bad'", "np.arange(2)"),
                      ("legacy='1.13'", "np.array([1.0, 2.5])"),
                      ("formatter={'int': lambda x: 'i%d' % x}", "np.arange(3)")]:
        add("np.set_printoptions(%s)\nrepr(%s)" % (opts, obj))
    for s in ["np.float64(1.5)", "np.float32(0.1)", "np.float16(0.1)", "np.int8(-3)", "np.uint64(7)",
              "np.int64(2**40)", "np.bool(True)", "np.bool_(0)", "np.complex128(1 + 2j)", "np.complex64(1j)",
              "np.str_('ab')", "np.bytes_(b'x')", "np.float64(1e100)", "np.float64(np.nan)", "np.float32(1e-8)",
              "np.True_", "np.float64(-0.0)", "np.arange(3)[1]", "np.arange(3.0)[1]", "np.array(['ab'])[0]",
              "np.zeros(2, 'float32')[0]", "np.zeros(1, 'c8')[0]", "np.zeros(1, bool)[0]"]:
        add("repr(%s)" % s)
        add("str(%s)" % s)
    # ------------------------------------------------------------------ printing by dtype and shape
    for d in DTYPES:
        for shape in [(0,), (1,), (2, 3), (2, 1, 2)]:
            add("repr(np.arange(%d).astype(%r).reshape%s)" % (math.prod(shape), d, shape))
        for v in ["-1", "0.5", "1e10", "np.nan", "-np.inf", "123.456"]:
            add("x = np.array([%s]).astype(%r)[0]\nrepr(x), str(x)" % (v, d))
    # ------------------------------------------------------------------ layouts
    for shape, order in [("(2, 3)", "C"), ("(2, 3)", "F"), ("(2, 3, 4)", "C"), ("(2, 3, 4)", "F")]:
        for op in ["a.strides", "a.T.strides", "a.flags.c_contiguous, a.flags.f_contiguous", "a[:, ::2].strides",
                   "a.ravel('K').tolist()", "a.copy('K').strides", "a.copy('A').strides"]:
            add("a = np.zeros(%s, dtype='int32', order=%r)\n%s" % (shape, order, op))
    # ------------------------------------------------------------------ arithmetic
    for op in ["a + 1", "a - a", "a * 2", "a / 2", "a // 2", "a % 2", "a ** 2", "-a", "abs(a)", "a == 1",
               "a < 2", "a & 1", "~a", "1.5 * a", "a / np.arange(1, 4)", "np.sum(a)", "np.add(a, 2)"]:
        add("a = np.arange(3)\n%s" % op)
    for op in ["a @ a", "a.reshape(3, 1) @ a.reshape(1, 3)", "divmod(a, 2)", "divmod(7, a + 1)"]:
        add("a = np.arange(3)\n%s" % op)
    return out


def hand_written():
    out = []
    for path in sorted(glob.glob(os.path.join(HAND, "*.py"))):
        with open(path, encoding="utf-8") as f:
            text = f.read()
        for block in text.split("\n# ---\n"):
            lines = [ln for ln in block.strip("\n").split("\n")]
            differs = None
            code = []
            for ln in lines:
                if ln.startswith("#: differs "):
                    reason, exc, contains = [p.strip() for p in ln[len("#: differs "):].split(":", 2)]
                    differs = (reason, exc, contains)
                    continue
                elif ln.startswith("#") and not code:
                    continue  # a leading comment
                else:
                    code.append(ln)
            code = "\n".join(code).strip("\n")
            if code:
                out.append((code, differs))
    return out


def main():
    warnings.simplefilter("ignore")
    spec = importlib.util.spec_from_file_location("snippet_runner", RUNNER)
    runner = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(runner)
    seen = set()
    snippets = []
    for code, differs in generated() + hand_written():
        differs = differs or DIFFERS.get(code)
        if code in seen:
            raise SystemExit("duplicate snippet: %r" % code)
        seen.add(code)
        case = {"id": len(snippets), "code": code, "numpy": runner.outcome(np, code)}
        if differs is not None:
            reason, exc, text = differs
            if reason not in REASONS:
                raise SystemExit("unknown reason %r" % reason)
            if exc.startswith("="):
                case["differs"] = {"reason": reason, "field": exc[1:], "value": text}
            else:
                case["differs"] = {"reason": reason, "exc": exc, "contains": text}
        snippets.append(case)
    unused = set(DIFFERS) - seen
    if unused:
        raise SystemExit("DIFFERS names no snippet: %r" % sorted(unused))
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump({"numpy": np.__version__, "reasons": REASONS, "snippets": snippets}, f, indent=1,
                  ensure_ascii=False)
        f.write("\n")
    print("%d snippets -> %s" % (len(snippets), os.path.relpath(OUT)))


if __name__ == "__main__":
    main()
