package org.numpyjvm.api.dynamic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.numpyjvm.api.DType;

/** The Python literals that appear as defaults in NumPy signatures. */
final class Literals {
    private Literals() {
    }

    /**
     * None → null, True/False, ints (Long), floats (Double), 'strings', (tuples) → List; the
     * Python types used as dtype defaults ({@code <class 'float'>}, {@code float}, {@code int},
     * ...) → the DType NumPy makes of them.
     */
    static Object parse(String s) {
        String t = s.strip();
        if (t.equals("None")) {
            return null;
        }
        String type = t.startsWith("<class '") && t.endsWith("'>") ? t.substring(8, t.length() - 2) : t;
        switch (type) {
            case "float": return DType.FLOAT64;
            case "int": return DType.INT64;
            case "bool": return DType.BOOL;
            case "complex": return DType.COMPLEX128;
            default: break;
        }
        if (t.equals("True") || t.equals("False")) {
            return Boolean.valueOf(t.equals("True"));
        }
        if (t.length() >= 2 && (t.charAt(0) == '\'' || t.charAt(0) == '"') && t.charAt(t.length() - 1) == t.charAt(0)) {
            return t.substring(1, t.length() - 1);
        }
        if (t.startsWith("(") && t.endsWith(")")) {
            List<Object> items = new ArrayList<>();
            for (String part : splitTopLevel(t.substring(1, t.length() - 1))) {
                if (!part.isBlank()) {
                    items.add(parse(part));
                }
            }
            return Collections.unmodifiableList(items);
        }
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            // not an int
        }
        try {
            if (t.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
                return new java.math.BigDecimal(t).doubleValue();
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new IllegalArgumentException("unsupported default literal: " + s);
    }

    /** Splits on commas outside brackets and quotes. */
    static List<String> splitTopLevel(String s) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(s.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(s.substring(start));
        return parts;
    }
}
