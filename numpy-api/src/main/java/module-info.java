/** NumPy's API in Java: the ndarray model and the NumPy namespace ({@link org.numpyjvm.api.Np}). */
module org.numpyjvm.api {
    requires transitive org.numpyjvm.spi;
    exports org.numpyjvm.api;
}
