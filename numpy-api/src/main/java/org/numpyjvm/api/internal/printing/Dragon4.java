package org.numpyjvm.api.internal.printing;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * Decimal digit generation for binary floating-point values, with NumPy's semantics
 * ({@code numpy/_core/src/multiarray/dragon4.c}): the Steele &amp; White / Burger &amp; Dybvig
 * free-format algorithm ("Dragon4") on exact big integers.
 *
 * <p>A finite positive value is {@code mantissa * 2^exponent}. Two digit modes:
 * <ul>
 *   <li><b>unique</b>: the shortest digit string that reads back as the same value in its own
 *   type (neighbours are half an ulp away on either side; the boundary counts as inside when
 *   the mantissa is even, as IEEE round-half-even reading does), optionally cut off at a
 *   maximum digit position and extended to a minimum digit position;</li>
 *   <li><b>exact</b>: the exact decimal expansion, correctly rounded (ties to even digit) at the
 *   cut-off position, stopping early when the expansion ends.</li>
 * </ul>
 * Cut-off positions count either total significant digits ({@code fractionMode == false}) or
 * digits after the decimal point ({@code fractionMode == true}).
 *
 * <p>Invariant of the loop: the remaining value is {@code value / scale} in [0, 10) in units of
 * the digit about to be produced, and the margins are half the gaps to the neighbouring floats
 * in the same units. Each digit costs one small-quotient division, so a value costs
 * O(digits * size of the big integers).
 */
final class Dragon4 {

    /** Largest number of digits ever produced (NumPy's output buffer size). */
    static final int BUFFER_SIZE = 16384;

    private static final double LOG10_2 = 0.30102999566398119521373889472449;

    private static final BigInteger[] SMALL_POW10 = new BigInteger[32];

    static {
        BigInteger p = BigInteger.ONE;
        for (int i = 0; i < SMALL_POW10.length; i++) {
            SMALL_POW10[i] = p;
            p = p.multiply(BigInteger.TEN);
        }
    }

    private Dragon4() {
    }

    /** Digits (ASCII '0'..'9') and the base-10 exponent of the first digit. */
    static final class Digits {
        final char[] digits;
        final int length;
        final int exponent;

        Digits(char[] digits, int length, int exponent) {
            this.digits = digits;
            this.length = length;
            this.exponent = exponent;
        }

        @Override
        public String toString() {
            return new String(digits, 0, length) + "e" + exponent;
        }
    }

    static BigInteger pow10(int n) {
        return n < SMALL_POW10.length ? SMALL_POW10[n] : BigInteger.TEN.pow(n);
    }

