package org.numpyjvm.spi.testproviders;

/** Highest priority, but declines to work. */
public final class GammaGreeter implements Greeter {
    @Override
    public String id() {
        return "gamma";
    }

    @Override
    public int priority() {
        return 9;
    }

    @Override
    public boolean isAvailable() {
        return false;
    }
}
