# Runs the Python unittest modules of src/test/python inside one NumpyPython context, one test at a
# time, for PythonTestsTest (each Python test method is a JUnit dynamic test).
import sys
import types
import unittest


def load(name, path, source):
    """The test cases of a module given by its source (the sandbox cannot read host files)."""
    mod = types.ModuleType(name)
    mod.__file__ = path
    sys.modules[name] = mod
    exec(compile(source, path, "exec"), mod.__dict__)
    out = []

    def flat(suite):
        for t in suite:
            if isinstance(t, unittest.TestSuite):
                flat(t)
            else:
                out.append(t)
    flat(unittest.defaultTestLoader.loadTestsFromModule(mod))
    return out


def run(test):
    """None when the test passes; 'SKIP:reason'; else the failures' tracebacks."""
    result = unittest.TestResult()
    test(result)
    problems = [tb for _, tb in result.errors + result.failures]
    problems += ["unexpected success" for _ in result.unexpectedSuccesses]
    if problems:
        return "\n".join(problems)
    if result.skipped:
        return "SKIP:" + result.skipped[0][1]
    return None


def probe(code):
    """'allowed' when code runs, else 'denied: Type: message'."""
    try:
        exec(code, {})
        return "allowed"
    except BaseException as e:
        return "denied: %s: %s" % (type(e).__name__, e)
