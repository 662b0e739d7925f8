package org.numpyjvm.spi.testproviders;

public final class AlphaGreeter implements Greeter {
    @Override
    public String id() {
        return "alpha";
    }

    @Override
    public int priority() {
        return 1;
    }
}
