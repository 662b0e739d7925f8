package org.numpyjvm.spi;

/**
 * One entry of a discovery listing ({@link Providers#found}): what {@code ServiceLoader} found
 * for a kind, for diagnostics. An entry whose provider could not be instantiated has a
 * {@link #problem()} and no id.
 */
public final class ProviderInfo {

    private final String id;
    private final int priority;
    private final boolean available;
    private final String className;
    private final String problem;

    public ProviderInfo(String id, int priority, boolean available, String className, String problem) {
        this.id = id;
        this.priority = priority;
        this.available = available;
        this.className = className;
        this.problem = problem;
    }

    /** The provider's id, or null when it could not be loaded. */
    public String id() {
        return id;
    }

    public int priority() {
        return priority;
    }

    /** What {@link Provider#isAvailable()} said (false when it threw or the provider is broken). */
    public boolean available() {
        return available;
    }

    /** The implementation class name, or null when unknown. */
    public String className() {
        return className;
    }

    /** Why the provider is broken or unavailable, when known; otherwise null. */
    public String problem() {
        return problem;
    }

    /** For example {@code ejml (priority 10, available, org.example.EjmlLinalg)}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(id == null ? "<broken>" : id).append(" (priority ").append(priority)
                .append(available ? ", available" : ", not available");
        if (className != null) {
            sb.append(", ").append(className);
        }
        if (problem != null) {
            sb.append(": ").append(problem);
        }
        return sb.append(')').toString();
    }
}
