package org.numpyjvm.api.internal.printing;

import org.numpyjvm.api.NDArray;

/**
 * Placeholder printer: {@code array(<nested list>, dtype=...)}. The real NumPy 2 printer
 * replaces this class (same two entry points).
 */
public final class ArrayPrinter {
    private ArrayPrinter() {
    }

    public static String repr(NDArray a) {
        return "array(" + a.tolist() + ", dtype=" + a.dtype().name() + ")";
    }

    public static String str(NDArray a) {
        return String.valueOf(a.tolist());
    }
}
