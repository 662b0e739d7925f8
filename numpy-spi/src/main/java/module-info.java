/**
 * Provider contracts for numpy-jvm: primitive-array level, no dependency on the array model.
 * Providers are found with {@code ServiceLoader} ({@link org.numpyjvm.spi.Providers}); a provider
 * module declares {@code provides} here-named services and ships a {@code META-INF/services} file.
 */
module org.numpyjvm.spi {
    exports org.numpyjvm.spi;

    uses org.numpyjvm.spi.LinalgProvider;
    uses org.numpyjvm.spi.FftProvider;
    uses org.numpyjvm.spi.BitGeneratorProvider;
}
