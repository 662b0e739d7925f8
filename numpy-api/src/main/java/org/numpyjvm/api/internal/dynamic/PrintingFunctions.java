package org.numpyjvm.api.internal.dynamic;

import java.math.BigInteger;
import java.util.Map;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.FloatFormatOptions;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.OverflowError;
import org.numpyjvm.api.PrintOptions;
import org.numpyjvm.api.Printing;
import org.numpyjvm.api.TypeError;
import org.numpyjvm.api.ValueError;
import org.numpyjvm.api.dynamic.Args;
import org.numpyjvm.api.dynamic.Conversions;
import org.numpyjvm.api.dynamic.Registry;
import org.numpyjvm.api.dynamic.Signature;

/**
 * Printing in the dynamic layer: array2string, array_repr, array_str, set_printoptions,
 * get_printoptions (a dict), printoptions (a {@link org.numpyjvm.api.dynamic.ContextManager}),
 * format_float_positional, format_float_scientific. Not supported: {@code formatter},
 * {@code override_repr}, legacy modes. {@code x} of format_float_* is a Python float (a Java
 * number or a 0-d array, converted with {@code float()} as NumPy does for arrays).
 */
final class PrintingFunctions {
    private PrintingFunctions() {
    }

    private static final Signature SET = Signature.parse("set_printoptions", "(precision=None, threshold=None, "
            + "edgeitems=None, linewidth=None, suppress=None, nanstr=None, infstr=None, formatter=None, sign=None, "
            + "floatmode=None, *, legacy=None, override_repr=None)");

