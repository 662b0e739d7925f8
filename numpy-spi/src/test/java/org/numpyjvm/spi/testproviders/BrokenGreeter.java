package org.numpyjvm.spi.testproviders;

/** Cannot be instantiated: ServiceLoader reports a ServiceConfigurationError. */
public final class BrokenGreeter implements Greeter {
    public BrokenGreeter() {
        throw new IllegalStateException("broken on purpose");
    }

    @Override
    public String id() {
        return "broken";
    }
}
