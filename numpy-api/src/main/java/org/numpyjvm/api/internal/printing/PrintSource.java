package org.numpyjvm.api.internal.printing;

import org.numpyjvm.api.DType;

/**
 * What the array printer reads from an array: shape, dtype and elements by (non-negative)
 * index, as {@code NDArray.item(int...)} returns them (Boolean, Long or BigInteger, Double,
 * {@code Complex}, String, byte[]).
 */
public interface PrintSource {
    int[] shape();

    DType dtype();

    Object item(int[] index);
}
