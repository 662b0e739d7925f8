package org.numpyjvm.api.internal.printing;

import org.numpyjvm.api.DType;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.PrintOptions;
import org.numpyjvm.api.Printing;

/**
 * {@code repr()} and {@code str()} of an {@link NDArray} with the global print options
 * ({@link Printing#getPrintoptions()}); {@code NDArray.toString()} calls {@link #repr}. The
 * layout itself is {@link ArrayFormat}, which reads elements through a {@link PrintSource}.
 */
public final class ArrayPrinter {
    private ArrayPrinter() {
    }

    /** {@code repr(a)}. */
    public static String repr(NDArray a) {
        return ArrayFormat.repr(source(a), Printing.getPrintoptions());
    }

    /** {@code str(a)}. */
    public static String str(NDArray a) {
        return ArrayFormat.str(source(a), Printing.getPrintoptions());
    }

    public static String repr(NDArray a, PrintOptions o) {
        return ArrayFormat.repr(source(a), o);
    }

    public static String str(NDArray a, PrintOptions o) {
        return ArrayFormat.str(source(a), o);
    }

    public static String array2string(NDArray a, PrintOptions o, String separator, String prefix, String suffix) {
        return ArrayFormat.array2string(source(a), o, separator, prefix, suffix);
    }

    /** Reads elements with {@code NDArray.item(int...)}. */
    static PrintSource source(NDArray a) {
        final int[] shape = a.shape();
        final DType dtype = a.dtype();
        return new PrintSource() {
            @Override
            public int[] shape() {
                return shape.clone();
            }

            @Override
            public DType dtype() {
                return dtype;
            }

            @Override
            public Object item(int[] index) {
                return a.item(index);
            }
        };
    }
}
