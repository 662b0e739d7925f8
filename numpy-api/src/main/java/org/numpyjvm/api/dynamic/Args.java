package org.numpyjvm.api.dynamic;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.numpyjvm.api.Complex;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.NotImplementedError;
import org.numpyjvm.api.Np;
import org.numpyjvm.api.TypeError;
import org.numpyjvm.api.ValueError;

/**
 * The bound arguments of one call, with typed accessors that convert dynamic values (Java
 * numbers, booleans, strings, lists, maps, NDArrays, null for None) the way NumPy converts
 * Python objects, raising NumPy's TypeErrors for the wrong kinds.
 */
public final class Args {
    private final String function;
    private final Object[] values; // in parameter order (Signature.bindArray)
    private final Signature signature;

    Args(Signature signature, Object[] values) {
        this.function = signature.function();
        this.signature = signature;
        this.values = values;
    }

    /**
     * Binds a call to {@code signature} outside a registered function (for a function that
     * forwards its {@code *args, **kwargs} to another signature, as {@code np.printoptions}).
     */
    public static Args bind(Signature signature, Object[] positional, Map<String, Object> keywords) {
        return new Args(signature, signature.bindArray(positional, keywords));
    }

    /** The function's name, for messages. */
    public String function() {
        return function;
    }

    /** The value as passed (after defaults); null is Python's None. */
    public Object raw(String name) {
        int i = signature.indexOf(name);
        if (i < 0) {
            throw new IllegalStateException(function + " has no parameter " + name);
        }
        return values[i];
    }

    /** True when the argument is None (passed as None or defaulted to None). */
    public boolean isNone(String name) {
        return raw(name) == null;
    }

    /** An array-like as an NDArray (no copy when it already is one). */
    public NDArray array(String name) {
        return Np.asarray(raw(name));
    }

    /** An array-like, or null for None. */
    public NDArray arrayOrNull(String name) {
        Object v = raw(name);
        return v == null ? null : Np.asarray(v);
    }

    /** A dtype argument: a DType or any NumPy dtype spelling; null for None. */
    public DType dtype(String name) {
        Object v = raw(name);
        return Conversions.dtype(v);
    }

    /** A Python int (not bool, not float): as NumPy's {@code operator.index}. */
    public int integer(String name) {
        return Conversions.index(raw(name));
    }

    /** A Python int or None. */
    public Integer integerOrNull(String name) {
        Object v = raw(name);
        return v == null ? null : Conversions.index(v);
    }

    /** A Python float (or int): its double value. */
    public double real(String name) {
        return Conversions.real(raw(name));
    }

    /** A number as the Java value of a Python scalar (Long, BigInteger, Double, Complex, Boolean). */
    public Object number(String name) {
        Object v = raw(name);
        if (v instanceof NDArray && ((NDArray) v).ndim() == 0) { // a NumPy scalar
            v = ((NDArray) v).item();
        }
        if (v instanceof Number || v instanceof Complex || v instanceof Boolean) {
            return v instanceof Integer || v instanceof Short || v instanceof Byte ? (Object) ((Number) v).longValue() : v;
        }
        throw new TypeError("must be real number, not " + Conversions.typeName(v));
    }

    /** Python truthiness. */
    public boolean bool(String name) {
        return Conversions.truthy(raw(name));
    }

    /** A str argument (None not allowed). */
    public String string(String name) {
        Object v = raw(name);
        if (!(v instanceof String)) {
            throw new TypeError(function + "() argument '" + name + "' must be str, not " + Conversions.typeName(v));
        }
        return (String) v;
    }

    /** A str or None. */
    public String stringOrNull(String name) {
        return raw(name) == null ? null : string(name);
    }

    /**
     * A memory-layout order: one of 'C', 'F', 'A', 'K' (NumPy's ValueError otherwise); None gives
     * {@code dflt}. Callers reject valid orders they do not permit with their own message.
     */
    public char order(String name, char dflt) {
        Object v = raw(name);
        if (v == null) {
            return dflt;
        }
        String s = v instanceof String ? (String) v : null;
        if (s != null && s.length() == 1) {
            char c = s.charAt(0);
            if (c == 'C' || c == 'F' || c == 'A' || c == 'K') {
                return c;
            }
        }
        if (s == null || s.length() != 1 || "CFAK".indexOf(Character.toUpperCase(s.charAt(0))) < 0) {
            throw new ValueError("order must be one of 'C', 'F', 'A', or 'K' (got " + Conversions.repr(v) + ")");
        }
        return Character.toUpperCase(s.charAt(0));
    }

    /**
     * NumPy's {@code mode=} clip mode ({@code PyArray_ClipmodeConverter}): None or 'raise',
     * 'wrap', 'clip' (also the ints 0, 1, 2), as the canonical string; NumPy's messages otherwise.
     */
    public String clipmode(String name) {
        return Conversions.clipmode(raw(name));
    }

    /** A shape: an int or a sequence of ints. */
    public int[] shape(String name) {
        return Conversions.shape(raw(name));
    }

    /** An axis argument: None → null, an int → {i}, a tuple of ints → the ints. */
    public int[] axes(String name) {
        Object v = raw(name);
        if (v == null) {
            return null;
        }
        if (v instanceof List || v instanceof int[] || v instanceof long[] || v instanceof Object[]) {
            return Conversions.intSequence(v);
        }
        return new int[] {Conversions.index(v)};
    }

    /** A sequence (list/tuple/array) as a Java list. */
    public List<?> sequence(String name) {
        return Conversions.sequence(raw(name), function, name);
    }

    /**
     * Fails, naming the function and argument, when an argument numpy-jvm does not support was
     * given a value other than its default: never accept and ignore.
     */
    public void unsupported(String... names) {
        for (String name : names) {
            int i = signature.indexOf(name);
            if (i < 0) {
                throw new IllegalStateException(function + " has no parameter " + name);
            }
            Object v = values[i];
            Object dflt = signature.defaultAt(i);
            boolean isDefault = v == dflt || v != null && v.equals(dflt);
            if (!isDefault) {
                throw new NotImplementedError("The '" + name + "' argument to numpy." + function + " is not supported.");
            }
        }
    }

    /** The values of {@code *args}. */
    @SuppressWarnings("unchecked")
    public List<Object> varargs(String name) {
        return (List<Object>) raw(name);
    }

    static BigInteger bigOf(Object v) {
        return v instanceof BigInteger ? (BigInteger) v : BigInteger.valueOf(((Number) v).longValue());
    }
}
