#!/usr/bin/env python3
"""Generates the ufuncs' typed inner loops and their type tables from one template per operation.

Output: numpy-api/src/main/java/org/numpyjvm/api/internal/ufunc/UfuncLoops.java and UfuncTypes.java
(committed, marked DO NOT MODIFY). Run: python3 tools/codegen/gen_ufunc_loops.py
The type signatures come from the installed NumPy (np.add.types, ...), restricted to our dtypes.

Each loop takes (data, offset, stride) per operand (strides in storage slots) and a length; it
has a contiguous fast path (plain for loop the JIT vectorizes), a scalar-operand path and a
strided path. Compute domains: 'I' (int: int8..int32), 'L' (long: uint32, int64, uint64 and
bool), 'D' (double: float16/32/64), 'C' (complex as two doubles).
"""
import pathlib

import numpy as np

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "numpy-api/src/main/java/org/numpyjvm/api/internal/ufunc"

# code -> (java array type, domain, read expr of '$x', store expr of '$v', bits)
DT = {
    "BOOL":    ("byte",   "I", "$x",                  "(byte) (($v) != 0 ? 1 : 0)", 8),
    "INT8":    ("byte",   "I", "$x",                  "(byte) ($v)", 8),
    "UINT8":   ("byte",   "I", "($x & 0xFF)",         "(byte) ($v)", 8),
    "INT16":   ("short",  "I", "$x",                  "(short) ($v)", 16),
    "UINT16":  ("short",  "I", "($x & 0xFFFF)",       "(short) ($v)", 16),
    "INT32":   ("int",    "I", "$x",                  "($v)", 32),
    "UINT32":  ("int",    "L", "($x & 0xFFFFFFFFL)",  "(int) ($v)", 32),
    "INT64":   ("long",   "L", "$x",                  "($v)", 64),
    "UINT64":  ("long",   "L", "$x",                  "($v)", 64),
    "FLOAT16": ("short",  "D", "Half.toDouble($x)",   "Half.fromDouble($v)", 16),
    "FLOAT32": ("float",  "D", "$x",                  "(float) ($v)", 32),
    "FLOAT64": ("double", "D", "$x",                  "($v)", 64),
    "COMPLEX64": ("float", "C", "$x", "(float) ($v)", 64),
    "COMPLEX128": ("double", "C", "$x", "($v)", 128),
}
CHAR = {"?": "BOOL", "b": "INT8", "B": "UINT8", "h": "INT16", "H": "UINT16", "i": "INT32", "I": "UINT32",
        "l": "INT64", "L": "UINT64", "q": "INT64", "Q": "UINT64", "e": "FLOAT16", "f": "FLOAT32",
        "d": "FLOAT64", "F": "COMPLEX64", "D": "COMPLEX128"}
UNSIGNED = {"UINT8", "UINT16", "UINT32", "UINT64"}

# binary ops: name -> (output kind, {domain or code: expr}); '$a', '$b' are compute values, $W the bit width
CMP = {"equal": "==", "not_equal": "!=", "less": "<", "less_equal": "<=", "greater": ">", "greater_equal": ">="}
BIN = {
    "add": ("same", {"I": "$a + $b", "L": "$a + $b", "D": "$a + $b", "BOOL": "$a | $b"}),
    "subtract": ("same", {"I": "$a - $b", "L": "$a - $b", "D": "$a - $b"}),
    "multiply": ("same", {"I": "$a * $b", "L": "$a * $b", "D": "$a * $b", "BOOL": "$a & $b"}),
    "true_divide": ("same", {"D": "$a / $b"}),
    "floor_divide": ("same", {"I": "UfuncMath.floorDiv($a, $b)", "L": "UfuncMath.floorDiv($a, $b)",
                              "UINT64": "UfuncMath.udiv($a, $b)", "D": "UfuncMath.floorDiv($a, $b)"}),
    "remainder": ("same", {"I": "UfuncMath.floorMod($a, $b)", "L": "UfuncMath.floorMod($a, $b)",
                           "UINT64": "UfuncMath.umod($a, $b)", "D": "UfuncMath.mod($a, $b)"}),
    "power": ("same", {"I": "UfuncMath.ipow($a, $b)", "L": "UfuncMath.ipow($a, $b)",
                       "UINT64": "UfuncMath.upow($a, $b)", "D": "UfuncMath.pow($a, $b)"}),
    "maximum": ("same", {"I": "Math.max($a, $b)", "L": "Math.max($a, $b)", "UINT64": "UfuncMath.umax($a, $b)",
                         "D": "UfuncMath.max($a, $b)"}),
    "minimum": ("same", {"I": "Math.min($a, $b)", "L": "Math.min($a, $b)", "UINT64": "UfuncMath.umin($a, $b)",
                         "D": "UfuncMath.min($a, $b)"}),
    "bitwise_and": ("same", {"I": "$a & $b", "L": "$a & $b"}),
    "bitwise_or": ("same", {"I": "$a | $b", "L": "$a | $b"}),
    "bitwise_xor": ("same", {"I": "$a ^ $b", "L": "$a ^ $b"}),
    "left_shift": ("same", {"I": "UfuncMath.lshift($a, $b, $W)", "L": "UfuncMath.lshift($a, $b, $W)"}),
    "right_shift": ("same", {"I": "UfuncMath.rshift($a, $b, $W)", "L": "UfuncMath.rshift($a, $b, $W)",
                             "UINT64": "UfuncMath.urshift($a, $b)"}),
    "logical_and": ("bool", {"I": "$a != 0 && $b != 0", "L": "$a != 0 && $b != 0", "D": "$a != 0 && $b != 0"}),
    "logical_or": ("bool", {"I": "$a != 0 || $b != 0", "L": "$a != 0 || $b != 0", "D": "$a != 0 || $b != 0"}),
    "logical_xor": ("bool", {"I": "($a != 0) != ($b != 0)", "L": "($a != 0) != ($b != 0)", "D": "($a != 0) != ($b != 0)"}),
}
BIN.update({
    "arctan2": ("same", {"D": "Math.atan2($a, $b)"}),
    "hypot": ("same", {"D": "Math.hypot($a, $b)"}),
    "logaddexp": ("same", {"D": "FloatMath.logaddexp($a, $b)"}),
    "logaddexp2": ("same", {"D": "FloatMath.logaddexp2($a, $b)"}),
    "fmod": ("same", {"I": "$b == 0 ? 0 : $a % $b", "L": "$b == 0 ? 0 : $a % $b", "UINT64": "UfuncMath.umod($a, $b)",
                      "D": "$a % $b"}),
    "fmax": ("same", {"I": "Math.max($a, $b)", "L": "Math.max($a, $b)", "UINT64": "UfuncMath.umax($a, $b)",
                      "D": "FloatMath.fmax($a, $b)"}),
    "fmin": ("same", {"I": "Math.min($a, $b)", "L": "Math.min($a, $b)", "UINT64": "UfuncMath.umin($a, $b)",
                      "D": "FloatMath.fmin($a, $b)"}),
    "copysign": ("same", {"D": "Math.copySign($a, $b)"}),
    "nextafter": ("same", {"FLOAT64": "FloatMath.nextafter($a, $b)", "FLOAT32": "FloatMath.nextafterf((float) $a, (float) $b)",
                           "FLOAT16": "FloatMath.nextafterHalf($a, $b)"}),
    "gcd": ("same", {"I": "(int) FloatMath.gcdu(Math.abs((long) $a), Math.abs((long) $b))",
                     "L": "FloatMath.gcdu(FloatMath.absl($a), FloatMath.absl($b))", "UINT64": "FloatMath.gcdu($a, $b)"}),
    "lcm": ("same", {"I": "(int) FloatMath.lcmu(Math.abs((long) $a), Math.abs((long) $b))",
                     "L": "FloatMath.lcmu(FloatMath.absl($a), FloatMath.absl($b))", "UINT64": "FloatMath.lcmu($a, $b)"}),
    "heaviside": ("same", {"D": "FloatMath.heaviside($a, $b)"}),
    "float_power": ("same", {"D": "UfuncMath.pow($a, $b)"}),
})
for name, op in CMP.items():
    BIN[name] = ("bool", {"I": f"$a {op} $b", "L": f"$a {op} $b", "D": f"$a {op} $b",
                          "UINT64": f"Long.compareUnsigned($a, $b) {op} 0"})
