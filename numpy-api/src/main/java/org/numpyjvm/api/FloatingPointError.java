package org.numpyjvm.api;

/**
 * Raised where NumPy raises Python's {@code FloatingPointError}: a floating-point error whose
 * mode is {@code 'raise'} ({@link FloatErrors#seterr}), e.g. {@code "divide by zero encountered
 * in divide"}.
 */
public class FloatingPointError extends NumpyException {
    private static final long serialVersionUID = 1L;

    public FloatingPointError(String message) {
        super(message);
    }

    @Override
    public String pythonType() {
        return "FloatingPointError";
    }
}
