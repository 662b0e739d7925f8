package org.numpyjvm.api.dynamic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.numpyjvm.api.TypeError;

/**
 * A Python function signature, written as NumPy documents it, e.g.
 * {@code (a, /, shape, order='C', *, copy=None)}: positional-only parameters before {@code /},
 * {@code *args}, keyword-only parameters after {@code *}, {@code **kwargs}; defaults are Python
 * literals ({@code None}, {@code True}, numbers, quoted strings, tuples of those).
 * {@link #bind} applies Python's binding rules with CPython's TypeError messages.
 */
public final class Signature {

    /** How a parameter may be passed, as {@code inspect.Parameter.kind}. */
    public enum Kind {
        POSITIONAL_ONLY, POSITIONAL_OR_KEYWORD, VAR_POSITIONAL, KEYWORD_ONLY, VAR_KEYWORD
    }

    /** One parameter: name, kind and default ({@link #REQUIRED} when there is none). */
    public static final class Param {
        final String name;
        final Kind kind;
        final Object defaultValue;

        Param(String name, Kind kind, Object defaultValue) {
            this.name = name;
            this.kind = kind;
            this.defaultValue = defaultValue;
        }

        public String name() {
            return name;
        }

        public Kind kind() {
            return kind;
        }

        public Object defaultValue() {
            return defaultValue;
        }

        public boolean required() {
            return defaultValue == REQUIRED;
        }
    }

    /** The marker default of a required parameter. */
    public static final Object REQUIRED = new Object() {
        @Override
        public String toString() {
            return "<required>";
        }
    };

    /** NumPy's {@code np._NoValue} default ({@code <no value>} in signatures): "not given". */
    public static final Object NO_VALUE = new Object() {
        @Override
        public String toString() {
            return "<no value>";
        }
    };

    private final String function;
    private final String text;
    private final List<Param> params;
    // for the array binding (bindArray): parameter names in order, the defaults, and how many
    // leading positional parameters there are / are required; the index of *args (or -1)
    private final String[] names;
    private final Object[] defaults;
    private final int maxPositional;
    private final int requiredPositional;
    private final int varPositional;
    private final boolean fastPositional;

    private Signature(String function, String text, List<Param> params) {
        this.function = function;
        this.text = text;
        this.params = params;
        int n = params.size();
        names = new String[n];
        defaults = new Object[n];
        int maxPos = 0;
        int reqPos = 0;
        int varPos = -1;
        boolean fast = true;
        for (int i = 0; i < n; i++) {
            Param p = params.get(i);
            names[i] = p.name;
            defaults[i] = p.defaultValue;
            if (p.kind == Kind.POSITIONAL_ONLY || p.kind == Kind.POSITIONAL_OR_KEYWORD) {
                maxPos++;
                if (p.required()) {
                    if (reqPos != maxPos - 1) {
                        fast = false; // a required parameter after a defaulted one (not Python syntax)
                    }
                    reqPos++;
                }
            } else if (p.kind == Kind.VAR_POSITIONAL) {
                varPos = i;
            } else if (p.kind == Kind.VAR_KEYWORD) {
                defaults[i] = Collections.emptyMap();
            } else if (p.required()) {
                fast = false; // a required keyword-only parameter: the binding must report it missing
            }
        }
        if (varPos >= 0 && varPos != maxPos) {
            fast = false;
        }
        maxPositional = maxPos;
        requiredPositional = reqPos;
        varPositional = varPos;
        fastPositional = fast;
    }

