package org.numpyjvm.api.internal.ufunc;

/**
 * Per-element operations of the string loops in {@link UfuncLoops} ({@code U}: a {@code String}
 * per element, {@code S}: a {@code byte[]}, both stored without trailing NULs). NumPy compares the
 * NUL-padded values: with the padding stripped that is plain lexicographic order (a proper prefix
 * is smaller), by code point for {@code U} and by unsigned byte for {@code S}.
 */
final class StringKernels {
    private StringKernels() {
    }

    /** Code point order (String.compareTo is UTF-16 order: it puts U+10000.. before U+E000..U+FFFF). */
    static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                if (x >= 0xD800 && y >= 0xD800) {
                    // surrogates (code points >= U+10000) sort after U+E000..U+FFFF
                    x = (char) (x >= 0xE000 ? x - 0x800 : x + 0x2000);
                    y = (char) (y >= 0xE000 ? y - 0x800 : y + 0x2000);
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }

    static int compare(byte[] a, byte[] b) {
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            if (a[i] != b[i]) {
                return (a[i] & 0xFF) - (b[i] & 0xFF);
            }
        }
        return a.length - b.length;
    }

    static boolean equal(String a, String b) {
        return a.equals(b);
    }

    static boolean equal(byte[] a, byte[] b) {
        return java.util.Arrays.equals(a, b);
    }

    static String concat(String a, String b) {
        return a.concat(b);
    }

    static byte[] concat(byte[] a, byte[] b) {
        if (b.length == 0) {
            return a;
        }
        if (a.length == 0) {
            return b;
        }
        byte[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
