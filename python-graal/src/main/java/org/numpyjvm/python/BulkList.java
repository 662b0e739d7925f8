package org.numpyjvm.python;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.AbstractList;
import java.util.RandomAccess;
import org.graalvm.polyglot.Value;

/**
 * A Python list of ints or floats (or a list of equally long such lists) read in one bulk copy: the package's
 * {@code _bulk} gives it as an {@code array.array} ('q' or 'd', or a 2-d memoryview of one), and this is a Java
 * list of the same values (Long or Double elements; rows for 2-d), so the dynamic layer converts it exactly as
 * it converts the Python list (a Python int list into int8 still raises NumPy's OverflowError), without reading
 * it element by element through interop.
 */
final class BulkList extends AbstractList<Object> implements RandomAccess {
    private final long[] longs;
    private final double[] doubles;
    private final int from;
    private final int size;

    private BulkList(long[] longs, double[] doubles, int from, int size) {
        this.longs = longs;
        this.doubles = doubles;
        this.from = from;
        this.size = size;
    }

    /** The list for {@code _bulk}'s result b (an array.array, or a 2-d memoryview: a list of row lists). */
    static java.util.List<Object> of(Value b) {
        boolean floats = (b.hasMember("typecode") ? b.getMember("typecode") : b.getMember("format")).asString().equals("d");
        byte[] bytes = new byte[(int) b.getBufferSize()];
        b.readBuffer(0, bytes, 0, bytes.length);
        ByteBuffer bb = ByteBuffer.wrap(bytes).order(ByteOrder.nativeOrder());
        int n = bytes.length / 8;
        long[] longs = floats ? null : new long[n];
        double[] doubles = floats ? new double[n] : null;
        if (floats) {
            bb.asDoubleBuffer().get(doubles);
        } else {
            bb.asLongBuffer().get(longs);
        }
        Value shape = b.hasMember("shape") ? b.getMember("shape") : null;
        if (shape == null || !shape.hasArrayElements() || shape.getArraySize() != 2) {
            return new BulkList(longs, doubles, 0, n);
        }
        int rows = shape.getArrayElement(0).asInt();
        int cols = shape.getArrayElement(1).asInt();
        return new AbstractRows(rows) {
            @Override
            public Object get(int i) {
                return new BulkList(longs, doubles, i * cols, cols);
            }
        };
    }

    @Override
    public Object get(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        return longs != null ? (Object) longs[from + i] : (Object) doubles[from + i];
    }

    @Override
    public int size() {
        return size;
    }

    /** The rows of a 2-d bulk list. */
    private abstract static class AbstractRows extends AbstractList<Object> implements RandomAccess {
        private final int rows;

        AbstractRows(int rows) {
            this.rows = rows;
        }

        @Override
        public int size() {
            return rows;
        }
    }
}
