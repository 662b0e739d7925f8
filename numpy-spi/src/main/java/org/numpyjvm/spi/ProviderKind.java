package org.numpyjvm.spi;

import java.util.ServiceLoader;
import java.util.function.Supplier;

/**
 * A kind of provider: a name ({@code "linalg"}), the service interface, and how to load its
 * implementations. The name gives the selection keys: system property {@code numpyjvm.<name>}
 * and environment variable {@code NUMPYJVM_<NAME>}.
 *
 * <p>The loader is a lambda that calls {@code ServiceLoader.load(Service.class)} in the module
 * that declares {@code uses Service} (on the module path {@code ServiceLoader} checks the
 * caller's {@code uses}): the kinds below are loaded here in {@code org.numpyjvm.spi}, whose
 * module-info {@code uses} them. A module that defines its own kind passes its own lambda.
 *
 * @param <P> the service interface
 */
public final class ProviderKind<P extends Provider> {

    /** {@code numpyjvm.linalg} / {@code NUMPYJVM_LINALG}. */
    public static final ProviderKind<LinalgProvider> LINALG =
            of("linalg", LinalgProvider.class, () -> ServiceLoader.load(LinalgProvider.class));

    /** {@code numpyjvm.fft} / {@code NUMPYJVM_FFT}. */
    public static final ProviderKind<FftProvider> FFT =
            of("fft", FftProvider.class, () -> ServiceLoader.load(FftProvider.class));

    /** {@code numpyjvm.random} / {@code NUMPYJVM_RANDOM}. */
    public static final ProviderKind<BitGeneratorProvider> RANDOM =
            of("random", BitGeneratorProvider.class, () -> ServiceLoader.load(BitGeneratorProvider.class));

    private final String name;
    private final Class<P> type;
    private final Supplier<? extends Iterable<? extends P>> loader;

    private ProviderKind(String name, Class<P> type, Supplier<? extends Iterable<? extends P>> loader) {
        this.name = name;
        this.type = type;
        this.loader = loader;
    }

    /**
     * A kind.
     *
     * @param name lower-case letters, digits and {@code _}, starting with a letter
     * @param type the service interface
     * @param loader typically {@code () -> ServiceLoader.load(type)}, written in the module that
     *     {@code uses} the service
     */
    public static <P extends Provider> ProviderKind<P> of(
            String name, Class<P> type, Supplier<? extends Iterable<? extends P>> loader) {
        if (name == null || !isValidName(name)) {
            throw new IllegalArgumentException(
                    "provider kind name must match [a-z][a-z0-9_]*, got " + (name == null ? "null" : "'" + name + "'"));
        }
        if (type == null || loader == null) {
            throw new IllegalArgumentException("provider kind '" + name + "' needs a service type and a loader");
        }
        return new ProviderKind<>(name, type, loader);
    }

    private static boolean isValidName(String name) {
        if (name.isEmpty() || name.charAt(0) < 'a' || name.charAt(0) > 'z') {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) {
                return false;
            }
        }
        return true;
    }

    public String name() {
        return name;
    }

    public Class<P> type() {
        return type;
    }

    /** {@code numpyjvm.<name>}. */
    public String propertyName() {
        return "numpyjvm." + name;
    }

    /** {@code NUMPYJVM_<NAME>}. */
    public String environmentName() {
        StringBuilder sb = new StringBuilder("NUMPYJVM_");
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            sb.append(c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c);
        }
        return sb.toString();
    }

    /** Runs the loader: a fresh {@code ServiceLoader} iteration. */
    public Iterable<? extends P> load() {
        return loader.get();
    }

    @Override
    public String toString() {
        return name + " (" + type.getName() + ")";
    }
}
