package org.numpyjvm.spi.testproviders;

import org.numpyjvm.spi.Provider;

/** A test service kind whose two providers share an id. */
public interface Twin extends Provider {

    final class One implements Twin {
        @Override
        public String id() {
            return "same";
        }
    }

    final class Two implements Twin {
        @Override
        public String id() {
            return "same";
        }
    }
}