# complex binary: (output kind, statements setting rr/ri or a boolean expression)
CBIN = {
    "add": ("same", "rr = ar + br; ri = ai + bi;"),
    "subtract": ("same", "rr = ar - br; ri = ai - bi;"),
    "multiply": ("same", "rr = ar * br - ai * bi; ri = ar * bi + ai * br;"),
    "true_divide": ("same", "UfuncMath.cdiv(ar, ai, br, bi, t); rr = t[0]; ri = t[1];"),
    "power": ("same", "UfuncMath.cpow(ar, ai, br, bi, t); rr = t[0]; ri = t[1];"),
    "maximum": ("same", "if (UfuncMath.cge(ar, ai, br, bi) || ar != ar || ai != ai) { rr = ar; ri = ai; } else { rr = br; ri = bi; }"),
    "minimum": ("same", "if (UfuncMath.cle(ar, ai, br, bi) || ar != ar || ai != ai) { rr = ar; ri = ai; } else { rr = br; ri = bi; }"),
    "equal": ("bool", "ar == br && ai == bi"),
    "not_equal": ("bool", "!(ar == br && ai == bi)"),
    "less": ("bool", "ar < br || (ar == br && ai < bi)"),
    "less_equal": ("bool", "ar < br || (ar == br && ai <= bi)"),
    "greater": ("bool", "ar > br || (ar == br && ai > bi)"),
    "greater_equal": ("bool", "ar > br || (ar == br && ai >= bi)"),
    "logical_and": ("bool", "(ar != 0 || ai != 0) && (br != 0 || bi != 0)"),
    "logical_or": ("bool", "(ar != 0 || ai != 0) || (br != 0 || bi != 0)"),
    "logical_xor": ("bool", "(ar != 0 || ai != 0) != (br != 0 || bi != 0)"),
    "fmax": ("same", "if (ComplexMath.fmaxPick(ar, ai, br, bi)) { rr = ar; ri = ai; } else { rr = br; ri = bi; }"),
    "fmin": ("same", "if (ComplexMath.fminPick(ar, ai, br, bi)) { rr = ar; ri = ai; } else { rr = br; ri = bi; }"),
    "float_power": ("same", "UfuncMath.cpow(ar, ai, br, bi, t); rr = t[0]; ri = t[1];"),
}
UN = {
    "negative": ("same", {"I": "-$a", "L": "-$a", "D": "-$a"}),
    "positive": ("same", {"I": "$a", "L": "$a", "D": "$a"}),
    "absolute": ("same", {"I": "Math.abs($a)", "L": "Math.abs($a)", "UINT64": "$a", "D": "Math.abs($a)"}),
    "invert": ("same", {"I": "~$a", "L": "~$a", "BOOL": "$a ^ 1"}),
    "logical_not": ("bool", {"I": "$a == 0", "L": "$a == 0", "D": "$a == 0"}),
    "sqrt": ("same", {"D": "Math.sqrt($a)"}),
    "exp": ("same", {"D": "Math.exp($a)"}),
    "log": ("same", {"D": "Math.log($a)"}),
    "sin": ("same", {"D": "Math.sin($a)"}),
    "cos": ("same", {"D": "Math.cos($a)"}),
    "tan": ("same", {"D": "Math.tan($a)"}),
    "arcsin": ("same", {"D": "Math.asin($a)"}),
    "arccos": ("same", {"D": "Math.acos($a)"}),
    "arctan": ("same", {"D": "Math.atan($a)"}),
    "sinh": ("same", {"D": "Math.sinh($a)"}),
    "cosh": ("same", {"D": "Math.cosh($a)"}),
    "tanh": ("same", {"D": "Math.tanh($a)"}),
    "arcsinh": ("same", {"D": "FloatMath.asinh($a)"}),
    "arccosh": ("same", {"D": "FloatMath.acosh($a)"}),
    "arctanh": ("same", {"D": "FloatMath.atanh($a)"}),
    "exp2": ("same", {"D": "FloatMath.exp2($a)"}),
    "expm1": ("same", {"D": "Math.expm1($a)"}),
    "log2": ("same", {"D": "FloatMath.log2($a)"}),
    "log10": ("same", {"D": "Math.log10($a)"}),
    "log1p": ("same", {"D": "Math.log1p($a)"}),
    "cbrt": ("same", {"D": "Math.cbrt($a)"}),
    "square": ("same", {"I": "$a * $a", "L": "$a * $a", "D": "$a * $a"}),
    "reciprocal": ("same", {"I": "$a == 0 ? 0 : 1 / $a", "INT32": "$a == 0 ? Integer.MIN_VALUE : 1 / $a",
                            "L": "$a == 0 ? 0 : 1 / $a", "INT64": "$a == 0 ? Long.MIN_VALUE : 1 / $a",
                            "UINT64": "$a == 1 ? 1 : 0", "D": "1.0 / $a"}),
    "sign": ("same", {"I": "Integer.signum($a)", "L": "Long.signum($a)", "UINT64": "($a != 0 ? 1 : 0)",
                      "D": "FloatMath.sign($a)"}),
    "floor": ("same", {"I": "$a", "L": "$a", "D": "Math.floor($a)"}),
    "ceil": ("same", {"I": "$a", "L": "$a", "D": "Math.ceil($a)"}),
    "trunc": ("same", {"I": "$a", "L": "$a", "D": "FloatMath.trunc($a)"}),
    "rint": ("same", {"D": "Math.rint($a)"}),
    "fabs": ("same", {"D": "Math.abs($a)"}),
    "spacing": ("same", {"FLOAT64": "FloatMath.spacing($a)", "FLOAT32": "FloatMath.spacingf($a)",
                         "FLOAT16": "FloatMath.spacingHalf($a)"}),
    "isnan": ("bool", {"I": "false", "L": "false", "D": "$a != $a"}),
    "isinf": ("bool", {"I": "false", "L": "false", "D": "Double.isInfinite($a)"}),
    "isfinite": ("bool", {"I": "true", "L": "true", "D": "FloatMath.isfinite($a)"}),
    "signbit": ("bool", {"D": "FloatMath.signbit($a)"}),
    "deg2rad": ("same", {"FLOAT64": "$a * (Math.PI / 180.0)", "D": "(float) $a * ((float) Math.PI / 180.0f)"}),
    "radians": ("same", {"FLOAT64": "$a * (Math.PI / 180.0)", "D": "(float) $a * ((float) Math.PI / 180.0f)"}),
    "rad2deg": ("same", {"FLOAT64": "$a * (180.0 / Math.PI)", "D": "(float) $a * (180.0f / (float) Math.PI)"}),
    "degrees": ("same", {"FLOAT64": "$a * (180.0 / Math.PI)", "D": "(float) $a * (180.0f / (float) Math.PI)"}),
    "conjugate": ("same", {"I": "$a", "L": "$a", "D": "$a"}),
}
CSTMT = "ComplexMath.{f}(ar, ai, t); rr = t[0]; ri = t[1];"
CUN = {
    "negative": ("same", "rr = -ar; ri = -ai;"),
    "positive": ("same", "rr = ar; ri = ai;"),
    "absolute": ("real", "Math.hypot(ar, ai)"),
    "logical_not": ("bool", "ar == 0 && ai == 0"),
    "sqrt": ("same", "UfuncMath.csqrt(ar, ai, t); rr = t[0]; ri = t[1];"),
    "exp": ("same", "UfuncMath.cexp(ar, ai, t); rr = t[0]; ri = t[1];"),
    "log": ("same", "UfuncMath.clog(ar, ai, t); rr = t[0]; ri = t[1];"),
    "sin": ("same", "UfuncMath.csin(ar, ai, t); rr = t[0]; ri = t[1];"),
    "cos": ("same", "UfuncMath.ccos(ar, ai, t); rr = t[0]; ri = t[1];"),
    "tan": ("same", CSTMT.format(f="ctan")),
    "arcsin": ("same", CSTMT.format(f="casin")),
    "arccos": ("same", CSTMT.format(f="cacos")),
    "arctan": ("same", CSTMT.format(f="catan")),
    "sinh": ("same", CSTMT.format(f="csinh")),
    "cosh": ("same", CSTMT.format(f="ccosh")),
    "tanh": ("same", CSTMT.format(f="ctanh")),
    "arcsinh": ("same", CSTMT.format(f="casinh")),
    "arccosh": ("same", CSTMT.format(f="cacosh")),
    "arctanh": ("same", CSTMT.format(f="catanh")),
    "exp2": ("same", CSTMT.format(f="cexp2")),
    "expm1": ("same", CSTMT.format(f="cexpm1")),
    "log2": ("same", CSTMT.format(f="clog2")),
    "log10": ("same", CSTMT.format(f="clog10")),
    "log1p": ("same", CSTMT.format(f="clog1p")),
    "square": ("same", "rr = ar * ar - ai * ai; ri = ar * ai + ai * ar;"),
    "reciprocal": ("same", CSTMT.format(f="creciprocal")),
    "sign": ("same", CSTMT.format(f="csign")),
    "rint": ("same", "rr = Math.rint(ar); ri = Math.rint(ai);"),
    "conjugate": ("same", "rr = ar; ri = -ai;"),
    "isnan": ("bool", "ar != ar || ai != ai"),
    "isinf": ("bool", "Double.isInfinite(ar) || Double.isInfinite(ai)"),
    "isfinite": ("bool", "FloatMath.isfinite(ar) && FloatMath.isfinite(ai)"),
}
# loops with several outputs or mixed operand dtypes: name -> {domain or code of input 0: statements}
# ($x0, $x1 inputs in their compute types; set y0, y1)
GEN = {
    "divmod": {"I": "y0 = UfuncMath.floorDiv(x0, x1); y1 = UfuncMath.floorMod(x0, x1);",
               "L": "y0 = UfuncMath.floorDiv(x0, x1); y1 = UfuncMath.floorMod(x0, x1);",
               "UINT64": "y0 = UfuncMath.udiv(x0, x1); y1 = UfuncMath.umod(x0, x1);",
               "D": "double m = x0 % x1; y0 = FloatMath.divmodDiv(x0, x1, m); y1 = FloatMath.divmodMod(x1, m);"},
    "modf": {"D": "y0 = FloatMath.modfFrac(x0); y1 = FloatMath.trunc(x0);"},
    "frexp": {"D": "y0 = FloatMath.frexpMantissa(x0); y1 = FloatMath.frexpExponent(x0);"},
    "ldexp": {"D": "y0 = FloatMath.ldexp(x0, x1);"},
    "bitwise_count": {"I": "y0 = Integer.bitCount(Math.abs(x0));", "L": "y0 = Long.bitCount(FloatMath.absl(x0));",
                      "UINT64": "y0 = Long.bitCount(x0);"},
}
# string loops (U: String elements, S: byte[] elements; StringKernels): NumPy 2's comparison and add
# loops for its fixed-width string dtypes. NumPy does not list them in ufunc.types (they are not legacy
# loops), so they are not in the type table either: StringUfuncs resolves them.
STRING_CODES = {"STR": "String", "BYTES": "byte[]"}
SBIN = {"add": ("string", "StringKernels.concat($a, $b)"),
        "equal": ("bool", "StringKernels.equal($a, $b)"),
        "not_equal": ("bool", "!StringKernels.equal($a, $b)")}
