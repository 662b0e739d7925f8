package org.numpyjvm.api.internal.printing;

/** Python's {@code repr()} of {@code str} and {@code bytes} values, as NumPy prints them. */
public final class StringRepr {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private StringRepr() {
    }

    /** {@code repr(s)} of a Python {@code str}: quotes chosen as Python does, escapes for unprintables. */
    public static String pyRepr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(quote);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') {
                sb.append('\\').appendCodePoint(cp);
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp < 0x20 || cp == 0x7F) {
                hex(sb, 'x', cp, 2);
            } else if (cp < 0x7F) {
                sb.append((char) cp);
            } else if (isPrintable(cp)) {
                sb.appendCodePoint(cp);
            } else if (cp <= 0xFF) {
                hex(sb, 'x', cp, 2);
            } else if (cp <= 0xFFFF) {
                hex(sb, 'u', cp, 4);
            } else {
                hex(sb, 'U', cp, 8);
            }
        }
        return sb.append(quote).toString();
    }

    /** {@code repr(b)} of a Python {@code bytes}: {@code b'...'}. */
    public static String bytesRepr(byte[] b) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (byte x : b) {
            hasSingle |= x == '\'';
            hasDouble |= x == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder(b.length + 3);
        sb.append('b').append(quote);
        for (byte x : b) {
            int c = x & 0xFF;
            if (c == quote || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c >= 0x7F) {
                hex(sb, 'x', c, 2);
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(quote).toString();
    }

    private static void hex(StringBuilder sb, char kind, int v, int width) {
        sb.append('\\').append(kind);
        for (int shift = 4 * (width - 1); shift >= 0; shift -= 4) {
            sb.append(HEX[(v >>> shift) & 0xF]);
        }
    }

    /** Python's {@code str.isprintable()} for one code point (approximated by the JDK's Unicode tables). */
    static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }
}
