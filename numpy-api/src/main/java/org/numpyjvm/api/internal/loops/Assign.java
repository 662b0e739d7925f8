package org.numpyjvm.api.internal.loops;

import java.nio.charset.StandardCharsets;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.FloatErrors;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.ValueError;
import org.numpyjvm.api.internal.core.Casts;
import org.numpyjvm.api.internal.core.Elements;
import org.numpyjvm.api.internal.core.Internals;
import org.numpyjvm.api.internal.core.Shapes;
import org.numpyjvm.api.internal.ufunc.FpChecks;

/**
 * Copying values between arrays with broadcasting and NumPy's (unsafe) cast semantics: the
 * kernel under {@code astype}, {@code copy}, slice assignment and every creation routine.
 * Same-dtype copies go through {@link StridedCopy}; conversions between real numeric dtypes
 * through the direct pair loops of {@link PairLoops}; the others (complex, from or to
 * strings) read a chunk of the run into a pivot buffer ({@code long[]}, {@code double[]} or complex pair) and write it back converted
 * ({@link CastLoops}).
 */
public final class Assign {
    private Assign() {
    }

    private static final int CHUNK = 1024;

    /**
     * {@code dst[...] = src}: src broadcasts to dst's shape; values cast unsafely. The caller
     * has checked that dst is writeable. Overlapping memory is handled (src is copied first).
     */
    public static void copyInto(NDArray dst, NDArray src) {
        if (contiguousCast(dst, src)) {
            return;
        }
        int[] dshape = dst.shape();
        int[] sstrides = Shapes.broadcastStrides(src.shape(), Internals.strides(src), dshape);
        if (sstrides == null) {
            throw new ValueError("could not broadcast input array from shape " + Shapes.tupleStringCompact(src.shape())
                    + " into shape " + Shapes.tupleStringCompact(dshape));
        }
        if (src.dtype().isComplex() && (dst.dtype().isInteger() || dst.dtype().isFloat())) {
            FloatErrors.warn("ComplexWarning", FloatErrors.COMPLEX_CAST); // NumPy's, even for no elements
        }
        if (dst.size() == 0) {
            return;
        }
        if (Internals.data(src) == Internals.data(dst) && src.size() > 1) {
            src = src.copy();
            sstrides = Shapes.broadcastStrides(src.shape(), Internals.strides(src), dshape);
        }
        final Object sd = Internals.data(src);
        final Object dd = Internals.data(dst);
        final DType st = src.dtype();
        final DType dt = dst.dtype();
        int[] offsets = {Internals.offset(dst), Internals.offset(src)};
        int[][] strides = {Internals.strides(dst), sstrides};
        StridedLoop.Body body = runner(st, sd, dt, dd, src.ndim() > 0);
        if (!FloatErrors.checking() || !FpChecks.castMayFail(st, dt)) {
            StridedLoop.forEach(dshape, offsets, strides, body);
            return;
        }
        if (dt.isFloat() || dt.isComplex()) {
            // the float result is scanned for NaN/inf chunk by chunk, right after each is written
            ScannedBody scanned = new ScannedBody(body, dd, dt.slots());
            StridedLoop.forEach(dshape, offsets, strides, scanned);
            FpChecks.afterCast(dst, src, !scanned.nonFinite); // NumPy's "overflow encountered in cast", ...
        } else {
            StridedLoop.forEach(dshape, offsets, strides, body);
            FpChecks.afterCast(dst, src); // "invalid value encountered in cast"
        }
    }

    /**
     * The common small case of {@link #copyInto} without its set-up (strides, the loop driver, the body
     * object): two C-contiguous arrays of one shape, distinct storage, a numeric cast with a pair loop
     * that can raise no floating-point event or warning here. Returns false, having done nothing, otherwise.
     */
    private static boolean contiguousCast(NDArray dst, NDArray src) {
        DType st = src.dtype();
        DType dt = dst.dtype();
        DType.Code sc = st.code();
        DType.Code dc = dt.code();
        int n = dst.size();
        if (sc == dc || n == 0 || !src.isCContiguous() || !dst.isCContiguous() || st.isString() || dt.isString()
                || sc == DType.Code.FLOAT16 && dc == DType.Code.COMPLEX64 || !PairLoops.has(sc, dc)
                || st.isComplex() && !dt.isComplex() || FloatErrors.checking() && FpChecks.castMayFail(st, dt)
                || Internals.data(src) == Internals.data(dst) || !java.util.Arrays.equals(src.shape(), dst.shape())) {
            return false;
        }
        PairLoops.run(sc, dc, Internals.data(src), Internals.offset(src), st.slots(), Internals.data(dst),
                Internals.offset(dst), dt.slots(), n);
        return true;
    }

    /** A cast body run in chunks, each destination chunk scanned for NaN/inf while it is in the cache. */
    private static final class ScannedBody implements StridedLoop.Body {
        private final StridedLoop.Body body;
        private final Object dd;
        private final int w;
        private final int[] off = new int[2];
        boolean nonFinite;

        ScannedBody(StridedLoop.Body body, Object dd, int w) {
            this.body = body;
            this.dd = dd;
            this.w = w;
        }

