package org.numpyjvm.api.dynamic;

import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.numpyjvm.api.NumpyException;

/**
 * The registry of NumPy functions by qualified name: the one surface that the Python package and
 * the WASI script runner call, and from which the coverage table is generated. The global
 * registry holds every {@link NamespaceProvider} found by {@link ServiceLoader}.
 */
public final class Registry {
    private final Map<String, Function> functions;

    private Registry(Map<String, Function> functions) {
        this.functions = Collections.unmodifiableMap(functions);
    }

    private static Registry global;

    /** The registry of every provider on the module/class path (built once). */
    public static synchronized Registry global() {
        if (global == null) {
            Builder b = new Builder();
            Iterator<NamespaceProvider> it = ServiceLoader.load(NamespaceProvider.class).iterator();
            while (it.hasNext()) {
                b.add(it.next());
            }
            global = b.build();
        }
        return global;
    }

    /** A registry of exactly these providers (for tests and embedders). */
    public static Registry of(NamespaceProvider... providers) {
        Builder b = new Builder();
        for (NamespaceProvider p : providers) {
            b.add(p);
        }
        return b.build();
    }

    /** The function, or null. */
    public Function lookup(String name) {
        return functions.get(name);
    }

    /** All functions by qualified name, sorted. */
    public Map<String, Function> functions() {
        return functions;
    }

    /**
     * Calls {@code name} with Python-style arguments. An unknown name raises
     * {@code AttributeError}-like {@link UnknownFunctionError}.
     */
    public Object call(String name, Object[] positional, Map<String, Object> keywords) {
        Function f = functions.get(name);
        if (f == null) {
            throw new UnknownFunctionError(name);
        }
        return f.call(positional, keywords);
    }

    /** Python's {@code AttributeError: module 'numpy' has no attribute 'foo'}. */
    public static final class UnknownFunctionError extends NumpyException {
        private static final long serialVersionUID = 1L;

        public UnknownFunctionError(String name) {
            super("module 'numpy" + (name.lastIndexOf('.') > 0 ? "." + name.substring(0, name.lastIndexOf('.')) : "")
                    + "' has no attribute '" + name.substring(name.lastIndexOf('.') + 1) + "'");
        }

        @Override
        public String pythonType() {
            return "AttributeError";
        }
    }

    /** Collects functions from providers; a name registered twice is an error naming both. */
    public static final class Builder {
        private final Map<String, Function> functions = new TreeMap<>();
        private String current = "?";

        Builder() {
        }

        void add(NamespaceProvider p) {
            current = p.id();
            p.register(this);
        }

        /**
         * Registers {@code name} with NumPy's signature text, e.g.
         * {@code def("zeros", "(shape, dtype=None, order='C', *, device=None, like=None)", a -> ...)}.
         */
        public Builder def(String name, String signature, Function.Body body) {
            String simple = name.substring(name.lastIndexOf('.') + 1);
            Function f = new Function(name, Signature.parse(simple, signature), body, current);
            Function old = functions.put(name, f);
            if (old != null) {
                throw new IllegalStateException("numpy function '" + name + "' registered twice: by " + old.provider()
                        + " and by " + current);
            }
            return this;
        }

        Registry build() {
            return new Registry(functions);
        }
    }
}
