package org.numpyjvm.api.internal.ufunc;

/**
 * Per-element operations of the string loops in {@link UfuncLoops}, and the string multiply loop
 * ({@link #repeatLoop}, chosen by {@link StringUfuncs#kernel}) ({@code U}: a {@code String}
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

    /**
     * NumPy's string multiply over a run: {@code o[k] = a[k] * b[k]} cut to {@code width} characters
     * (code points for {@code U}, bytes for {@code S}); a count below 1 gives the empty string.
     * Elements whose length would overflow are left as they were; returns whether there was one.
     */
    static boolean repeatLoop(Object[] a, int ao, int as, long[] b, int bo, int bs, Object[] o, int oo, int os, int n,
            int width, boolean bytes) {
        boolean overflow = false;
        Object last = null;
        long lastReps = 0;
        Object lastResult = null;
        for (int k = 0, pa = ao, pb = bo, po = oo; k < n; k++, pa += as, pb += bs, po += os) {
            Object x = a[pa];
            long reps = b[pb];
            if (x != last || reps != lastReps || lastResult == null) {
                // a broadcast operand repeats its value: its result is reused
                lastResult = bytes ? repeat((byte[]) x, reps, width) : repeat((String) x, reps, width);
                last = x;
                lastReps = reps;
            }
            if (lastResult == null) {
                overflow = true;
            } else {
                o[po] = lastResult;
            }
        }
        return overflow;
    }

    /** {@code s} repeated {@code reps} times, cut to {@code width} code points; null when the length overflows. */
    static String repeat(String s, long reps, int width) {
        int len = s.length();
        if (reps < 1 || len == 0 || width == 0) {
            return "";
        }
        int cps = s.codePointCount(0, len);
        // NumPy checks the length only for strings longer than one character
        if (cps > 1 && reps > Long.MAX_VALUE / cps) {
            return null;
        }
        long total = reps * cps;
        if (total <= width && reps == 1) {
            return s;
        }
        int m = (int) Math.min(total, width);
        int full = m / cps;
        int pad = m % cps;
        int padChars = cps == len ? pad : s.offsetByCodePoints(0, pad);
        char[] buf = new char[full * len + padChars];
        if (len == 1) {
            java.util.Arrays.fill(buf, s.charAt(0));
        } else {
            for (int i = 0; i < full; i++) {
                s.getChars(0, len, buf, i * len);
            }
            s.getChars(0, padChars, buf, full * len);
        }
        int end = buf.length;
        while (end > 0 && buf[end - 1] == 0) {
            end--;
        }
        return new String(buf, 0, end);
    }

    /** {@code s} repeated {@code reps} times, cut to {@code width} bytes; null when the length overflows. */
    static byte[] repeat(byte[] s, long reps, int width) {
        int len = s.length;
        if (reps < 1 || len == 0 || width == 0) {
            return EMPTY;
        }
        if (len > 1 && reps > Long.MAX_VALUE / len) {
            return null;
        }
        long total = reps * len;
        if (total <= width && reps == 1) {
            return s;
        }
        int m = (int) Math.min(total, width);
        int full = m / len;
        int pad = m % len;
        byte[] buf = new byte[m];
        if (len == 1) {
            java.util.Arrays.fill(buf, s[0]);
        } else {
            for (int i = 0; i < full; i++) {
                System.arraycopy(s, 0, buf, i * len, len);
            }
            System.arraycopy(s, 0, buf, full * len, pad);
        }
        int end = m;
        while (end > 0 && buf[end - 1] == 0) {
            end--;
        }
        return end == m ? buf : java.util.Arrays.copyOf(buf, end);
    }

    private static final byte[] EMPTY = new byte[0];
}
