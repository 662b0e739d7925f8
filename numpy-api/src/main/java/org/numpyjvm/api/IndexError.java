package org.numpyjvm.api;

/** Raised where NumPy raises Python's {@code IndexError}. */
public class IndexError extends NumpyException {
    private static final long serialVersionUID = 1L;

    public IndexError(String message) {
        super(message);
    }

    public IndexError(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public String pythonType() {
        return "IndexError";
    }
}
