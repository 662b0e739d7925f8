package org.numpyjvm.spi;

import java.util.List;

/**
 * Provider discovery and choice for this process: static shortcuts to
 * {@link ProviderRegistry#system()}, which reads the real system properties and environment.
 * See {@link ProviderRegistry} for the choice order.
 *
 * <pre>{@code
 * LinalgProvider linalg = Providers.get(ProviderKind.LINALG);
 * Providers.use(ProviderKind.LINALG, "ejml");          // or -Dnumpyjvm.linalg=ejml, or NUMPYJVM_LINALG=ejml
 * System.out.print(Providers.describe(ProviderKind.LINALG));
 * }</pre>
 */
public final class Providers {

    private Providers() {
    }

    /** The chosen provider of this kind; see {@link ProviderRegistry#get}. */
    public static <P extends Provider> P get(ProviderKind<P> kind) {
        return ProviderRegistry.system().get(kind);
    }

    /** The available providers, chosen one first; see {@link ProviderRegistry#candidates}. */
    public static <P extends Provider> List<P> candidates(ProviderKind<P> kind) {
        return ProviderRegistry.system().candidates(kind);
    }

    /** Chooses a provider by id (null undoes); see {@link ProviderRegistry#use}. */
    public static void use(ProviderKind<?> kind, String id) {
        ProviderRegistry.system().use(kind, id);
    }

    /** What discovery found for this kind, for diagnostics. */
    public static List<ProviderInfo> found(ProviderKind<?> kind) {
        return ProviderRegistry.system().found(kind);
    }

    /** A few lines for humans: what was found and which is chosen, and why. */
    public static String describe(ProviderKind<?> kind) {
        return ProviderRegistry.system().describe(kind);
    }

    /** Runs discovery for this kind again at next use. */
    public static void reload(ProviderKind<?> kind) {
        ProviderRegistry.system().reload(kind);
    }
}
