package org.numpyjvm.examples;

import org.numpyjvm.api.DType;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.Np;
import org.numpyjvm.api.NumpyException;

/**
 * The Java quick start. Each step prints what the NumPy statement in its comment prints; the
 * same script in Python is {@code tools/golden/gen_quickstart.py}, whose output is the test's
 * expected text.
 *
 * <p>Run: {@code mvn -B -q -DskipTests package && java -jar examples/target/numpy-jvm-examples.jar}
 */
public final class Quickstart {

    private Quickstart() {
    }

    public static void main(String[] args) {
        System.out.print(run());
    }

    /** The quick start's output, as text (the test compares it with NumPy's). */
    public static String run() {
        StringBuilder out = new StringBuilder();
        NDArray a = Np.arange(12).reshape(3, 4);          // a = np.arange(12).reshape(3, 4)
        out.append(a).append('\n');                        // print(repr(a))
        NDArray v = a.get("1:, ::2");                      // v = a[1:, ::2]  (a view)
        out.append(v).append('\n');
        v.set("...", -1L);                                 // v[...] = -1 writes through to a
        out.append(a.str()).append('\n');                  // print(a)
        out.append(Np.sharesMemory(a, v) ? "True" : "False").append('\n');
        NDArray f = a.T().astype(DType.FLOAT32);           // f = a.T.astype(np.float32)
        out.append(f).append('\n');
        NDArray b = Np.broadcastTo(Np.array(new double[] {0.5, 1.5}), 3, 2);  // np.broadcast_to([0.5, 1.5], (3, 2))
        out.append(b).append('\n');
        out.append(Np.promoteTypes(DType.INT8, DType.UINT8).repr()).append('\n');  // np.promote_types('i1', 'u1')
        try {
            a.reshape(5, 5);                               // a.reshape(5, 5)
        } catch (NumpyException e) {
            out.append(e.pythonType()).append(": ").append(e.getMessage()).append('\n');
        }
        return out.toString();
    }
}
