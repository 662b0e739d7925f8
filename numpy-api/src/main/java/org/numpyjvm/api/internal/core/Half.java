package org.numpyjvm.api.internal.core;

/**
 * IEEE 754 binary16 ({@code float16}) conversions on raw bits held in a {@code short}.
 * Conversions from double round once, to nearest even, as NumPy's {@code npy_double_to_half}.
 */
public final class Half {
    private Half() {
    }

    /** The exact float value of half bits. */
    public static float toFloat(short bits) {
        int h = bits & 0xFFFF;
        int sign = (h & 0x8000) << 16;
        int exp = (h >>> 10) & 0x1F;
        int mant = h & 0x3FF;
        if (exp == 0x1F) {
            return Float.intBitsToFloat(sign | 0x7F800000 | (mant << 13));
        }
        if (exp == 0) {
            if (mant == 0) {
                return Float.intBitsToFloat(sign);
            }
            float v = mant * 5.9604644775390625E-8f; // 2^-24, exact
            return sign != 0 ? -v : v;
        }
        return Float.intBitsToFloat(sign | ((exp + 112) << 23) | (mant << 13));
    }

    /** The exact double value of half bits (NaN payloads kept, signalling NaNs stay signalling). */
    public static double toDouble(short bits) {
        int h = bits & 0xFFFF;
        long sign = (long) (h & 0x8000) << 48;
        int exp = (h >>> 10) & 0x1F;
        long mant = h & 0x3FF;
        if (exp == 0x1F) {
            return Double.longBitsToDouble(sign | 0x7FF0000000000000L | (mant << 42));
        }
        if (exp == 0) {
            double v = mant * 5.9604644775390625E-8; // 2^-24, exact
            return sign != 0 ? -v : v;
        }
        return Double.longBitsToDouble(sign | ((long) (exp + 1008) << 52) | (mant << 42));
    }

    /** Rounds a double to the nearest half (ties to even), once. */
    public static short fromDouble(double d) {
        long x = Double.doubleToRawLongBits(d);
        int sign = (int) ((x >>> 48) & 0x8000);
        long exp = (x >>> 52) & 0x7FF;
        long mant = x & 0xFFFFFFFFFFFFFL;
        if (exp == 0x7FF) {
            if (mant == 0) {
                return (short) (sign | 0x7C00);
            }
            int m = (int) (mant >>> 42); // NumPy keeps the top payload bits, and a NaN stays a NaN
            return (short) (sign | 0x7C00 | (m == 0 ? 1 : m));
        }
        int e = (int) exp - 1023; // unbiased
        if (e > 15) {
            return (short) (sign | 0x7C00); // overflow to inf
        }
        if (e < -25) {
            return (short) sign; // underflows to zero (below half the smallest subnormal)
        }
        long full = mant | (exp == 0 ? 0 : 1L << 52); // 53-bit significand
        int shift; // how many low bits to drop so the result is a half significand
        int hexp;
        if (e < -14) {
            // subnormal half: value = m * 2^-24, m = full * 2^(e-52) / 2^-24
            shift = 52 - (e + 24);
            hexp = 0;
        } else {
            shift = 42;
            hexp = e + 15;
        }
        long m = full >>> shift;
        long rem = full & ((1L << shift) - 1);
        long halfway = 1L << (shift - 1);
        if (rem > halfway || (rem == halfway && (m & 1) == 1)) {
            m++;
        }
        if (hexp == 0) {
            // m may have carried into the normal range: bits compose correctly
            return (short) (sign | (int) m);
        }
        // m includes the implicit bit (0x400); a carry to 0x800 bumps the exponent
        int bits = (hexp << 10) + (int) (m - 0x400);
        if (bits >= 0x7C00) {
            return (short) (sign | 0x7C00);
        }
        return (short) (sign | bits);
    }

    /** Rounds a float to the nearest half (ties to even), once; NaN payloads as NumPy. */
    public static short fromFloat(float f) {
        int x = Float.floatToRawIntBits(f);
        if ((x & 0x7F800000) == 0x7F800000 && (x & 0x7FFFFF) != 0) {
            int m = (x & 0x7FFFFF) >>> 13;
            return (short) (((x >>> 16) & 0x8000) | 0x7C00 | (m == 0 ? 1 : m));
        }
        return fromDouble(f); // float -> double is exact for numbers, so this rounds once
    }
}
