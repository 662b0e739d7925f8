package org.numpyjvm.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * NumPy's floating-point error handling ({@code np.seterr}, {@code np.geterr},
 * {@code np.errstate}, {@code np.seterrcall}, {@code np.geterrcall}, {@code np.setbufsize},
 * {@code np.getbufsize}). Ufuncs, reductions and casts detect the four categories of IEEE
 * errors ({@link Category}: divide by zero, overflow, underflow, invalid value) after their
 * loops, and each category is handled by its {@link Mode}: NumPy's defaults are {@code 'warn'}
 * except {@code under='ignore'}.
 *
 * <ul>
 * <li>{@code IGNORE}: nothing (and when all four are ignored, no detection runs at all);
 * <li>{@code RAISE}: throws {@link FloatingPointError} with NumPy's message, e.g.
 *     {@code "divide by zero encountered in divide"};
 * <li>{@code WARN}, {@code PRINT}, {@code CALL}, {@code LOG}: an {@link Event} goes to the
 *     installed {@link Handler} ({@link #setHandler}). The default handler {@link #COLLECT}
 *     calls the Java callback ({@link #seterrcall}) for {@code CALL}/{@code LOG} when one is
 *     set, and otherwise keeps the event pending: front ends (the GraalPy package, the WASI
 *     runner) fetch pending events with {@link #takePending()} after a call and issue them as
 *     NumPy does (a {@code RuntimeWarning}, a line on stderr, the Python callback). Java programs
 *     either fetch them too or install {@link #STDERR}.
 * </ul>
 *
 * <p>Like the print options, the state lives in the caller's {@link NumpyState} (JVM-wide
 * unless a front end installs a per-interpreter locator, as python-graal does per GraalPy
 * context); NumPy keeps it in a context variable, i.e. per thread and per async task. The
 * handler is JVM-wide.
 */
public final class FloatErrors {

    /** NumPy's four error categories, with the bit NumPy passes to a {@code 'call'} callback. */
    public enum Category {
        DIVIDE("divide", 1, "divide by zero"),
        OVER("over", 2, "overflow"),
        UNDER("under", 4, "underflow"),
        INVALID("invalid", 8, "invalid value");

        private final String key;
        private final int flag;
        private final String errtype;

        Category(String key, int flag, String errtype) {
            this.key = key;
            this.flag = flag;
            this.errtype = errtype;
        }

        /** The keyword of {@code np.seterr}: {@code divide}, {@code over}, {@code under}, {@code invalid}. */
        public String key() {
            return key;
        }

        /** NumPy's status bit: divide 1, over 2, under 4, invalid 8. */
        public int flag() {
            return flag;
        }

        /** The start of the message: {@code "divide by zero"}, {@code "overflow"}, ... */
        public String errtype() {
            return errtype;
        }

        /** The category of a {@code np.seterr} keyword. */
        public static Category of(String key) {
            for (Category c : values()) {
                if (c.key.equals(key)) {
                    return c;
                }
            }
            throw new TypeError("seterr() got an unexpected keyword argument '" + key + "'");
        }
    }

    /** What happens on an error of a category (NumPy's mode names in lower case). */
    public enum Mode {
        IGNORE, WARN, RAISE, CALL, PRINT, LOG;

        /** NumPy's name: {@code 'ignore'}, {@code 'warn'}, ... */
        public String pythonName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** The mode named {@code name}; {@code ValueError: invalid error mode 'x'} otherwise. */
        public static Mode of(String name) {
            for (Mode m : values()) {
                if (m.pythonName().equals(name)) {
                    return m;
                }
            }
            throw new ValueError("invalid error mode '" + name + "'");
        }
    }

    /** The four modes ({@code np.geterr()}); immutable. */
    public static final class Settings {
        private final Mode[] modes;

        private Settings(Mode[] modes) {
            this.modes = modes;
        }

        /** NumPy's defaults: all {@code WARN} except {@code under=IGNORE}. */
        public static Settings defaults() {
            return new Settings(new Mode[] {Mode.WARN, Mode.WARN, Mode.IGNORE, Mode.WARN});
        }

        /** All four categories in {@code mode} ({@code all=...}). */
        public static Settings all(Mode mode) {
            Objects.requireNonNull(mode, "mode");
            return new Settings(new Mode[] {mode, mode, mode, mode});
        }

        public Mode get(Category c) {
            return modes[c.ordinal()];
        }

        /** A copy with {@code c} in {@code mode}. */
        public Settings with(Category c, Mode mode) {
            Mode[] m = modes.clone();
            m[c.ordinal()] = Objects.requireNonNull(mode, "mode");
            return new Settings(m);
        }

        public Mode divide() {
            return modes[0];
        }

        public Mode over() {
            return modes[1];
        }

        public Mode under() {
            return modes[2];
        }

        public Mode invalid() {
            return modes[3];
        }

        boolean allIgnored() {
            for (Mode m : modes) {
                if (m != Mode.IGNORE) {
                    return false;
                }
            }
            return true;
        }

        /** {@code np.geterr()}'s dict: {@code {'divide': 'warn', 'over': 'warn', 'under': 'ignore', 'invalid': 'warn'}}. */
        public Map<String, String> asMap() {
            Map<String, String> m = new LinkedHashMap<>();
            for (Category c : Category.values()) {
                m.put(c.key, get(c).pythonName());
            }
            return m;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Settings && java.util.Arrays.equals(modes, ((Settings) o).modes);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(modes);
        }

        @Override
        public String toString() {
            return asMap().toString();
        }
    }

    /** {@code np.seterrcall}'s object: a callable ({@code 'call'} mode) or a log with {@code write} ({@code 'log'}). */
    public interface Callback {
        /** {@code 'call'} mode: NumPy calls {@code func(errtype, flag)}, e.g. ("divide by zero", 9). */
        void call(String errtype, int flag);

        /**
         * {@code 'log'} mode: NumPy calls {@code obj.write("Warning: ... encountered in ...\n")}.
         * The default is NumPy's error for an object without {@code write}.
         */
        default void write(String message) {
            throw new TypeError("numpy-jvm: the error callback has no write method (needed by mode 'log')");
        }
    }

    /**
     * One error to handle in a non-raising mode, or one of NumPy's other warnings ({@link #warn}:
     * {@code ComplexWarning}), which travel the same way to the front end.
     */
    public static final class Event {
        private final Category category;
        private final Mode mode;
        private final String where;
        private final int flags;
        private final String warning;
        private final String text;

        Event(Category category, Mode mode, String where, int flags) {
            this(category, mode, where, flags, null, null);
        }

        private Event(Category category, Mode mode, String where, int flags, String warning, String text) {
            this.category = category;
            this.mode = mode;
            this.where = where;
            this.flags = flags;
            this.warning = warning;
            this.text = text;
        }

        /** The floating-point error's category; null for a {@link #warning()}. */
        public Category category() {
            return category;
        }

        /**
         * The warning class of an event that is no floating-point error ({@code "ComplexWarning"},
         * a class of {@code numpy.exceptions}, or Python's {@code "RuntimeWarning"}), else null. Its
         * mode is WARN, or PRINT for a message to print alone on stdout ({@link #invalidNotice}).
         */
        public String warning() {
            return warning;
        }

        public Mode mode() {
            return mode;
        }

        /** The operation named in the message: the ufunc's name, {@code reduce}, {@code cast}, ... */
        public String where() {
            return where;
        }

        /** All status bits of the operation (what a {@code 'call'} callback receives). */
        public int flags() {
            return flags;
        }

        /** NumPy's message: {@code "divide by zero encountered in divide"}. */
        public String message() {
            return text != null ? text : category.errtype + " encountered in " + where;
        }

        @Override
        public String toString() {
            return mode.pythonName() + ": " + message();
        }
    }

    /** Receives the events of the non-raising modes ({@link #setHandler}). */
    public interface Handler {
        void report(Event e);
    }


    /** At most this many events stay pending (the oldest are kept) when nobody fetches them. */
    public static final int MAX_PENDING = 256;

    /** The default handler: Java callback for CALL/LOG when set, else the event stays pending. */
    public static final Handler COLLECT = e -> {
        NumpyState s = NumpyState.current();
        if (s.errCallback != null && (e.mode == Mode.CALL || e.mode == Mode.LOG)) {
            dispatchCallback(s.errCallback, e);
        } else if (s.pending.size() < MAX_PENDING) {
            s.pending.add(e);
        }
    };

    /**
     * A handler for Java programs: WARN prints {@code RuntimeWarning: <message>} and PRINT
     * prints {@code Warning: <message>} on {@code System.err}; CALL/LOG use the Java callback
     * (without one, NumPy's NameError message as a {@link ValueError}).
     */
    public static final Handler STDERR = e -> {
        if (e.warning != null) {
            if (e.mode == Mode.PRINT) {
                System.out.println(e.message());
            } else {
                System.err.println(e.warning + ": " + e.message());
            }
            return;
        }
        switch (e.mode) {
            case WARN:
                System.err.println("RuntimeWarning: " + e.message());
                break;
            case PRINT:
                System.err.println("Warning: " + e.message());
                break;
            default:
                Callback callback = NumpyState.current().errCallback;
                if (callback == null) {
                    throw new ValueError(e.mode.pythonName() + " specified for " + e.category.errtype + " (in "
                            + e.where + ") but no " + (e.mode == Mode.CALL ? "function" : "object with write method")
                            + " found.");
                }
                dispatchCallback(callback, e);
        }
    };

    private static Handler handler = COLLECT;

    private FloatErrors() {
    }

    private static void dispatchCallback(Callback callback, Event e) {
        if (e.mode == Mode.CALL) {
            callback.call(e.category.errtype, e.flags);
        } else {
            callback.write("Warning: " + e.message() + "\n");
        }
    }

    // ---------------------------------------------------------------- the state

    /** {@code np.geterr()}. */
    public static Settings geterr() {
        return NumpyState.current().errModes;
    }

    /** {@code np.seterr(...)}: sets all four modes, returns the previous settings. */
    public static Settings seterr(Settings settings) {
        NumpyState s = NumpyState.current();
        Settings old = s.errModes;
        s.errModes = Objects.requireNonNull(settings, "settings");
        s.errChecking = !settings.allIgnored();
        return old;
    }

    /** {@code np.seterr(divide=...)} for one category; returns the previous settings. */
    public static Settings seterr(Category c, Mode mode) {
        return seterr(geterr().with(c, mode));
    }

    /** Whether any category is not ignored: the ufunc machinery detects errors only then. */
    public static boolean checking() {
        return NumpyState.current().errChecking;
    }

    /** {@code np.seterrcall(func)}: returns the previous callback (null for None). */
    public static Callback seterrcall(Callback func) {
        NumpyState s = NumpyState.current();
        Callback old = s.errCallback;
        s.errCallback = func;
        return old;
    }

    /** {@code np.geterrcall()} (null for None). */
    public static Callback geterrcall() {
        return NumpyState.current().errCallback;
    }

    /** {@code np.getbufsize()}: NumPy's ufunc buffer size (kept for API fidelity; numpy-jvm does not buffer). */
    public static int getbufsize() {
        return NumpyState.current().bufsize;
    }

    /** {@code np.setbufsize(size)} with NumPy's checks; returns the previous size. */
    public static int setbufsize(long size) {
        if (size < 0) {
            throw new ValueError("buffer size must be non-negative");
        }
        if (size > 10_000_000) {
            throw new ValueError("Buffer size, " + size + ", is too big");
        }
        if (size < 16) {
            throw new ValueError("Buffer size, " + size + ", is too small");
        }
        if (size % 16 != 0) {
            throw new ValueError("Buffer size, " + size + ", is not a multiple of 16");
        }
        NumpyState s = NumpyState.current();
        int old = s.bufsize;
        s.bufsize = (int) size;
        return old;
    }

    /** Installs the handler of non-raising events; returns the previous one. */
    public static Handler setHandler(Handler h) {
        Handler old = handler;
        handler = Objects.requireNonNull(h, "handler");
        return old;
    }

    /** Whether events are pending ({@link #COLLECT}); a cheap check for front ends after each call. */
    public static boolean hasPending() {
        return !NumpyState.current().pending.isEmpty();
    }

    /** The pending events, oldest first, and clears them. */
    public static List<Event> takePending() {
        List<Event> pending = NumpyState.current().pending;
        if (pending.isEmpty()) {
            return java.util.Collections.emptyList();
        }
        List<Event> out = new ArrayList<>(pending);
        pending.clear();
        return out;
    }

    // ---------------------------------------------------------------- errstate

    /**
     * {@code with np.errstate(...):} as try-with-resources: sets {@code settings} now and
     * restores the previous settings, callback and buffer size on {@link Scope#close()}.
     */
    public static Scope errstate(Settings settings) {
        Scope s = new Scope();
        seterr(settings);
        return s;
    }

    /** {@code np.errstate(call=func, ...)}: also sets the callback for the scope. */
    public static Scope errstate(Settings settings, Callback call) {
        Scope s = errstate(settings);
        NumpyState.current().errCallback = call;
        return s;
    }

    /** Restores the error state in force when it was opened. */
    public static final class Scope implements AutoCloseable {
        private final Settings saved = geterr();
        private final Callback savedCall = geterrcall();
        private final int savedBufsize = getbufsize();
        private boolean closed;

        private Scope() {
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                seterr(saved);
                NumpyState s = NumpyState.current();
                s.errCallback = savedCall;
                s.bufsize = savedBufsize;
            }
        }
    }

    // ---------------------------------------------------------------- reporting

    /**
     * Handles the error bits {@code flags} ({@link Category#flag()}) of the operation
     * {@code where}, category by category in NumPy's order (divide, over, under, invalid): a
     * {@code RAISE} category throws, the others go to the handler.
     */
    public static void report(int flags, String where) {
        if (flags == 0) {
            return;
        }
        Settings modes = geterr();
        for (Category c : Category.values()) {
            if ((flags & c.flag) == 0) {
                continue;
            }
            Mode m = modes.get(c);
            if (m == Mode.IGNORE) {
                continue;
            }
            if (m == Mode.RAISE) {
                throw new FloatingPointError(c.errtype + " encountered in " + where);
            }
            handler.report(new Event(c, m, where, flags));
        }
    }

    /** NumPy's message of a cast from a complex to a real dtype ({@code ComplexWarning}). */
    public static final String COMPLEX_CAST = "Casting complex values to real discards the imaginary part";

    /**
     * Issues one of NumPy's warnings that are no floating-point errors (np.errstate does not
     * govern them): {@code warning} is the class in {@code numpy.exceptions}
     * ({@code "ComplexWarning"}), {@code message} NumPy's text. It goes to the handler as a WARN
     * event ({@link Event#warning()}): pending for the front end, or printed ({@link #STDERR}).
     */
    public static void warn(String warning, String message) {
        handler.report(new Event(null, Mode.WARN, null, 0, Objects.requireNonNull(warning, "warning"), message));
    }

    /**
     * A check that NumPy's Python code makes by hand against the current {@code invalid} mode,
     * with its own message (np.isclose's {@code "One of rtol or atol is not valid, ..."}):
     * {@code 'raise'} throws {@link FloatingPointError}{@code (message)}, {@code 'warn'} issues a
     * {@code RuntimeWarning} (a WARN event with {@link Event#warning()} "RuntimeWarning"),
     * {@code 'print'} prints the message alone on stdout (a PRINT event: Python's {@code print});
     * {@code 'ignore'}, {@code 'call'} and {@code 'log'} do nothing, as in NumPy.
     */
    public static void invalidNotice(String message) {
        Mode m = geterr().invalid();
        if (m == Mode.RAISE) {
            throw new FloatingPointError(message);
        }
        if (m == Mode.WARN || m == Mode.PRINT) {
            handler.report(new Event(null, m, null, 0, "RuntimeWarning", message));
        }
    }

    /** Whether category {@code c} is not ignored. */
    public static boolean enabled(Category c) {
        return geterr().get(c) != Mode.IGNORE;
    }
}
