package org.numpyjvm.api;

import java.util.Arrays;

/**
 * A Python {@code bytes} value as an array element or argument ({@code np.array(b'ab')} is a 0-d
 * {@code S2} array): one scalar, unlike a Java {@code byte[]}, which numpy-api reads as an int8
 * sequence. Immutable: the bytes are copied in and out.
 */
public final class Bytes {
    private final byte[] bytes;

    public Bytes(byte[] bytes) {
        this.bytes = bytes.clone();
    }

    /** A copy of the bytes. */
    public byte[] toByteArray() {
        return bytes.clone();
    }

    public int length() {
        return bytes.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bytes && Arrays.equals(bytes, ((Bytes) o).bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** Python's repr: {@code b'ab'}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("b'");
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (c == '\\' || c == '\'') {
                sb.append('\\').append((char) c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c < 32 || c >= 127) {
                sb.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
            } else {
                sb.append((char) c);
            }
        }
        return sb.append('\'').toString();
    }
}
