# Golden snippets (issue 3, second test layer): the outcome of a small Python snippet, computed the
# same way under CPython + NumPy (tools/golden/gen_py_snippets.py writes golden/snippets.json) and
# under numpy-jvm in the shared GraalPy context (PythonSnippetGoldenTest compares).
#
# A snippet is a few lines; its result is the value of its last line when that is an expression,
# else the variable `result`. The outcome is a dict: {"type", "repr"} (+ "dtype", "shape" for
# arrays) or {"exc", "msg"} when the snippet raises, plus "warnings": [[category, message], ...] when it
# warns. Print options and the floating-point error state are restored after each snippet.
import ast
import json
import warnings

_cases = []


def outcome(np, code):
    ns = {"np": np, "__name__": "snippet"}
    saved = np.get_printoptions()
    saved_err = np.geterr()
    saved_call = np.geterrcall()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            tree = ast.parse(code, "<snippet>", "exec")
            last = tree.body[-1] if tree.body else None
            if isinstance(last, ast.Expr):
                body = ast.Module(body=tree.body[:-1], type_ignores=[])
                exec(compile(body, "<snippet>", "exec"), ns)
                r = eval(compile(ast.Expression(last.value), "<snippet>", "eval"), ns)
            else:
                exec(compile(tree, "<snippet>", "exec"), ns)
                r = ns.get("result")
            out = describe(np, r)
        except Exception as e:
            out = {"exc": type(e).__name__, "msg": str(e)}
        finally:
            np.set_printoptions(**saved)
            np.seterr(**saved_err)
            np.seterrcall(saved_call)
    if caught:  # only when there are warnings: outcomes without them keep their old form
        out["warnings"] = [[w.category.__name__, str(w.message)] for w in caught]
    return out


def describe(np, r):
    d = {"type": type(r).__name__, "repr": repr(r)}
    if isinstance(r, np.ndarray):
        d["dtype"] = str(r.dtype)
        d["shape"] = list(r.shape)
    return d


def load(text):
    """Loads golden/snippets.json (given as text); returns the snippets' test names."""
    global _cases
    _cases = json.loads(text)["snippets"]
    return ["%03d %s" % (c["id"], c["code"].split("\n", 1)[0]) for c in _cases]


def _show(o):
    if "exc" in o:
        return "raises %s: %s" % (o["exc"], o["msg"])
    return "\n".join("  %s: %s" % (k, o[k]) for k in sorted(o))


def check(i, np=None):
    """None when snippet i behaves as recorded (NumPy's outcome, or its documented difference)."""
    if np is None:
        import numpy as np
    c = _cases[i]
    ours = outcome(np, c["code"])
    want = c["numpy"]
    diff = c.get("differs")
    head = "snippet:\n%s\n" % c["code"]
    if diff is None:
        if ours == want:
            return None
        return head + "NumPy:\n%s\nnumpy-jvm:\n%s" % (_show(want), _show(ours))
    # a documented difference: still this difference (and still a difference)
    if ours == want:
        return head + "now agrees with NumPy: remove its expected difference (%s)" % diff["reason"]
    if "field" in diff:
        if ours.get(diff["field"]) == diff["value"]:
            return None
        expect = "%s %r" % (diff["field"], diff["value"])
    else:
        if ours.get("exc") == diff["exc"] and diff["contains"] in ours.get("msg", ""):
            return None
        expect = "raises %s containing %r" % (diff["exc"], diff["contains"])
    return head + "expected difference (%s): %s\nnumpy-jvm:\n%s\nNumPy:\n%s" % (
        diff["reason"], expect, _show(ours), _show(want))


def check_all(np=None):
    """(passed, failures) over all snippets (for running the corpus under bin/numpy-jvm-python)."""
    fails = []
    for i in range(len(_cases)):
        r = check(i, np)
        if r is not None:
            fails.append((i, r))
    return len(_cases) - len(fails), fails
