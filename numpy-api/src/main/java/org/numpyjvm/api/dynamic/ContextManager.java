package org.numpyjvm.api.dynamic;

/**
 * A Python context manager returned by a dynamic call ({@code np.printoptions(...)}; later
 * {@code np.errstate(...)}): front ends map {@code __enter__} to {@link #enter()} and
 * {@code __exit__} to {@link #close()}. Nothing takes effect before {@link #enter()}.
 */
public interface ContextManager extends AutoCloseable {

    /** {@code __enter__}: applies the state; returns what {@code with ... as x} binds. */
    Object enter();

    /** {@code __exit__}: restores the state from before {@link #enter()} (nothing if never entered). */
    @Override
    void close();
}
