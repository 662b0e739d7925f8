package org.numpyjvm.api;

/**
 * Raised where NumPy raises {@code numpy._core._exceptions.UFuncTypeError} (a {@code TypeError}):
 * a ufunc cannot use its operands, e.g. {@code np.add(np.array(['a']), np.array([b'a']))}
 * ("ufunc 'add' cannot use operands with types dtype('<U1') and dtype('S1')").
 */
public class UFuncTypeError extends TypeError {
    private static final long serialVersionUID = 1L;

    public UFuncTypeError(String message) {
        super(message);
    }

    @Override
    public String pythonType() {
        return "numpy._core._exceptions.UFuncTypeError";
    }
}
