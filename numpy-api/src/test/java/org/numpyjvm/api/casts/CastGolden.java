package org.numpyjvm.api.casts;

import java.nio.charset.StandardCharsets;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.internal.core.Buffers;
import org.numpyjvm.api.internal.core.Internals;

/** Helpers shared by the cast tests: dtypes by NumPy name, arrays from golden encodings. */
final class CastGolden {
    private CastGolden() {
    }

    static DType dtype(String name) {
        switch (name) {
            case "bool": return DType.BOOL;
            case "int8": return DType.INT8;
            case "uint8": return DType.UINT8;
            case "int16": return DType.INT16;
            case "uint16": return DType.UINT16;
            case "int32": return DType.INT32;
            case "uint32": return DType.UINT32;
            case "int64": return DType.INT64;
            case "uint64": return DType.UINT64;
            case "float16": return DType.FLOAT16;
            case "float32": return DType.FLOAT32;
            case "float64": return DType.FLOAT64;
            case "complex64": return DType.COMPLEX64;
            case "complex128": return DType.COMPLEX128;
            default:
                int n = name.length() == 1 ? 0 : Integer.parseInt(name.substring(1));
                if (name.charAt(0) == 'U') {
                    return DType.str(n);
                }
                if (name.charAt(0) == 'S') {
                    return DType.bytes(n);
                }
                throw new IllegalArgumentException(name);
        }
    }

    /** NumPy's spelling of a dtype in the golden data: name for numbers, U5 / S3 for strings. */
    static String name(DType dt) {
        if (dt.isString()) {
            return (dt.code() == DType.Code.STR ? "U" : "S") + dt.stringLength();
        }
        return dt.name();
    }

    static byte[] hex(String h) {
        byte[] b = new byte[h.length() / 2];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16);
        }
        return b;
    }

    static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) {
            sb.append(Character.forDigit((x >> 4) & 0xF, 16)).append(Character.forDigit(x & 0xF, 16));
        }
        return sb.toString();
    }

    static byte[] latin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A 1-element array holding the golden encoding of one value. */
    static NDArray one(DType dt, String in) {
        if (dt.code() == DType.Code.STR) {
            return Internals.wrap(dt, new Object[] {in}, new int[] {1});
        }
        if (dt.code() == DType.Code.BYTES) {
            return Internals.wrap(dt, new Object[] {latin1(in)}, new int[] {1});
        }
        return fromBytes(dt, hex(in), new int[] {1});
    }

    /** An array of a numeric dtype from little-endian bytes. */
    static NDArray fromBytes(DType dt, byte[] b, int[] shape) {
        Object data = Buffers.allocate(dt, shape);
        int w = dt.storage().slotBytes;
        int slots = b.length / w;
        for (int i = 0; i < slots; i++) {
            long v = 0;
            for (int k = w - 1; k >= 0; k--) {
                v = (v << 8) | (b[i * w + k] & 0xFF);
            }
            switch (dt.storage()) {
                case BYTE: ((byte[]) data)[i] = (byte) v; break;
                case SHORT: ((short[]) data)[i] = (short) v; break;
                case INT: ((int[]) data)[i] = (int) v; break;
                case LONG: ((long[]) data)[i] = v; break;
                case FLOAT: ((float[]) data)[i] = Float.intBitsToFloat((int) v); break;
                case DOUBLE: ((double[]) data)[i] = Double.longBitsToDouble(v); break;
                default: throw new IllegalArgumentException(dt.toString());
            }
        }
        return Internals.wrap(dt, data, shape);
    }

    /** The golden encoding of element 0 of a 1-element result. */
    static String encode(NDArray r) {
        DType dt = r.dtype();
        if (dt.code() == DType.Code.STR) {
            return (String) r.item();
        }
        if (dt.code() == DType.Code.BYTES) {
            return new String((byte[]) r.item(), StandardCharsets.ISO_8859_1);
        }
        return hex(r.tobytes());
    }
}