for _name in ["less", "less_equal", "greater", "greater_equal"]:
    SBIN[_name] = ("bool", f"StringKernels.compare($a, $b) {CMP[_name]} 0")
GUFUNCS = ["matmul", "vecdot", "matvec", "vecmat"]
ALIASES = {"true_divide": "divide", "remainder": "mod", "absolute": "abs", "conjugate": "conj"}

HEADER = "// DO NOT MODIFY: generated by tools/codegen/gen_ufunc_loops.py from its templates.\npackage org.numpyjvm.api.internal.ufunc;\n\n"


def types_of(name):
    """NumPy's loop signatures for `name`, restricted to our dtypes, duplicates dropped."""
    seen, out = set(), []
    for sig in getattr(np, name).types:
        ins, outs = sig.split("->")
        if any(c not in CHAR for c in ins + outs):
            continue
        if len(set(CHAR[c] for c in ins)) > 1 and set(CHAR[c] for c in ins) != {"INT64", "UINT64"} and name not in GEN:
            continue
        key = tuple(CHAR[c] for c in ins + outs)
        if key not in seen:
            seen.add(key)
            out.append(key)
    return out


def expr_for(table, code):
    dom = DT[code][1]
    if code in table:
        return table[code]
    if code == "BOOL" and dom == "I":
        return table.get("I")
    return table.get(dom)


