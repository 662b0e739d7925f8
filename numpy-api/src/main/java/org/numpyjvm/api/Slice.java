package org.numpyjvm.api;

/** Python's {@code slice(start, stop, step)}; null parts take Python's defaults. */
public final class Slice {
    private final Integer start;
    private final Integer stop;
    private final Integer step;

    public Slice(Integer start, Integer stop, Integer step) {
        if (step != null && step == 0) {
            throw new ValueError("slice step cannot be zero");
        }
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    /** {@code start:stop}. */
    public static Slice of(Integer start, Integer stop) {
        return new Slice(start, stop, null);
    }

    /** {@code start:stop:step}. */
    public static Slice of(Integer start, Integer stop, Integer step) {
        return new Slice(start, stop, step);
    }

    /** {@code :}. */
    public static Slice all() {
        return new Slice(null, null, null);
    }

    public Integer start() {
        return start;
    }

    public Integer stop() {
        return stop;
    }

    public Integer step() {
        return step;
    }

    /**
     * Python's {@code slice.indices(length)} plus the count: {@code {start, stop, step, count}}.
     */
    public int[] indices(int length) {
        int st = step == null ? 1 : step;
        int lo;
        int hi;
        if (st > 0) {
            lo = start == null ? 0 : clamp(start, length, 0, length);
            hi = stop == null ? length : clamp(stop, length, 0, length);
        } else {
            lo = start == null ? length - 1 : clamp(start, length, -1, length - 1);
            hi = stop == null ? -1 : clamp(stop, length, -1, length - 1);
        }
        int count;
        if (st > 0) {
            count = hi > lo ? (hi - lo + st - 1) / st : 0;
        } else {
            count = lo > hi ? (lo - hi + (-st) - 1) / (-st) : 0;
        }
        return new int[] {lo, hi, st, count};
    }

    private static int clamp(int v, int length, int min, int max) {
        long x = v < 0 ? (long) v + length : v;
        if (x < min) {
            return min;
        }
        return x > max ? max : (int) x;
    }

    @Override
    public String toString() {
        return "slice(" + (start == null ? "None" : start) + ", " + (stop == null ? "None" : stop) + ", "
                + (step == null ? "None" : step) + ")";
    }
}
