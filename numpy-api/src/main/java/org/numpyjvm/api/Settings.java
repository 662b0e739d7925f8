package org.numpyjvm.api;

import java.util.function.Supplier;

/**
 * The mutable settings NumPy keeps per context (NumPy holds them in context variables): the
 * print options of {@link Printing} and the floating-point error handling.
 *
 * <p>By default there is one set for the whole JVM ({@link #global()}). A front end that runs
 * several independent interpreters in one JVM (python-graal: one per GraalPy context) gives
 * each interpreter its own {@code Settings} and installs a {@linkplain #setLocator locator}
 * that returns the set of the interpreter calling; a locator returning {@code null} means the
 * global set.
 */
public final class Settings {
    private static final Settings GLOBAL = new Settings();
    private static Supplier<Settings> locator;

    PrintOptions printOptions = PrintOptions.defaults();

    /** A fresh set with NumPy's defaults. */
    public Settings() {
    }

    /** The settings in force for the caller: the locator's set, else the global one. */
    public static Settings current() {
        Supplier<Settings> l = locator;
        if (l != null) {
            Settings s = l.get();
            if (s != null) {
                return s;
            }
        }
        return GLOBAL;
    }

    /** The JVM-wide set used when no locator is installed (or it returns {@code null}). */
    public static Settings global() {
        return GLOBAL;
    }

    /** Installs (or with {@code null} removes) the function that picks the caller's set. */
    public static void setLocator(Supplier<Settings> locator) {
        Settings.locator = locator;
    }
}
