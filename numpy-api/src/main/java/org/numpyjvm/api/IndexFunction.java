package org.numpyjvm.api;

/**
 * The function given to {@link Np#fromfunction}: it receives one coordinate array per axis
 * (each of the full shape, as {@code np.indices} gives them) and returns the result.
 */
@FunctionalInterface
public interface IndexFunction {
    NDArray apply(NDArray... coordinates);
}