    /**
     * Generates digits of {@code mantissa * 2^exponent}.
     *
     * @param mantissa the integer significand (non-negative)
     * @param exponent the binary exponent
     * @param mantissaBit index of the highest set bit of the mantissa
     * @param unequalMargins true when the gap below the value is half the gap above (a power of
     *     two that is not the smallest normal)
     * @param unique shortest round-trip digits (true) or exact digits (false)
     * @param fractionMode cut-offs count digits after the point (true) or significant digits
     * @param cutoffMax at most this many digits (-1: no limit)
     * @param cutoffMin at least this many digits in unique mode (-1: no minimum)
     */
    static Digits generate(long mantissa, int exponent, int mantissaBit, boolean unequalMargins,
                           boolean unique, boolean fractionMode, int cutoffMax, int cutoffMin) {
        if (mantissa == 0) {
            return new Digits(new char[] {'0'}, 1, 0);
        }
        boolean isEven = (mantissa & 1) == 0;
        BigInteger m = BigInteger.valueOf(mantissa);
        BigInteger value;
        BigInteger scale;
        BigInteger marginLow;
        BigInteger marginHigh;
        if (unequalMargins) {
            if (exponent > 0) {
                value = m.shiftLeft(exponent + 2);
                scale = BigInteger.valueOf(4);
                marginLow = BigInteger.ONE.shiftLeft(exponent);
            } else {
                value = m.shiftLeft(2);
                scale = BigInteger.ONE.shiftLeft(-exponent + 2);
                marginLow = BigInteger.ONE;
            }
        } else {
            if (exponent > 0) {
                value = m.shiftLeft(exponent + 1);
                scale = BigInteger.valueOf(2);
                marginLow = BigInteger.ONE.shiftLeft(exponent);
            } else {
                value = m.shiftLeft(1);
                scale = BigInteger.ONE.shiftLeft(-exponent + 1);
                marginLow = BigInteger.ONE;
            }
        }

        // estimate of floor(log10(v)) + 1: exact or one too small
        int digitExponent = (int) Math.ceil((mantissaBit + exponent) * LOG10_2 - 0.69);
        if (cutoffMax >= 0 && fractionMode && digitExponent <= -cutoffMax) {
            // the first digit would lie past the cut-off: start at the cut-off digit instead
            digitExponent = -cutoffMax + 1;
        }
        if (digitExponent > 0) {
            scale = scale.multiply(pow10(digitExponent));
        } else if (digitExponent < 0) {
            BigInteger p = pow10(-digitExponent);
            value = value.multiply(p);
            marginLow = marginLow.multiply(p);
        }
        if (value.compareTo(scale) >= 0) {
            digitExponent++;
        } else {
            value = times10(value);
            marginLow = times10(marginLow);
        }
        marginHigh = unequalMargins ? marginLow.shiftLeft(1) : marginLow;

        int cutoffMaxExponent = digitExponent - BUFFER_SIZE;
        if (cutoffMax >= 0) {
            int desired = fractionMode ? -cutoffMax : digitExponent - cutoffMax;
            if (desired > cutoffMaxExponent) {
                cutoffMaxExponent = desired;
            }
        }
        int cutoffMinExponent = digitExponent;
        if (cutoffMin >= 0) {
            int desired = fractionMode ? -cutoffMin : digitExponent - cutoffMin;
            if (desired < cutoffMinExponent) {
                cutoffMinExponent = desired;
            }
        }
        int outExponent = digitExponent - 1;

        char[] buf = new char[24];
        int len = 0;
        boolean low;
        boolean high;
        int digit;
        if (scale.bitLength() <= 59 && value.bitLength() <= 63 && marginHigh.bitLength() <= 60) {
            // fast path: the same loop on longs (value < scale < 2^59, so 10 * value cannot overflow)
            long v = value.longValue();
            long sc = scale.longValue();
            long mLow = marginLow.longValue();
            long mHigh = marginHigh.longValue();
            if (unique) {
                for (;;) {
                    digitExponent--;
                    digit = (int) (v / sc);
                    v = v - digit * sc;
                    low = isEven ? v <= mLow : v < mLow;
                    long vh = v + mHigh;
                    high = isEven ? vh >= sc : vh > sc;
                    if (((low || high) && digitExponent <= cutoffMinExponent)
                            || digitExponent == cutoffMaxExponent) {
                        break;
                    }
                    if (len == buf.length) {
                        buf = Arrays.copyOf(buf, 2 * len);
                    }
                    buf[len++] = (char) ('0' + digit);
                    v *= 10;
                    if (mLow > Long.MAX_VALUE / 80) {
                        // margins about to outgrow longs (only with very long min_digits runs)
                        value = BigInteger.valueOf(v);
                        marginLow = BigInteger.valueOf(mLow).multiply(BigInteger.TEN);
                        marginHigh = unequalMargins ? marginLow.shiftLeft(1) : marginLow;
                        return finishBig(buf, len, value, scale, marginLow, marginHigh, isEven, unique,
                                unequalMargins, digitExponent, cutoffMinExponent, cutoffMaxExponent, outExponent);
                    }
                    mLow *= 10;
                    mHigh = unequalMargins ? 2 * mLow : mLow;
                }
            } else {
                low = false;
                high = false;
                for (;;) {
                    digitExponent--;
                    digit = (int) (v / sc);
                    v = v - digit * sc;
                    if (v == 0 || digitExponent == cutoffMaxExponent) {
                        break;
                    }
                    if (len == buf.length) {
                        buf = Arrays.copyOf(buf, 2 * len);
                    }
                    buf[len++] = (char) ('0' + digit);
                    v *= 10;
                }
            }
            int cmp = Long.compare(2 * v, sc);
            return round(buf, len, digit, low, high, cmp, outExponent);
        }
        return finishBig(buf, len, value, scale, marginLow, marginHigh, isEven, unique, unequalMargins,
                digitExponent, cutoffMinExponent, cutoffMaxExponent, outExponent);
    }