def compute_type(code):
    return {"I": "int", "L": "long", "D": "double"}[DT[code][1]]


def cmp_form(name, code):
    """A comparison's branch-free form for the contiguous paths, which C2 vectorises (measured:
    benchmarks/python/README.md, session 5): (statements, byte expression) over xa, xb; None where
    no form vectorised (bool, int8, uint8, uint16: the generic form) or for float16.
    Integers: the sign bit of a long difference (exact for int16, int32 and uint32 values; for int64
    and uint64 the overflow-safe x < y of Hacker's Delight 2-12, uint64 with the sign bits flipped),
    vectorised by default. Floats: a float/double conditional converted to int, vectorised with
    -XX:+UseVectorCmov -XX:+UseCMoveUnconditionally and not slower than `? 1 : 0` without; NaN
    compares false (!= true) as before. float32 compares as float (exact: same result as the widened
    doubles). The strided paths keep the generic form (the branch-free ones were slower there)."""
    op = CMP[name]
    dom = DT[code][1]
    if code in ("FLOAT16", "BOOL", "INT8", "UINT8", "UINT16"):
        return None
    if dom == "D":
        one = "1.0f : 0.0f" if code == "FLOAT32" else "1.0 : 0.0"
        return [], f"(byte) (int) (xa {op} xb ? {one})"
    if name in ("equal", "not_equal"):
        d = "long d = xa ^ xb;" if dom == "L" and code != "UINT32" else "long d = (long) xa - xb;"
        return [d], "(byte) ((d | -d) >>> 63)" if name == "not_equal" else "(byte) (((d | -d) >>> 63) ^ 1)"
    x, y = ("xa", "xb") if name in ("less", "greater_equal") else ("xb", "xa")
    flip = " ^ 1" if name in ("greater_equal", "less_equal") else ""
    if dom == "I" or code == "UINT32":
        return [f"long d = (long) {x} - {y};"], f"(byte) ((d >>> 63){flip})"
    bias = " ^ Long.MIN_VALUE" if code == "UINT64" else ""
    return ([f"long x = {x}{bias}, y = {y}{bias};", "long d = x - y;"],
            f"(byte) (((d ^ ((x ^ y) & (d ^ x))) >>> 63){flip})")


