package org.numpyjvm.api;

import java.math.BigInteger;
import java.util.Objects;
import org.numpyjvm.api.internal.core.Half;
import org.numpyjvm.api.internal.printing.ArrayPrinter;
import org.numpyjvm.api.internal.printing.FloatFormat;
import org.numpyjvm.api.internal.printing.ScalarFormat;
import org.numpyjvm.api.internal.printing.StringRepr;

/**
 * NumPy's printing functions: {@code numpy.format_float_positional},
 * {@code numpy.format_float_scientific}, {@code array2string}, {@code array_repr},
 * {@code array_str}, the print options ({@code set_printoptions}, {@code get_printoptions},
 * {@code printoptions}) and the {@code str()}/{@code repr()} text of scalars. The text matches
 * NumPy 2 character for character; see {@code notes/printing.md} for the known differences.
 *
 * <p>Print options live in the caller's {@link NumpyState} (JVM-wide unless a front end installs a
 * per-interpreter locator; NumPy uses a context variable).
 *
 * <p>Floats of the three IEEE widths are formatted with their own shortest round-trip digits
 * ({@code unique=True}) or exact, correctly rounded digits ({@code unique=False}), exactly as
 * NumPy's Dragon4 does. A Java {@code double} plays {@code np.float64} (and Python
 * {@code float}/{@code int}), a {@code float} plays {@code np.float32}, and
 * {@code np.float16} values are passed as their IEEE binary16 bits in a {@code short}.
 */
public final class Printing {

    private Printing() {
    }

    // ---------------------------------------------------------------- print options

    /** {@code np.get_printoptions()}. */
    public static PrintOptions getPrintoptions() {
        return NumpyState.current().printOptions;
    }

    /**
     * {@code np.set_printoptions(...)}: replaces the caller's options ({@link NumpyState}). To change one option keep
     * the others: {@code setPrintoptions(getPrintoptions().withPrecision(4))}.
     */
    public static void setPrintoptions(PrintOptions options) {
        NumpyState.current().printOptions = Objects.requireNonNull(options, "options");
    }

    /**
     * {@code with np.printoptions(...):} as try-with-resources: sets {@code options} now and
     * restores the previous options on {@link PrintoptionsScope#close()}.
     */
    public static PrintoptionsScope printoptions(PrintOptions options) {
        PrintoptionsScope scope = new PrintoptionsScope(getPrintoptions());
        setPrintoptions(options);
        return scope;
    }

    /** Restores the print options that were current when it was opened. */
    public static final class PrintoptionsScope implements AutoCloseable {
        private final PrintOptions saved;
        private boolean closed;

        private PrintoptionsScope(PrintOptions saved) {
            this.saved = saved;
        }

