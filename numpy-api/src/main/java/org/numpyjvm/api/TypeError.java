package org.numpyjvm.api;

/** Raised where NumPy raises Python's {@code TypeError}. */
public class TypeError extends NumpyException {
    private static final long serialVersionUID = 1L;

    public TypeError(String message) {
        super(message);
    }

    public TypeError(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public String pythonType() {
        return "TypeError";
    }
}
