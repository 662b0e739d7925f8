package org.numpyjvm.spi;

/**
 * Provider discovery or choice failed: a duplicate id, an explicitly named provider that is not
 * installed or not available, or no available provider at all. The message names the kind, what
 * was asked for and where from, and what is installed.
 */
public class ProviderException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ProviderException(String message) {
        super(message);
    }
}
