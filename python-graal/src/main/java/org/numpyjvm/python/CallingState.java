package org.numpyjvm.python;

import org.numpyjvm.api.NumpyState;

/**
 * Which bridge's {@link NumpyState} is in force on a thread: each thread that calls a bridge has
 * one {@code CallingState}, whose {@link #state} is the state of the innermost bridge call running
 * on it (null outside calls: numpy-api then uses its JVM-wide state). It is NumPy-api's
 * {@linkplain NumpyState#setLocator locator}.
 *
 * <p>Finding a thread's object is a ThreadLocal lookup, which costs more than many small calls;
 * the object of the thread that looked last is kept in a static field and reused while the same
 * thread asks again (one thread per context is the usual case). The field is shared by all threads
 * without locks: an object is only ever used by its own thread (its {@link #thread} is final and
 * checked first), so another thread's object found there just means a ThreadLocal lookup.
 */
final class CallingState {
    private static final ThreadLocal<CallingState> OF_THREAD = ThreadLocal.withInitial(CallingState::new);
    private static CallingState last;

    /** Installs the locator (the bridge's class initialization calls this). */
    static void install() {
        NumpyState.setLocator(CallingState::current);
    }

    private final Thread thread = Thread.currentThread();
    /** The state of the innermost bridge call on this thread; null outside calls. Read and written by thread only. */
    NumpyState state;

    private CallingState() {
    }

    /** The calling thread's object. */
    static CallingState get() {
        CallingState c = last;
        if (c == null || c.thread != Thread.currentThread()) {
            c = OF_THREAD.get();
            last = c;
        }
        return c;
    }

    /** The state in force for the calling thread (null: the global one). */
    static NumpyState current() {
        return get().state;
    }

    /** Makes s the state in force; returns the previous one, to be restored (in a finally) with {@link #exit}. */
    NumpyState enter(NumpyState s) {
        NumpyState outer = state;
        state = s;
        return outer;
    }

    void exit(NumpyState outer) {
        state = outer;
    }
}
