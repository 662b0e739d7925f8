package org.numpyjvm.api.internal.printing;

import java.math.BigInteger;
import org.numpyjvm.api.internal.core.Half;

/**
 * NumPy 2's {@code str()} and {@code repr()} of scalars ({@code np.float64(1.5)},
 * {@code np.int8(3)}, {@code np.True_}, {@code np.complex128(1+2j)}).
 *
 * <p>A float scalar prints positionally (shortest round-trip digits, at least one fractional
 * digit) when it is zero or {@code 1e-4 <= |x| < cutoff} (cutoff 1e3 for float16, 1e6 for float32, 1e16 for float64), else scientifically with trailing zeros
 * and point trimmed ({@code 1e+16}). Complex parts print with zeros and point trimmed.
 */
public final class ScalarFormat {

    private static final FloatFormat.Spec POS_LEAVE_ONE = FloatFormat.Spec.of(-1, true, FloatFormat.TRIM_LEAVE_ONE_ZERO, false);
    private static final FloatFormat.Spec POS_DPT = FloatFormat.Spec.of(-1, true, FloatFormat.TRIM_DPT_ZEROS, false);
    private static final FloatFormat.Spec POS_DPT_SIGN = FloatFormat.Spec.of(-1, true, FloatFormat.TRIM_DPT_ZEROS, true);

    private ScalarFormat() {
    }

    /** IEEE bits of a float of the given width (16, 32, 64) as a double (exact). */
    static double bitsToDouble(long bits, int width) {
        switch (width) {
            case FloatFormat.HALF:
                return Half.toDouble((short) bits);
            case FloatFormat.SINGLE:
                return Float.intBitsToFloat((int) bits);
            default:
                return Double.longBitsToDouble(bits);
        }
    }

    private static String either(long bits, int width, FloatFormat.Spec pos, boolean sign) {
        double v = bitsToDouble(bits, width);
        double a = Math.abs(v);
        // the large cutoff depends on the type: 10**finfo(t).precision (1e3, 1e6), 1e16 for float64
        double max = width == FloatFormat.HALF ? 1e3 : width == FloatFormat.SINGLE ? 1e6 : 1e16;
        if (a == 0 || (a >= 1e-4 && a < max)) {
            return FloatFormat.format(bits, width, pos, false);
        }
        return FloatFormat.format(bits, width,
                FloatFormat.Spec.of(-1, true, FloatFormat.TRIM_DPT_ZEROS, sign), true);
    }

    /** {@code str()} of a float scalar given by its IEEE bits (width 16, 32 or 64). */
    public static String floatStr(long bits, int width) {
        return either(bits, width, POS_LEAVE_ONE, false);
    }

    public static String floatRepr(long bits, int width) {
        return "np." + floatName(width) + "(" + floatStr(bits, width) + ")";
    }

    private static String floatName(int width) {
        return width == FloatFormat.HALF ? "float16" : width == FloatFormat.SINGLE ? "float32" : "float64";
    }

    /** The text of a complex value without the enclosing parentheses ({@code 1+2j}, {@code 2j}). */
    public static String complexInner(long reBits, long imBits, int partWidth) {
        double re = bitsToDouble(reBits, partWidth);
        double im = bitsToDouble(imBits, partWidth);
        boolean reSignBit = ((reBits >>> (partWidth - 1)) & 1) != 0;
        if (re == 0.0 && !reSignBit) {
            return either(imBits, partWidth, POS_DPT, false) + "j";
        }
        String rstr;
        if (finite(re)) {
            rstr = either(reBits, partWidth, POS_DPT, false);
        } else if (Double.isNaN(re)) {
            rstr = "nan";
        } else {
            rstr = re > 0 ? "inf" : "-inf";
        }
        String istr;
        if (finite(im)) {
            istr = either(imBits, partWidth, POS_DPT_SIGN, true);
        } else if (Double.isNaN(im)) {
            istr = "+nan";
        } else {
            istr = im > 0 ? "+inf" : "-inf";
        }
        return rstr + istr + "j";
    }

    /** {@code str()} of a complex scalar; {@code partWidth} is 32 (complex64) or 64 (complex128). */
    public static String complexStr(long reBits, long imBits, int partWidth) {
        String inner = complexInner(reBits, imBits, partWidth);
        double re = bitsToDouble(reBits, partWidth);
        boolean reSignBit = ((reBits >>> (partWidth - 1)) & 1) != 0;
        return re == 0.0 && !reSignBit ? inner : "(" + inner + ")";
    }

    public static String complexRepr(long reBits, long imBits, int partWidth) {
        return "np." + (partWidth == FloatFormat.SINGLE ? "complex64" : "complex128") + "("
                + complexInner(reBits, imBits, partWidth) + ")";
    }

    public static String complexStr(double re, double im) {
        return complexStr(Double.doubleToRawLongBits(re), Double.doubleToRawLongBits(im), FloatFormat.DOUBLE);
    }

    public static String complexStr(float re, float im) {
        return complexStr(Float.floatToRawIntBits(re) & 0xFFFFFFFFL, Float.floatToRawIntBits(im) & 0xFFFFFFFFL,
                FloatFormat.SINGLE);
    }

    public static String complexRepr(double re, double im) {
        return complexRepr(Double.doubleToRawLongBits(re), Double.doubleToRawLongBits(im), FloatFormat.DOUBLE);
    }

    public static String complexRepr(float re, float im) {
        return complexRepr(Float.floatToRawIntBits(re) & 0xFFFFFFFFL, Float.floatToRawIntBits(im) & 0xFFFFFFFFL,
                FloatFormat.SINGLE);
    }

    public static String boolStr(boolean b) {
        return b ? "True" : "False";
    }

    public static String boolRepr(boolean b) {
        return b ? "np.True_" : "np.False_";
    }

    /** {@code repr()} of an integer scalar of the named type ({@code int8} ... {@code uint64}). */
    public static String intRepr(String typeName, long value) {
        return "np." + typeName + "(" + intStr(typeName, value) + ")";
    }

    /** {@code str()} of an integer scalar; {@code uint64} reads the bits as unsigned. */
    public static String intStr(String typeName, long value) {
        return "uint64".equals(typeName) ? unsigned(value).toString() : Long.toString(value);
    }

    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    /** The unsigned 64-bit value of these bits. */
    static BigInteger unsigned(long bits) {
        BigInteger b = BigInteger.valueOf(bits);
        return bits < 0 ? b.add(TWO_64) : b;
    }

    public static String intRepr(String typeName, BigInteger value) {
        return "np." + typeName + "(" + value + ")";
    }

    /** {@code Double.isFinite} without relying on it (TeaVM's class library). */
    static boolean finite(double v) {
        return !Double.isNaN(v) && !Double.isInfinite(v);
    }
}
