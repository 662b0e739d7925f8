package org.numpyjvm.api.dynamic;

import java.util.Map;

/** One NumPy function of the dynamic layer: a qualified name, its signature and its body. */
public final class Function {

    /** The body: takes the bound arguments, returns the result (NDArray, Java scalar, list...). */
    @FunctionalInterface
    public interface Body {
        Object call(Args args);
    }

    private final String name;
    private final Signature signature;
    private final Body body;
    private final String provider;

    Function(String name, Signature signature, Body body, String provider) {
        this.name = name;
        this.signature = signature;
        this.body = body;
        this.provider = provider;
    }

    /** Qualified name: {@code "zeros"}, {@code "linalg.inv"}. */
    public String name() {
        return name;
    }

    public Signature signature() {
        return signature;
    }

    /** The id of the {@link NamespaceProvider} that registered it. */
    public String provider() {
        return provider;
    }

    /** Calls with Python-style arguments (either may be null). */
    public Object call(Object[] positional, Map<String, Object> keywords) {
        return body.call(new Args(signature, signature.bindArray(positional, keywords)));
    }

    @Override
    public String toString() {
        return name + signature;
    }
}
