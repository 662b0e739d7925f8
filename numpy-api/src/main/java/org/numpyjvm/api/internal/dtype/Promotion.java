package org.numpyjvm.api.internal.dtype;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.numpyjvm.api.Complex;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.DTypePromotionError;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.NotImplementedError;
import org.numpyjvm.api.TypeError;
import org.numpyjvm.api.ValueError;

/**
 * Type promotion as NumPy 2 does it (NEP 50): {@code np.promote_types} and
 * {@code np.result_type}. The ufunc layer should call {@link #resultType} or
 * {@link #promoteClasses} rather than re-deriving any rule.
 *
 * <h2>The algorithm</h2>
 * Promotion works in two steps, first on DType <em>classes</em> ({@link DTypeClass}: the kind
 * of dtype without size or byte order), then on <em>instances</em> (sizes of strings).
 * <ol>
 *   <li><b>Common class of two</b> ({@link #common}, NumPy's {@code __common_dtype__}): a class
 *       answers for a pair or says "not implemented" ({@code null}); {@link #commonClass} asks
 *       {@code a} then {@code b}.
 *       <ul>
 *         <li>Numeric with numeric: the larger type number answers, from NumPy's legacy
 *             promotion table ({@link #numericCommon}): the smallest type that holds both,
 *             {@code int64 + uint64 -> float64}, {@code int16 + float16 -> float32}.
 *         <li>Numeric with a Python scalar class (weak): the numeric class wins when it is of
 *             the scalar's category or higher ({@code int8 + int -> int8},
 *             {@code float16 + float -> float16}); {@code float16/float32 + complex} is
 *             {@code complex64}, {@code float64 + complex} is {@code complex128}.
 *         <li>Python scalar class with a lower category: the Python type's default
 *             ({@code bool + int -> int64}, {@code int8 + float -> float64},
 *             {@code uint8 + complex -> complex128}); Python scalars among themselves give the
 *             higher category.
 *         <li>Strings: {@code str} with {@code bytes} is {@code str}; a string with a number
 *             (bool included) is that string class; a string with a Python scalar has no
 *             common class.
 *       </ul>
 *   <li><b>Common class of many</b> ({@link #promoteClasses}, NumPy's
 *       {@code PyArray_PromoteDTypeSequence}): a pairwise reduction first moves the "most
 *       knowledgeable" class to the front (swapping when a pair is not implemented, dropping a
 *       class that cannot change the result); that main class must then promote every other
 *       one, else {@link DTypePromotionError} ({@code The DType X could not be promoted by Y...})
 *       listing all classes; the results are combined with {@link #commonClass}.
 *   <li><b>Instance</b>: a non-string result is the class's native default (byte order is never
 *       kept: {@code promote_types('>f8', '>f8')} is {@code <f8}). For strings every concrete
 *       input is cast to the class (a number needs as many characters as its longest text:
 *       bool 5, int8 4, uint8 3, int16 6, ..., int64 21, uint64 20, floats 32, complex 64) and
 *       the longest wins, in native order.
 *   <li><b>result_type</b>: dtypes come first, then values (scalars, arrays) in order; Python
 *       int/float/complex are their abstract (weak) class and bring no descriptor; a Python bool
 *       is a concrete {@code bool}. A single argument skips promotion: a Python int becomes
 *       int64, or uint64 when above int64 (object beyond: unsupported here). An abstract result
 *       becomes the Python type's default (int64, float64, complex128).
 * </ol>
 */
public final class Promotion {
    private Promotion() {
    }

    /** {@code np.promote_types(a, b)}. */
    public static DType promoteTypes(DType a, DType b) {
        if (a == b && a.isNative()) {
            return a; // NumPy's fast path for one descriptor: keeps an explicit '<'
        }
        DTypeClass cls = commonClass(DTypeClass.of(a), DTypeClass.of(b));
        if (!cls.isString()) {
            return cls.defaultDType;
        }
        return longer(castTo(a, cls), castTo(b, cls));
    }

