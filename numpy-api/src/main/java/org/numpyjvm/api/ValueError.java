package org.numpyjvm.api;

/** Raised where NumPy raises Python's {@code ValueError}. */
public class ValueError extends NumpyException {
    private static final long serialVersionUID = 1L;

    public ValueError(String message) {
        super(message);
    }

    public ValueError(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public String pythonType() {
        return "ValueError";
    }
}
