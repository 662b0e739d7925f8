package org.numpyjvm.python;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden snippets (issue 3's second test layer): every snippet of {@code golden/snippets.json}
 * (written by {@code tools/golden/gen_py_snippets.py} under CPython + NumPy 2.4.6) runs on
 * numpy-jvm's {@code numpy} in the module's one shared sandboxed context and must give NumPy's
 * outcome (repr, type, dtype and shape; or exception type and message), or, for a snippet marked
 * as an expected difference, still exactly the documented difference. One dynamic test per
 * snippet, named by its number and first line. The comparison is {@code snippet_runner.py}, the
 * code the generator ran under NumPy.
 */
class PythonSnippetGoldenTest {

    @TestFactory
    Stream<DynamicTest> snippets() {
        NumpyPython py = PythonTests.context();
        Value runner = snippetRunner(py);
        Value names = runner.invokeMember("load", PythonTests.resource("/golden/snippets.json"));
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < names.getArraySize(); i++) {
            int index = i;
            tests.add(DynamicTest.dynamicTest(names.getArrayElement(i).asString(), () -> {
                Value r = runner.invokeMember("check", index);
                if (!r.isNull()) {
                    fail(r.asString());
                }
            }));
        }
        return tests.stream();
    }

    /** snippet_runner.py loaded as a module into the shared context (once). */
    private static synchronized Value snippetRunner(NumpyPython py) {
        Value bindings = py.context().getBindings("python");
        if (!bindings.hasMember("__snippet_runner__")) {
            bindings.putMember("__snippet_runner_source__", PythonTests.resource("snippet_runner.py"));
            py.exec("import types as _t\n__snippet_runner__ = _t.ModuleType('snippet_runner')\n"
                    + "exec(compile(__snippet_runner_source__, 'snippet_runner.py', 'exec'), __snippet_runner__.__dict__)\n");
        }
        return py.value("__snippet_runner__");
    }
}
