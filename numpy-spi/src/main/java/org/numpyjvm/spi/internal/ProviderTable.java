package org.numpyjvm.spi.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import org.numpyjvm.spi.Provider;
import org.numpyjvm.spi.ProviderException;
import org.numpyjvm.spi.ProviderInfo;

/**
 * What one discovery of one kind found: the providers by id (unique), whether each is available,
 * and a listing for diagnostics that also records providers that could not be loaded.
 * Not API: {@code org.numpyjvm.spi.ProviderRegistry} is the way in.
 *
 * @param <P> the service interface
 */
public final class ProviderTable<P extends Provider> {

    /** A ServiceLoader iterator that keeps failing is abandoned after this many errors. */
    private static final int MAX_ERRORS = 100;

    private final String kind;
    private final List<P> providers = new ArrayList<>();
    private final Map<String, P> byId = new HashMap<>();
    private final Map<String, ProviderInfo> infoById = new HashMap<>();
    private final List<ProviderInfo> listing = new ArrayList<>();

    private ProviderTable(String kind) {
        this.kind = kind;
    }

    /**
     * Iterates {@code loaded} once (a {@code ServiceLoader}, typically), asking each provider its
     * id, priority and availability once.
     *
     * @throws ProviderException when two providers share an id
     */
    public static <P extends Provider> ProviderTable<P> discover(String kind, Iterable<? extends P> loaded) {
        ProviderTable<P> table = new ProviderTable<>(kind);
        Iterator<? extends P> it = loaded.iterator();
        int errors = 0;
        while (true) {
            P provider;
            try {
                if (!it.hasNext()) {
                    break;
                }
                provider = it.next();
            } catch (ServiceConfigurationError e) {
                table.listing.add(new ProviderInfo(null, 0, false, null, String.valueOf(e.getMessage())));
                if (++errors >= MAX_ERRORS) {
                    break;
                }
                continue;
            }
            table.add(provider);
        }
        return table;
    }

    private void add(P provider) {
        String className = provider.getClass().getName();
        String id;
        int priority;
        try {
            id = provider.id();
            priority = provider.priority();
        } catch (RuntimeException e) {
            listing.add(new ProviderInfo(null, 0, false, className, "id() or priority() threw " + e));
            return;
        }
        if (id == null || id.isEmpty()) {
            listing.add(new ProviderInfo(null, priority, false, className, "id() returned no id"));
            return;
        }
        P previous = byId.get(id);
        if (previous != null) {
            throw new ProviderException("duplicate " + kind + " provider id '" + id + "': "
                    + previous.getClass().getName() + " and " + className
                    + "; provider ids must be unique, remove one of them from the class path or module path");
        }
        boolean available;
        String problem = null;
        try {
            available = provider.isAvailable();
        } catch (RuntimeException e) {
            available = false;
            problem = "isAvailable() threw " + e;
        }
        ProviderInfo info = new ProviderInfo(id, priority, available, className, problem);
        providers.add(provider);
        byId.put(id, provider);
        infoById.put(id, info);
        listing.add(info);
    }

    /** The provider with this id, or null. */
    public P byId(String id) {
        return byId.get(id);
    }

    /** Whether the provider with this id (which must be installed) said it is available. */
    public boolean isAvailable(String id) {
        ProviderInfo info = infoById.get(id);
        return info != null && info.available();
    }

    /** The available providers, highest priority first; equal priorities by id. */
    public List<P> available() {
        List<P> result = new ArrayList<>();
        for (P p : providers) {
            if (isAvailable(p.id())) {
                result.add(p);
            }
        }
        result.sort((a, b) -> {
            int byPriority = Integer.compare(infoById.get(b.id()).priority(), infoById.get(a.id()).priority());
            return byPriority != 0 ? byPriority : a.id().compareTo(b.id());
        });
        return result;
    }

    /** Everything found, in discovery order, broken entries included. */
    public List<ProviderInfo> listing() {
        return Collections.unmodifiableList(listing);
    }

    /** {@code "a (priority 1, available, x.A), b (...)"}, or {@code "none"}. */
    public String installed() {
        if (listing.isEmpty()) {
            return "none";
        }
        StringBuilder sb = new StringBuilder();
        for (ProviderInfo info : listing) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(info);
        }
        return sb.toString();
    }
}
