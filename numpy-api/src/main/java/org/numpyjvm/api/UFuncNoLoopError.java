package org.numpyjvm.api;

/**
 * Raised where NumPy raises its {@code _UFuncNoLoopError} (a {@link UFuncTypeError}, shown by
 * Python as {@code UFuncTypeError}): the ufunc has no loop for the operands' dtypes ("ufunc
 * 'equal' did not contain a loop with signature matching types ..."). NumPy's {@code ==} and
 * {@code !=} on arrays catch exactly this error and compare unequal instead.
 */
public class UFuncNoLoopError extends UFuncTypeError {
    private static final long serialVersionUID = 1L;

    public UFuncNoLoopError(String message) {
        super(message);
    }

    @Override
    public String pythonType() {
        return "numpy._core._exceptions._UFuncNoLoopError";
    }
}
