package org.numpyjvm.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.Np;

/**
 * The embedding API: the default sandbox, exchange of NDArrays without copies, independent contexts
 * (also their print options and floating-point error state).
 */
class NumpyPythonTest {

    /** What Python gets when it runs {@code code} in {@code py}: "allowed" or "denied: ...". */
    private static String probe(NumpyPython py, Value runner, String code) {
        try {
            return runner.invokeMember("probe", code).asString();
        } catch (PolyglotException e) {
            return "denied (host): " + e.getMessage();
        }
    }

    private static void assertDenied(NumpyPython py, Value runner, String code) {
        String r = probe(py, runner, code);
        assertTrue(r.startsWith("denied"), code + " -> " + r);
    }

    @Test
    void defaultContextIsSandboxed() {
        NumpyPython py = PythonTests.context();
        Value runner = PythonTests.runner();
        assertDenied(py, runner, "import java\njava.type('java.lang.Runtime')");
        assertDenied(py, runner, "import java\njava.type('org.numpyjvm.api.Np')");
        assertDenied(py, runner, "import java\njava.type('org.numpyjvm.python.launcher.DaemonServer')");
        assertDenied(py, runner, "open('/etc/passwd').read()");
        assertDenied(py, runner, "import os\nos.listdir('/')");
        assertDenied(py, runner, "import os\nassert os.system('true') == 0");
        assertDenied(py, runner, "import subprocess\nsubprocess.run(['true'])");
        assertDenied(py, runner, "import threading\nt = threading.Thread(target=print)\nt.start()\nt.join()");
        assertDenied(py, runner, "import ctypes");
        assertDenied(py, runner, "import os\nassert os.environ.get('PATH')");
        // NDArray and DType objects are opaque: only the bridge's exported methods are reachable
        assertDenied(py, runner, "import numpy as np\nnp.zeros(3)._a.toString()");
        assertDenied(py, runner, "import numpy as np\nnp.zeros(3)._a.getClass()");
        assertDenied(py, runner, "import numpy\nnumpy._bridge.B.getClass()");
        // numpy itself works
        assertEquals("array([0., 0., 0.])", py.eval("import numpy as np\nrepr(np.zeros(3))"));
    }

    @Test
    void ndarraysCrossWithoutCopies() {
        NumpyPython py = PythonTests.context();
        NDArray x = Np.arange(6);
        py.put("x", x);
        py.exec("import numpy as np\nv = x.reshape(2, 3)\nv[1, 1] = 40\nsame = x");
        assertSame(x, py.get("same"));
        assertEquals(40L, x.item(4));
        NDArray v = py.get("v");
        assertEquals("array([[ 0,  1,  2],\n       [ 3, 40,  5]])", v.toString());
        assertSame(x, v.base());
        assertEquals("(2, 3)", py.eval("str(v.shape)"));
    }

    @Test
    void contextsAreIndependentAndShareTheEngine() {
        try (NumpyPython a = NumpyPython.create(); NumpyPython b = NumpyPython.create()) {
            assertSame(a.context().getEngine(), b.context().getEngine());
            a.exec("import numpy as np\nnp.marker = 'a'\ny = np.ones(2)");
            b.exec("import numpy as np\ny = np.zeros(3, dtype='int8')");
            assertEquals("a", a.eval("np.marker"));
            assertEquals(false, b.eval("hasattr(np, 'marker')"));
            assertEquals("array([1., 1.])", a.get("y").toString());
            assertEquals("array([0, 0, 0], dtype=int8)", b.get("y").toString());
        }
    }

    @Test
    void numpyStateIsPerContext() {
        String divide = "import warnings\n"
                + "with warnings.catch_warnings(record=True) as w:\n"
                + "    warnings.simplefilter('always')\n"
                + "    try:\n"
                + "        np.array([1.0]) / 0\n"
                + "        r = [str(x.message) for x in w]\n"
                + "    except FloatingPointError as e:\n"
                + "        r = 'raised: %s' % e\n";
        try (NumpyPython a = NumpyPython.create(); NumpyPython b = NumpyPython.create()) {
            a.exec("import numpy as np\nnp.set_printoptions(precision=3)\nnp.seterr(all='raise')");
            b.exec("import numpy as np");
            assertEquals("array([0.333])", a.eval("repr(np.array([1/3]))"));
            assertEquals("array([0.33333333])", b.eval("repr(np.array([1/3]))"));
            a.exec(divide);
            b.exec(divide);
            assertEquals("raised: divide by zero encountered in divide", a.eval("r"));
            assertEquals("['divide by zero encountered in divide']", b.eval("str(r)"));
        }
        // numpy-api's JVM-wide state (Java callers) is not the contexts'
        assertEquals(8, org.numpyjvm.api.Printing.getPrintoptions().precision());
        assertEquals(org.numpyjvm.api.FloatErrors.Settings.defaults(), org.numpyjvm.api.FloatErrors.geterr());
    }

    @Test
    void grantedHostAccess() {
        try (NumpyPython py = NumpyPython.builder().allowHostClassLookup(true).allowHostAccess(true).build()) {
            assertEquals("[1, 2]", py.eval("import java\nstr(java.type('java.util.List').of(1, 2))"));
        }
    }
}
