package org.numpyjvm.api;

/**
 * Raised where NumPy raises {@code numpy.exceptions.DTypePromotionError} (a {@code TypeError}):
 * no common dtype exists, e.g. {@code np.result_type('U5', 1)}.
 */
public class DTypePromotionError extends TypeError {
    private static final long serialVersionUID = 1L;

    public DTypePromotionError(String message) {
        super(message);
    }

    @Override
    public String pythonType() {
        return "numpy.exceptions.DTypePromotionError";
    }
}
