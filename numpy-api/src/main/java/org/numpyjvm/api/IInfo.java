package org.numpyjvm.api;

import java.math.BigInteger;

/**
 * {@code np.iinfo}: machine limits of an integer dtype.
 *
 * <p>{@link #min()}/{@link #max()} are exact ({@link BigInteger}, as Python ints are);
 * {@link #minBits()}/{@link #maxBits()} give the same values as the 64-bit pattern stored in a
 * {@code long} (so uint64's max is {@code -1L}, the way uint64 arrays hold it).
 */
public final class IInfo {
    private static final String RULE = "---------------------------------------------------------------\n";

    private final DType dtype;
    private final BigInteger min;
    private final BigInteger max;

    private IInfo(DType dtype) {
        this.dtype = dtype;
        int bits = bits();
        if (dtype.isUnsigned()) {
            min = BigInteger.ZERO;
            max = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
        } else {
            min = BigInteger.ONE.shiftLeft(bits - 1).negate();
            max = BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE);
        }
    }

    /**
     * {@code np.iinfo(dtype)}.
     *
     * @throws ValueError {@code Invalid integer data type 'f'.} (with the dtype's kind) for
     *     non-integer dtypes, bool included
     */
    public static IInfo of(DType dtype) {
        if (dtype == null) {
            return of(DType.FLOAT64); // np.iinfo(None), as np.dtype(None)
        }
        if (!dtype.isInteger()) {
            throw new ValueError("Invalid integer data type '" + dtype.kind() + "'.");
        }
        return new IInfo(dtype);
    }

    /** {@code np.iinfo('int8')}: {@link DType#of(String)} then {@link #of(DType)}. */
    public static IInfo of(String dtype) {
        return of(DType.of(dtype));
    }

    /** {@code np.iinfo(type)} for a Java type ({@link DType#of(Class)}: {@code long.class} is int64). */
    public static IInfo of(Class<?> type) {
        return of(DType.of(type));
    }

    /** {@code iinfo.bits}. */
    public int bits() {
        return 8 * dtype.itemsize();
    }

    /** {@code iinfo.min}. */
    public BigInteger min() {
        return min;
    }

    /** {@code iinfo.max}. */
    public BigInteger max() {
        return max;
    }

    /** {@link #min()} as stored in a {@code long}. */
    public long minBits() {
        return min.longValue();
    }

    /** {@link #max()} as stored in a {@code long} ({@code -1L} for uint64). */
    public long maxBits() {
        return max.longValue();
    }

    /** {@code iinfo.dtype}: the dtype given, byte order included. */
    public DType dtype() {
        return dtype;
    }

    /** {@code iinfo.kind}: {@code 'i'} or {@code 'u'}. */
    public char kind() {
        return dtype.kind();
    }

    /** {@code repr(iinfo)}: {@code iinfo(min=-128, max=127, dtype=int8)}. */
    public String repr() {
        return "iinfo(min=" + min + ", max=" + max + ", dtype=" + dtype + ")";
    }

    /** {@code str(iinfo)}: NumPy's "Machine parameters for int8" block. */
    @Override
    public String toString() {
        return "Machine parameters for " + dtype + "\n" + RULE + "min = " + min + "\nmax = " + max + "\n" + RULE;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IInfo && ((IInfo) o).dtype.equals(dtype);
    }

    @Override
    public int hashCode() {
        return dtype.hashCode();
    }
}
