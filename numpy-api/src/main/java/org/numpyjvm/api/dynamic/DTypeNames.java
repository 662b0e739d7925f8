package org.numpyjvm.api.dynamic;

import org.numpyjvm.api.DType;
import org.numpyjvm.api.TypeError;

/** Dtype spellings for the dynamic layer (until DType.of(String) lands: then this delegates). */
final class DTypeNames {
    private DTypeNames() {
    }

    static DType parse(String s) {
        for (DType.Code c : DType.Code.values()) {
            if (c != DType.Code.STR && c != DType.Code.BYTES && DType.of(c).name().equals(s)) {
                return DType.of(c);
            }
        }
        switch (s) {
            case "float": case "f8": case "d": return DType.FLOAT64;
            case "int": case "i8": case "l": return DType.INT64;
            case "complex": case "c16": case "D": return DType.COMPLEX128;
            case "f4": case "f": return DType.FLOAT32;
            case "i4": case "i": return DType.INT32;
            case "?": return DType.BOOL;
            default: throw new TypeError("data type '" + s + "' not understood");
        }
    }
}