        /** The options in force before this scope. */
        public PrintOptions saved() {
            return saved;
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                setPrintoptions(saved);
            }
        }
    }

    // ---------------------------------------------------------------- format_float_positional

    /** {@code np.format_float_positional(x)} for a float64 (or Python float). */
    public static String formatFloatPositional(double x) {
        return formatFloatPositional(x, FloatFormatOptions.DEFAULTS);
    }

    /** {@code np.format_float_positional(x, ...)} for a float64 (or Python float). */
    public static String formatFloatPositional(double x, FloatFormatOptions options) {
        return FloatFormat.positional(x, positionalSpec(options));
    }

    /** {@code np.format_float_positional(np.float32(x), ...)}. */
    public static String formatFloatPositional(float x, FloatFormatOptions options) {
        return FloatFormat.positional(x, positionalSpec(options));
    }

    /**
     * {@code np.format_float_positional(x, ...)} for a Python int: NumPy converts it to float64
     * (this overload keeps Java from choosing the float32 one for integer arguments).
     */
    public static String formatFloatPositional(long x, FloatFormatOptions options) {
        return formatFloatPositional((double) x, options);
    }

    /** {@code np.format_float_positional(np.float16(...), ...)}, the value given as binary16 bits. */
    public static String formatFloat16Positional(short bits, FloatFormatOptions options) {
        return FloatFormat.positionalHalf(bits, positionalSpec(options));
    }

    // ---------------------------------------------------------------- format_float_scientific

    /** {@code np.format_float_scientific(x)} for a float64 (or Python float). */
    public static String formatFloatScientific(double x) {
        return formatFloatScientific(x, FloatFormatOptions.DEFAULTS);
    }

    /** {@code np.format_float_scientific(x, ...)} for a float64 (or Python float). */
    public static String formatFloatScientific(double x, FloatFormatOptions options) {
        return FloatFormat.scientific(x, scientificSpec(options));
    }

    /** {@code np.format_float_scientific(np.float32(x), ...)}. */
    public static String formatFloatScientific(float x, FloatFormatOptions options) {
        return FloatFormat.scientific(x, scientificSpec(options));
    }

    /** {@code np.format_float_scientific(x, ...)} for a Python int (converted to float64). */
    public static String formatFloatScientific(long x, FloatFormatOptions options) {
        return formatFloatScientific((double) x, options);
    }

    /** {@code np.format_float_scientific(np.float16(...), ...)}, the value given as binary16 bits. */
    public static String formatFloat16Scientific(short bits, FloatFormatOptions options) {
        return FloatFormat.scientificHalf(bits, scientificSpec(options));
    }

    private static int noneOrPositive(Integer x, String name) {
        if (x == null) {
            return -1;
        }
        if (x < 0) {
            throw new ValueError(name + " must be >= 0");
        }
        return x;
    }

    private static char trimChar(String trim) {
        if (trim == null || trim.length() != 1 || "k.0-".indexOf(trim.charAt(0)) < 0) {
            throw new TypeError("if supplied, trim must be 'k', '.', '0' or '-' found `" + trim + "`");
        }
        return trim.charAt(0);
    }

    private static FloatFormat.Spec positionalSpec(FloatFormatOptions o) {
        if (o.expDigits() != null) {
            throw new TypeError("format_float_positional() got an unexpected keyword argument 'exp_digits'");
        }
        int precision = noneOrPositive(o.precision(), "precision");
        int padLeft = noneOrPositive(o.padLeft(), "pad_left");
        int padRight = noneOrPositive(o.padRight(), "pad_right");
        int minDigits = noneOrPositive(o.minDigits(), "min_digits");
        if (!o.fractional() && precision == 0) {
            throw new ValueError("precision must be greater than 0 if fractional=False");
        }
        if (minDigits > 0 && precision > 0 && minDigits > precision) {
            throw new ValueError("min_digits must be less than or equal to precision");
        }
        char trim = trimChar(o.trim());
        if (!o.unique() && precision < 0) {
            throw new TypeError("in non-unique mode `precision` must be supplied");
        }
        return new FloatFormat.Spec(precision, o.unique(), o.fractional(), trim, o.sign(), padLeft, padRight,
                minDigits, -1);
    }

    private static FloatFormat.Spec scientificSpec(FloatFormatOptions o) {
        if (o.padRight() != null) {
            throw new TypeError("format_float_scientific() got an unexpected keyword argument 'pad_right'");
        }
        if (!o.fractional()) {
            throw new TypeError("format_float_scientific() got an unexpected keyword argument 'fractional'");
        }
        int precision = noneOrPositive(o.precision(), "precision");
        int padLeft = noneOrPositive(o.padLeft(), "pad_left");
        int expDigits = noneOrPositive(o.expDigits(), "exp_digits");
        int minDigits = noneOrPositive(o.minDigits(), "min_digits");
        if (minDigits > 0 && precision > 0 && minDigits > precision) {
            throw new ValueError("min_digits must be less than or equal to precision");
        }
        char trim = trimChar(o.trim());
        if (!o.unique() && precision < 0) {
            throw new TypeError("in non-unique mode `precision` must be supplied");
        }
        return new FloatFormat.Spec(precision, o.unique(), true, trim, o.sign(), padLeft, -1, minDigits,
                expDigits);
    }

    // ---------------------------------------------------------------- arrays

    /** {@code np.array2string(a)} with the current print options. */
    public static String array2string(NDArray a) {
        return ArrayPrinter.array2string(a, getPrintoptions(), " ", "", "");
    }

    /**
     * {@code np.array2string(a, max_line_width, precision, suppress_small, separator, prefix,
     * threshold=..., edgeitems=..., sign=..., floatmode=..., suffix=...)}: the print-option
     * keywords come from {@code options} (start from {@link #getPrintoptions()} and change what
     * you need). {@code formatter} and {@code legacy} are not supported.
     */
    public static String array2string(NDArray a, PrintOptions options, String separator, String prefix,
                                      String suffix) {
        return ArrayPrinter.array2string(a, options, separator, prefix, suffix);
    }

    /** {@code np.array_repr(a)}, the same as {@code repr(a)} and {@code a.toString()}. */
    public static String arrayRepr(NDArray a) {
        return ArrayPrinter.repr(a, getPrintoptions());
    }

    /** {@code np.array_repr(a, max_line_width, precision, suppress_small)} via {@code options}. */
    public static String arrayRepr(NDArray a, PrintOptions options) {
        return ArrayPrinter.repr(a, options);
    }

    /** {@code np.array_str(a)}, the same as {@code str(a)}. */
    public static String arrayStr(NDArray a) {
        return ArrayPrinter.str(a, getPrintoptions());
    }

    /** {@code np.array_str(a, max_line_width, precision, suppress_small)} via {@code options}. */
    public static String arrayStr(NDArray a, PrintOptions options) {
        return ArrayPrinter.str(a, options);
    }

    // ---------------------------------------------------------------- scalars

    /**
     * NumPy 2's {@code repr()} of a scalar of {@code dtype}: {@code np.float64(1.5)},
     * {@code np.int8(3)}, {@code np.True_}, {@code np.complex128(1+2j)}, {@code np.str_('a')},
     * {@code np.bytes_(b'a')}. {@code value} is what {@code NDArray.item()} returns for that dtype:
     * Boolean, Long (or BigInteger for large uint64), Double (also for float16/float32 values),
     * Float, {@link Complex}, String, byte[].
     */
    public static String scalarRepr(DType dtype, Object value) {
        switch (dtype.code()) {
            case BOOL:
                return ScalarFormat.boolRepr(asBool(value));
            case FLOAT16:
            case FLOAT32:
            case FLOAT64:
                return "np." + dtype.name() + "(" + scalarStr(dtype, value) + ")";
            case COMPLEX64:
            case COMPLEX128: {
                String s = scalarStr(dtype, value);
                if (s.startsWith("(")) {
                    s = s.substring(1, s.length() - 1);
                }
                return "np." + dtype.name() + "(" + s + ")";
            }
            case STR:
                return "np.str_(" + StringRepr.pyRepr((String) value) + ")";
            case BYTES:
                return "np.bytes_(" + StringRepr.bytesRepr((byte[]) value) + ")";
            default:
                return "np." + dtype.name() + "(" + scalarStr(dtype, value) + ")";
        }
    }

    /** NumPy 2's {@code str()} of a scalar of {@code dtype}; {@code value} as for {@link #scalarRepr}. */
    public static String scalarStr(DType dtype, Object value) {
        switch (dtype.code()) {
            case BOOL:
                return ScalarFormat.boolStr(asBool(value));
            case FLOAT16:
                return ScalarFormat.floatStr(float16Bits(value) & 0xFFFFL, FloatFormat.HALF);
            case FLOAT32:
                return ScalarFormat.floatStr(Float.floatToRawIntBits(asFloat(value)) & 0xFFFFFFFFL, FloatFormat.SINGLE);
            case FLOAT64:
                return ScalarFormat.floatStr(Double.doubleToRawLongBits(asDouble(value)), FloatFormat.DOUBLE);
            case COMPLEX64: {
                Complex c = asComplex(value);
                return ScalarFormat.complexStr((float) c.re(), (float) c.im());
            }
            case COMPLEX128: {
                Complex c = asComplex(value);
                return ScalarFormat.complexStr(c.re(), c.im());
            }
            case STR:
                return (String) value;
            case BYTES:
                return StringRepr.bytesRepr((byte[]) value);
            default:
                if (value instanceof BigInteger) {
                    return value.toString();
                }
                return ScalarFormat.intStr(dtype.name(), ((Number) value).longValue());
        }
    }

    /** {@code str(np.float16(x))}-style conversion helper: binary16 bits nearest to a double. */
    public static short float16Bits(double x) {
        return Half.fromDouble(x);
    }

    private static short float16Bits(Object value) {
        return float16Bits(((Number) value).doubleValue());
    }

    private static boolean asBool(Object v) {
        if (v instanceof Boolean) {
            return (Boolean) v;
        }
        return ((Number) v).doubleValue() != 0;
    }

    private static double asDouble(Object v) {
        return ((Number) v).doubleValue();
    }

    private static float asFloat(Object v) {
        return ((Number) v).floatValue();
    }

    private static Complex asComplex(Object v) {
        if (v instanceof Complex) {
            return (Complex) v;
        }
        return new Complex(((Number) v).doubleValue(), 0.0);
    }
}
