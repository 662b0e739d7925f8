package org.numpyjvm.api.internal.dtype;

import org.numpyjvm.api.DType;
import org.numpyjvm.api.TypeError;
import org.numpyjvm.api.ValueError;

/**
 * {@code np.can_cast(from_, to, casting)} for dtypes, as NumPy 2 decides it. Each pair has a
 * level, and a cast is allowed when its level is at most the requested one:
 * <ul>
 *   <li>{@code no}: the same dtype, byte order included; {@code equiv}: only the byte order
 *       differs.
 *   <li>Numbers: {@code safe} when {@code promote_types(from, to) == to}; {@code same_kind} when
 *       the kind does not go down in b &lt; u &lt; i &lt; f &lt; c (so {@code int64 -> uint8}
 *       is unsafe but {@code uint64 -> int8} is same_kind); else {@code unsafe}.
 *   <li>To a string: an unsized target ({@code U0}/{@code S0}) adapts: same class is
 *       {@code no}/{@code equiv}, other sources are {@code safe}; a sized target is {@code safe}
 *       when long enough (numbers need bool 5, int8 4, ..., int64 21, floats 32, complex 64
 *       characters; bytes need their length), {@code same_kind} when too short. {@code str} to
 *       {@code bytes} is always {@code unsafe}.
 *   <li>A string to a number is {@code unsafe}.
 * </ul>
 */
public final class Casting {
    private Casting() {
    }

    private static final String[] MODES = {"no", "equiv", "safe", "same_kind", "unsafe"};
    private static final int NO = 0;
    private static final int EQUIV = 1;
    private static final int SAFE = 2;
    private static final int SAME_KIND = 3;
    private static final int UNSAFE = 4;

    /** The casting level of a mode string, or NumPy's ValueError. */
    public static int parseCasting(String casting) {
        if (casting == null) {
            throw new TypeError("casting must be str, not NoneType");
        }
        for (int i = 0; i < MODES.length; i++) {
            if (MODES[i].equals(casting)) {
                return i;
            }
        }
        throw new ValueError("casting must be one of 'no', 'equiv', 'safe', 'same_kind', 'unsafe' (got "
                + DTypeParser.pyRepr(casting) + ")");
    }

    public static boolean canCast(DType from, DType to, String casting) {
        return level(from, to) <= parseCasting(casting);
    }

    /** The least casting mode (0 no .. 4 unsafe) that allows {@code from -> to}. */
    static int level(DType from, DType to) {
        DTypeClass fc = DTypeClass.of(from);
        DTypeClass tc = DTypeClass.of(to);
        boolean sameOrder = from.isNative() == to.isNative();
        if (fc == tc) {
            if (!fc.isString()) {
                return sameOrder ? NO : EQUIV;
            }
            if (to.itemsize() == 0 || from.itemsize() == to.itemsize()) {
                return sameOrder ? NO : EQUIV;
            }
            return from.itemsize() < to.itemsize() ? SAFE : SAME_KIND;
        }
        if (tc.isString()) {
            if (fc == DTypeClass.STR) {
                return UNSAFE;
            }
            if (to.itemsize() == 0) {
                return SAFE;
            }
            int need = from.isString() ? from.stringLength() : Promotion.stringLengthFor(from);
            return need <= to.stringLength() ? SAFE : SAME_KIND;
        }
        if (fc.isString()) {
            return UNSAFE;
        }
        DType f = fc.defaultDType;
        DType t = tc.defaultDType;
        if (Promotion.numericCommon(f, t).code() == t.code()) {
            return SAFE;
        }
        return Promotion.rank(f) <= Promotion.rank(t) ? SAME_KIND : UNSAFE;
    }
}
