package org.numpyjvm.api.internal.creation;

import org.numpyjvm.api.DType;
import org.numpyjvm.api.NDArray;

/** NumPy's string widths for casts to a flexible {@code 'U'}/{@code 'S'} dtype. */
public final class StringWidths {
    private StringWidths() {
    }

    /** Characters NumPy reserves for any value of a numeric dtype ({@code np.zeros(1, t).astype('U')}). */
    public static int widthOf(DType dt) {
        switch (dt.code()) {
            case BOOL: return 5;
            case INT8: return 4;
            case UINT8: return 3;
            case INT16: return 6;
            case UINT16: return 5;
            case INT32: return 11;
            case UINT32: return 10;
            case INT64: return 21;
            case UINT64: return 20;
            case FLOAT16:
            case FLOAT32:
            case FLOAT64: return 32;
            case COMPLEX64:
            case COMPLEX128: return 64;
            default: return dt.stringLength();
        }
    }

    /** The sized string dtype for {@code a.astype('U')} / {@code a.astype('S')}. */
    public static DType widthFor(NDArray a, DType flexible) {
        int n = widthOf(a.dtype());
        return flexible.code() == DType.Code.STR ? DType.str(n) : DType.bytes(n);
    }
}
