package org.numpyjvm.python;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.TestAbortedException;

/**
 * The Python tests ({@code src/test/python/test_*.py}, standard {@code unittest}) run in the one
 * shared sandboxed context; each Python test method is a JUnit dynamic test whose failure carries
 * the Python traceback.
 */
class PythonUnittestTest {

    @TestFactory
    Stream<DynamicNode> pythonTests() throws IOException {
        NumpyPython py = PythonTests.context();
        Value runner = PythonTests.runner();
        Path dir = Paths.get("src", "test", "python");
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> p.getFileName().toString().matches("test_.*\\.py")).sorted().forEach(files::add);
        }
        List<DynamicNode> modules = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString().replace(".py", "");
            Value tests = runner.invokeMember("load", name, file.toString(), read(file));
            List<DynamicNode> cases = new ArrayList<>();
            for (long i = 0; i < tests.getArraySize(); i++) {
                Value test = tests.getArrayElement(i);
                String id = test.invokeMember("id").asString();
                cases.add(DynamicTest.dynamicTest(id.substring(id.indexOf('.') + 1), () -> {
                    Value r = runner.invokeMember("run", test);
                    if (!r.isNull()) {
                        String text = r.asString();
                        if (text.startsWith("SKIP:")) {
                            throw new TestAbortedException(text.substring(5));
                        }
                        fail(id + " failed:\n" + text);
                    }
                }));
            }
            modules.add(DynamicContainer.dynamicContainer(name, cases));
        }
        return modules.stream();
    }

    private static String read(Path p) {
        try {
            return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
