package org.numpyjvm.api.internal.ufunc;

import org.numpyjvm.api.DType;

/**
 * The typed inner loops of {@link UfuncLoops} as objects, looked up once per (ufunc, loop dtype)
 * and cached in the {@link UfuncDef} (arrays indexed by {@link DType.Code} ordinal): a ufunc call
 * makes one interface call per contiguous run, never a name or dtype dispatch. The caches are
 * filled racily (a lookup is pure, any thread's answer is the same): no locks.
 */
final class Kernels {
    private Kernels() {
    }

    /** A binary loop over one run: (data, offset, stride) per operand, strides in storage slots. */
    interface Binary {
        void run(Object a, int ao, int as, Object b, int bo, int bs, Object o, int oo, int os, int n);
    }

    /** A unary loop over one run. */
    interface Unary {
        void run(Object a, int ao, int as, Object o, int oo, int os, int n);
    }

    /** A reduction run: o[oo] = f(...f(o[oo], b[bo]), ...) over n elements of b. */
    interface ReduceRun {
        void run(Object o, int oo, Object b, int bo, int bs, int n);
    }

    /** A loop with several outputs or mixed operand dtypes; d, off, st: inputs then outputs. */
    interface General {
        void run(Object[] d, int[] off, int[] st, int n);
    }

    static final int CODES = DType.Code.values().length;
    /** Cached "no loop" (a lookup that found none is not repeated). */
    private static final Object NONE = new Object();

    /** {@code f}'s binary loop for {@code c}, or null when there is none. */
    static Binary binary(UfuncDef f, DType.Code c) {
        Object[] cache = f.kernels;
        Object k = cache[c.ordinal()];
        if (k == null) {
            k = UfuncLoops.binary(f.name, c);
            cache[c.ordinal()] = k = k != null ? k : NONE;
        }
        return k == NONE ? null : (Binary) k;
    }

    /** {@code f}'s unary loop for {@code c}, or null when there is none. */
    static Unary unary(UfuncDef f, DType.Code c) {
        Object[] cache = f.kernels;
        Object k = cache[c.ordinal()];
        if (k == null) {
            k = UfuncLoops.unary(f.name, c);
            cache[c.ordinal()] = k = k != null ? k : NONE;
        }
        return k == NONE ? null : (Unary) k;
    }

    /** {@code f}'s reduction run for {@code c}, or null when there is none. */
    static ReduceRun reduceRun(UfuncDef f, DType.Code c) {
        Object[] cache = f.reduceKernels;
        Object k = cache[c.ordinal()];
        if (k == null) {
            k = UfuncLoops.reduceRun(f.name, c);
            cache[c.ordinal()] = k = k != null ? k : NONE;
        }
        return k == NONE ? null : (ReduceRun) k;
    }

    /** Comparison {@code f} of int64 with uint64 ({@code signedFirst}) or uint64 with int64, or null. */
    static Binary mixed(UfuncDef f, boolean signedFirst) {
        Object[] cache = f.mixedKernels;
        int i = signedFirst ? 0 : 1;
        Object k = cache[i];
        if (k == null) {
            k = UfuncLoops.mixed(f.name, signedFirst);
            cache[i] = k = k != null ? k : NONE;
        }
        return k == NONE ? null : (Binary) k;
    }

    /** One remembered general loop: its signature and the loop (immutable, safe to share). */
    private static final class GeneralMemo {
        final DType.Code[] key;
        final General loop;

        GeneralMemo(DType.Code[] key, General loop) {
            this.key = key;
            this.loop = loop;
        }
    }

    /** {@code f}'s loop for the signature {@code loop} (inputs then outputs), or null; the last one is remembered. */
    static General general(UfuncDef f, DType[] loop) {
        Object m = f.generalMemo;
        if (m instanceof GeneralMemo && sameCodes(((GeneralMemo) m).key, loop)) {
            return ((GeneralMemo) m).loop;
        }
        StringBuilder key = new StringBuilder(f.name);
        DType.Code[] codes = new DType.Code[loop.length];
        for (int i = 0; i < loop.length; i++) {
            codes[i] = loop[i].code();
            key.append('_').append(codes[i].name());
        }
        General g = UfuncLoops.general(key.toString());
        f.generalMemo = new GeneralMemo(codes, g);
        return g;
    }

    private static boolean sameCodes(DType.Code[] key, DType[] loop) {
        if (key.length != loop.length) {
            return false;
        }
        for (int i = 0; i < key.length; i++) {
            if (key[i] != loop[i].code()) {
                return false;
            }
        }
        return true;
    }
}
