package org.numpyjvm.api.internal.core;

import org.numpyjvm.api.DType;
import org.numpyjvm.api.NotImplementedError;
import org.numpyjvm.api.TypeError;
import org.numpyjvm.api.ValueError;
import org.numpyjvm.api.internal.creation.StringWidths;

/**
 * {@code np.can_cast(from, to, casting)} for the dtypes of the array model, and the check behind
 * {@code astype(dtype, casting=...)}. A private table until {@code DType.canCast} lands (then
 * {@link #canCast} becomes a one-line delegation).
 *
 * <p>Rules (verified against NumPy 2.4 for every pair, golden/casts.json "casting"):
 * <ul>
 * <li>'no' / 'equiv': the same dtype, or a sized string to its flexible kind ({@code U3 -> U});
 *   'equiv' will also allow byte-swapped versions once non-native byte orders exist;
 * <li>'safe': bool to anything; an integer to a wider integer of its signedness, an unsigned to a
 *   strictly wider signed; integers to the floats that hold them (8-bit: float16, 16-bit:
 *   float32, wider: float64) and the complex of the same precision; floats and complex upwards;
 *   a number to {@code U n}/{@code S n} when n holds every value ({@link StringWidths}); {@code S n} to {@code U m}/{@code S m} with m >= n; {@code U n} to
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

    /** {@code np.can_cast(from, to, casting)} on dtypes. */
    public static boolean canCast(DType from, DType to, String casting) {
        switch (checkCasting(casting)) {
            case "unsafe": return true;
            case "no":
            case "equiv": return equivalent(from, to);
            case "safe": return safe(from, to);
            default: return sameKind(from, to);
        }
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

    private static boolean equivalent(DType from, DType to) {
        if (from.equals(to)) {
            return true;
        }
        return from.isString() && from.code() == to.code() && to.stringLength() == 0;
    }

    private static boolean safe(DType from, DType to) {
        if (equivalent(from, to)) {
            return true;
        }
        if (to.isString()) {
            int n = to.stringLength();
            if (from.isString()) {
                if (from.code() == DType.Code.STR && to.code() == DType.Code.BYTES) {
                    return false;
                }
                return n == 0 || n >= from.stringLength();
            }
            return n == 0 || n >= StringWidths.widthOf(from);
        }
        if (from.isString()) {
            return false;
        }
        if (from.isBool()) {
            return true;
        }
        if (to.isBool()) {
            return false;
        }
        int fs = from.itemsize();
        int ts = to.itemsize();
        if (from.isInteger()) {
            if (to.isInteger()) {
                if (from.isUnsigned() == to.isUnsigned()) {
                    return ts >= fs;
                }
                return from.isUnsigned() && ts > fs;
            }
            int need = fs == 1 ? 2 : fs == 2 ? 4 : 8; // float bytes holding every value
            return to.isFloat() ? ts >= need : ts >= 2 * Math.max(need, 4);
        }
        if (from.isFloat()) {
            if (to.isFloat()) {
                return ts >= fs;
            }
            return to.isComplex() && ts >= 2 * Math.max(fs, 4);
        }
        return to.isComplex() && ts >= fs; // complex
    }

    private static boolean sameKind(DType from, DType to) {
        if (safe(from, to)) {
            return true;
        }
        if (to.isString()) {
            return !from.isString() || to.code() == DType.Code.STR || from.code() == DType.Code.BYTES;
        }
        if (from.isString()) {
            return false;
        }
        return rank(from) <= rank(to) && !(from.isSignedInteger() && to.isUnsigned());
    }

    private static int rank(DType t) {
        switch (t.kind()) {
            case 'b': return 0;
            case 'u':
            case 'i': return 1;
            case 'f': return 2;
            default: return 3;
        }
    }
}
