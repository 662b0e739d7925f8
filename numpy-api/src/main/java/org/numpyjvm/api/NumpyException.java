package org.numpyjvm.api;

/**
 * Base of the exceptions numpy-jvm raises where NumPy raises a Python exception. Each subclass
 * names the Python exception type it stands for ({@link #pythonType()}), so front ends (GraalPy,
 * the WASI runner) re-raise the same type with the same message.
 */
public abstract class NumpyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected NumpyException(String message) {
        super(message);
    }

    protected NumpyException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The Python exception type, e.g. {@code ValueError} or {@code numpy.exceptions.AxisError}. */
    public abstract String pythonType();
}
