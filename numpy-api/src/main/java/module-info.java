/** NumPy's API in Java: the ndarray model and the NumPy namespace ({@link org.numpyjvm.api.Np}). */
module org.numpyjvm.api {
    requires transitive org.numpyjvm.spi;

    exports org.numpyjvm.api;
    exports org.numpyjvm.api.dynamic;
    // storage access for the Python package's in-place ndarray attributes (a.shape = ..., a.dtype = ...)
    exports org.numpyjvm.api.internal.core to org.numpyjvm.python;

    uses org.numpyjvm.api.dynamic.NamespaceProvider;

    provides org.numpyjvm.api.dynamic.NamespaceProvider with org.numpyjvm.api.internal.dynamic.CoreNamespace,
        org.numpyjvm.api.internal.manipulation.ManipulationNamespace;
}
