package org.numpyjvm.api;

/**
 * {@code numpy.exceptions.AxisError}: an axis out of range. In Python it subclasses both
 * {@code ValueError} and {@code IndexError}; here it extends {@link ValueError}.
 */
public class AxisError extends ValueError {
    private static final long serialVersionUID = 1L;

    public AxisError(String message) {
        super(message);
    }

    /** NumPy's message: {@code axis 3 is out of bounds for array of dimension 2}. */
    public AxisError(int axis, int ndim) {
        super("axis " + axis + " is out of bounds for array of dimension " + ndim);
    }

    @Override
    public String pythonType() {
        return "numpy.exceptions.AxisError";
    }
}