def gen_real_loop(name, code, expr, kind, nin):
    jt, dom, rd, st, bits = DT[code]
    ot = "byte" if kind == "bool" else jt
    expr = expr.replace("$W", str(bits))
    if kind == "bool":
        store = lambda e: f"(byte) ({e} ? 1 : 0)"
    else:
        store = lambda e: st.replace("$v", e)
    ct0 = compute_type(code)
    cmp = cmp_form(name, code) if name in CMP and nin == 2 else None
    ct1 = "float" if cmp is not None and code == "FLOAT32" else ct0   # the contiguous paths' type

    def body(pa, pb, po, b_hoisted=False, contiguous=True):
        ct = ct1 if contiguous else ct0
        a = rd.replace("$x", f"a[{pa}]")
        e = expr.replace("$a", f"xa")
        lines = f"{ct} xa = {a};\n"
        if nin == 2:
            lines += f"{ct} xb = " + ("b0" if b_hoisted else rd.replace("$x", f"b[{pb}]")) + ";\n"
            e = e.replace("$b", "xb")
        if cmp is not None and contiguous:
            return lines + "".join(l + "\n" for l in cmp[0]) + f"o[{po}] = {cmp[1]};"
        return lines + f"o[{po}] = {store(e)};"

    ind = lambda s, n: "".join(" " * n + l + "\n" for l in s.split("\n"))
    # input and output arrays of one Java type may be the same array: with different offsets C2
    # cannot vectorise (a possible loop-carried dependence), so equal offsets (fresh arrays, the
    # common case) get their own loop over one index (2x faster on cache-warm data, README session 5)
    alias = ot == jt
    m = f"    static void {name}_{code}("
    if nin == 2:
        m += "Object xA, int ao, int as, Object xB, int bo, int bs, Object xO, int oo, int os, int n) {\n"
        m += f"        {jt}[] a = ({jt}[]) xA;\n        {jt}[] b = ({jt}[]) xB;\n        {ot}[] o = ({ot}[]) xO;\n"
        m += "        if (as == 1 && bs == 1 && os == 1) {\n"
        if alias:
            m += "            if (ao == oo && bo == oo) {\n                for (int k = oo, end = oo + n; k < end; k++) {\n"
            m += ind(body("k", "k", "k"), 20) + "                }\n                return;\n            }\n"
        m += "            for (int k = 0; k < n; k++) {\n"
        m += ind(body("ao + k", "bo + k", "oo + k"), 16) + "            }\n"
        m += "        } else if (as == 1 && bs == 0 && os == 1) {\n"
        m += f"            final {ct1} b0 = " + rd.replace("$x", "b[bo]") + ";\n"
        if alias:
            m += "            if (ao == oo) {\n                for (int k = oo, end = oo + n; k < end; k++) {\n"
            m += ind(body("k", None, "k", True), 20) + "                }\n                return;\n            }\n"
        m += "            for (int k = 0; k < n; k++) {\n"
        m += ind(body("ao + k", None, "oo + k", True), 16) + "            }\n"
        m += "        } else {\n            for (int k = 0, pa = ao, pb = bo, po = oo; k < n; k++, pa += as, pb += bs, po += os) {\n"
        m += ind(body("pa", "pb", "po", contiguous=False), 16) + "            }\n        }\n    }\n\n"
    else:
        m += "Object xA, int ao, int as, Object xO, int oo, int os, int n) {\n"
        m += f"        {jt}[] a = ({jt}[]) xA;\n        {ot}[] o = ({ot}[]) xO;\n"
        m += "        if (as == 1 && os == 1) {\n"
        if alias:
            m += "            if (ao == oo) {\n                for (int k = oo, end = oo + n; k < end; k++) {\n"
            m += ind(body("k", None, "k"), 20) + "                }\n                return;\n            }\n"
        m += "            for (int k = 0; k < n; k++) {\n"
        m += ind(body("ao + k", None, "oo + k"), 16) + "            }\n"
        m += "        } else {\n            for (int k = 0, pa = ao, po = oo; k < n; k++, pa += as, po += os) {\n"
        m += ind(body("pa", None, "po"), 16) + "            }\n        }\n    }\n\n"
    return m


PAIRWISE = {
    "FLOAT64": "        o[oo] += Pairwise.sum(b, bo, bs, n);\n",
    "FLOAT32": "        o[oo] += Pairwise.sum(b, bo, bs, n);\n",
    "FLOAT16": "        o[oo] = Half.fromDouble((float) Half.toDouble(o[oo]) + Pairwise.sumHalf(b, bo, bs, n));\n",
}


