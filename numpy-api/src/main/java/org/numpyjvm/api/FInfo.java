package org.numpyjvm.api;

/**
 * {@code np.finfo}: machine limits of float16, float32 and float64; a complex dtype gives its
 * real part's ({@code finfo(complex64)} is {@code finfo(float32)}). Values are exactly NumPy's
 * (NumPy returns them as scalars of {@link #dtype()}; here they are the same values as
 * {@code double}s). {@link #repr()} and {@link #toString()} reproduce NumPy's text.
 */
public final class FInfo {
    private static final String RULE = "---------------------------------------------------------------\n";

    private static final FInfo F16 = new FInfo(DType.FLOAT16, 16, 10, 5, 3, -14, 16,
            0.0010004043579101562, "0.001", "-6.55040e+04", "6.55040e+04",
            new String[] {"0.001", "0.000977", "0.0004883", "6.104e-05", "6.55e+04", "6.104e-05", "6e-08"});
    private static final FInfo F32 = new FInfo(DType.FLOAT32, 32, 23, 8, 6, -126, 128,
            9.999999974752427e-07, "1e-06", "-3.4028235e+38", "3.4028235e+38",
            new String[] {"1e-06", "1.1920929e-07", "5.9604645e-08", "1.1754944e-38", "3.4028235e+38",
                "1.1754944e-38", "1e-45"});
    private static final FInfo F64 = new FInfo(DType.FLOAT64, 64, 52, 11, 15, -1022, 1024,
            1e-15, "1e-15", "-1.7976931348623157e+308", "1.7976931348623157e+308",
            new String[] {"1e-15", "2.220446049250313e-16", "1.1102230246251565e-16", "2.2250738585072014e-308",
                "1.7976931348623157e+308", "2.2250738585072014e-308", "5e-324"});

    private final DType dtype;
    private final int bits;
    private final int nmant;
    private final int nexp;
    private final int precision;
    private final int minexp;
    private final int maxexp;
    private final double resolution;
    private final String repr;
    private final String text;

    private FInfo(DType dtype, int bits, int nmant, int nexp, int precision, int minexp, int maxexp,
            double resolution, String resolutionRepr, String minRepr, String maxRepr, String[] s) {
        this.dtype = dtype;
        this.bits = bits;
        this.nmant = nmant;
        this.nexp = nexp;
        this.precision = precision;
        this.minexp = minexp;
        this.maxexp = maxexp;
        this.resolution = resolution;
        this.repr = "finfo(resolution=" + resolutionRepr + ", min=" + minRepr + ", max=" + maxRepr
                + ", dtype=" + dtype.name() + ")";
        this.text = "Machine parameters for " + dtype.name() + "\n" + RULE
                + "precision = " + precision + "   resolution = " + s[0] + "\n"
                + "machep = " + -nmant + "   eps =        " + s[1] + "\n"
                + "negep =  " + (-nmant - 1) + "   epsneg =     " + s[2] + "\n"
                + "minexp = " + minexp + "   tiny =       " + s[3] + "\n"
                + "maxexp = " + maxexp + "   max =        " + s[4] + "\n"
                + "nexp =   " + nexp + "   min =        -max\n"
                + "smallest_normal = " + s[5] + "   smallest_subnormal = " + s[6] + "\n" + RULE;
    }

    /**
     * {@code np.finfo(dtype)}.
     *
     * @throws ValueError {@code data type <class 'numpy.int32'> not inexact} for other dtypes
     */
    public static FInfo of(DType dtype) {
        if (dtype == null) {
            return of(DType.FLOAT64); // np.finfo(None), as np.dtype(None)
        }
        switch (dtype.code()) {
            case FLOAT16: return F16;
            case FLOAT32: case COMPLEX64: return F32;
            case FLOAT64: case COMPLEX128: return F64;
            default: throw new ValueError("data type <class '" + dtype.typeName() + "'> not inexact");
        }
    }

    /** {@code np.finfo('float32')}: {@link DType#of(String)} then {@link #of(DType)}. */
    public static FInfo of(String dtype) {
        return of(DType.of(dtype));
    }

    /** {@code np.finfo(type)} for a Java type ({@code double.class} is float64). */
    public static FInfo of(Class<?> type) {
        return of(DType.of(type));
    }

    /** {@code finfo.dtype}: float16, float32 or float64 (native). */
    public DType dtype() {
        return dtype;
    }

    public int bits() {
        return bits;
    }

    /** {@code finfo.eps}: the gap between 1.0 and the next larger float. */
    public double eps() {
        return pow2(-nmant);
    }

    /** {@code finfo.epsneg}: the gap between 1.0 and the next smaller float. */
    public double epsneg() {
        return pow2(-nmant - 1);
    }

    /** {@code finfo.max}: the largest finite value. */
    public double max() {
        return (2.0 - pow2(-nmant)) * pow2(maxexp - 1);
    }

    /** {@code finfo.min}: {@code -max}. */
    public double min() {
        return -max();
    }

    /** {@code finfo.tiny}, the same as {@link #smallestNormal()}. */
    public double tiny() {
        return smallestNormal();
    }

    /** {@code finfo.smallest_normal}. */
    public double smallestNormal() {
        return pow2(minexp);
    }

    /** {@code finfo.smallest_subnormal}. */
    public double smallestSubnormal() {
        return pow2(minexp - nmant);
    }

    /** {@code finfo.resolution}: {@code 10**-precision} rounded to the dtype. */
    public double resolution() {
        return resolution;
    }

    /** {@code finfo.precision}: decimal digits of precision. */
    public int precision() {
        return precision;
    }

    /** {@code finfo.iexp}: exponent bits, the same as {@link #nexp()}. */
    public int iexp() {
        return nexp;
    }

    /** {@code finfo.maxexp}: the smallest power of 2 that overflows. */
    public int maxexp() {
        return maxexp;
    }

    /** {@code finfo.minexp}: the exponent of {@link #smallestNormal()}. */
    public int minexp() {
        return minexp;
    }

    /** {@code finfo.machep}: the exponent of {@link #eps()}. */
    public int machep() {
        return -nmant;
    }

    /** {@code finfo.negep}: the exponent of {@link #epsneg()}. */
    public int negep() {
        return -nmant - 1;
    }

    /** {@code finfo.nexp}: exponent bits. */
    public int nexp() {
        return nexp;
    }

    /** {@code finfo.nmant}: mantissa bits (without the implicit one). */
    public int nmant() {
        return nmant;
    }

    /** 2**e, exactly (also for subnormals); TeaVM has no {@code Math.scalb}. */
    private static double pow2(int e) {
        double r = 1.0;
        for (int i = 0; i < e; i++) {
            r *= 2.0;
        }
        for (int i = 0; i > e; i--) {
            r *= 0.5;
        }
        return r;
    }

    /** {@code repr(finfo)}: {@code finfo(resolution=1e-06, min=-3.4028235e+38, max=3.4028235e+38, dtype=float32)}. */
    public String repr() {
        return repr;
    }

    /** {@code str(finfo)}: NumPy's "Machine parameters for float32" block. */
    @Override
    public String toString() {
        return text;
    }
}
