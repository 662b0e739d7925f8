package org.numpyjvm.api.internal.indexing;

import java.util.ArrayList;
import java.util.List;
import org.numpyjvm.api.IndexError;

/** Parses a bracketed literal of integers/booleans ({@code [[0, 1], [2, -1]]}) into nested lists. */
final class ListLiteral {
    private final String s;
    private int pos;

    private ListLiteral(String s) {
        this.s = s;
    }

    static Object parse(String text) {
        ListLiteral p = new ListLiteral(text);
        Object v = p.value();
        p.skip();
        if (p.pos != text.length()) {
            throw new IndexError("cannot parse index list '" + text + "'");
        }
        return v;
    }

    private void skip() {
        while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
            pos++;
        }
    }

    private Object value() {
        skip();
        if (pos < s.length() && s.charAt(pos) == '[') {
            pos++;
            List<Object> out = new ArrayList<>();
            skip();
            if (pos < s.length() && s.charAt(pos) == ']') {
                pos++;
                return out;
            }
            while (true) {
                out.add(value());
                skip();
                if (pos >= s.length()) {
                    throw new IndexError("cannot parse index list '" + s + "'");
                }
                char c = s.charAt(pos++);
                if (c == ']') {
                    return out;
                }
                if (c != ',') {
                    throw new IndexError("cannot parse index list '" + s + "'");
                }
            }
        }
        int start = pos;
        while (pos < s.length() && ",] \t".indexOf(s.charAt(pos)) < 0) {
            pos++;
        }
        String tok = s.substring(start, pos);
        if (tok.equals("True") || tok.equals("False")) {
            return Boolean.valueOf(tok.equals("True"));
        }
        try {
            return Long.parseLong(tok);
        } catch (NumberFormatException e) {
            if (IndexParser.isFloat(tok)) {
                throw new IndexError(IndexPlan.INVALID); // NumPy: a list with floats is not an index
            }
            throw new IndexError("cannot parse index list '" + s + "'");
        }
    }
}
