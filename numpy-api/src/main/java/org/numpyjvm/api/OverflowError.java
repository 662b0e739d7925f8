package org.numpyjvm.api;

/** Raised where NumPy raises Python's {@code OverflowError}. */
public class OverflowError extends NumpyException {
    private static final long serialVersionUID = 1L;

    public OverflowError(String message) {
        super(message);
    }

    public OverflowError(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public String pythonType() {
        return "OverflowError";
    }
}
