package org.numpyjvm.api.internal.indexing;

/**
 * A slice whose parts NumPy rejects ({@code 1.5:2}, {@code ::0}). Like NumPy, the error is raised
 * only when the slice is applied to an axis, so "too many indices" wins over it.
 */
final class BadSlice {
    final RuntimeException error;

    BadSlice(RuntimeException error) {
        this.error = error;
    }
}
