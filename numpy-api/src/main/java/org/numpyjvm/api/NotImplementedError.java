package org.numpyjvm.api;

/** Raised where NumPy raises Python's {@code NotImplementedError}. */
public class NotImplementedError extends NumpyException {
    private static final long serialVersionUID = 1L;

    public NotImplementedError(String message) {
        super(message);
    }

    public NotImplementedError(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public String pythonType() {
        return "NotImplementedError";
    }
}