        @Override
        public void run(int n, int[] offsets, int[] strides) {
            for (int s = 0; s < n; s += 4 * CHUNK) {
                int m = Math.min(4 * CHUNK, n - s);
                off[0] = offsets[0] + s * strides[0];
                off[1] = offsets[1] + s * strides[1];
                body.run(m, off, strides);
                nonFinite = nonFinite || FpChecks.nonFiniteRun(dd, off[0], strides[0], m, w);
            }
        }
    }

    /** Fills every element of {@code dst} with one Java value (cast unsafely). */
    public static void fill(NDArray dst, Object value) {
        DType dt = dst.dtype();
        Object one = org.numpyjvm.api.internal.core.Buffers.allocate(dt, new int[] {1});
        Elements.setItem(dt, one, 0, value);
        if (FloatErrors.checking()) {
            FpChecks.afterStores(dt, one, java.util.Collections.singletonList(value));
        }
        fillWith(dst, one);
    }

    /** Fills every element of {@code dst} with element 0 of {@code one} (storage of dst's dtype). */
    public static void fillWith(NDArray dst, Object one) {
        final Object dd = Internals.data(dst);
        final int w = dst.dtype().slots();
        StridedLoop.forEach(dst.shape(), new int[] {Internals.offset(dst)}, new int[][] {Internals.strides(dst)},
                (n, off, str) -> StridedCopy.fill(dd, off[0], str[0], n, one, w));
    }

    /**
     * The inner loop for one dtype pair. {@code npScalars}: parse errors of string sources name
     * the value as NumPy's scalar ({@code np.str_('abc')}), as astype of a string array does; a
     * 0-d source stands for a Python value being assigned ({@code a[0] = 'abc'}) whose message
     * shows the plain {@code 'abc'}.
     */
    private static StridedLoop.Body runner(DType st, Object sd, DType dt, Object dd, boolean npScalars) {
        if (st.equals(dt) || st.code() == dt.code()
                && (!dt.isString() || dt.stringLength() == 0 || dt.stringLength() >= st.stringLength())) {
            final int w = dt.slots();
            return (n, off, str) -> StridedCopy.copy(sd, off[1], str[1], dd, off[0], str[0], n, w);
        }
        if (dt.isString()) {
            return (n, off, str) -> {
                for (int k = 0, q = off[0], p = off[1]; k < n; k++, q += str[0], p += str[1]) {
                    Elements.setItem(dt, dd, q, Casts.toStringElement(st, sd, p, dt));
                }
            };
        }
        if (st.isString()) {
            return (n, off, str) -> {
                for (int k = 0, q = off[0], p = off[1]; k < n; k++, q += str[0], p += str[1]) {
                    if (dt.isBool()) {
                        Elements.setItem(dt, dd, q, Elements.getItem(st, sd, p));
                    } else {
                        Object v = ((Object[]) sd)[p];
                        boolean bytes = v instanceof byte[];
                        String s = bytes ? new String((byte[]) v, StandardCharsets.ISO_8859_1) : (String) v;
                        Casts.parseInto(dt, dd, q, s, bytes, npScalars);
                    }
                }
            };
        }
        final DType.Code sc = st.code();
        final DType.Code dc = dt.code();
        if (sc == DType.Code.FLOAT16 && dc == DType.Code.COMPLEX64) {
            // real part through the exact half->float loop (keeps NaN payloads), imaginary 0
            return (n, off, str) -> {
                PairLoops.run(sc, DType.Code.FLOAT32, sd, off[1], str[1], dd, off[0], str[0], n);
                float[] d = (float[]) dd;
                for (int k = 0, q = off[0] + 1; k < n; k++, q += str[0]) {
                    d[q] = 0;
                }
            };
        }
        if (PairLoops.has(sc, dc)) {
            return (n, off, str) -> PairLoops.run(sc, dc, sd, off[1], str[1], dd, off[0], str[0], n);
        }
        if (st.isBool() || st.isInteger()) {
            final boolean unsigned64 = sc == DType.Code.UINT64;
            final long[] buf = new long[CHUNK];
            return (n, off, str) -> {
                for (int start = 0; start < n; start += CHUNK) {
                    int len = Math.min(CHUNK, n - start);
                    CastLoops.readLong(sc, sd, off[1] + start * str[1], str[1], len, buf);
                    if (unsigned64) {
                        CastLoops.writeFromUnsignedLong(dc, dd, off[0] + start * str[0], str[0], len, buf);
                    } else {
                        CastLoops.writeFromLong(dc, dd, off[0] + start * str[0], str[0], len, buf);
                    }
                }
            };
        }
        final double[] re = new double[CHUNK];
        final double[] im = st.isComplex() ? new double[CHUNK] : null;
        return (n, off, str) -> {
            for (int start = 0; start < n; start += CHUNK) {
                int len = Math.min(CHUNK, n - start);
                if (im != null) {
                    CastLoops.readComplex(sc, sd, off[1] + start * str[1], str[1], len, re, im);
                } else {
                    CastLoops.readDouble(sc, sd, off[1] + start * str[1], str[1], len, re);
                }
                CastLoops.writeFromDouble(dc, dd, off[0] + start * str[0], str[0], len, re, im);
            }
        };
    }
}
