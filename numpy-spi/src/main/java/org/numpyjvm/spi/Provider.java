package org.numpyjvm.spi;

/**
 * What every numpy-jvm provider (linalg, FFT, bit generators) has in common: a stable id, a
 * priority for automatic choice, and the right to decline.
 */
public interface Provider {

    /** A stable, unique id, e.g. {@code "ejml"}; used by {@code numpyjvm.<kind>=<id>}. */
    String id();

    /** Higher wins when nothing else chooses; the built-in reference providers use 0. */
    default int priority() {
        return 0;
    }

    /** False when this provider cannot work here (a missing native library, say). */
    default boolean isAvailable() {
        return true;
    }
}
