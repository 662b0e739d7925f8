package org.numpyjvm.api.internal.dynamic;

import org.numpyjvm.api.dynamic.Args;
import org.numpyjvm.api.dynamic.NamespaceProvider;
import org.numpyjvm.api.dynamic.Registry;

/**
 * numpy-api's functions in the dynamic layer, each with NumPy 2's signature text
 * ({@code inspect.signature}); arguments numpy-jvm does not support fail loudly
 * ({@link Args#unsupported}). One small registration class per routine family.
 */
public final class CoreNamespace implements NamespaceProvider {

    @Override
    public String id() {
        return "numpy-api";
    }

    @Override
    public void register(Registry.Builder r) {
        CreationFunctions.register(r);
        ShapeFunctions.register(r);
        DTypeFunctions.register(r);
        IndexingFunctions.register(r);
        PrintingFunctions.register(r);
        ErrstateFunctions.register(r);
        UfuncFunctions.register(r);
        UfuncMethodFunctions.register(r);
        LogicFunctions.register(r);
    }
}
