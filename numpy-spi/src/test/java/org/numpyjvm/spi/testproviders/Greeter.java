package org.numpyjvm.spi.testproviders;

import org.numpyjvm.spi.Provider;

/** A test service kind with several providers registered in META-INF/services. */
public interface Greeter extends Provider {

    default String greet() {
        return "hello from " + id();
    }
}
