package org.numpyjvm.api;

/** Raised where NumPy raises Python's {@code ZeroDivisionError} (e.g. {@code np.arange(0, 5, 0)}). */
public class ZeroDivisionError extends NumpyException {
    private static final long serialVersionUID = 1L;

    public ZeroDivisionError(String message) {
        super(message);
    }

    @Override
    public String pythonType() {
        return "ZeroDivisionError";
    }
}