def gen_reduce_loop(name, code, expr):
    """A reduction run: the accumulator (out, stride 0) stays in a local, rounded to the dtype each
    step; float add uses NumPy's pairwise summation (float16 summed in float)."""
    jt, dom, rd, st, bits = DT[code]
    if name == "add" and code in PAIRWISE:
        return (f"    static void {name}_{code}_r(Object xO, int oo, Object xB, int bo, int bs, int n) {{\n"
                f"        {jt}[] o = ({jt}[]) xO;\n        {jt}[] b = ({jt}[]) xB;\n" + PAIRWISE[code] + "    }\n\n")
    ct = compute_type(code)
    e = expr.replace("$W", str(bits)).replace("$a", "xa").replace("$b", "xb")
    step = rd.replace("$x", "(" + st.replace("$v", e) + ")")
    m = f"    static void {name}_{code}_r(Object xO, int oo, Object xB, int bo, int bs, int n) {{\n"
    m += f"        {jt}[] o = ({jt}[]) xO;\n        {jt}[] b = ({jt}[]) xB;\n"
    m += f"        {ct} acc = " + rd.replace("$x", "o[oo]") + ";\n"
    m += "        for (int k = 0, pb = bo; k < n; k++, pb += bs) {\n"
    m += f"            {ct} xa = acc;\n            {ct} xb = " + rd.replace("$x", "b[pb]") + ";\n"
    m += f"            acc = {step};\n        }}\n"
    m += "        o[oo] = " + st.replace("$v", "acc") + ";\n    }\n\n"
    return m


def gen_complex_loop(name, code, stmt, kind, nin):
    jt, _, _, st, _ = DT[code]
    ot = "byte" if kind == "bool" else jt
    m = f"    static void {name}_{code}("
    if nin == 2:
        m += "Object xA, int ao, int as, Object xB, int bo, int bs, Object xO, int oo, int os, int n) {\n"
        m += f"        {jt}[] a = ({jt}[]) xA;\n        {jt}[] b = ({jt}[]) xB;\n        {ot}[] o = ({ot}[]) xO;\n"
        m += "        double[] t = new double[2];\n"
        m += "        for (int k = 0, pa = ao, pb = bo, po = oo; k < n; k++, pa += as, pb += bs, po += os) {\n"
        m += "            double ar = a[pa], ai = a[pa + 1], br = b[pb], bi = b[pb + 1];\n"
    else:
        m += "Object xA, int ao, int as, Object xO, int oo, int os, int n) {\n"
        m += f"        {jt}[] a = ({jt}[]) xA;\n        {ot}[] o = ({ot}[]) xO;\n"
        m += "        double[] t = new double[2];\n"
        m += "        for (int k = 0, pa = ao, po = oo; k < n; k++, pa += as, po += os) {\n"
        m += "            double ar = a[pa], ai = a[pa + 1];\n"
    if kind == "bool":
        m += f"            o[po] = (byte) (({stmt}) ? 1 : 0);\n"
    elif kind == "real":
        m += f"            o[po] = {st.replace('$v', stmt)};\n"
    else:
        m += f"            double rr, ri;\n            {stmt}\n"
        m += f"            o[po] = {st.replace('$v', 'rr')};\n            o[po + 1] = {st.replace('$v', 'ri')};\n"
    m += "        }\n    }\n\n"
    return m


def gen_string_loop(name, code, kind, expr):
    """A binary loop over String (U) or byte[] (S) elements; the result is bool or the same kind."""
    jt = STRING_CODES[code]
    ot = "byte" if kind == "bool" else "Object"
    e = expr.replace("$a", f"({jt}) a[pa]").replace("$b", f"({jt}) b[pb]")
    store = f"(byte) ({e} ? 1 : 0)" if kind == "bool" else e
    m = f"    static void {name}_{code}(Object xA, int ao, int as, Object xB, int bo, int bs, Object xO, int oo, int os, int n) {{\n"
    m += f"        Object[] a = (Object[]) xA;\n        Object[] b = (Object[]) xB;\n        {ot}[] o = ({ot}[]) xO;\n"
    m += "        for (int k = 0, pa = ao, pb = bo, po = oo; k < n; k++, pa += as, pb += bs, po += os) {\n"
    m += f"            o[po] = {store};\n        }}\n    }}\n\n"
    return m


def gen_general_loop(name, key, nin, stmt):
    """A strided loop over nin inputs and len(key) - nin outputs of any dtypes (d: inputs then outputs)."""
    suffix = "_".join(key)
    m = f"    static void {name}_{suffix}(Object[] d, int[] off, int[] st, int n) {{\n"
    for i, code in enumerate(key):
        m += f"        {DT[code][0]}[] a{i} = ({DT[code][0]}[]) d[{i}];\n"
    ptrs = ", ".join(f"p{i} = off[{i}]" for i in range(len(key)))
    incs = ", ".join(f"p{i} += st[{i}]" for i in range(len(key)))
    m += f"        for (int k = 0, {ptrs}; k < n; k++, {incs}) {{\n"
    for i in range(nin):
        code = key[i]
        m += f"            {compute_type(code)} x{i} = " + DT[code][2].replace("$x", f"a{i}[p{i}]") + ";\n"
    for j in range(len(key) - nin):
        m += f"            {compute_type(key[nin + j])} y{j};\n"
    m += f"            {stmt}\n"
    for j in range(len(key) - nin):
        code = key[nin + j]
        m += f"            a{nin + j}[p{nin + j}] = " + DT[code][3].replace("$v", f"y{j}") + ";\n"
    m += "        }\n    }\n\n"
    return m


