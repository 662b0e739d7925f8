package org.numpyjvm.api.dynamic;

/**
 * A module's contribution to the dynamic call layer: its NumPy functions by qualified name
 * ({@code "sum"}, {@code "linalg.inv"}). Found with {@link java.util.ServiceLoader}
 * ({@code provides org.numpyjvm.api.dynamic.NamespaceProvider with ...} in module-info and a
 * {@code META-INF/services} entry), so what is on the module path is what front ends see.
 */
public interface NamespaceProvider {

    /** A stable id for diagnostics and duplicate detection, e.g. {@code "numpy-api"}. */
    String id();

    /** Registers this module's functions. */
    void register(Registry.Builder registry);
}
