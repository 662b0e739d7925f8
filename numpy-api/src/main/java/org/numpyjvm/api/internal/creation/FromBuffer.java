package org.numpyjvm.api.internal.creation;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.ValueError;
import org.numpyjvm.api.internal.core.Internals;

/**
 * {@code np.frombuffer} and {@code np.fromiter}. {@code frombuffer} decodes the bytes with the
 * dtype's byte order ({@code '>f8'} data is byte-swapped into native storage; the result keeps
 * the {@code '>f8'} dtype, as NumPy's does). NumPy's result shares the buffer's memory; Java's
 * typed storage cannot alias a {@code byte[]}, so numpy-jvm copies and returns a read-only array
 * (as NumPy's is for a {@code bytes} object).
 */
public final class FromBuffer {
    private FromBuffer() {
    }

    /** {@code np.frombuffer(buffer, dtype, count, offset)}; count -1 means all. */
    public static NDArray frombuffer(byte[] buffer, DType dtype, long count, long offset) {
        int len = buffer.length;
        if (offset < 0 || offset > len) {
            throw new ValueError("offset must be non-negative and no greater than buffer length (" + len + ")");
        }
        int item = dtype.itemsize();
        if (item == 0) {
            throw new ValueError("itemsize cannot be zero in type");
        }
        long avail = len - offset;
        long n;
        if (count < 0) {
            if (avail % item != 0) {
                throw new ValueError("buffer size must be a multiple of element size");
            }
            n = avail / item;
        } else {
            if (avail < count * item) {
                throw new ValueError("buffer is smaller than requested size");
            }
            n = count;
        }
        NDArray out = Internals.allocate(dtype, new int[] {(int) n});
        decode(buffer, (int) offset, (int) n, dtype, Internals.data(out));
        out.setWriteable(false);
        return out;
    }

    private static long readBits(byte[] b, int p, int size, boolean big) {
        long v = 0;
        for (int i = 0; i < size; i++) {
            int shift = big ? 8 * (size - 1 - i) : 8 * i;
            v |= (b[p + i] & 0xFFL) << shift;
        }
        return v;
    }

    private static void decode(byte[] b, int off, int n, DType dt, Object data) {
        boolean big = dt.byteorder() == '>';
        int item = dt.itemsize();
        switch (dt.storage()) {
            case BYTE: {
                byte[] d = (byte[]) data;
                for (int i = 0; i < n; i++) {
                    d[i] = dt.isBool() ? (byte) (b[off + i] != 0 ? 1 : 0) : b[off + i];
                }
                return;
            }
            case SHORT: {
                short[] d = (short[]) data;
                for (int i = 0; i < n; i++) {
                    d[i] = (short) readBits(b, off + 2 * i, 2, big);
                }
                return;
            }
            case INT: {
                int[] d = (int[]) data;
                for (int i = 0; i < n; i++) {
                    d[i] = (int) readBits(b, off + 4 * i, 4, big);
                }
                return;
            }
            case LONG: {
                long[] d = (long[]) data;
                for (int i = 0; i < n; i++) {
                    d[i] = readBits(b, off + 8 * i, 8, big);
                }
                return;
            }
            case FLOAT: {
                float[] d = (float[]) data;
                for (int i = 0; i < d.length; i++) {
                    d[i] = Float.intBitsToFloat((int) readBits(b, off + 4 * i, 4, big));
                }
                return;
            }
            case DOUBLE: {
                double[] d = (double[]) data;
                for (int i = 0; i < d.length; i++) {
                    d[i] = Double.longBitsToDouble(readBits(b, off + 8 * i, 8, big));
                }
                return;
            }
            default: {
                Object[] d = (Object[]) data;
                for (int i = 0; i < n; i++) {
                    int p = off + i * item;
                    if (dt.code() == DType.Code.BYTES) {
                        int e = item;
                        while (e > 0 && b[p + e - 1] == 0) {
                            e--;
                        }
                        d[i] = java.util.Arrays.copyOfRange(b, p, p + e);
                    } else {
                        StringBuilder sb = new StringBuilder();
                        for (int c = 0; c < item / 4; c++) {
                            int cp = (int) readBits(b, p + 4 * c, 4, big);
                            if (cp < 0 || cp > 0x10FFFF) {
                                throw new ValueError("invalid code point " + Integer.toUnsignedString(cp) + " in buffer");
                            }
                            sb.appendCodePoint(cp);
                        }
                        int e = sb.length();
                        while (e > 0 && sb.charAt(e - 1) == 0) {
                            e--;
                        }
                        d[i] = sb.substring(0, e);
                    }
                }
            }
        }
    }

    /** {@code np.fromiter(iterable, dtype, count)}; dtype null is float64; count -1 reads all. */
    public static NDArray fromiter(Iterator<?> it, DType dtype, long count) {
        DType dt = dtype == null ? DType.FLOAT64 : dtype;
        if (dt.isString() && dt.stringLength() == 0) {
            throw new ValueError("Must specify length when using variable-size data-type.");
        }
        List<Object> items = new ArrayList<>();
        if (count < -1) {
            count = 0; // NumPy: only -1 means "all"; other negative counts read nothing
        }
        while ((count < 0 || items.size() < count) && it.hasNext()) {
            items.add(it.next());
        }
        if (count > 0 && items.size() < count) {
            throw new ValueError("iterator too short: Expected " + count + " but iterator had only " + items.size() + " items.");
        }
        NDArray out = Internals.allocate(dt, new int[] {items.size()});
        Object data = Internals.data(out);
        int w = dt.slots();
        for (int i = 0; i < items.size(); i++) {
            PyValues.store(dt, data, i * w, items.get(i));
        }
        return out;
    }
}
