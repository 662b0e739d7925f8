package org.numpyjvm.spi;

/**
 * A factory of bit generators (raw 64/32-bit streams; the distributions live in numpy-api),
 * kind {@link ProviderKind#RANDOM}, chosen by {@code numpyjvm.random}.
 *
 * <p>The factory methods arrive with the random work, as {@code default} methods that throw
 * {@link UnsupportedOperationException}, keeping the abstract methods to {@link #id()}.
 */
public interface BitGeneratorProvider extends Provider {
}
