package org.numpyjvm.api.internal.indexing;

import java.util.ArrayList;
import java.util.List;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.Index;
import org.numpyjvm.api.IndexError;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.Np;
import org.numpyjvm.api.Slice;
import org.numpyjvm.api.TypeError;
import org.numpyjvm.api.ValueError;

/**
 * Parses the text of a NumPy index: comma-separated items, each an integer, a slice
 * {@code start:stop:step} (parts optional, may be negative), {@code ...}, {@code None} /
 * {@code np.newaxis} / {@code newaxis}, {@code True}/{@code False}, or a bracketed list of
 * integers or booleans (nested lists allowed) which becomes an index array.
 */
final class IndexParser {
    private IndexParser() {
    }

    static List<Object> parse(String text) {
        List<Object> items = new ArrayList<>();
        String t = text.strip();
        if (t.isEmpty() || t.equals("()")) {
            return items;
        }
        for (String part : splitTopLevel(t)) {
            items.add(item(part.strip(), text));
        }
        return items;
    }

    private static List<String> splitTopLevel(String t) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '[' || c == '(') {
                depth++;
            } else if (c == ']' || c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(t.substring(start, i));
                start = i + 1;
            }
        }
        String last = t.substring(start);
        if (!(last.isBlank() && !parts.isEmpty())) {
            parts.add(last); // a trailing comma ("1,") is a one-item tuple
        }
        return parts;
    }

    private static Object item(String s, String whole) {
        if (s.equals("...") || s.equals("Ellipsis")) {
            return Index.ELLIPSIS;
        }
        if (s.equals("None") || s.equals("np.newaxis") || s.equals("newaxis") || s.equals("numpy.newaxis")) {
            return Index.NEWAXIS;
        }
        if (s.equals("True") || s.equals("False")) {
            return Boolean.valueOf(s.equals("True"));
        }
        if (s.startsWith("[")) {
            NDArray arr = Np.array(ListLiteral.parse(s));
            return arr.size() == 0 ? arr.astype(DType.INT64) : arr; // NumPy: an empty list is an intp index
        }
        if (s.length() >= 2 && (s.charAt(0) == '\'' || s.charAt(0) == '"') && s.charAt(s.length() - 1) == s.charAt(0)) {
            return s.substring(1, s.length() - 1); // a Python string: not a valid index
        }
        if (s.indexOf(':') >= 0) {
            String[] p = s.split(":", -1);
            if (p.length > 3) {
                throw bad(whole);
            }
            try {
                Integer start = intOrNull(p[0], whole);
                Integer stop = intOrNull(p[1], whole);
                Integer step = p.length == 3 ? intOrNull(p[2], whole) : null;
                return new Slice(start, stop, step);
            } catch (TypeError | ValueError e) {
                return new BadSlice(e);
            }
        }
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            if (isFloat(s)) {
                return Double.valueOf(s); // a Python float: not a valid index
            }
            throw bad(whole);
        }
    }

    static boolean isFloat(String s) {
        return s.matches("[+-]?(\\d+\\.\\d*|\\.\\d+|\\d+)([eE][+-]?\\d+)?") || s.equals("nan") || s.equals("inf");
    }

    private static Integer intOrNull(String s, String whole) {
        String t = s.strip();
        if (t.isEmpty() || t.equals("None")) {
            return null;
        }
        try {
            long v = Long.parseLong(t);
            return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v));
        } catch (NumberFormatException e) {
            if (isFloat(t) || t.startsWith("'") || t.startsWith("\"")) {
                throw new TypeError("slice indices must be integers or None or have an __index__ method");
            }
            throw bad(whole);
        }
    }

    private static IndexError bad(String whole) {
        return new IndexError("cannot parse index '" + whole + "': only integers, slices (`:`), ellipsis (`...`), "
                + "numpy.newaxis (`None`) and integer or boolean arrays are valid indices");
    }
}
