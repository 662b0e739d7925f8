package org.numpyjvm.api.internal.dynamic;

import org.numpyjvm.api.NumpyException;
import org.numpyjvm.api.dynamic.Conversions;

/**
 * Python's {@code AttributeError}, raised where NumPy's Python code reads an ndarray attribute of
 * an argument that is not an array ({@code 'list' object has no attribute 'ndim'}).
 */
final class AttributeError extends NumpyException {
    private static final long serialVersionUID = 1L;

    AttributeError(String message) {
        super(message);
    }

    @Override
    public String pythonType() {
        return "AttributeError";
    }

    /** The argument itself when it is an NDArray; else NumPy's AttributeError for {@code attribute}. */
    static org.numpyjvm.api.NDArray requireArray(Object v, String attribute) {
        if (v instanceof org.numpyjvm.api.NDArray) {
            return (org.numpyjvm.api.NDArray) v;
        }
        throw new AttributeError("'" + Conversions.typeName(v) + "' object has no attribute '" + attribute + "'");
    }
}
