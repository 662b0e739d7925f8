package org.numpyjvm.api.internal.printing;

/** IEEE binary16 conversions used by printing (bits held in a {@code short}). */
public final class Half {
    private Half() {
    }

    /** The exact value of the binary16 number with these bits. */
    public static double toDouble(short h) {
        int bits = h & 0xFFFF;
        int sign = bits >>> 15;
        int exp = (bits >>> 10) & 0x1F;
        int mant = bits & 0x3FF;
        double v;
        if (exp == 0x1F) {
            v = mant == 0 ? Double.POSITIVE_INFINITY : Double.NaN;
        } else if (exp == 0) {
            v = mant * 0x1p-24;
        } else {
            v = (1024 + mant) * Double.longBitsToDouble((long) (exp - 25 + 1023) << 52);
        }
        return sign != 0 ? -v : v;
    }

    /** The binary16 bits nearest to {@code d} (ties to even), as NumPy's {@code np.float16(d)}. */
    public static short fromDouble(double d) {
        long bits = Double.doubleToRawLongBits(d);
        int sign = (int) (bits >>> 63) << 15;
        if (Double.isNaN(d)) {
            return (short) (sign | 0x7E00);
        }
        double a = Math.abs(d);
        if (a >= 65520.0) {
            return (short) (sign | 0x7C00);
        }
        if (a < 0x1p-14) {
            long r = (long) Math.rint(a * 0x1p24);
            return (short) (sign | (int) r);
        }
        int e = (int) ((Double.doubleToRawLongBits(a) >>> 52) & 0x7FF) - 1023;
        long r = (long) Math.rint(a * Double.longBitsToDouble((long) (10 - e + 1023) << 52));
        if (r == 2048) {
            e++;
            r = 1024;
        }
        return (short) (sign | ((e + 15) << 10) | (int) (r - 1024));
    }
}