    /** {@code np.result_type(*args)}; see {@link DType#resultType} for the argument types. */
    public static DType resultType(Object... args) {
        List<DTypeClass> dtypeClasses = new ArrayList<>();
        List<DType> dtypeDescrs = new ArrayList<>();
        List<DTypeClass> valueClasses = new ArrayList<>();
        List<DType> valueDescrs = new ArrayList<>();
        Object single = null;
        for (Object arg : args) {
            DType d = asDType(arg);
            if (d != null) {
                dtypeClasses.add(DTypeClass.of(d));
                dtypeDescrs.add(d);
                continue;
            }
            single = arg;
            DTypeClass weak = weakClass(arg);
            if (weak != null) {
                valueClasses.add(weak);
                valueDescrs.add(null);
                continue;
            }
            DType v = valueDType(arg);
            valueClasses.add(DTypeClass.of(v));
            valueDescrs.add(v);
        }
        int n = dtypeClasses.size() + valueClasses.size();
        if (n == 0) {
            throw new ValueError("at least one array or dtype is required");
        }
        if (n == 1) {
            DType only = dtypeDescrs.isEmpty() ? valueDescrs.get(0) : dtypeDescrs.get(0);
            if (only == null) {
                only = discoverPythonScalar(single);
            }
            return canonical(only);
        }
        List<DTypeClass> classes = new ArrayList<>(dtypeClasses);
        classes.addAll(valueClasses);
        List<DType> descrs = new ArrayList<>(dtypeDescrs);
        descrs.addAll(valueDescrs);
        DTypeClass cls = promoteClasses(classes.toArray(new DTypeClass[0]));
        if (cls.isAbstract()) {
            cls = DTypeClass.of(cls.defaultDType);
        }
        if (!cls.isString()) {
            return cls.defaultDType;
        }
        DType result = null;
        for (DType d : descrs) {
            if (d != null) {
                DType c = castTo(d, cls);
                result = result == null ? c : longer(result, c);
            }
        }
        return result == null ? cls.defaultDType : canonical(result);
    }

    /** A dtype-like argument of result_type ({@code DType}, a spelling, a Java class, null), else null. */
    private static DType asDType(Object arg) {
        if (arg == null) {
            return DType.FLOAT64;
        }
        if (arg instanceof DType) {
            return (DType) arg;
        }
        if (arg instanceof String) {
            return DType.of((String) arg);
        }
        if (arg instanceof Class) {
            return DType.of((Class<?>) arg);
        }
        return null;
    }

    /** The abstract class of a Java value standing for a Python int/float/complex, else null. */
    static DTypeClass weakClass(Object arg) {
        if (arg instanceof Integer || arg instanceof Long || arg instanceof Short || arg instanceof Byte
                || arg instanceof BigInteger) {
            return DTypeClass.PY_INT;
        }
        if (arg instanceof Double || arg instanceof Float) {
            return DTypeClass.PY_FLOAT;
        }
        if (arg instanceof Complex) {
            return DTypeClass.PY_COMPLEX;
        }
        return null;
    }

    /** The dtype of a non-weak value argument: a Python bool or an array (0-d included: not weak in NumPy 2). */
    private static DType valueDType(Object arg) {
        if (arg instanceof Boolean) {
            return DType.BOOL;
        }
        if (arg instanceof NDArray) {
            return ((NDArray) arg).dtype();
        }
        throw new TypeError("Cannot interpret '" + arg + "' as a data type");
    }

