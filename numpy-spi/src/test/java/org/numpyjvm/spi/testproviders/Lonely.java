package org.numpyjvm.spi.testproviders;

import org.numpyjvm.spi.Provider;

/** A test service kind with no providers at all. */
public interface Lonely extends Provider {
}
