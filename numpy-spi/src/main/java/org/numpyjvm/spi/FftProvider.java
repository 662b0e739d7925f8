package org.numpyjvm.spi;

/**
 * Discrete Fourier transforms on primitive arrays (complex and real, any length, along a
 * contiguous axis, batched), kind {@link ProviderKind#FFT}, chosen by {@code numpyjvm.fft}.
 *
 * <p>The operations arrive with the FFT work, as {@code default} methods that throw
 * {@link UnsupportedOperationException}, keeping the abstract methods to {@link #id()}.
 */
public interface FftProvider extends Provider {
}
