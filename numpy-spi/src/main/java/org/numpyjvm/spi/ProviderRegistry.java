package org.numpyjvm.spi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.numpyjvm.spi.internal.ProviderTable;

/**
 * Discovers providers with {@code java.util.ServiceLoader} and chooses one per kind.
 *
 * <p>Choice order for a kind named {@code k}:
 * <ol>
 *   <li>an explicit API call, {@link #use(ProviderKind, String)};
 *   <li>the system property {@code numpyjvm.k};
 *   <li>the environment variable {@code NUMPYJVM_K};
 *   <li>otherwise the available provider with the highest {@link Provider#priority()} (ties: the
 *       smaller id).
 * </ol>
 * Providers whose {@link Provider#isAvailable()} is false are skipped by the automatic choice;
 * a provider named by 1–3 that is not installed or not available is an error
 * ({@link ProviderException}) naming what is installed. Two providers with the same id are an
 * error too. Empty property or variable values count as unset.
 *
 * <p>Discovery runs once per kind (its result is kept until {@link #reload}); the property and
 * the variable are read at every {@link #get}. {@link Providers} is the static facade over
 * {@link #system()}; tests make their own registry with their own property and environment
 * lookups.
 */
public final class ProviderRegistry {

    private static final ProviderRegistry SYSTEM = new ProviderRegistry(System::getProperty, System::getenv);

    private final Function<String, String> properties;
    private final Function<String, String> environment;
    private final Map<String, ProviderKind<?>> kinds = new HashMap<>();
    private final Map<String, ProviderTable<?>> tables = new HashMap<>();
    private final Map<String, String> explicit = new HashMap<>();

    /**
     * @param properties looks up a system property ({@code System::getProperty} for real use)
     * @param environment looks up an environment variable ({@code System::getenv} for real use)
     */
    public ProviderRegistry(Function<String, String> properties, Function<String, String> environment) {
        if (properties == null || environment == null) {
            throw new IllegalArgumentException("properties and environment lookups are required");
        }
        this.properties = properties;
        this.environment = environment;
    }

    /** The registry of this process: real system properties and environment. */
    public static ProviderRegistry system() {
        return SYSTEM;
    }

    /**
     * The chosen provider of this kind.
     *
     * @throws ProviderException when a named provider is missing or unavailable, when none is
     *     available, or on duplicate ids
     */
    public synchronized <P extends Provider> P get(ProviderKind<P> kind) {
        ProviderTable<P> table = table(kind);
        String[] request = request(kind);
        if (request != null) {
            return named(kind, table, request[0], request[1]);
        }
        List<P> available = table.available();
        if (available.isEmpty()) {
            throw new ProviderException("no " + kind.name() + " provider is available; installed: " + table.installed()
                    + hint(kind));
        }
        return available.get(0);
    }

    /**
     * The available providers in the order a facade should try them: the chosen one first, then
     * the others by priority. Same errors as {@link #get}, except that an empty list is no error.
     */
    public synchronized <P extends Provider> List<P> candidates(ProviderKind<P> kind) {
        ProviderTable<P> table = table(kind);
        List<P> result = new ArrayList<>(table.available());
        String[] request = request(kind);
        if (request != null) {
            P chosen = named(kind, table, request[0], request[1]);
            result.remove(chosen);
            result.add(0, chosen);
        }
        return result;
    }

    /**
     * Chooses the provider {@code id} for this kind (overriding property and environment), or
     * with {@code id == null} undoes an earlier choice.
     *
     * @throws ProviderException at once when no such provider is installed or it is not available
     */
    public synchronized <P extends Provider> void use(ProviderKind<P> kind, String id) {
        if (id == null || id.isEmpty()) {
            explicit.remove(kind.name());
            return;
        }
        named(kind, table(kind), id, source(kind, "use", id));
        explicit.put(kind.name(), id);
    }

    /** Everything discovery found for this kind, broken providers included, in discovery order. */
    public synchronized List<ProviderInfo> found(ProviderKind<?> kind) {
        return table(kind).listing();
    }

    /**
     * A few lines for humans: what was found and which is chosen, and why; never throws for a
     * failed choice (it reports it).
     */
    public synchronized String describe(ProviderKind<?> kind) {
        StringBuilder sb = new StringBuilder();
        sb.append(kind.name()).append(" providers (").append(kind.type().getName()).append("):\n");
        ProviderTable<?> table;
        try {
            table = table(kind);
        } catch (ProviderException e) {
            return sb.append("  discovery failed: ").append(e.getMessage()).append('\n').toString();
        }
        for (ProviderInfo info : table.listing()) {
            sb.append("  ").append(info).append('\n');
        }
        if (table.listing().isEmpty()) {
            sb.append("  none installed\n");
        }
        String[] request = request(kind);
        try {
            Provider chosen = get(kind);
            sb.append("  chosen: ").append(chosen.id()).append(" by ")
                    .append(request == null ? "highest priority" : request[1]).append('\n');
        } catch (ProviderException e) {
            sb.append("  chosen: none: ").append(e.getMessage()).append('\n');
        }
        return sb.toString();
    }

    /** Forgets what discovery found for this kind; the next call runs {@code ServiceLoader} again. */
    public synchronized void reload(ProviderKind<?> kind) {
        tables.remove(kind.name());
    }

    // -- internals --

    /** {id, where the request came from}, or null when nothing names a provider. */
    private String[] request(ProviderKind<?> kind) {
        String id = explicit.get(kind.name());
        if (id != null) {
            return new String[] {id, source(kind, "use", id)};
        }
        id = properties.apply(kind.propertyName());
        if (id != null && !id.isEmpty()) {
            return new String[] {id, source(kind, "property", id)};
        }
        id = environment.apply(kind.environmentName());
        if (id != null && !id.isEmpty()) {
            return new String[] {id, source(kind, "env", id)};
        }
        return null;
    }

    private static String source(ProviderKind<?> kind, String what, String id) {
        switch (what) {
            case "use":
                return "Providers.use(" + kind.name() + ", \"" + id + "\")";
            case "property":
                return "system property " + kind.propertyName() + "=" + id;
            default:
                return "environment variable " + kind.environmentName() + "=" + id;
        }
    }

    private static <P extends Provider> P named(ProviderKind<P> kind, ProviderTable<P> table, String id, String source) {
        P provider = table.byId(id);
        if (provider == null) {
            throw new ProviderException(source + ": no " + kind.name() + " provider with id '" + id
                    + "' is installed; installed: " + table.installed() + hint(kind));
        }
        if (!table.isAvailable(id)) {
            throw new ProviderException(source + ": " + kind.name() + " provider '" + id
                    + "' is installed but not available here; installed: " + table.installed());
        }
        return provider;
    }

    private static String hint(ProviderKind<?> kind) {
        return " (a provider is a jar on the class path or module path that provides " + kind.type().getName() + ")";
    }

    @SuppressWarnings("unchecked")
    private <P extends Provider> ProviderTable<P> table(ProviderKind<P> kind) {
        ProviderKind<?> known = kinds.get(kind.name());
        if (known == null) {
            kinds.put(kind.name(), kind);
        } else if (known.type() != kind.type()) {
            throw new IllegalArgumentException("provider kind name '" + kind.name() + "' is already used by "
                    + known.type().getName() + ", not " + kind.type().getName());
        }
        ProviderTable<?> table = tables.get(kind.name());
        if (table == null) {
            table = ProviderTable.discover(kind.name(), kind.load());
            tables.put(kind.name(), table);
        }
        return (ProviderTable<P>) table;
    }
}
