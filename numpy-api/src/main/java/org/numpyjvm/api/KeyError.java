package org.numpyjvm.api;

/** Raised where NumPy raises Python's {@code KeyError}. */
public class KeyError extends NumpyException {
    private static final long serialVersionUID = 1L;

    public KeyError(String message) {
        super(message);
    }

    public KeyError(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public String pythonType() {
        return "KeyError";
    }
}