def main():
    names = list(BIN) + list(UN)
    loops = [HEADER, "import org.numpyjvm.api.DType;\nimport org.numpyjvm.api.internal.core.Half;\n\n",
             "/** Typed inner loops of the ufuncs (see {@link UfuncDef}); one method per operation and loop dtype. */\n",
             "final class UfuncLoops {\n    private UfuncLoops() {\n    }\n\n"]
    have = {}
    reducible = {}
    for name in names:
        binary = name in BIN
        kind, table = (BIN if binary else UN)[name]
        ckind, cstmt = ((CBIN if binary else CUN).get(name) or (None, None))
        have[name] = []
        for key in types_of(name):
            code = key[0]
            if binary and key[0] != key[1]:
                continue
            if DT[code][1] == "C":
                if cstmt is None:
                    continue
                loops.append(gen_complex_loop(name, code, cstmt, ckind, 2 if binary else 1))
            else:
                e = expr_for(table, code)
                if e is None:
                    continue
                loops.append(gen_real_loop(name, code, e, kind, 2 if binary else 1))
                if binary and kind == "same":
                    loops.append(gen_reduce_loop(name, code, e))
                    reducible.setdefault(name, []).append(code)
            have[name].append(code)
        if name in SBIN:
            for code in STRING_CODES:
                loops.append(gen_string_loop(name, code, *SBIN[name]))
                have[name].append(code)
    # lookups: one method per ufunc (an enum switch returning method references), one string
    # switch over the names; run once per (ufunc, loop dtype) by Kernels, which caches the answer
    def lookup(kind, iface, fname, table, suffix=""):
        out = [f"    /** {kind} {{@code op}}'s loop for dtype {{@code c}}; null when there is none. */\n",
               f"    static Kernels.{iface} {fname}(String op, DType.Code c) {{\n        switch (op) {{\n"]
        for name in table:
            out.append(f"            case \"{name}\": return {fname}_{name}(c);\n")
        out.append("            default: return null;\n        }\n    }\n\n")
        for name, codes in table.items():
            out.append(f"    private static Kernels.{iface} {fname}_{name}(DType.Code c) {{\n        switch (c) {{\n")
            for code in codes:
                out.append(f"            case {code}: return UfuncLoops::{name}_{code}{suffix};\n")
            out.append("            default: return null;\n        }\n    }\n\n")
        return out
    loops += lookup("Binary", "Binary", "binary", {n: have[n] for n in names if n in BIN})
    loops += lookup("Unary", "Unary", "unary", {n: have[n] for n in names if n not in BIN})
    loops += lookup("The reduction run (accumulator o[oo]) of binary", "ReduceRun", "reduceRun", reducible, "_r")
    loops.append("    /** Comparison {@code op} of int64 with uint64 ({@code signedFirst}) or uint64 with int64 (NumPy's qQ->? loops); null for other ops. */\n")
    loops.append("    static Kernels.Binary mixed(String op, boolean signedFirst) {\n        switch (op) {\n")
    for name in CMP:
        loops.append(f"            case \"{name}\": return signedFirst ? UfuncLoops::{name}_qQ : UfuncLoops::{name}_Qq;\n")
    loops.append("            default: return null;\n        }\n    }\n\n")
    for name, op in CMP.items():
        for suffix, sf in (("qQ", "true"), ("Qq", "false")):
            loops.append(f"    static void {name}_{suffix}(Object xA, int ao, int as, Object xB, int bo, int bs, Object xO, int oo, int os, int n) {{\n")
            loops.append("        long[] a = (long[]) xA;\n        long[] b = (long[]) xB;\n        byte[] o = (byte[]) xO;\n")
            loops.append("        for (int k = 0, pa = ao, pb = bo, po = oo; k < n; k++, pa += as, pb += bs, po += os) {\n")
            loops.append(f"            o[po] = (byte) (UfuncMath.cmpMixed(a[pa], b[pb], {sf}) {op} 0 ? 1 : 0);\n")
            loops.append("        }\n    }\n\n")
    gen_disp = []
    for name, table in GEN.items():
        uf = getattr(np, name)
        for key in types_of(name):
            stmt = expr_for(table, key[0])
            if stmt is None:
                continue
            loops.append(gen_general_loop(name, key, uf.nin, stmt))
            gen_disp.append(f"            case \"{name}_{'_'.join(key)}\": return UfuncLoops::{name}_{'_'.join(key)};\n")
    loops.append("    /** The loop {@code key} ({@code name_CODE_CODE...}) of a ufunc with several outputs or mixed operand dtypes; null when there is none. */\n")
    loops.append("    static Kernels.General general(String key) {\n        switch (key) {\n")
    loops += gen_disp
    loops.append("            default: return null;\n        }\n    }\n\n")
    loops.append("    /** True for the ufuncs run by {@link #general}. */\n    static boolean isGeneral(String op) {\n        switch (op) {\n")
    for name in GEN:
        loops.append(f"            case \"{name}\":\n")
    loops.append("                return true;\n            default:\n                return false;\n        }\n    }\n}\n")
    (OUT / "UfuncLoops.java").write_text("".join(loops))

    # type tables: rows in parts of PART ufuncs (one method each stays far below HotSpot's 8000-byte limit)
    t = [HEADER, "import org.numpyjvm.api.DType;\n\n",
         "/** The ufunc table (NumPy's generate_umath.py): name, nin, identity and loop signatures from NumPy's {@code ufunc.types}. */\n",
         "final class UfuncTypes {\n    private UfuncTypes() {\n    }\n\n"]
    rows = []
    for name in names + list(GEN) + GUFUNCS:
        uf = getattr(np, name)
        ident = uf.identity
        if ident is None:
            idj = "null"
        elif isinstance(ident, bool):
            idj = "Boolean." + ("TRUE" if ident else "FALSE")
        else:
            idj = ("Double.valueOf(Double.NEGATIVE_INFINITY)" if ident == -np.inf
                   else f"Long.valueOf({int(ident)}L)")
        sigs = []
        for key in types_of(name):
            sigs.append("new DType.Code[] {" + ", ".join("DType.Code." + c for c in key) + "}")
        sigj = "null" if uf.signature is None else f"\"{uf.signature}\""
        rows.append(f"            new UfuncDef(\"{name}\", {uf.nin}, {uf.nout}, {idj}, {sigj}, new DType.Code[][] {{\n                "
                    + ",\n                ".join(sigs) + "})")
    PART = 12
    parts = [rows[i:i + PART] for i in range(0, len(rows), PART)]
    t.append("    /** All ufuncs of this step, in NumPy's order of definition here. */\n    static UfuncDef[] all() {\n")
    t.append(f"        UfuncDef[] all = new UfuncDef[{len(rows)}];\n")
    for i in range(len(parts)):
        t.append(f"        System.arraycopy(part{i}(), 0, all, {i * PART}, {len(parts[i])});\n")
    t.append("        return all;\n    }\n")
    for i, part in enumerate(parts):
        t.append(f"\n    private static UfuncDef[] part{i}() {{\n        return new UfuncDef[] {{\n")
        t.append(",\n".join(part) + "\n        };\n    }\n")
    t.append("}\n")
    (OUT / "UfuncTypes.java").write_text("".join(t))


