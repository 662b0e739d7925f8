package org.numpyjvm.api;

/**
 * Python's {@code MemoryError} (NumPy's {@code _ArrayMemoryError}): an allocation larger than
 * the JVM can give. The JVM keeps running; nothing was allocated.
 */
public class MemoryError extends NumpyException {
    private static final long serialVersionUID = 1L;

    public MemoryError(String message) {
        super(message);
    }

    public MemoryError(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public String pythonType() {
        return "MemoryError";
    }
}
