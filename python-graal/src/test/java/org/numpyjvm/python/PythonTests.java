package org.numpyjvm.python;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.graalvm.polyglot.Value;

/** The shared sandboxed context of this module's tests and the unittest runner loaded into it. */
final class PythonTests {
    private static NumpyPython shared;
    private static Value runner;

    private PythonTests() {
    }

    /** One context for all tests of the module (GraalPy contexts are costly on the interpreter). */
    static synchronized NumpyPython context() {
        if (shared == null) {
            shared = NumpyPython.create();
            runner = load(shared);
        }
        return shared;
    }

    static synchronized Value runner() {
        context();
        return runner;
    }

    /** The runner module's namespace loaded into {@code py}. */
    static Value load(NumpyPython py) {
        py.context().getBindings("python").putMember("__runner_source__", resource("unittest_runner.py"));
        py.exec("import types as _t\n__runner__ = _t.ModuleType('unittest_runner')\n"
                + "exec(compile(__runner_source__, 'unittest_runner.py', 'exec'), __runner__.__dict__)\n");
        return py.value("__runner__");
    }

    static String resource(String name) {
        try (InputStream in = PythonTests.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
