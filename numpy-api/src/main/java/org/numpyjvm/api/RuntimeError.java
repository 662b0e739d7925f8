package org.numpyjvm.api;

/** Python's {@code RuntimeError} (e.g. {@code np.matmul.reduce}: "Reduction not defined on ufunc with signature"). */
public class RuntimeError extends NumpyException {
    private static final long serialVersionUID = 1L;

    public RuntimeError(String message) {
        super(message);
    }

    @Override
    public String pythonType() {
        return "RuntimeError";
    }
}