    /** Parses {@code (a, axis=None, *, keepdims=False)} for the function named {@code function}. */
    public static Signature parse(String function, String text) {
        String t = text.strip();
        if (!t.startsWith("(") || !t.endsWith(")")) {
            throw new IllegalArgumentException("signature must be parenthesized: " + text);
        }
        List<Param> out = new ArrayList<>();
        Kind kind = Kind.POSITIONAL_OR_KEYWORD;
        for (String raw : Literals.splitTopLevel(t.substring(1, t.length() - 1))) {
            String p = raw.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (p.equals("/")) {
                for (int i = 0; i < out.size(); i++) {
                    Param q = out.get(i);
                    out.set(i, new Param(q.name, Kind.POSITIONAL_ONLY, q.defaultValue));
                }
                continue;
            }
            if (p.equals("*")) {
                kind = Kind.KEYWORD_ONLY;
                continue;
            }
            if (p.startsWith("**")) {
                out.add(new Param(p.substring(2), Kind.VAR_KEYWORD, REQUIRED));
                continue;
            }
            if (p.startsWith("*")) {
                out.add(new Param(p.substring(1), Kind.VAR_POSITIONAL, REQUIRED));
                kind = Kind.KEYWORD_ONLY;
                continue;
            }
            int eq = p.indexOf('=');
            if (eq < 0) {
                out.add(new Param(p, kind, REQUIRED));
            } else {
                out.add(new Param(p.substring(0, eq).strip(), kind, Literals.parse(p.substring(eq + 1).strip())));
            }
        }
        return new Signature(function, t, Collections.unmodifiableList(out));
    }

    public String function() {
        return function;
    }

    public List<Param> params() {
        return params;
    }

    /** The text it was parsed from, e.g. {@code (a, axis=None)}. */
    @Override
    public String toString() {
        return text;
    }

