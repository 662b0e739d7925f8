package org.numpyjvm.api;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The mutable state NumPy keeps per context (NumPy holds it in context variables): the print
 * options of {@link Printing} and the floating-point error handling of {@link FloatErrors}
 * (modes, callback, buffer size, and the events waiting for the front end).
 *
 * <p>By default there is one set for the whole JVM ({@link #global()}). A front end that runs
 * several independent interpreters in one JVM (python-graal: one per GraalPy context) gives
 * each interpreter its own {@code NumpyState} and installs a {@linkplain #setLocator locator}
 * that returns the set of the interpreter calling; a locator returning {@code null} means the
 * global set.
 */
public final class NumpyState {
    private static final NumpyState GLOBAL = new NumpyState();
    private static Supplier<NumpyState> locator;

    PrintOptions printOptions = PrintOptions.defaults();
    FloatErrors.Settings errModes = FloatErrors.Settings.defaults();
    /** Whether any error category is not ignored (ufuncs check for errors only then). */
    boolean errChecking = true;
    FloatErrors.Callback errCallback;
    int bufsize = 8192;
    final List<FloatErrors.Event> pending = new ArrayList<>();

    /** A fresh set with NumPy's defaults. */
    public NumpyState() {
    }

    /** The settings in force for the caller: the locator's set, else the global one. */
    public static NumpyState current() {
        Supplier<NumpyState> l = locator;
        if (l != null) {
            NumpyState s = l.get();
            if (s != null) {
                return s;
            }
        }
        return GLOBAL;
    }

    /** The JVM-wide set used when no locator is installed (or it returns {@code null}). */
    public static NumpyState global() {
        return GLOBAL;
    }

    /** Installs (or with {@code null} removes) the function that picks the caller's set. */
    public static void setLocator(Supplier<NumpyState> locator) {
        NumpyState.locator = locator;
    }
}
