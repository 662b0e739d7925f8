package org.numpyjvm.api.internal.indexing;

import java.util.List;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.NotImplementedError;

/** Advanced (integer-array and boolean-mask) indexing: gather and scatter copies. */
final class AdvancedIndexing {
    private AdvancedIndexing() {
    }

    static NDArray get(NDArray a, List<Object> items) {
        throw new NotImplementedError("advanced indexing is not implemented yet");
    }

    static void set(NDArray a, List<Object> items, Object value) {
        throw new NotImplementedError("advanced index assignment is not implemented yet");
    }
}