    /** The digit loop on big integers, from the state reached so far. */
    private static Digits finishBig(char[] buf, int len, BigInteger value, BigInteger scale, BigInteger marginLow,
                                    BigInteger marginHigh, boolean isEven, boolean unique, boolean unequalMargins,
                                    int digitExponent, int cutoffMinExponent, int cutoffMaxExponent,
                                    int outExponent) {
        boolean low;
        boolean high;
        int digit;
        if (unique) {
            for (;;) {
                digitExponent--;
                BigInteger[] qr = value.divideAndRemainder(scale);
                digit = qr[0].intValue();
                value = qr[1];
                int cmp = value.compareTo(marginLow);
                low = isEven ? cmp <= 0 : cmp < 0;
                cmp = value.add(marginHigh).compareTo(scale);
                high = isEven ? cmp >= 0 : cmp > 0;
                if (((low || high) && digitExponent <= cutoffMinExponent)
                        || digitExponent == cutoffMaxExponent) {
                    break;
                }
                if (len == buf.length) {
                    buf = Arrays.copyOf(buf, 2 * len);
                }
                buf[len++] = (char) ('0' + digit);
                value = times10(value);
                marginLow = times10(marginLow);
                marginHigh = unequalMargins ? marginLow.shiftLeft(1) : marginLow;
            }
        } else {
            low = false;
            high = false;
            for (;;) {
                digitExponent--;
                BigInteger[] qr = value.divideAndRemainder(scale);
                digit = qr[0].intValue();
                value = qr[1];
                if (value.signum() == 0 || digitExponent == cutoffMaxExponent) {
                    break;
                }
                if (len == buf.length) {
                    buf = Arrays.copyOf(buf, 2 * len);
                }
                buf[len++] = (char) ('0' + digit);
                value = times10(value);
            }
        }

        if (len == buf.length) {
            buf = Arrays.copyOf(buf, len + 1);
        }
        return round(buf, len, digit, low, high, value.shiftLeft(1).compareTo(scale), outExponent);
    }

    /**
     * Rounds the final digit: down if only the low neighbour is close, up if only the high one
     * is, else to nearest by {@code cmp} = compare(2 * remainder, scale), ties to an even digit.
     */
    private static Digits round(char[] buf, int len, int digit, boolean low, boolean high, int cmp,
                                int outExponent) {
        if (len == buf.length) {
            buf = Arrays.copyOf(buf, len + 1);
        }
        boolean roundDown = low;
        if (low == high) {
            roundDown = cmp < 0;
            if (cmp == 0) {
                roundDown = (digit & 1) == 0;
            }
        }
        if (roundDown) {
            buf[len++] = (char) ('0' + digit);
        } else if (digit == 9) {
            for (;;) {
                if (len == 0) {
                    buf[len++] = '1';
                    outExponent++;
                    break;
                }
                len--;
                if (buf[len] != '9') {
                    buf[len]++;
                    len++;
                    break;
                }
            }
        } else {
            buf[len++] = (char) ('0' + digit + 1);
        }
        return new Digits(buf, len, outExponent);
    }

    private static BigInteger times10(BigInteger x) {
        return x.shiftLeft(3).add(x.shiftLeft(1));
    }
}