    /**
     * Binds call arguments to parameters as Python does. Missing optional parameters take their
     * defaults; {@code *args} binds to a {@code List}, {@code **kwargs} to a {@code Map}.
     *
     * @param positional positional arguments (may be null for none)
     * @param keywords keyword arguments (may be null for none)
     * @return parameter name to value, in signature order
     */
    public Map<String, Object> bind(Object[] positional, Map<String, Object> keywords) {
        Object[] pos = positional == null ? new Object[0] : positional;
        Map<String, Object> kw = keywords == null ? Collections.emptyMap() : keywords;
        Map<String, Object> out = new LinkedHashMap<>();
        int maxPositional = 0;
        int requiredPositional = 0;
        Param varPos = null;
        Param varKw = null;
        for (Param p : params) {
            if (p.kind == Kind.POSITIONAL_ONLY || p.kind == Kind.POSITIONAL_OR_KEYWORD) {
                maxPositional++;
                if (p.required()) {
                    requiredPositional++;
                }
            } else if (p.kind == Kind.VAR_POSITIONAL) {
                varPos = p;
            } else if (p.kind == Kind.VAR_KEYWORD) {
                varKw = p;
            }
        }
        int i = 0;
        List<Object> extra = new ArrayList<>();
        for (Param p : params) {
            if ((p.kind == Kind.POSITIONAL_ONLY || p.kind == Kind.POSITIONAL_OR_KEYWORD) && i < pos.length) {
                out.put(p.name, pos[i++]);
            }
        }
        while (i < pos.length) {
            extra.add(pos[i++]);
        }
        List<String> posOnlyAsKw = new ArrayList<>();
        Map<String, Object> extraKw = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : kw.entrySet()) {
            Param p = find(e.getKey());
            if (p == null || p.kind == Kind.VAR_POSITIONAL || p.kind == Kind.VAR_KEYWORD) {
                if (varKw == null) {
                    throw new TypeError(function + "() got an unexpected keyword argument '" + e.getKey() + "'");
                }
                extraKw.put(e.getKey(), e.getValue());
                continue;
            }
            if (p.kind == Kind.POSITIONAL_ONLY) {
                if (varKw != null) {
                    extraKw.put(e.getKey(), e.getValue());
                    continue;
                }
                for (String k : kw.keySet()) {
                    Param q = find(k);
                    if (q != null && q.kind == Kind.POSITIONAL_ONLY) {
                        posOnlyAsKw.add(q.name);
                    }
                }
                throw new TypeError(function + "() got some positional-only arguments passed as keyword arguments: '"
                        + String.join(", ", posOnlyAsKw) + "'");
            }
            if (out.containsKey(p.name)) {
                throw new TypeError(function + "() got multiple values for argument '" + p.name + "'");
            }
            out.put(p.name, e.getValue());
        }
        if (pos.length > maxPositional && varPos == null) {
            throw tooManyPositional(maxPositional, requiredPositional, pos.length, kw);
        }
        List<String> missingPos = new ArrayList<>();
        List<String> missingKw = new ArrayList<>();
        Map<String, Object> ordered = new LinkedHashMap<>();
        for (Param p : params) {
            if (p.kind == Kind.VAR_POSITIONAL) {
                ordered.put(p.name, Collections.unmodifiableList(extra));
            } else if (p.kind == Kind.VAR_KEYWORD) {
                ordered.put(p.name, Collections.unmodifiableMap(extraKw));
            } else if (out.containsKey(p.name)) {
                ordered.put(p.name, out.get(p.name));
            } else if (p.required()) {
                (p.kind == Kind.KEYWORD_ONLY ? missingKw : missingPos).add(p.name);
            } else {
                ordered.put(p.name, p.defaultValue);
            }
        }
        if (!missingPos.isEmpty()) {
            throw missing(missingPos, "positional");
        }
        if (!missingKw.isEmpty()) {
            throw missing(missingKw, "keyword-only");
        }
        return ordered;
    }

    /**
     * As {@link #bind}, the values in parameter order (an array indexed as {@link #params}):
     * without keyword arguments no map is made.
     */
    public Object[] bindArray(Object[] positional, Map<String, Object> keywords) {
        int given = positional == null ? 0 : positional.length;
        if (fastPositional && (keywords == null || keywords.isEmpty()) && given >= requiredPositional
                && (given <= maxPositional || varPositional >= 0)) {
            Object[] out = defaults.clone();
            int k = Math.min(given, maxPositional);
            for (int i = 0; i < k; i++) {
                out[i] = positional[i];
            }
            if (varPositional >= 0) {
                List<Object> extra = new ArrayList<>(Math.max(given - maxPositional, 0));
                for (int i = maxPositional; i < given; i++) {
                    extra.add(positional[i]);
                }
                out[varPositional] = Collections.unmodifiableList(extra);
            }
            return out;
        }
        Map<String, Object> bound = bind(positional, keywords);
        Object[] out = new Object[names.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = bound.get(names[i]);
        }
        return out;
    }

    /**
     * The index of parameter {@code name} in {@link #params}, or -1. The bodies ask with string
     * literals: the first equal match keeps the caller's instance, so later lookups compare
     * references only (the parsed names are substrings of the signature text).
     */
    int indexOf(String name) {
        String[] ns = names;
        for (int i = 0; i < ns.length; i++) {
            if (ns[i] == name) {
                return i;
            }
        }
        for (int i = 0; i < ns.length; i++) {
            if (ns[i].equals(name)) {
                ns[i] = name;
                return i;
            }
        }
        return -1;
    }

    /** The default of the parameter at {@code index} ({@link #REQUIRED} when there is none). */
    Object defaultAt(int index) {
        return params.get(index).defaultValue;
    }

    private Param find(String name) {
        for (Param p : params) {
            if (p.name.equals(name)) {
                return p;
            }
        }
        return null;
    }

    private TypeError missing(List<String> names, String what) {
        StringBuilder sb = new StringBuilder(function + "() missing " + names.size() + " required " + what + " argument"
                + (names.size() == 1 ? "" : "s") + ": ");
        for (int k = 0; k < names.size(); k++) {
            if (k > 0) {
                sb.append(names.size() == 2 ? " and " : k == names.size() - 1 ? ", and " : ", ");
            }
            sb.append('\'').append(names.get(k)).append('\'');
        }
        return new TypeError(sb.toString());
    }

    private TypeError tooManyPositional(int max, int required, int given, Map<String, Object> kw) {
        String takes;
        if (required == max) {
            takes = max + " positional argument" + (max == 1 ? "" : "s");
        } else {
            takes = "from " + required + " to " + max + " positional arguments";
        }
        int kwOnlyGiven = 0;
        for (String k : kw.keySet()) {
            Param p = find(k);
            if (p != null && p.kind == Kind.KEYWORD_ONLY) {
                kwOnlyGiven++;
            }
        }
        String givenText = kwOnlyGiven == 0 ? Integer.toString(given)
                : given + " positional argument" + (given == 1 ? "" : "s") + " (and " + kwOnlyGiven + " keyword-only argument"
                        + (kwOnlyGiven == 1 ? "" : "s") + ")";
        return new TypeError(function + "() takes " + takes + " but " + givenText + " "
                + (given == 1 && kwOnlyGiven == 0 ? "was" : "were") + " given");
    }
}
