package org.numpyjvm.api.internal.core;

import org.numpyjvm.api.DType;
import org.numpyjvm.api.NotImplementedError;
import org.numpyjvm.api.TypeError;
import org.numpyjvm.api.ValueError;

/**
 * {@code np.can_cast(from, to, casting)} for the dtypes of the array model, and the check behind
 * {@code astype(dtype, casting=...)}: {@link #canCast} delegates to {@code DType.canCast} (which
 * replaced this branch's private table), adding 'same_value' to the accepted names as NumPy 2.4
 * does for astype.
 *
 * <p>Rules (verified against NumPy 2.4 for every pair, golden/casts.json "casting"):
 * <ul>
 * <li>'no' / 'equiv': the same dtype, or a sized string to its flexible kind ({@code U3 -> U});
 *   'equiv' will also allow byte-swapped versions once non-native byte orders exist;
 * <li>'safe': bool to anything; an integer to a wider integer of its signedness, an unsigned to a
 *   strictly wider signed; integers to the floats that hold them (8-bit: float16, 16-bit:
 *   float32, wider: float64) and the complex of the same precision; floats and complex upwards;
 *   a number to {@code U n}/{@code S n} when n holds every value (bool 5, int64 21, floats 32, complex 64 characters...);
 *   {@code S n} to {@code U m}/{@code S m} with m >= n; {@code U n} to
 *   {@code U m} with m >= n (0 = flexible: always);
 * <li>'same_kind': safe, or a cast within or up the kind order b &lt; u &lt; i &lt; f &lt; c (not
 *   i to u), any number to a string, any string to {@code U}, bytes to bytes;
 * <li>'unsafe': anything.
 * </ul>
 */
public final class CastRules {
    private CastRules() {
    }

    /** Validates a casting name; 'same_value' (NumPy 2.4) is not supported yet. */
    public static String checkCasting(String casting) {
        switch (casting == null ? "" : casting) {
            case "no":
            case "equiv":
            case "safe":
            case "same_kind":
            case "unsafe":
                return casting;
            case "same_value":
                throw new NotImplementedError("casting='same_value' is not supported by numpy-jvm yet");
            default:
                throw new ValueError("casting must be one of 'no', 'equiv', 'safe', 'same_kind', 'unsafe', "
                        + "'same_value' (got '" + casting + "')");
        }
    }

    /** {@code np.can_cast(from, to, casting)} on dtypes: delegates to {@link DType#canCast}. */
    public static boolean canCast(DType from, DType to, String casting) {
        return DType.canCast(from, to, checkCasting(casting));
    }

    /**
     * Throws NumPy's TypeError when {@code from} cannot be cast to {@code to} under the rule.
     * {@code to} is the resolved target (a flexible string already sized).
     */
    public static void check(DType from, DType to, DType requested, String casting) {
        if (!canCast(from, requested, casting)) {
            throw new TypeError("Cannot cast array data from " + repr(from) + " to " + repr(to)
                    + " according to the rule '" + casting + "'");
        }
    }

    /** {@code repr(dtype)}; NumPy writes bytes dtypes without the '|' ({@code dtype('S3')}). */
    static String repr(DType t) {
        return t.code() == DType.Code.BYTES ? "dtype('S" + t.stringLength() + "')" : t.repr();
    }
}
