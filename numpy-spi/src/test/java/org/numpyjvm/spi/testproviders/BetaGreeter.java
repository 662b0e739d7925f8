package org.numpyjvm.spi.testproviders;

/** The highest-priority available greeter. */
public final class BetaGreeter implements Greeter {
    @Override
    public String id() {
        return "beta";
    }

    @Override
    public int priority() {
        return 5;
    }
}