    static void register(Registry.Builder r) {
        r.def("set_printoptions", SET.toString(), a -> {
            Printing.setPrintoptions(options(a));
            return null;
        });
        r.def("get_printoptions", "()", a -> PrintOptionArgs.asDict(Printing.getPrintoptions()));
        r.def("printoptions", "(*args, **kwargs)", a -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> kw = (Map<String, Object>) a.raw("kwargs");
            return new PrintoptionsContext(a.varargs("args").toArray(), kw);
        });
        r.def("array2string", "(a, max_line_width=None, precision=None, suppress_small=None, separator=' ', prefix='', *, "
                + "formatter=None, threshold=None, edgeitems=None, sign=None, floatmode=None, suffix='', legacy=None)", a -> {
                    a.unsupported("formatter");
                    PrintOptionArgs.checkLegacy(a);
                    PrintOptions o = PrintOptionArgs.update(Printing.getPrintoptions(), a, "precision", "threshold",
                            "edgeitems", "max_line_width", "suppress_small", null, null, "sign", "floatmode");
                    Object sep = a.raw("separator");
                    if (!(sep instanceof String)) {
                        throw new AttributeError("'" + Conversions.typeName(sep) + "' object has no attribute 'rstrip'");
                    }
                    String suffix = sized(a.raw("suffix"));
                    NDArray arr = AttributeError.requireArray(a.raw("a"), "size");
                    return Printing.array2string(arr, o, (String) sep, sized(a.raw("prefix")), suffix);
                });
        r.def("array_repr", "(arr, max_line_width=None, precision=None, suppress_small=None)", a -> {
            NDArray arr = AttributeError.requireArray(a.raw("arr"), "size");
            return Printing.arrayRepr(arr, reprOptions(a));
        });
        r.def("array_str", "(a, max_line_width=None, precision=None, suppress_small=None)", a -> {
            NDArray arr = AttributeError.requireArray(a.raw("a"), "shape");
            return Printing.arrayStr(arr, reprOptions(a));
        });
        r.def("format_float_positional", "(x, precision=None, unique=True, fractional=True, trim='k', sign=False, "
                + "pad_left=None, pad_right=None, min_digits=None)", a -> {
                    FloatFormatOptions o = floatOptions(a).fractional(cBool(a, "fractional"))
                            .padRight(sizeArg(a, "pad_right")).build();
                    Object x = a.raw("x");
                    return isFloat32(x) ? Printing.formatFloatPositional((float) floatValue(x), o)
                            : Printing.formatFloatPositional(floatValue(x), o);
                });
        r.def("format_float_scientific", "(x, precision=None, unique=True, trim='k', sign=False, pad_left=None, "
                + "exp_digits=None, min_digits=None)", a -> {
                    FloatFormatOptions o = floatOptions(a).expDigits(sizeArg(a, "exp_digits")).build();
                    Object x = a.raw("x");
                    return isFloat32(x) ? Printing.formatFloatScientific((float) floatValue(x), o)
                            : Printing.formatFloatScientific(floatValue(x), o);
                });
    }

    /** The options {@code set_printoptions(*positional, **keywords)} would set. */
    static PrintOptions setOptions(Object[] positional, Map<String, Object> keywords) {
        return options(Args.bind(SET, positional, keywords));
    }

    private static PrintOptions options(Args a) {
        a.unsupported("formatter", "override_repr");
        PrintOptionArgs.checkLegacy(a);
        return PrintOptionArgs.update(Printing.getPrintoptions(), a, "precision", "threshold", "edgeitems", "linewidth",
                "suppress", "nanstr", "infstr", "sign", "floatmode");
    }

    private static PrintOptions reprOptions(Args a) {
        return PrintOptionArgs.update(Printing.getPrintoptions(), a, "precision", null, null, "max_line_width",
                "suppress_small", null, null, null, null);
    }

    /** prefix/suffix: NumPy takes their {@code len()}. */
    private static String sized(Object v) {
        if (!(v instanceof String)) {
            throw new TypeError("object of type '" + Conversions.typeName(v) + "' has no len()");
        }
        return (String) v;
    }

    private static FloatFormatOptions.Builder floatOptions(Args a) {
        Object trim = a.raw("trim");
        return FloatFormatOptions.builder().precision(sizeArg(a, "precision")).unique(cBool(a, "unique"))
                .trim(trim instanceof String ? (String) trim : a.string("trim")).sign(cBool(a, "sign"))
                .padLeft(sizeArg(a, "pad_left")).minDigits(sizeArg(a, "min_digits"));
    }

    /** An int flag parsed by the C layer: ints and bools (floats and None are TypeErrors). */
    private static boolean cBool(Args a, String name) {
        return Conversions.cInt(a.raw(name)) != 0;
    }

    /** {@code _none_or_positive_arg} then a C int: negative values are ValueErrors first. */
    private static Integer sizeArg(Args a, String name) {
        Object v = a.raw(name);
        if (v == null) {
            return null;
        }
        if (!(v instanceof Number) && !(v instanceof Boolean)) {
            throw new TypeError("'<' not supported between instances of '" + Conversions.typeName(v) + "' and 'int'");
        }
        if (v instanceof Number && ((Number) v).doubleValue() < 0) {
            throw new ValueError(name + " must be >= 0");
        }
        return Conversions.cInt(v);
    }

    /** Python's {@code float(x)} as dragon4 converts a non-NumPy-float argument. */
    /** A np.float32 scalar (a 0-d float32 array): formatted with float32's shortest digits. */
    private static boolean isFloat32(Object x) {
        return x instanceof NDArray && ((NDArray) x).ndim() == 0 && ((NDArray) x).dtype().equals(DType.FLOAT32);
    }

    static double floatValue(Object x) {
        if (x instanceof BigInteger) {
            double d = ((BigInteger) x).doubleValue();
            if (Double.isInfinite(d)) {
                throw new OverflowError("int too large to convert to float");
            }
            return d;
        }
        if (x instanceof Number) {
            return ((Number) x).doubleValue();
        }
        if (x instanceof Boolean) {
            return ((Boolean) x) ? 1 : 0;
        }
        if (x instanceof NDArray) {
            NDArray arr = (NDArray) x;
            if (arr.ndim() != 0) {
                throw new TypeError("only 0-dimensional arrays can be converted to Python scalars");
            }
            if (arr.dtype().isComplex()) {
                throw new TypeError("float() argument must be a string or a real number, not 'complex'");
            }
            if (arr.dtype().isString()) {
                throw new org.numpyjvm.api.NotImplementedError("format_float of a string array is not supported.");
            }
            return floatValue(arr.item());
        }
        throw new TypeError("must be real number, not " + Conversions.typeName(x));
    }
}