    /** {@code np.asarray(x).dtype} for a lone Python int/float/complex. */
    private static DType discoverPythonScalar(Object arg) {
        if (arg instanceof Double || arg instanceof Float) {
            return DType.FLOAT64;
        }
        if (arg instanceof Complex) {
            return DType.COMPLEX128;
        }
        if (arg instanceof BigInteger) {
            BigInteger v = (BigInteger) arg;
            if (v.bitLength() <= 63) {
                return DType.INT64;
            }
            if (v.signum() > 0 && v.bitLength() <= 64) {
                return DType.UINT64;
            }
            throw new NotImplementedError("np.result_type(" + v
                    + ") is the object dtype in NumPy, which numpy-jvm does not support");
        }
        return DType.INT64;
    }

    /** The longer of two strings of one class (the first on a tie), in native order. */
    private static DType longer(DType a, DType b) {
        return canonical(a.itemsize() >= b.itemsize() ? a : b);
    }

    /** NumPy's {@code ensure_canonical}: native byte order (an explicit native order is kept). */
    static DType canonical(DType d) {
        return d.isNative() ? d : d.withByteOrder('=');
    }

    /** {@code PyArray_CastDescrToDType} into a string class: the string long enough for {@code d}. */
    static DType castTo(DType d, DTypeClass cls) {
        if (DTypeClass.of(d) == cls) {
            return d;
        }
        int n = d.isString() ? d.stringLength() : stringLengthFor(d);
        return cls == DTypeClass.STR ? DType.str(n) : DType.bytes(n);
    }

    /** Characters needed for any value of a numeric dtype as text (one table: StringWidths). */
    static int stringLengthFor(DType d) {
        return org.numpyjvm.api.internal.creation.StringWidths.widthOf(d);
    }

    // ---- classes

    /** {@code PyArray_CommonDType}: the common class of two, or DTypePromotionError. */
    static DTypeClass commonClass(DTypeClass a, DTypeClass b) {
        if (a == b) {
            return a;
        }
        DTypeClass r = common(a, b);
        if (r == null) {
            r = common(b, a);
        }
        if (r == null) {
            throw new DTypePromotionError("The DTypes " + a.pyRepr() + " and " + b.pyRepr()
                    + " do not have a common DType. For example they cannot be stored in a single array"
                    + " unless the dtype is `object`.");
        }
        return r;
    }

    /** {@code cls.__common_dtype__(other)}: null for NotImplemented. */
    static DTypeClass common(DTypeClass cls, DTypeClass other) {
        if (cls.isNumeric()) {
            if (other.isAbstract()) {
                switch (other) {
                    case PY_COMPLEX:
                        if (cls.isComplex()) {
                            return cls;
                        }
                        if (cls == DTypeClass.FLOAT16 || cls == DTypeClass.FLOAT32) {
                            return DTypeClass.COMPLEX64;
                        }
                        return cls == DTypeClass.FLOAT64 ? DTypeClass.COMPLEX128 : null;
                    case PY_FLOAT:
                        return cls.isComplex() || cls.isFloat() ? cls : null;
                    default:
                        return cls.isComplex() || cls.isFloat() || cls.isInteger() ? cls : null;
                }
            }
            if (other.typeNum > cls.typeNum || other.isString()) {
                return null;
            }
            return DTypeClass.of(numericCommon(cls.defaultDType, other.defaultDType));
        }
        if (cls.isString()) {
            if (other.isAbstract()) {
                return null;
            }
            if (other.isString() && !(cls == DTypeClass.STR && other == DTypeClass.BYTES)) {
                return null;
            }
            return cls;
        }
        boolean lowNumber = other == DTypeClass.BOOL || other.isInteger();
        switch (cls) {
            case PY_INT:
                return other == DTypeClass.BOOL ? DTypeClass.INT64 : null;
            case PY_FLOAT:
                return lowNumber ? DTypeClass.FLOAT64 : other == DTypeClass.PY_INT ? cls : null;
            default:
                return lowNumber ? DTypeClass.COMPLEX128
                        : other == DTypeClass.PY_INT || other == DTypeClass.PY_FLOAT ? cls : null;
        }
    }

