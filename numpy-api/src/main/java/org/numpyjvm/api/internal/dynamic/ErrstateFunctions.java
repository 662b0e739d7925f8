package org.numpyjvm.api.internal.dynamic;

import java.math.BigInteger;
import org.numpyjvm.api.FloatErrors;
import org.numpyjvm.api.TypeError;
import org.numpyjvm.api.ValueError;
import org.numpyjvm.api.dynamic.Args;
import org.numpyjvm.api.dynamic.Conversions;
import org.numpyjvm.api.dynamic.Registry;
import org.numpyjvm.api.dynamic.Signature;

/**
 * NumPy's floating-point error state in the dynamic layer ({@link FloatErrors}): seterr, geterr
 * (dicts of mode names), errstate (a {@link org.numpyjvm.api.dynamic.ContextManager}),
 * seterrcall/geterrcall (a Java {@link FloatErrors.Callback} or None; the Python package keeps
 * Python callables itself), getbufsize, setbufsize.
 */
final class ErrstateFunctions {
    private ErrstateFunctions() {
    }

    static final String MODES = "all=None, divide=None, over=None, under=None, invalid=None";

    static void register(Registry.Builder r) {
        r.def("seterr", "(" + MODES + ")", a -> FloatErrors.seterr(settings(a)).asMap());
        r.def("geterr", "()", a -> FloatErrors.geterr().asMap());
        r.def("errstate", "(*, call=<no value>, " + MODES + ")", a -> new ErrstateContext(a));
        r.def("seterrcall", "(func)", a -> FloatErrors.seterrcall(callback(a.raw("func"))));
        r.def("geterrcall", "()", a -> FloatErrors.geterrcall());
        r.def("getbufsize", "()", a -> (long) FloatErrors.getbufsize());
        r.def("setbufsize", "(size)", a -> (long) FloatErrors.setbufsize(bufsize(a.raw("size"))));
    }

    /** The settings {@code seterr(all=..., divide=..., ...)} makes from the current ones (None: unchanged). */
    static FloatErrors.Settings settings(Args a) {
        FloatErrors.Settings s = FloatErrors.geterr();
        Object all = a.raw("all");
        if (all != null) {
            s = FloatErrors.Settings.all(mode(all));
        }
        for (FloatErrors.Category c : FloatErrors.Category.values()) {
            Object m = a.raw(c.key());
            if (m != null) {
                s = s.with(c, mode(m));
            }
        }
        return s;
    }

    private static FloatErrors.Mode mode(Object v) {
        if (v instanceof String) {
            return FloatErrors.Mode.of((String) v);
        }
        throw new ValueError("invalid error mode " + Conversions.repr(v));
    }

    static FloatErrors.Callback callback(Object f) {
        if (f == null || f instanceof FloatErrors.Callback) {
            return (FloatErrors.Callback) f;
        }
        throw new TypeError("python object must be callable or have a callable write method");
    }

    /** {@code setbufsize}'s checks: {@code size < 0} in Python first, then a C int. */
    private static long bufsize(Object v) {
        if (!(v instanceof Number) && !(v instanceof Boolean)) {
            throw new TypeError("'<' not supported between instances of '" + Conversions.typeName(v) + "' and 'int'");
        }
        if (v instanceof Boolean) {
            throw new TypeError("an integer is required");
        }
        if (!Conversions.isInteger(v)) {
            if (((Number) v).doubleValue() < 0) {
                throw new ValueError("buffer size must be non-negative");
            }
            throw new TypeError("'" + Conversions.typeName(v) + "' object cannot be interpreted as an integer");
        }
        if (v instanceof BigInteger) {
            BigInteger b = (BigInteger) v;
            if (b.signum() < 0) {
                throw new ValueError("buffer size must be non-negative");
            }
            throw new ValueError("Buffer size, " + b + ", is too big");
        }
        return ((Number) v).longValue();
    }

    /** The signature errstate binds its keywords with ({@link Signature#NO_VALUE} call: unchanged). */
    static boolean callGiven(Args a) {
        return a.raw("call") != Signature.NO_VALUE;
    }
}
