package org.numpyjvm.examples;

import org.numpyjvm.api.DType;
import org.numpyjvm.api.NumpyException;

/**
 * The Java quick start: what runs today. It shows NumPy's dtypes ({@code np.dtype}) and how a
 * NumPy error arrives in Java; arrays ({@code Np.arange(12).reshape(3, 4)}) join it when
 * {@code NDArray} lands.
 *
 * <p>Run: {@code mvn -B -q -DskipTests package && java -jar examples/target/numpy-jvm-examples.jar}
 */
public final class Quickstart {

    private Quickstart() {
    }

    public static void main(String[] args) {
        System.out.print(run());
    }

    /** The quick start's output, as text (the test checks it). */
    public static String run() {
        StringBuilder out = new StringBuilder();
        out.append("numpy-jvm quick start\n\n");

        // np.dtype('float64'), its str, itemsize and kind
        out.append(String.format("%-20s %-6s %-9s %s%n", "repr", "str", "itemsize", "kind"));
        DType[] dtypes = {DType.BOOL, DType.INT32, DType.UINT8, DType.FLOAT64, DType.COMPLEX128, DType.str(5)};
        for (DType dt : dtypes) {
            out.append(String.format("%-20s %-6s %-9d %s%n", dt.repr(), dt.str(), dt.itemsize(), dt.kind()));
        }

        // np.dtype('complex64') has float32 parts, like np.complex64(0).real.dtype
        out.append("\ncomplex64 parts: ").append(DType.COMPLEX64.realPart().repr()).append('\n');

        // NumPy's exceptions arrive as Java exceptions that know their Python type and message
        try {
            DType.str(-1);
        } catch (NumpyException e) {
            out.append(e.pythonType()).append(": ").append(e.getMessage()).append('\n');
        }
        return out.toString();
    }
}