PAIRWISE_VARIANTS = [
    # (method, accumulator type, array type, element read with $a = array, $p = index)
    ("sum", "double", "double", "$a[$p]"),
    ("sum", "float", "float", "$a[$p]"),
    ("sumHalf", "float", "short", "(float) Half.toDouble($a[$p])"),
]


def gen_pairwise():
    """NumPy's pairwise summation (loops_utils.h.src) for float64, float32 and float16 (summed in
    float), one template."""
    out = ["// DO NOT MODIFY: generated by tools/codegen/gen_ufunc_loops.py.\n",
           "package org.numpyjvm.api.internal.ufunc;\n\n",
           "import org.numpyjvm.api.internal.core.Half;\n\n",
           "/** NumPy's pairwise summation of a strided run: runs under 8 summed in order, up to 128 in eight\n"
           " * interleaved partial sums, longer runs split in halves (multiples of 8), so float sums match NumPy's bits. */\n",
           "final class Pairwise {\n    private Pairwise() {\n    }\n"]
    for name, acc, arr, read in PAIRWISE_VARIANTS:
        def r(p):
            return read.replace("$a", "a").replace("$p", p)
        out.append(f"""
    static {acc} {name}({arr}[] a, int off, int stride, int n) {{
        if (n < 8) {{
            {acc} res = 0;
            for (int i = 0; i < n; i++) {{
                res += {r("off + i * stride")};
            }}
            return res;
        }}
        if (n <= 128) {{
            {acc} r0 = {r("off")};
            {acc} r1 = {r("off + stride")};
            {acc} r2 = {r("off + 2 * stride")};
            {acc} r3 = {r("off + 3 * stride")};
            {acc} r4 = {r("off + 4 * stride")};
            {acc} r5 = {r("off + 5 * stride")};
            {acc} r6 = {r("off + 6 * stride")};
            {acc} r7 = {r("off + 7 * stride")};
            int i;
            for (i = 8; i < n - (n % 8); i += 8) {{
                int p = off + i * stride;
                r0 += {r("p")};
                r1 += {r("p + stride")};
                r2 += {r("p + 2 * stride")};
                r3 += {r("p + 3 * stride")};
                r4 += {r("p + 4 * stride")};
                r5 += {r("p + 5 * stride")};
                r6 += {r("p + 6 * stride")};
                r7 += {r("p + 7 * stride")};
            }}
            {acc} res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
            for (; i < n; i++) {{
                res += {r("off + i * stride")};
            }}
            return res;
        }}
        int n2 = n / 2;
        n2 -= n2 % 8;
        return {name}(a, off, stride, n2) + {name}(a, off + n2 * stride, stride, n - n2);
    }}
""")
    out.append("}\n")
    (OUT / "Pairwise.java").write_text("".join(out))


def gen_matmul():
    """The matmul kernel for contiguous row-major blocks, one template for double, float and long:
    c[n,m] += a[n,k] b[k,m], i-k-j order blocked over k and j (each c[i,j] sums in k order)."""
    out = ["// DO NOT MODIFY: generated by tools/codegen/gen_ufunc_loops.py.\n",
           "package org.numpyjvm.api.internal.ufunc;\n\n",
           "/** matmul kernels on contiguous row-major blocks (c must be zeroed): c[n,m] += a[n,k] b[k,m], blocked i-k-j. */\n",
           "final class MatmulKernels {\n    private MatmulKernels() {\n    }\n\n",
           "    static final int KB = 128;\n    static final int JB = 512;\n"]
    for t in ["double", "float", "long"]:
        out.append(f"""
    static void mm({t}[] a, int ao, {t}[] b, int bo, {t}[] c, int co, int n, int k, int m) {{
        for (int j0 = 0; j0 < m; j0 += JB) {{
            int j1 = Math.min(m, j0 + JB);
            for (int p0 = 0; p0 < k; p0 += KB) {{
                int p1 = Math.min(k, p0 + KB);
                for (int i = 0; i < n; i++) {{
                    int ci = co + i * m;
                    int ai = ao + i * k;
                    for (int p = p0; p < p1; p++) {{
                        {t} x = a[ai + p];
                        int bp = bo + p * m;
                        for (int j = j0; j < j1; j++) {{
                            c[ci + j] += x * b[bp + j];
                        }}
                    }}
                }}
            }}
        }}
    }}
""")
    out.append("}\n")
    (OUT / "MatmulKernels.java").write_text("".join(out))


if __name__ == "__main__":
    main()
    gen_pairwise()
    gen_matmul()
