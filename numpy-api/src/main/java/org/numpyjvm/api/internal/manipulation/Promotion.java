package org.numpyjvm.api.internal.manipulation;

import org.numpyjvm.api.DType;
import org.numpyjvm.api.NDArray;

/** The result dtype of the joining routines: {@code np.result_type(*arrays)} over the inputs' dtypes. */
final class Promotion {
    private Promotion() {
    }

    /** {@code np.result_type(*arrays)} for arrays only (no Python scalars, so nothing is weak). */
    static DType resultType(NDArray[] arrays) {
        DType r = arrays[0].dtype();
        for (int i = 1; i < arrays.length; i++) {
            r = DType.promoteTypes(r, arrays[i].dtype());
        }
        return r;
    }
}
