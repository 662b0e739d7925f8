package org.numpyjvm.spi;

/**
 * Linear algebra on dense row-major blocks of primitive arrays (LAPACK-like factorizations and
 * solvers), kind {@link ProviderKind#LINALG}, chosen by {@code numpyjvm.linalg}.
 *
 * <p>The operations arrive with the linalg work: each as a {@code default} method that throws
 * {@link UnsupportedOperationException} (so the facade falls to the next provider), keeping
 * the abstract methods to {@link #id()}. Register an implementation twice: {@code provides
 * org.numpyjvm.spi.LinalgProvider with ...} in module-info and a {@code META-INF/services} file.
 */
public interface LinalgProvider extends Provider {
}