    /** NumPy's legacy promotion table for two native numeric dtypes (bool, ints, floats, complex). */
    static DType numericCommon(DType a, DType b) {
        if (a.code() == b.code()) {
            return a;
        }
        if (a.isBool()) {
            return b;
        }
        if (b.isBool()) {
            return a;
        }
        if (rank(a) > rank(b)) {
            DType t = a;
            a = b;
            b = t;
        }
        int sa = a.itemsize();
        int sb = b.itemsize();
        if (rank(a) == rank(b)) {
            return sa >= sb ? a : b;
        }
        if (b.isSignedInteger()) { // a unsigned
            if (sb > sa) {
                return b;
            }
            return sa == 1 ? DType.INT16 : sa == 2 ? DType.INT32 : sa == 4 ? DType.INT64 : DType.FLOAT64;
        }
        if (b.isFloat()) { // a integer
            int need = sa == 1 ? 2 : sa == 2 ? 4 : 8;
            return floatOfSize(Math.max(need, sb));
        }
        // b complex; a integer or float
        int need = a.isFloat() ? (sa <= 4 ? 8 : 16) : (sa <= 2 ? 8 : 16);
        return Math.max(need, sb) == 8 ? DType.COMPLEX64 : DType.COMPLEX128;
    }

    private static DType floatOfSize(int n) {
        return n == 2 ? DType.FLOAT16 : n == 4 ? DType.FLOAT32 : DType.FLOAT64;
    }

    /** Kind order used by promotion and same_kind casting: b < u < i < f < c. */
    static int rank(DType d) {
        switch (d.kind()) {
            case 'b': return 0;
            case 'u': return 1;
            case 'i': return 2;
            case 'f': return 3;
            case 'c': return 4;
            default: return 5;
        }
    }

    /** {@code PyArray_PromoteDTypeSequence}: the common class of all, or DTypePromotionError. */
    static DTypeClass promoteClasses(DTypeClass[] in) {
        if (in.length == 1) {
            return in[0];
        }
        DTypeClass[] dtypes = in.clone();
        DTypeClass result = reduceToMostKnowledgeable(dtypes.length, dtypes);
        DTypeClass main = dtypes[0];
        int start = result == null ? 1 : 2;
        for (int i = start; i < dtypes.length; i++) {
            if (dtypes[i] == null) {
                continue;
            }
            DTypeClass promotion = common(main, dtypes[i]);
            if (promotion == null) {
                StringBuilder all = new StringBuilder("(");
                for (int k = 0; k < in.length; k++) {
                    all.append(k == 0 ? "" : ", ").append(in[k].pyRepr());
                }
                throw new DTypePromotionError("The DType " + dtypes[i].pyRepr() + " could not be promoted by "
                        + main.pyRepr() + ". This means that no common DType exists for the given inputs. "
                        + "For example they cannot be stored in a single array unless the dtype is `object`. "
                        + "The full list of DTypes is: " + all.append(")"));
            }
            result = result == null ? promotion : commonClass(result, promotion);
        }
        return result;
    }

    /** NumPy's {@code reduce_dtypes_to_most_knowledgeable}; null stands for NotImplemented. */
    private static DTypeClass reduceToMostKnowledgeable(int length, DTypeClass[] dtypes) {
        int half = length / 2;
        DTypeClass res = null;
        for (int low = 0; low < half; low++) {
            int high = length - 1 - low;
            if (dtypes[high] == dtypes[low]) {
                res = dtypes[low];
            } else {
                res = dtypes[high] == null ? dtypes[low] : dtypes[low] == null ? null
                        : common(dtypes[low], dtypes[high]);
            }
            if (res == null) {
                DTypeClass t = dtypes[low];
                dtypes[low] = dtypes[high];
                dtypes[high] = t;
            } else if (res == dtypes[low]) {
                dtypes[high] = null;
            }
        }
        if (length == 2) {
            return res;
        }
        return reduceToMostKnowledgeable(length - half, dtypes);
    }
}
